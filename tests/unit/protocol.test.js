// The messages between the parts of the extension: `ask` unwraps the background's
// answer or rejects with its error; `serve` answers each known request type, turns
// a failure into an error answer and leaves unknown messages alone.

import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { langOf } from '../../extension/shared/i18n.js';
import { ask, serve } from '../../extension/shared/protocol.js';

/** A stand-in for the extension APIs: messages go straight to the listeners registered by `serve`. */
function fakeChrome() {
  const listeners = [];
  globalThis.chrome = {
    runtime: {
      onMessage: { addListener: (listener) => listeners.push(listener) },
      sendMessage: (message) =>
        new Promise((resolve) => {
          const async = listeners.some((listener) => listener(message, { tab: { id: 7 } }, resolve) === true);
          if (!async) resolve(undefined);
        }),
    },
  };
}

afterEach(() => {
  delete globalThis.chrome;
});

test('a request is answered by its handler, after the core is ready', async () => {
  fakeChrome();
  const order = [];
  serve(
    {
      tips: ({ lang }, sender) => {
        order.push('handler');
        return [{ number: 1, title: `${lang} ${sender.tab.id}`, text: '' }];
      },
    },
    async () => order.push('ready'),
  );
  assert.deepEqual(await ask({ type: 'tips', lang: 'nl' }), [{ number: 1, title: 'nl 7', text: '' }]);
  assert.deepEqual(order, ['ready', 'handler']);
});

test('a failing handler or core rejects the question with its message', async () => {
  fakeChrome();
  serve(
    {
      rules: () => {
        throw new Error('no rules today');
      },
    },
    async () => {},
  );
  await assert.rejects(ask({ type: 'rules', lang: 'en' }), /no rules today/);
  fakeChrome();
  serve({ rules: () => [] }, () => Promise.reject(new Error('WASM failed to load')));
  await assert.rejects(ask({ type: 'rules', lang: 'en' }), /WASM failed to load/);
});

test('unknown message types get no answer', async () => {
  fakeChrome();
  serve({ tips: () => [] }, async () => {});
  await assert.rejects(ask({ type: 'toString' }), /no answer from the background/);
  await assert.rejects(ask({ type: 'nonsense' }), /no answer from the background/);
});

test('languages: Dutch for nl and its variants, English for anything else', () => {
  assert.equal(langOf('nl'), 'nl');
  assert.equal(langOf('nl-BE'), 'nl');
  assert.equal(langOf('NL'), 'nl');
  for (const other of ['en', 'en-GB', 'de', '', undefined, null, 42, ['nl']]) assert.equal(langOf(other), 'en', String(other));
});
