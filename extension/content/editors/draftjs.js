// @ts-check
// X's compose box: Draft.js. Each paragraph is a `[data-block]` element; the
// contenteditable root also holds wrapper divs that are not text.
// Replacing text: a synthetic paste over the selected span. execCommand corrupts
// Draft's state (duplicated blocks, or a crash in an empty editor). Where a synthetic
// paste carries no text to the page (Firefox), a `textInput` event, as typing sends.

import { pasteCarriesData, pasteText, selectAndSettle, textInput } from '../editing.js';

/** @type {import('./index.js').EditorAdapter} */
export default {
  selector: 'div.public-DraftEditor-content[contenteditable="true"]',
  blocks: (root) => root.querySelectorAll('[data-block="true"]'),
  async replace(root, range, text, unchanged) {
    root.focus({ preventScroll: true });
    await selectAndSettle(range); // Draft takes the DOM selection into its state on selectionchange
    return unchanged() && (pasteCarriesData ? pasteText(root, text) : textInput(root, text));
  },
};
