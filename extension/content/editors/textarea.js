// @ts-check
// Plain `<textarea>` boxes: X's direct messages (`textarea[data-testid=dm-composer-textarea]`)
// and the titles of LinkedIn's articles. Their text is the value, which no DOM node
// holds: a mirror in the extension's overlay carries it, and the findings' ranges
// live there (content/mirror.js).
// Replacing text: `insertText` on the focused textarea with the span selected, which
// the browser puts on the textarea's undo stack (Chromium, Firefox) and announces
// with an `input` event; where that fails, `setRangeText` and an `input` event of our
// own, so that the site's state follows (not undoable there).

import { Mirror } from '../mirror.js';
import { trusted } from '../trusted.js';

/** textarea → its mirror */
/** @type {WeakMap<HTMLTextAreaElement, Mirror>} */
const mirrors = new WeakMap();

/** @param {HTMLElement} root */
function mirrorOf(root) {
  const textarea = /** @type {HTMLTextAreaElement} */ (root);
  let mirror = mirrors.get(textarea);
  if (!mirror) {
    mirror = new Mirror(textarea);
    mirrors.set(textarea, mirror);
  }
  return mirror;
}

/** Events after which a textarea's value may have changed: typing, and a site setting it (clearing it after sending). */
const OWN_EVENTS = ['input', 'change', 'focus', 'blur'];
const PAGE_EVENTS = ['keyup', 'pointerup'];

/** @type {import('./index.js').EditorAdapter} */
export default {
  selector: 'textarea:not([readonly]):not([disabled])',
  blocks: () => [],
  read(root) {
    const node = mirrorOf(root).sync();
    const text = node.data;
    return { text, pieces: text ? [{ node, start: 0, end: text.length }] : [] };
  },
  selection(root) {
    const { selectionStart: start, selectionEnd: end, selectionDirection } = /** @type {HTMLTextAreaElement} */ (root);
    return { start, end, caret: selectionDirection === 'backward' ? start : end };
  },
  watch(root, onChange) {
    const textarea = /** @type {HTMLTextAreaElement} */ (root);
    // A site sets the value without an input event (React after sending): look after each key and click.
    // Only after real input: the page's made-up events move nothing (trusted.js).
    const changed = trusted(() => {
      if (textarea.value !== mirrors.get(textarea)?.text.data) onChange();
    });
    for (const type of OWN_EVENTS) root.addEventListener(type, changed);
    for (const type of PAGE_EVENTS) document.addEventListener(type, changed, { capture: true, passive: true });
    return () => {
      for (const type of OWN_EVENTS) root.removeEventListener(type, changed);
      for (const type of PAGE_EVENTS) document.removeEventListener(type, changed, { capture: true });
      mirrors.get(/** @type {HTMLTextAreaElement} */ (root))?.dispose();
      mirrors.delete(/** @type {HTMLTextAreaElement} */ (root));
    };
  },
  async replace(root, range, text, unchanged) {
    const textarea = /** @type {HTMLTextAreaElement} */ (root);
    const mirror = mirrors.get(textarea);
    if (!mirror || range.startContainer !== mirror.text || range.endContainer !== mirror.text) return false;
    const { startOffset: start, endOffset: end } = range;
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(start, end);
    if (!unchanged()) return false;
    if (document.execCommand('insertText', false, text)) return true;
    textarea.setRangeText(text, start, end, 'end');
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    return true;
  },
};
