// @ts-check
// What the background reads from a request, field by field. A message may come from
// a content script running in a hostile page's tab, so nothing is taken on trust: a
// text that is no string or too long is refused, and every option that is malformed
// falls back to its default on its own, while the others stand.

import { langOf } from '../shared/i18n.js';
import { MAX_TEXT } from '../shared/protocol.js';
import { isSeverity } from '../shared/severities.js';

/** @typedef {import('../shared/protocol.js').Requests} Requests */

/**
 * A check's text and options, or an error when the text cannot be checked.
 * @param {{ text?: unknown, lang?: unknown, disabled?: unknown }} request
 * @returns {{ text: string, options: { lang: import('../shared/i18n.js').Lang, disabled: string[] } }}
 */
export function checkRequest({ text, lang, disabled }) {
  if (typeof text !== 'string') throw new TypeError('check: the text is not a string');
  if (text.length > MAX_TEXT) throw new RangeError(`check: the text is longer than ${MAX_TEXT} characters`);
  return { text, options: { lang: langOf(lang), disabled: ruleIds(disabled) } };
}

/**
 * A check's options under the organisation's policy: a rule it switches on or off and
 * the language it sets hold whatever the request says. The content script already
 * asks so; the background holds to it for every sender.
 * @param {{ lang: import('../shared/i18n.js').Lang, disabled: string[] }} options
 * @param {import('../shared/managed.js').Policy} policy
 */
export function underPolicy(options, policy) {
  const disabled = new Set(options.disabled);
  for (const [id, on] of Object.entries(policy.rules)) {
    if (on) disabled.delete(id);
    else disabled.add(id);
  }
  return { lang: policy.language ?? options.lang, disabled: [...disabled] };
}

/**
 * The rule ids in a list: every string entry; anything else is dropped on its own.
 * @param {unknown} value
 * @returns {string[]}
 */
export function ruleIds(value) {
  return Array.isArray(value) ? value.filter((id) => typeof id === 'string') : [];
}

/**
 * What the toolbar badge shows for a `badge` request: "!" when a check failed,
 * else the number of findings (up to 99, none when 0), in the worst severity's colour.
 * @param {{ count?: unknown, severity?: unknown, failed?: unknown }} request
 * @returns {{ text: string, severity: import('../shared/severities.js').Severity | null }}
 */
export function badgeOf({ count, severity, failed }) {
  if (failed === true) return { text: '!', severity: 'error' };
  const n = typeof count === 'number' && Number.isInteger(count) && count > 0 ? count : 0;
  return { text: n > 0 ? String(Math.min(n, 99)) : '', severity: isSeverity(severity) ? severity : null };
}

/**
 * What one frame reports for the badge, each field checked on its own: a count that
 * is no whole positive number is 0, an unknown severity none, `failed` only when true.
 * @param {{ count?: unknown, severity?: unknown, failed?: unknown }} request
 * @returns {import('./badges.js').Report}
 */
export function reportOf({ count, severity, failed }) {
  return {
    count: typeof count === 'number' && Number.isInteger(count) && count > 0 ? count : 0,
    severity: isSeverity(severity) ? severity : null,
    failed: failed === true,
  };
}

/**
 * The tip of an `open-tip` request, 1–10; an error for anything else.
 * @param {{ tip?: unknown }} request
 * @returns {number}
 */
export function tipOf({ tip }) {
  if (typeof tip === 'number' && Number.isInteger(tip) && tip >= 1 && tip <= 10) return tip;
  throw new RangeError('open-tip: no such tip');
}
