// @ts-check
// The underlines' ::highlight() rules as a constructed stylesheet, for the trees
// the page-level stylesheet (the manifest's highlights.css) does not reach: a
// highlight in a shadow tree is styled only by that tree's own styles. The sheet
// is adopted into each shadow root that holds a compose box, and into the
// overlay's, where the textarea mirrors paint theirs. Adopting adds no node.

import { cssProperties } from '../shared/severities.js';
import RULES from './highlights.css';

/** @type {WeakMap<Document, CSSStyleSheet>} */
const sheets = new WeakMap();

/**
 * A constructed sheet for the document of `root`, made by that document's own
 * CSSStyleSheet: a sheet can be adopted only in the document that made it, and in
 * Firefox the content script's global constructor makes sheets the page cannot adopt.
 * @param {ShadowRoot} root
 * @param {string} text
 */
export function sheetFor(root, text) {
  const Sheet = /** @type {typeof CSSStyleSheet} */ (/** @type {any} */ (root.ownerDocument.defaultView)?.CSSStyleSheet ?? CSSStyleSheet);
  const sheet = new Sheet();
  sheet.replaceSync(text);
  return sheet;
}

/**
 * Adopts the ::highlight() rules into `root`, once (the site may replace its
 * adopted sheets; calling this again puts ours back).
 * @param {ShadowRoot} root
 */
export function adoptInto(root) {
  let sheet = sheets.get(root.ownerDocument);
  if (!sheet) {
    // The looks as custom properties on the host, for trees the page's :root rule does not reach.
    sheet = sheetFor(root, `:host { ${cssProperties()} }\n${RULES}`);
    sheets.set(root.ownerDocument, sheet);
  }
  adopt(root, sheet);
}

/**
 * Adds `sheet` to the sheets `root` adopts, once. Firefox ESR 140 cannot write a page
 * object's adoptedStyleSheets through a content script's Xray view ("Accessing from Xray
 * wrapper is not supported"): there the write goes through the page's own objects.
 * @param {ShadowRoot} root
 * @param {CSSStyleSheet} sheet
 */
export function adopt(root, sheet) {
  const waived = /** @type {{ wrappedJSObject?: ShadowRoot }} */ (/** @type {unknown} */ (root)).wrappedJSObject ?? root;
  const own = /** @type {{ wrappedJSObject?: CSSStyleSheet }} */ (/** @type {unknown} */ (sheet)).wrappedJSObject ?? sheet;
  if (!waived.adoptedStyleSheets.includes(own)) waived.adoptedStyleSheets.push(own);
}
