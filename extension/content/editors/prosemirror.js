// @ts-check
// LinkedIn's feed comments: TipTap on ProseMirror. Paragraphs are the root's children.
// Replacing text: as if typed, at once. A replacement over a selection gets an undo
// step of its own in ProseMirror, even 100 ms after the last keystroke (measured).

import { typeOver } from '../editing.js';

/** @type {import('./index.js').EditorAdapter} */
export default {
  selector: 'div.ProseMirror[contenteditable="true"]',
  blocks: (root) => root.children,
  replace: typeOver,
};
