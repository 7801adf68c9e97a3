// @ts-check
// Any other rich-text box: a contenteditable element that none of the known
// editors renders, such as LinkedIn's messaging box (its own editor, `<p>`
// paragraphs in a `div.msg-form__contenteditable[role=textbox]`). The text is read
// from block elements (each paragraph, heading and list item a line); a fix types
// over the span with `insertText`, which the browser keeps as one undo step.

import { typeOver } from '../editing.js';

/** The roots of the specific editors: a box inside one of them belongs to that editor. */
const KNOWN = '.public-DraftEditor-content, [data-lexical-editor], .ql-editor, .ProseMirror';

/** @type {import('./index.js').EditorAdapter} */
export default {
  selector: '[contenteditable]:not([contenteditable="false"])',
  // Only the editing host itself: not an element inside another editable one, nor inside a known editor.
  accepts: (root) => root.isContentEditable && !parentOf(root)?.isContentEditable && !parentOf(root)?.closest(KNOWN) && !root.matches(KNOWN),
  blocks: (root) => [root],
  replace: typeOver,
};

/**
 * The parent element, across a shadow root's boundary.
 * @param {Element} element
 * @returns {HTMLElement | null}
 */
function parentOf(element) {
  const parent = element.parentNode;
  if (parent instanceof ShadowRoot) return /** @type {HTMLElement} */ (parent.host);
  return /** @type {HTMLElement | null} */ (element.parentElement);
}
