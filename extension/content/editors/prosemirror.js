// LinkedIn's feed comments: TipTap on ProseMirror. Paragraphs are the root's children.
'use strict';

(globalThis.AmbassadeurEditors ??= []).push({
  name: 'prosemirror',
  selector: 'div.ProseMirror[contenteditable="true"]',
  blocks: (root) => root.children,
  replace(root, range, text) {
    // No wait for the history: a replacement over a selection gets an undo step of
    // its own in ProseMirror, even 100 ms after the last keystroke (measured).
    return AmbassadeurEditing.typeOver(root, range, text);
  },
});
