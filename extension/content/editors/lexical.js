// Facebook's composer: Lexical. Paragraphs are the root's children; Lexical
// renders its own `span[data-lexical-text]` leaves.
'use strict';

(globalThis.AmbassadeurEditors ??= []).push({
  name: 'lexical',
  selector: 'div[contenteditable="true"][data-lexical-editor="true"]',
  blocks: (root) => root.children,
  replace(root, range, text) {
    return AmbassadeurEditing.typeOver(root, range, text);
  },
});
