// The messages between the parts of the extension: `ask` unwraps the background's
// answer or rejects with its error; `serve` answers each known request type (own
// properties only), turns a failure into an error answer and leaves unknown
// messages alone.

import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { langOf } from '../../extension/shared/i18n.js';
import { ask, connected, serve } from '../../extension/shared/protocol.js';

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

test('a request is answered by its handler, at once or through a promise', async () => {
  fakeChrome();
  serve({
    tips: ({ lang }, sender) => [{ number: 1, title: `${lang} ${sender.tab.id}`, text: '' }],
    rules: async () => [{ id: 'r', tip: 1, severity: 'info', title: '', description: '' }],
  });
  assert.deepEqual(await ask({ type: 'tips', lang: 'nl' }), [{ number: 1, title: 'nl 7', text: '' }]);
  assert.deepEqual(await ask({ type: 'rules', lang: 'en' }), [{ id: 'r', tip: 1, severity: 'info', title: '', description: '' }]);
});

test('a failing handler or core rejects the question with its message', async () => {
  fakeChrome();
  serve({
    rules: () => {
      throw new Error('no rules today');
    },
    tips: () => Promise.reject(new Error('WASM failed to load')),
  });
  await assert.rejects(ask({ type: 'rules', lang: 'en' }), /no rules today/);
  await assert.rejects(ask({ type: 'tips', lang: 'en' }), /WASM failed to load/);
});

test('unknown message types get no answer: handlers are own properties only', async () => {
  fakeChrome();
  serve({ tips: () => [] });
  for (const type of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'nonsense', '']) {
    await assert.rejects(ask({ type }), /no answer from the background/, type);
  }
  await assert.rejects(ask({ type: 5 }), /no answer from the background/);
  await assert.rejects(ask({}), /no answer from the background/);
});

test('connected() is false once the extension is gone from under a content script', () => {
  globalThis.chrome = { runtime: { id: 'abc' } };
  assert.equal(connected(), true);
  globalThis.chrome = { runtime: {} }; // what Chromium leaves after an update or reload
  assert.equal(connected(), false);
  globalThis.chrome = {
    get runtime() {
      throw new Error('Extension context invalidated.');
    },
  };
  assert.equal(connected(), false);
});

test('languages: Dutch for nl and its variants, English for anything else', () => {
  assert.equal(langOf('nl'), 'nl');
  assert.equal(langOf('nl-BE'), 'nl');
  assert.equal(langOf('NL'), 'nl');
  for (const other of ['en', 'en-GB', 'de', '', undefined, null, 42, ['nl']]) assert.equal(langOf(other), 'en', String(other));
});
