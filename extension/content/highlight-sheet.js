// @ts-check
// The underlines' ::highlight() rules as a constructed stylesheet, for the trees
// the page-level stylesheet (the manifest's highlights.css) does not reach: a
// highlight in a shadow tree is styled only by that tree's own styles. The sheet
// is adopted into each shadow root that holds a compose box, and into the
// overlay's, where the textarea mirrors paint theirs. Adopting adds no node.

import { cssProperties } from '../shared/severities.js';
import RULES from './highlights.css';

/** @type {CSSStyleSheet | null} */
let sheet = null;

/**
 * Adopts the ::highlight() rules into `root`, once (the site may replace its
 * adopted sheets; calling this again puts ours back).
 * @param {ShadowRoot} root
 */
export function adoptInto(root) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    // The looks as custom properties on the host, for trees the page's :root rule does not reach.
    sheet.replaceSync(`:host { ${cssProperties()} }\n${RULES}`);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
