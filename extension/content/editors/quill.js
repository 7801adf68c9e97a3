// LinkedIn's share box: Quill 2. Paragraphs are the root's children.
'use strict';

(globalThis.AmbassadeurEditors ??= []).push({
  name: 'quill',
  selector: 'div.ql-editor[contenteditable="true"]',
  blocks: (root) => root.children,
  async replace(root, range, text) {
    const { typeOver, afterQuiet } = AmbassadeurEditing;
    // Quill's history merges every change made within a second of a group's first
    // change (`history.delay`): right after typing, a fix would share its undo step.
    if (!(await afterQuiet(root, range, 1000))) return false;
    return typeOver(root, range, text);
  },
});
