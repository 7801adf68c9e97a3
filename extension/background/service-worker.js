// The background: owns the WASM core and answers the content script, the popup
// and the options page. WASM runs here because strict-CSP pages (X, Facebook,
// LinkedIn) forbid compiling it in a content script.
//
// The browser stops this worker when idle. Everything below is stateless, so a
// fresh start re-instantiates the core on the first message; the listener is
// registered synchronously so that the message that woke the worker is answered.

import init, { checkWith, rules, tips } from '../wasm/ambassadeur.js';

let core = null;

function ready() {
  core ??= init({ module_or_path: chrome.runtime.getURL('wasm/ambassadeur_bg.wasm') }).catch((error) => {
    core = null; // let the next message try again
    throw error;
  });
  return core;
}

const handlers = {
  check: ({ text, lang, disabled }) => checkWith(String(text ?? ''), { lang: lang === 'nl' ? 'nl' : 'en', disabled: Array.isArray(disabled) ? disabled : [] }),
  tips: ({ lang }) => tips(lang === 'nl' ? 'nl' : 'en'),
  rules: ({ lang }) => rules(lang === 'nl' ? 'nl' : 'en'),
};

chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  const handler = handlers[message?.type];
  if (!handler) return false;
  ready()
    .then(() => sendResponse({ ok: true, result: handler(message) }))
    .catch((error) => sendResponse({ ok: false, error: String(error?.message ?? error) }));
  return true; // the answer comes asynchronously
});

ready();
