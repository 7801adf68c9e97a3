// LinkedIn's feed comments: TipTap on ProseMirror. Paragraphs are the root's children.
'use strict';

(globalThis.AmbassadeurEditors ??= []).push({
  name: 'prosemirror',
  selector: 'div.ProseMirror[contenteditable="true"]',
  blocks: (root) => root.children,
  async replace(root, range, text) {
    const { selectAndSettle, insertText } = AmbassadeurEditing;
    // No wait for the history: a replacement over a selection gets an undo step of
    // its own in ProseMirror, even 100 ms after the last keystroke (measured).
    root.focus({ preventScroll: true });
    await selectAndSettle(range); // the editor takes the selection into its state first
    return insertText(text);
  },
});
