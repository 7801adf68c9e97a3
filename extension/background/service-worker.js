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
import { isSeverity, LOOKS, worst } from '../shared/severities.js';
import init, { checkWith, rules, tips } from '../wasm/ambassadeur.js';

/** @type {Promise<unknown> | null} */
let core = null;

/**
 * The findings of each frame of each tab (a box in a same-origin frame counts in its
 * own content script): the badge shows their sum. Kept while the worker runs; after a
 * restart each frame's next report fills it again.
 * @type {Map<number, { top: string | undefined, frames: Map<number, { count: number, severity: import('../shared/severities.js').Severity | null }> }>}
 */
const tabs = new Map();

/**
 * Records what one frame reported and returns the tab's total and worst severity.
 * @param {number} tabId
 * @param {chrome.runtime.MessageSender} sender
 * @param {{ count: number, severity: import('../shared/severities.js').Severity | null }} report
 */
function countInTab(tabId, sender, report) {
  const frameId = sender.frameId ?? 0;
  let tab = tabs.get(tabId);
  // A new document in the top frame (a navigation): the old page's frames are gone.
  if (!tab || (frameId === 0 && sender.documentId !== tab.top)) {
    tab = { top: frameId === 0 ? sender.documentId : tab?.top, frames: frameId === 0 ? new Map() : (tab?.frames ?? new Map()) };
    tabs.set(tabId, tab);
  }
  if (report.count > 0) tab.frames.set(frameId, report);
  else tab.frames.delete(frameId);
  const reports = [...tab.frames.values()];
  return { count: reports.reduce((sum, r) => sum + r.count, 0), severity: worst(reports.flatMap((r) => (r.severity ? [r.severity] : []))) };
}

chrome.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));

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
      const total = countInTab(tabId, sender, { count: Number(count) || 0, severity: isSeverity(severity) ? severity : null });
      chrome.action.setBadgeText({ tabId, text: total.count > 0 ? String(Math.min(total.count, 99)) : '' });
      if (total.severity) chrome.action.setBadgeBackgroundColor({ tabId, color: LOOKS[total.severity].solid });
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
