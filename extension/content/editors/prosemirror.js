// LinkedIn's feed comments: TipTap on ProseMirror. Paragraphs are the root's children.
'use strict';

(globalThis.AmbassadeurEditors ??= []).push({
  name: 'prosemirror',
  selector: 'div.ProseMirror[contenteditable="true"]',
  blocks: (root) => root.children,
  async replace(root, range, text) {
    const { select, insertText } = AmbassadeurEditing;
    root.focus({ preventScroll: true });
    select(range);
    return insertText(text);
  },
});
