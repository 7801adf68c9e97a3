// An IME composition stops reading the box until it ends. A `compositionend` that
// never comes (or a page that dispatches only a `compositionstart`) must not stop
// checking for good: the composition ends by itself after a quiet spell.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compositionGuard } from '../../extension/content/composition.js';

test('compositionend ends it at once, and only once', () => {
  let ended = 0;
  const guard = compositionGuard(() => ended++, 5000);
  guard.start();
  assert.equal(guard.active, true);
  guard.end();
  guard.end();
  assert.equal(guard.active, false);
  assert.equal(ended, 1);
  guard.dispose();
});

test('without compositionend it ends after the timeout; updates keep it going', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let ended = 0;
  const guard = compositionGuard(() => ended++, 5000);
  guard.start();
  t.mock.timers.tick(4000);
  guard.update(); // the user is still composing
  t.mock.timers.tick(4000);
  assert.equal(guard.active, true, 'still composing 4 s after the last update');
  t.mock.timers.tick(1000);
  assert.equal(guard.active, false, 'ended 5 s after the last composition event');
  assert.equal(ended, 1);
});

test('dispose stops the timer without ending', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let ended = 0;
  const guard = compositionGuard(() => ended++, 5000);
  guard.start();
  guard.dispose();
  t.mock.timers.tick(10_000);
  assert.equal(ended, 0);
});
