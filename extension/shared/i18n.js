// @ts-check
// The user interface's language and texts. Every text comes from the message
// catalogue in `_locales/` (English and Dutch); the UI follows the browser's
// language, and the core is asked for its texts in the same one.

/** @typedef {'nl' | 'en'} Lang */
/** A key of the message catalogue; `_locales/en/messages.json` is the reference. */
/** @typedef {keyof typeof import('../_locales/en/messages.json')} MessageKey */

/**
 * The language for a language tag or anything else a message may carry:
 * Dutch for `nl` and its regional variants, English otherwise.
 * @param {unknown} tag
 * @returns {Lang}
 */
export function langOf(tag) {
  return typeof tag === 'string' && tag.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The browser's UI language, as the extension speaks it. */
export function uiLang() {
  return langOf(chrome.i18n.getUILanguage());
}

/**
 * A text of the catalogue, with its `$1`…`$9` filled in; the key itself when it is missing.
 * @param {MessageKey} key
 * @param {...string} substitutions
 */
export function t(key, ...substitutions) {
  return chrome.i18n.getMessage(key, substitutions) || key;
}

/**
 * Fills every `[data-i18n]` element of an extension page from the catalogue.
 * @param {ParentNode} [root]
 */
export function localize(root = document) {
  document.documentElement.lang = uiLang();
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(/** @type {MessageKey} */ (/** @type {HTMLElement} */ (el).dataset.i18n));
  }
}
