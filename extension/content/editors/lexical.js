// @ts-check
// Facebook's composer: Lexical. Paragraphs are the root's children; Lexical
// renders its own `span[data-lexical-text]` leaves.

import { typeOver } from '../editing.js';

/** @type {import('./index.js').EditorAdapter} */
export default {
  selector: 'div[contenteditable="true"][data-lexical-editor="true"]',
  blocks: (root) => root.children,
  replace: typeOver,
};
