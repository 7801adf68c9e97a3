// LinkedIn's share box: Quill 2. Paragraphs are the root's children.
'use strict';

(globalThis.AmbassadeurEditors ??= []).push({
  name: 'quill',
  selector: 'div.ql-editor[contenteditable="true"]',
  blocks: (root) => root.children,
  async replace(root, range, text) {
    const { select, insertText } = AmbassadeurEditing;
    root.focus({ preventScroll: true });
    select(range);
    return insertText(text);
  },
});
