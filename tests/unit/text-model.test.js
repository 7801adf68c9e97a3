// Findings follow the text while the user types, before the next check answers.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as Text from '../../extension/content/text-model.js';

const mail = (start, end) => ({ rule: 'personal-data', start, end });

test('an edit before a finding moves it by the length of the edit', () => {
  const before = 'mail jan@example.org';
  const after = '🎉 mail jan@example.org';
  const change = Text.diff(before, after);
  assert.deepEqual(change, { prefix: 0, removed: 0, added: 3 });
  assert.deepEqual(Text.shift([mail(5, 20)], change), [mail(8, 23)]);
});

test('an edit after a finding leaves it where it is', () => {
  const change = Text.diff('mail jan@example.org', 'mail jan@example.org today');
  assert.deepEqual(Text.shift([mail(5, 20)], change), [mail(5, 20)]);
});

test('an edit inside a finding drops it: no stale underline on changed text', () => {
  const change = Text.diff('mail jan@example.org', 'mail jan@exmple.org');
  assert.deepEqual(Text.shift([mail(5, 20)], change), []);
});

test('typing right at the start of a finding drops it rather than guess', () => {
  const change = Text.diff('mail jan@example.org', 'mail xjan@example.org');
  assert.deepEqual(Text.shift([mail(5, 20)], change), []);
});

test('diff handles repeated characters and deletions', () => {
  assert.deepEqual(Text.diff('aaa', 'aa'), { prefix: 2, removed: 1, added: 0 });
  assert.deepEqual(Text.diff('', 'abc'), { prefix: 0, removed: 0, added: 3 });
  assert.deepEqual(Text.diff('same', 'same'), { prefix: 4, removed: 0, added: 0 });
});
