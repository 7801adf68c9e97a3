// @ts-check
// The ways of changing an editor's text that the editor itself accepts. We never
// edit an editor's DOM directly: Draft.js, Lexical, Quill and ProseMirror keep
// their own state and revert or corrupt foreign DOM changes.
//
// Every write waits for something first (the editor to take the selection, an undo
// group to close), and the user may type meanwhile. So the span is checked again at
// the moment of writing, after every wait (`unchanged`), and nothing is written
// when it changed.

import { trusted } from './trusted.js';

/**
 * Puts the DOM selection on `range` (the editor follows on selectionchange).
 * @param {Range} range
 */
export function select(range) {
  const selection = getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * The selection inside `root`, seen from its own tree: in a shadow tree Chromium's
 * document selection names the host, while the shadow root's `getSelection()` (Chromium)
 * or `getComposedRanges` (the standard, Firefox) tell where it really is. Null when
 * the selection is not in `root`.
 * @param {Element} root
 * @returns {{ range: Range, focus: { node: Node, offset: number } } | null}
 */
export function selectionIn(root) {
  const tree = root.getRootNode();
  const inShadow = tree instanceof ShadowRoot;
  const own = inShadow ? /** @type {{ getSelection?: () => Selection | null }} */ (/** @type {unknown} */ (tree)).getSelection?.() : null;
  const selection = own ?? getSelection();
  if (!selection?.rangeCount) return null;
  if (selection.focusNode && root.contains(selection.focusNode)) {
    return { range: selection.getRangeAt(0).cloneRange(), focus: { node: selection.focusNode, offset: selection.focusOffset } };
  }
  const composed = /** @type {{ getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] }} */ (/** @type {unknown} */ (selection));
  if (!inShadow || !composed.getComposedRanges) return null;
  const [found] = composed.getComposedRanges({ shadowRoots: [/** @type {ShadowRoot} */ (tree)] });
  if (!found || !root.contains(found.endContainer)) return null;
  const range = document.createRange();
  range.setStart(found.startContainer, found.startOffset);
  range.setEnd(found.endContainer, found.endOffset);
  return { range, focus: { node: found.endContainer, offset: found.endOffset } };
}

/**
 * Replaces the selection as if typed: the editor handles beforeinput/input and keeps one undo step.
 * @param {string} text
 */
function insertText(text) {
  return document.execCommand('insertText', false, text);
}

/**
 * Replaces `range` as if typed, once the editor has taken the selection into its
 * state, and only if `unchanged()` still holds then.
 * @param {HTMLElement} root
 * @param {Range} range
 * @param {string} text
 * @param {() => boolean} unchanged  true while the span and the selection are still the flagged text
 */
export async function typeOver(root, range, text, unchanged) {
  root.focus({ preventScroll: true });
  await selectAndSettle(range);
  if (!unchanged()) return false;
  const done = insertText(text);
  // The fix is input too (editors group undo steps by time), whether or not the browser
  // calls its input event trusted: Firefox does not, for a command a content script ran.
  if (done) lastInput.set(root, performance.now());
  return done;
}

/**
 * Firefox only (its content scripts have `cloneInto`): the paste event's `clipboardData`,
 * as the page reads it, becomes an object of the page's own that holds `text` as plain text.
 * @param {ClipboardEvent} event  made by the page's constructor
 * @param {string} text
 * @param {typeof globalThis} view
 */
function carryClipboardText(event, text, view) {
  const firefox = /** @type {{ cloneInto?: (value: object, scope: object, options: object) => object }} */ (/** @type {unknown} */ (globalThis));
  const page = /** @type {{ wrappedJSObject?: object }} */ (/** @type {unknown} */ (event)).wrappedJSObject;
  if (typeof firefox.cloneInto !== 'function' || !page) {
    if (event.clipboardData && event.clipboardData.getData('text/plain') !== text) event.clipboardData.setData('text/plain', text);
    return;
  }
  const clipboard = {
    types: ['text/plain'],
    items: [],
    files: [],
    getData: (/** @type {string} */ type) => (type === 'text/plain' || type === 'text' ? text : ''),
  };
  Object.defineProperty(page, 'clipboardData', { value: firefox.cloneInto(clipboard, view, { cloneFunctions: true }), configurable: true });
}

/**
 * Replaces the selection through a synthetic paste of plain text.
 * @param {EventTarget} target
 * @param {string} text
 */
export function pasteText(target, text) {
  // Made by the page's own constructors (in Firefox the content script's are not the page's).
  const view = /** @type {typeof globalThis} */ (/** @type {any} */ (target).ownerDocument?.defaultView ?? globalThis);
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  // Firefox gives the event a DataTransfer of its own, empty; and what the content script
  // puts in it, the page may not read (each item keeps the principal that set it). There
  // the page gets a clipboard of its own with the text: a plain object made in its realm.
  carryClipboardText(event, text, view);
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Selects `range` and resolves once the page has seen the change: editors that
 * keep their own selection (Draft.js) take it from the `selectionchange` event,
 * which Chromium delivers in a task of its own, after the next animation frame.
 * Resolves after `timeout` ms when nothing changed (the selection was already there).
 * @param {Range} range
 * @param {number} [timeout]
 * @returns {Promise<void>}
 */
export function selectAndSettle(range, timeout = 100) {
  return new Promise((resolve) => {
    let timer = 0;
    const listening = new AbortController();
    const finish = () => {
      listening.abort();
      clearTimeout(timer);
      setTimeout(resolve, 0); // after the page's own selectionchange listeners
    };
    document.addEventListener('selectionchange', trusted(finish), { signal: listening.signal });
    timer = setTimeout(finish, timeout);
    select(range);
  });
}

/** When each editing host last had input: editors group their undo steps by time. */
/** @type {WeakMap<EventTarget, number>} */
const lastInput = new WeakMap();
document.addEventListener(
  'input',
  trusted((event) => {
    // The editing host itself, also inside an open shadow root (event.target names the shadow host there).
    const target = event.composedPath()[0] ?? event.target;
    if (target) lastInput.set(target, performance.now());
  }),
  { capture: true, passive: true },
);

/**
 * Waits until `root` has had no input for `ms`, so that an editor which merges
 * the changes of a short period into one undo step (Quill: a second from a
 * group's first change; ProseMirror: 500 ms after the last) gives the fix an
 * undo step of its own: one Ctrl+Z then restores exactly the text before the fix.
 * Gives up waiting after `limit` ms. Resolves false when the text of `range`
 * changed meanwhile (the fix no longer applies).
 * @param {HTMLElement} root
 * @param {Range} range
 * @param {number} ms
 * @param {number} [limit]
 */
export async function afterQuiet(root, range, ms, limit = 3000) {
  const quote = range.toString();
  const until = performance.now() + limit;
  for (;;) {
    const wait = Math.min((lastInput.get(root) ?? -Infinity) + ms, until) - performance.now();
    if (wait <= 0) break;
    await new Promise((resolve) => setTimeout(resolve, wait + 5));
  }
  return range.toString() === quote;
}
