// @ts-check
// LinkedIn's share box: Quill 2. Paragraphs are the root's children.

import { afterQuiet, typeOver } from '../editing.js';

/** @type {import('./index.js').EditorAdapter} */
export default {
  selector: 'div.ql-editor[contenteditable="true"]',
  blocks: (root) => root.children,
  async replace(root, range, text, unchanged) {
    // Quill's history merges every change made within a second of a group's first
    // change (`history.delay`): right after typing, a fix would share its undo step.
    if (!(await afterQuiet(root, range, 1000))) return false;
    return typeOver(root, range, text, unchanged);
  },
};
