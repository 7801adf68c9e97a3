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

const langOf = (lang) => (lang === 'nl' ? 'nl' : 'en');
const BADGE_COLORS = { error: '#c62828', warning: '#b35c00', info: '#1a73e8' };

const handlers = {
  check: ({ text, lang, disabled }) => checkWith(String(text ?? ''), { lang: langOf(lang), disabled: Array.isArray(disabled) ? disabled : [] }),
  tips: ({ lang }) => tips(langOf(lang)),
  rules: ({ lang }) => rules(langOf(lang)),
  /** The number of findings in the tab, on the toolbar icon. */
  badge: ({ count, severity }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    chrome.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 99)) : '' });
    if (BADGE_COLORS[severity]) chrome.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS[severity] });
    return null;
  },
  'open-tip': ({ tip }) => {
    const n = Number.isInteger(tip) && tip >= 1 && tip <= 10 ? tip : 1;
    chrome.tabs.create({ url: chrome.runtime.getURL(`popup/popup.html#tip-${n}`) });
    return null;
  },
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = handlers[message?.type];
  if (!handler) return false;
  ready()
    .then(() => sendResponse({ ok: true, result: handler(message, sender) }))
    .catch((error) => sendResponse({ ok: false, error: String(error?.message ?? error) }));
  return true; // the answer comes asynchronously
});

// The keyboard shortcut: the content script of the active tab opens the next finding.
chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'next-finding' && tab?.id !== undefined) chrome.tabs.sendMessage(tab.id, { type: 'next-finding' }).catch(() => {});
});

ready();
