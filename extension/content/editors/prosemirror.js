// LinkedIn's feed comments: TipTap on ProseMirror. Paragraphs are the root's children.
'use strict';

(globalThis.AmbassadeurEditors ??= []).push({
  name: 'prosemirror',
  selector: 'div.ProseMirror[contenteditable="true"]',
  blocks: (root) => root.children,
});
