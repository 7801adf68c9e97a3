// Facebook's composer: Lexical. Paragraphs are the root's children; Lexical
// renders its own `span[data-lexical-text]` leaves.
'use strict';

(globalThis.AmbassadeurEditors ??= []).push({
  name: 'lexical',
  selector: 'div[contenteditable="true"][data-lexical-editor="true"]',
  blocks: (root) => root.children,
  async replace(root, range, text) {
    const { selectAndSettle, insertText } = AmbassadeurEditing;
    root.focus({ preventScroll: true });
    await selectAndSettle(range); // the editor takes the selection into its state first
    return insertText(text);
  },
});
