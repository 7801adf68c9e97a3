// @ts-check
// The background: owns the WASM core and answers the content script, the popup
// and the options page. WASM runs here because strict-CSP pages (X, Facebook,
// LinkedIn) forbid compiling it in a content script.
//
// The browser stops this worker when idle. Everything below is stateless, so a
// fresh start re-instantiates the core on the first message; the listener is
// registered synchronously so that the message that woke the worker is answered.

import { langOf } from '../shared/i18n.js';
import { serve, tellTab } from '../shared/protocol.js';
import { isSeverity, LOOKS } from '../shared/severities.js';
import init, { checkWith, rules, tips } from '../wasm/ambassadeur.js';

/** @type {Promise<unknown> | null} */
let core = null;

function ready() {
  core ??= init({ module_or_path: chrome.runtime.getURL('wasm/ambassadeur_bg.wasm') }).catch((error) => {
    core = null; // let the next message try again
    throw error;
  });
  return core;
}

serve(
  {
    check: ({ text, lang, disabled }) => checkWith(String(text ?? ''), { lang: langOf(lang), disabled: Array.isArray(disabled) ? disabled : [] }),
    tips: ({ lang }) => tips(langOf(lang)),
    rules: ({ lang }) => rules(langOf(lang)),
    badge: ({ count, severity }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      chrome.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 99)) : '' });
      if (isSeverity(severity)) chrome.action.setBadgeBackgroundColor({ tabId, color: LOOKS[severity].solid });
      return null;
    },
    'open-tip': ({ tip }) => {
      const n = Number.isInteger(tip) && tip >= 1 && tip <= 10 ? tip : 1;
      chrome.tabs.create({ url: chrome.runtime.getURL(`popup/popup.html#tip-${n}`) });
      return null;
    },
  },
  ready,
);

// The keyboard shortcut: the content script of the active tab opens the next finding.
chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'next-finding' && tab?.id !== undefined) tellTab(tab.id, { type: 'next-finding' });
});

ready();
