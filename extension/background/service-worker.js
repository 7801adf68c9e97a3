// @ts-check
// The background: owns the WASM core and answers the content script, the popup
// and the options page. WASM runs here because strict-CSP pages (X, Facebook,
// LinkedIn) forbid compiling it in a content script.
//
// The browser stops this worker when idle. Nothing below needs to survive that: a
// fresh start re-instantiates the core on the first message (the listener is
// registered synchronously so that the message that woke the worker is answered),
// and the frames' badge reports are filled again by their next reports.
// A core that cannot start is an error answer, never an empty result, and the
// next message tries again. Checks hold to the organisation's policy (managed.js),
// read once and again after it changes.

import { langOf } from '../shared/i18n.js';
import { loadPolicy } from '../shared/managed.js';
import { serve, tellTab } from '../shared/protocol.js';
import { LOOKS } from '../shared/severities.js';
import init, { checkWith, rules, tips } from '../wasm/ambassadeur.js';
import { TabBadges } from './badges.js';
import { checkRequest, reportOf, tipOf, underPolicy } from './requests.js';

/** @type {Promise<unknown> | null} */
let core = null;

/** What each frame of each tab reported: the badge shows the tab's sum (background/badges.js). */
const badges = new TabBadges();

chrome.tabs.onRemoved.addListener((tabId) => badges.forget(tabId));

/** @type {Promise<import('../shared/managed.js').Policy> | null} */
let policy = null;
chrome.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') policy = null;
});

function ready() {
  core ??= init({ module_or_path: chrome.runtime.getURL('wasm/ambassadeur_bg.wasm') }).catch((error) => {
    core = null; // let the next message try again
    throw error;
  });
  return core;
}

serve({
  check: async (request) => {
    const { text, options } = checkRequest(request);
    policy ??= loadPolicy();
    const enforced = underPolicy(options, await policy);
    await ready();
    return checkWith(text, enforced);
  },
  tips: async ({ lang }) => {
    await ready();
    return tips(langOf(lang));
  },
  rules: async ({ lang }) => {
    await ready();
    return rules(langOf(lang));
  },
  // The badge needs no core: it shows "!" when the core cannot start. It sums the tab's frames.
  badge: async (request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    const { text, severity } = badges.report({ tabId, frameId: sender.frameId, documentId: sender.documentId }, reportOf(request));
    await chrome.action.setBadgeText({ tabId, text });
    if (severity) await chrome.action.setBadgeBackgroundColor({ tabId, color: LOOKS[severity].solid });
    return null;
  },
  'open-tip': async (request) => {
    const tip = tipOf(request);
    await chrome.tabs.create({ url: chrome.runtime.getURL(`popup/popup.html#tip-${tip}`) });
    return null;
  },
});

// The keyboard shortcut: the content script of the active tab opens the next finding.
chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'next-finding' && tab?.id !== undefined) tellTab(tab.id, { type: 'next-finding' });
});

ready().catch(() => {}); // warm up; a failure is answered to the first request
