// @ts-check
// The user interface's language and texts. Every text comes from the message
// catalogue in `_locales/` (English and Dutch); the UI follows the browser's
// language unless the user or the organisation's policy chose one (`chooseLanguage`),
// and the core is asked for its texts in the same one.
//
// The browser's chrome.i18n speaks only the browser's language, so for a chosen one
// both catalogues are bundled in and read here, placeholders filled as the browser does.

import en from '../_locales/en/messages.json' with { type: 'json' };
import nl from '../_locales/nl/messages.json' with { type: 'json' };

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

/**
 * @typedef {Record<string, { message: string, placeholders?: Record<string, { content: string }> }>} Catalogue
 * @type {Record<Lang, Catalogue>}
 */
const CATALOGUES = { en, nl };

/** The language chosen in the settings; null: the browser's. @type {Lang | null} */
let chosen = null;

/**
 * Speaks the language of the settings from now on: `en`, `nl`, or anything else
 * (`auto`) for the browser's.
 * @param {unknown} choice
 */
export function chooseLanguage(choice) {
  chosen = choice === 'en' || choice === 'nl' ? choice : null;
}

/** The language the extension speaks: the one chosen in the settings, else the browser's. */
export function uiLang() {
  return chosen ?? langOf(chrome.i18n.getUILanguage());
}

/**
 * A text of the catalogue, with its `$1`…`$9` filled in; the key itself when it is missing.
 * @param {MessageKey} key
 * @param {...string} substitutions
 */
export function t(key, ...substitutions) {
  if (chosen === null) return chrome.i18n.getMessage(key, substitutions) || key;
  const entry = CATALOGUES[chosen][key];
  return entry ? format(entry, substitutions) : key;
}

/**
 * A catalogue entry's message with its placeholders (`$name$`, whose content names
 * `$1`…`$9`) and `$$` filled in, as chrome.i18n.getMessage does.
 * @param {Catalogue[string]} entry
 * @param {string[]} substitutions
 */
function format({ message, placeholders = {} }, substitutions) {
  /** @param {string} text */
  const numbered = (text) => text.replace(/\$(\d)/g, (_, n) => substitutions[Number(n) - 1] ?? '');
  return message.replace(/\$([\w@]+)\$|\$\$/g, (match, name) => {
    if (!name) return '$';
    const placeholder = Object.entries(placeholders).find(([key]) => key.toLowerCase() === name.toLowerCase());
    return placeholder ? numbered(placeholder[1].content) : match;
  });
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
