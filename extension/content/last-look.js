// @ts-check
// A last look before posting (tip 4: think before you post). When the user sends a
// post — a site's Post, Reply, Comment or Send button, or the key that sends from the
// box (sends.js) — while an error finding remains in it, that first attempt is held and
// a small dialog lists what the post still holds, with "Review" (the first finding's
// card) and "Post anyway" (the post goes as the user meant, and the next attempt with
// the same text passes). Warnings and hints never hold a post.
//
// The attempt is stopped in the capture phase at the window, before the site's own
// handlers see it. It is never stopped when anything is in doubt: findings not yet
// known for exactly the text in the box (a check in flight, a failed check), a button
// or key this extension does not know, a box it cannot tie to the button, or an error
// of its own. Then the post goes.
//
// "Post anyway" sends the way the site accepts from a script: the button's own
// `click()` (React and the sites' handlers take a programmatic click), or the same key
// dispatched on the box. Both are untrusted events, which the listeners here ignore.

import { deepActiveElement } from './discovery.js';
import * as Dialog from './last-look-dialog.js';
import { buttonOf, clicksOnKeys, keySends } from './sends.js';
import { trusted } from './trusted.js';

/** @typedef {import('./highlighter.js').Mark} Mark */
/**
 * What the last look needs of a watched box.
 * @typedef {object} Watched
 * @property {HTMLElement} root  the editor's root
 * @property {() => { text: string, draft: number, errors: Mark[] | null }} errorsNow
 *   the text in the box now, which of the box's posts it is (a new one begins when the
 *   box empties), and its error findings in the order of the text; `errors` is null when
 *   they are not known for exactly that text
 */
/**
 * @typedef {object} Options
 * @property {() => Iterable<Watched>} boxes  the boxes watched now
 * @property {() => boolean} enabled  checking is on here and the user wants the last look
 * @property {(mark: Mark) => string} title  a finding's short title
 * @property {(box: Watched, mark: Mark) => void} review  opens a finding's card, with the focus
 */

/** The time a send attempt that was not held spent here, for the tests and the benchmarks. */
const MEASURE = 'ambassadeur:last-look';

/** The boxes of the post the dialog holds. @type {HTMLElement[]} */
let heldBoxes = [];

/**
 * Starts watching for send attempts; returns what stops it.
 * @param {Options} options
 * @returns {() => void}
 */
