// LinkedIn's feed comments: TipTap on ProseMirror. Paragraphs are the root's children.
'use strict';

(globalThis.AmbassadeurEditors ??= []).push({
  name: 'prosemirror',
  selector: 'div.ProseMirror[contenteditable="true"]',
  blocks: (root) => root.children,
  async replace(root, range, text) {
    const { selectAndSettle, insertText, afterQuiet } = AmbassadeurEditing;
    // ProseMirror's history merges adjacent changes made within 500 ms of the previous
    // one (`newGroupDelay`): right after typing, a fix would share its undo step.
    if (!(await afterQuiet(root, range, 500))) return false;
    root.focus({ preventScroll: true });
    await selectAndSettle(range); // the editor takes the selection into its state first
    return insertText(text);
  },
});
