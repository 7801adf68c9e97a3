// @ts-check
// The editors the extension knows, one adapter each. An adapter says how to find
// the editor's root, how to read its paragraphs, and how to replace text the way
// the editor accepts. Adding an editor: one file here and one line in EDITORS.

import draftjs from './draftjs.js';
import lexical from './lexical.js';
import prosemirror from './prosemirror.js';
import quill from './quill.js';

/**
 * @typedef {object} EditorAdapter
 * @property {string} selector  matches the editor's contenteditable root
 * @property {(root: HTMLElement) => Iterable<Element>} blocks  its paragraphs, in order
 * @property {(root: HTMLElement, range: Range, text: string, unchanged: () => boolean) => Promise<boolean>} replace
 *   replaces `range` with `text` so that the editor's own state follows and one undo
 *   reverts it. It calls `unchanged()` right before it writes, after any wait, and
 *   writes nothing when that is false (the user changed the span meanwhile);
 *   resolves false when it wrote nothing
 */

/** @type {readonly EditorAdapter[]} */
export const EDITORS = Object.freeze([draftjs, lexical, quill, prosemirror]);

/** Matches the root of every known editor. */
export const EDITOR_SELECTOR = EDITORS.map((e) => e.selector).join(', ');

/**
 * The adapter for an editor root.
 * @param {Element} root
 */
export function adapterFor(root) {
  return EDITORS.find((e) => root.matches(e.selector));
}
