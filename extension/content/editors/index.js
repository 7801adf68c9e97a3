// @ts-check
// The editors the extension knows, one adapter each. An adapter says how to find
// the editor's root, how to read its text, and how to replace text the way the
// editor accepts. Adding an editor: one file here and one line in EDITORS.

import draftjs from './draftjs.js';
import generic from './generic.js';
import lexical from './lexical.js';
import prosemirror from './prosemirror.js';
import quill from './quill.js';
import textarea from './textarea.js';

/**
 * @typedef {object} EditorAdapter
 * @property {string} selector  matches the editor's root (its contenteditable element, or the textarea)
 * @property {(root: HTMLElement) => boolean} [accepts]  a further test of a root the selector matched
 * @property {(root: HTMLElement) => Iterable<Element>} blocks  its paragraphs, in order
 * @property {(root: HTMLElement) => import('../text-model.js').TextModel} [read]
 *   reads the text where it is not in the root's DOM (a textarea); by default the blocks are read
 * @property {(root: HTMLElement) => { start: number, end: number, caret: number } | null} [selection]
 *   the selection's offsets in the text (`caret` where its focus is), where the DOM
 *   selection does not tell them (a textarea); null when the box has no selection
 * @property {(root: HTMLElement, onChange: () => void) => () => void} [watch]
 *   calls `onChange` on changes a MutationObserver does not see (a textarea's value);
 *   returns what stops watching
 * @property {(root: HTMLElement, range: Range, text: string, unchanged: () => boolean) => Promise<boolean>} replace
 *   replaces `range` with `text` so that the editor's own state follows and one undo
 *   reverts it. It calls `unchanged()` right before it writes, after any wait, and
 *   writes nothing when that is false (the user changed the span meanwhile);
 *   resolves false when it wrote nothing
 */

/** The specific editors first: the generic one takes any other rich-text box. */
/** @type {readonly EditorAdapter[]} */
export const EDITORS = Object.freeze([draftjs, lexical, quill, prosemirror, textarea, generic]);

/** Matches the root of every known editor. */
export const EDITOR_SELECTOR = EDITORS.map((e) => e.selector).join(', ');

/**
 * The adapter for an editor root.
 * @param {HTMLElement} root
 */
export function adapterFor(root) {
  return EDITORS.find((e) => root.matches(e.selector) && (e.accepts?.(root) ?? true));
}
