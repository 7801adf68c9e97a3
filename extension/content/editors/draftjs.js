// X's compose box: Draft.js. Each paragraph is a `[data-block]` element; the
// contenteditable root also holds wrapper divs that are not text.
'use strict';

(globalThis.AmbassadeurEditors ??= []).push({
  name: 'draft-js',
  selector: 'div.public-DraftEditor-content[contenteditable="true"]',
  blocks: (root) => root.querySelectorAll('[data-block="true"]'),
});