export function start(options) {
  /** What each box may be posted with after "Post anyway": its post, and that post's text. @type {WeakMap<HTMLElement, string>} */
  const allowed = new WeakMap();
  /** @param {{ text: string, draft: number }} post */
  const allowance = ({ text, draft }) => `${draft}\u0000${text}`;

  /**
   * Holds the attempt when a box it sends still has errors; otherwise lets it go untouched.
   * @param {Event} event
   * @param {Watched[]} involved  the boxes the attempt would send
   * @param {Element} anchor  where the dialog opens (the button, or the box)
   * @param {() => void} resend  sends again as the user meant
   */
  function attempt(event, involved, anchor, resend) {
    const started = performance.now();
    /** @type {{ box: Watched, post: string, errors: Mark[] }[]} */
    const held = [];
    for (const box of involved) {
      const now = box.errorsNow();
      const post = allowance(now);
      if (now.errors?.length && allowed.get(box.root) !== post) held.push({ box, post, errors: now.errors });
    }
    if (!held.length) {
      performance.measure(MEASURE, { start: started, end: performance.now() });
      return;
    }
    const returnTo = deepActive();
    heldBoxes = held.map(({ box }) => box.root);
    Dialog.show({
      titles: held.flatMap(({ errors }) => errors.map(options.title)),
      near: anchor,
      actions: {
        review() {
          Dialog.hide();
          options.review(held[0].box, held[0].errors[0]);
        },
        postAnyway() {
          Dialog.hide();
          for (const { box, post } of held) allowed.set(box.root, post);
          if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
          resend();
        },
      },
    });
    // Only once the dialog is up: should anything above fail, the post goes.
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  /**
   * The watched boxes a send button sends: those in its nearest ancestor that holds any
   * (the compose box beside its Post button; every box of an X thread). None when that
   * ancestor is the whole page: then the button belongs to no box we know.
   * @param {HTMLElement} button
   * @returns {Watched[]}
   */
  function boxesOf(button) {
    const boxes = [...options.boxes()];
    /** box → its ancestors, across shadow roots */
    const lines = boxes.map((box) => new Set(ancestors(box.root)));
    for (const node of ancestors(button)) {
      if (node === document.body || node === document.documentElement) return [];
      const found = boxes.filter((_, i) => lines[i].has(node));
      if (found.length) return found;
    }
    return [];
  }

  /** @param {MouseEvent} event */
  function onClick(event) {
    if (event.button !== 0 || !options.enabled()) return;
    try {
      const button = buttonOf(event);
      if (!button) return;
      attempt(event, boxesOf(button), button, () => button.click());
    } catch {
      Dialog.hide(); // in doubt: the post goes
    }
  }

  /** @param {KeyboardEvent} event */
  function onKeyDown(event) {
    if ((event.key !== 'Enter' && event.key !== ' ') || event.isComposing || !options.enabled()) return;
    try {
      const button = buttonOf(event);
      if (button) {
        // A site's button that is no <button> (Facebook's div[role=button]) sends on these keys itself.
        if (!clicksOnKeys(button)) attempt(event, boxesOf(button), button, () => button.click());
        return;
      }
      const path = event.composedPath();
      const box = [...options.boxes()].find((b) => path.includes(b.root));
      if (!box || !keySends(event, box.root)) return;
      const { key, code, ctrlKey, metaKey } = event;
      attempt(event, [box], box.root, () => {
        box.root.focus({ preventScroll: true });
        pressEnter(box.root, { key, code, ctrlKey, metaKey });
      });
    } catch {
      Dialog.hide(); // in doubt: the post goes
    }
  }

  // At the window, in the capture phase: before any handler of the page.
  /** @type {Record<string, (event: any) => void>} */
  const listeners = { click: trusted(onClick), keydown: trusted(onKeyDown) };
  for (const [type, listener] of Object.entries(listeners)) window.addEventListener(type, listener, { capture: true });
  return () => {
    for (const [type, listener] of Object.entries(listeners)) window.removeEventListener(type, listener, { capture: true });
    Dialog.hide();
  };
}

/** Closes the dialog, if open (the settings changed under it). */
export function dismiss() {
  Dialog.hide();
}

/**
 * The text of a box changed: a dialog holding its post closes (its list is out of date;
 * the next send is looked at again).
 * @param {HTMLElement} root
 */
export function edited(root) {
  if (Dialog.isOpen() && heldBoxes.includes(root)) Dialog.hide();
}

/** Keeps the open dialog at its button or box (after a scroll or a resize). */
export function place() {
  Dialog.place();
}

/**
 * `node` and its ancestors up to the document, through shadow roots to their hosts.
 * @param {Node} node
 * @returns {Generator<Node>}
 */
function* ancestors(node) {
  for (let at = /** @type {Node | null} */ (node); at; at = at instanceof ShadowRoot ? at.host : at.parentNode) yield at;
}

/** The focused element, inside shadow roots too; null when it is the page's body. */
function deepActive() {
  const active = deepActiveElement();
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * Presses Enter on `target` as the keyboard does: keydown, keypress unless the keydown
 * was taken, keyup. The legacy codes too: editors read `keyCode`/`which` (Draft.js).
 * @param {HTMLElement} target
 * @param {{ key: string, code: string, ctrlKey: boolean, metaKey: boolean }} keys
 */
function pressEnter(target, keys) {
  const init = { ...keys, keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
  const taken = !target.dispatchEvent(new KeyboardEvent('keydown', init));
  if (!taken) target.dispatchEvent(new KeyboardEvent('keypress', { ...init, charCode: 13 }));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}
