// @ts-check
// The messages between the parts of the extension, in one place: their types,
// their shapes, and their answers.
//
//   content script, popup, options ── ask(request) ──────────────► background: serve(handlers)
//                                   ◄── { ok: true, result } or { ok: false, error } ──┘
//   background ── tellTab(tab, { type: 'next-finding' }) ──► content script: onTabMessage(…)
//   popup ── siteOfTab(tab) ── { type: 'which-site' } ──► the tab's top frame: answerSiteOfTab(site)
//
// The background owns the WASM core, so everything the core knows (checks, tips,
// rules) is asked for here. An answer travels in an envelope, so that a failure in
// the background reaches the caller as a rejected promise, not as a wrong result.

import { SITES } from './sites.js';

/** @typedef {import('./severities.js').Severity} Severity */
/** @typedef {import('./i18n.js').Lang} Lang */
/** @typedef {import('./sites.js').Site} Site */

/**
 * The longest text a check accepts, in UTF-16 code units: the content script checks
 * a longer post up to here (Facebook's maximum is 63,206 characters), and the
 * background refuses anything longer.
 */
export const MAX_TEXT = 70_000;

/**
 * A finding of the core (`checkWith` in the WASM binding). Offsets are UTF-16 code
 * units of the checked text, end exclusive.
 * @typedef {object} Diagnostic
 * @property {string} rule  the rule's id, e.g. `personal-data`
 * @property {number} tip  the tip (1–10) it serves
 * @property {Severity} severity
 * @property {number} start
 * @property {number} end
 * @property {string} message  what is wrong and what to do instead, in the requested language
 * @property {string[]} suggestions  replacements for [start, end), best first
 */

/**
 * One of the ten tips.
 * @typedef {object} Tip
 * @property {number} number  1–10
 * @property {string} title
 * @property {string} text
 */

/**
 * A rule, as the options page lists it.
 * @typedef {object} RuleInfo
 * @property {string} id
 * @property {number} tip
 * @property {Severity} severity
 * @property {string} title
 * @property {string} description
 */

/**
 * Every request the background answers, by type: the request's shape and the result's.
 * - `check`: the findings in a post's text; `disabled` lists the rules switched off.
 * - `tips`, `rules`: the ten tips; every rule (for the options page).
 * - `badge`: the number of findings in the sender's tab and the worst severity, for the toolbar icon;
 *   `failed` when a post in the tab could not be checked (the icon shows "!").
 * - `open-tip`: opens the tip's text in a tab.
 * @typedef {{
 *   check: { request: { type: 'check', text: string, lang: Lang, disabled: string[] }, result: Diagnostic[] },
 *   tips: { request: { type: 'tips', lang: Lang }, result: Tip[] },
 *   rules: { request: { type: 'rules', lang: Lang }, result: RuleInfo[] },
 *   badge: { request: { type: 'badge', count: number, severity: Severity | null, failed: boolean }, result: null },
 *   'open-tip': { request: { type: 'open-tip', tip: number }, result: null },
 * }} Requests
 */

/** @typedef {keyof Requests} RequestType */

/**
 * How the background answers each request type, at once or through a promise. The
 * types say what a well-formed request holds; a handler still checks every field it
 * reads before the core sees it (background/requests.js).
 * @typedef {{ [K in RequestType]: (request: Requests[K]['request'], sender: chrome.runtime.MessageSender) => Requests[K]['result'] | Promise<Requests[K]['result']> }} Handlers
 */

/** @typedef {{ ok: true, result: unknown } | { ok: false, error: string }} Answer */

/** The one message the background sends to a tab: open the card of the next finding. */
/** @typedef {{ type: 'next-finding' }} TabMessage */
/** What the popup asks a tab's top frame: which site is this? */
const WHICH_SITE = 'which-site';

/**
 * Asks the background; resolves to the result, or rejects with the background's error.
 * @template {RequestType} K
 * @param {{ type: K } & Requests[K]['request']} request
 * @returns {Promise<Requests[K]['result']>}
 */
export async function ask(request) {
  /** @type {Answer | undefined} */
  const answer = await chrome.runtime.sendMessage(request);
  if (!answer?.ok) throw new Error(answer?.error ?? 'no answer from the background');
  return /** @type {Requests[K]['result']} */ (answer.result);
}

/**
 * Answers requests in the background. A handler is looked up among the own
 * properties of `handlers` only (`constructor` or `toString` is no request type),
 * and whatever it throws or rejects with reaches the caller as an error answer.
 * The listener is registered at once, so the message that woke a stopped service
 * worker is answered too.
 * @param {Handlers} handlers
 */
export function serve(handlers) {
  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const type = message?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return false;
    const handler = /** @type {(request: unknown, sender: chrome.runtime.MessageSender) => unknown} */ (handlers[/** @type {RequestType} */ (type)]);
    /** @param {Answer} answer */
    const reply = (answer) => sendResponse(answer);
    Promise.resolve()
      .then(() => handler(message, sender))
      .then((result) => reply({ ok: true, result }))
      .catch((error) => reply({ ok: false, error: String(error?.message ?? error) }));
    return true; // the answer comes asynchronously
  });
}

/**
 * False once the extension was updated, reloaded or removed under a running content
 * script: its messages can no longer reach the background.
 */
export function connected() {
  try {
    return typeof chrome.runtime?.id === 'string';
  } catch {
    return false;
  }
}

/**
 * Sends a message to the content script of a tab; a tab without one ignores it.
 * @param {number} tabId
 * @param {TabMessage} message
 */
export function tellTab(tabId, message) {
  chrome.tabs.sendMessage(tabId, message).catch(() => {});
}

/**
 * Calls `listener` in the content script whenever the background sends a message of `type`.
 * @param {TabMessage['type']} type
 * @param {() => void} listener
 */
export function onTabMessage(type, listener) {
  chrome.runtime.onMessage.addListener((message) => {
    if (message?.type === type) listener();
  });
}

/**
 * The site open in a tab, as the content script of its top frame says; null where no
 * content script runs. The popup cannot read a tab's address: the extension asks for
 * no tabs or host permission.
 * @param {number} tabId
 * @returns {Promise<Site | null>}
 */
export async function siteOfTab(tabId) {
  try {
    const site = await chrome.tabs.sendMessage(tabId, { type: WHICH_SITE }, { frameId: 0 });
    return SITES.includes(site) ? site : null;
  } catch {
    return null; // no content script there
  }
}

/**
 * Answers `siteOfTab` in the content script of a top frame.
 * @param {Site} site
 */
export function answerSiteOfTab(site) {
  chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (message?.type === WHICH_SITE) sendResponse(site);
  });
}
