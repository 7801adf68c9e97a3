// @ts-check
// Where compose boxes can be: the document and every shadow tree in it, at any
// depth. LinkedIn's new layout renders its share box and its messaging bubbles
// inside an open shadow root; other sites use closed ones, which an extension may
// open (Chromium: chrome.dom.openOrClosedShadowRoot; Firefox: the element's
// openOrClosedShadowRoot). A document-level MutationObserver sees nothing inside a
// shadow tree, so each known tree gets an observer of its own.
//
// A shadow root attached to an element that is already in the page makes no
// mutation anywhere: such a root is found when the user focuses into it (the
// `focusin` event crosses shadow boundaries, and its composed path names the hosts).
//
// The `focusin` listener takes only real focus changes (trusted.js).
//
// Same-origin frames run a content script of their own (the manifest's all_frames
// and match_origin_as_fallback): this module never crosses into a frame.

import { trusted } from './trusted.js';

/** @typedef {Document | ShadowRoot} Tree */

/** The trees being watched, with their observers. @type {Map<Tree, MutationObserver>} */
const trees = new Map();
/** Elements added since the last look for shadow hosts among them. @type {Set<Element>} */
const added = new Set();
/** @type {(node: Node) => boolean} */
let ignored = () => false;
/** @type {() => void} */
let changed = () => {};

const OBSERVED = /** @type {MutationObserverInit} */ ({
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ['contenteditable', 'readonly', 'disabled'],
});

/**
 * The element's shadow root, open or closed, as far as the browser lets an extension see it.
 * @param {Element} element
 * @returns {ShadowRoot | null}
 */
export function shadowRootOf(element) {
  if (element.shadowRoot) return element.shadowRoot;
  try {
    const firefox = /** @type {{ openOrClosedShadowRoot?: ShadowRoot | null }} */ (/** @type {unknown} */ (element)).openOrClosedShadowRoot;
    if (firefox !== undefined) return firefox ?? null;
    return globalThis.chrome?.dom?.openOrClosedShadowRoot?.(/** @type {HTMLElement} */ (element)) ?? null;
  } catch {
    return null; // not an element that can host a shadow root
  }
}

/**
 * Starts watching the document. `onChange` runs (at most once per animation frame)
 * after anything was added, removed or made editable in any known tree. Returns
 * what stops watching everything.
 * @param {{ onChange: () => void, ignore: (node: Node) => boolean }} options
 *   ignore: true for the extension's own nodes (its overlay host), never searched
 * @returns {() => void}
 */
export function start({ onChange, ignore }) {
  changed = onChange;
  ignored = ignore;
  watch(document);
  const listening = new AbortController();
  addEventListener(
    'focusin',
    trusted((event) => discoverPath(event.composedPath())),
    { capture: true, passive: true, signal: listening.signal },
  );
  return () => {
    listening.abort();
    for (const observer of trees.values()) observer.disconnect();
    trees.clear();
    added.clear();
    changed = () => {};
  };
}

/** @param {Tree} tree */
function watch(tree) {
  if (trees.has(tree)) return;
  const observer = new MutationObserver(onMutations);
  observer.observe(tree, OBSERVED);
  trees.set(tree, observer);
  findHosts(tree);
}

/** @param {MutationRecord[]} records */
function onMutations(records) {
  for (const record of records) {
    for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) added.add(/** @type {Element} */ (node));
  }
  schedule();
}

let scheduled = false;
function schedule() {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    for (const element of added) if (element.isConnected) findHosts(element);
    added.clear();
    forgetDetached();
    changed();
  });
}

/**
 * Watches the shadow roots of `scope` and of everything in it, at any depth.
 * @param {ParentNode} scope
 */
function findHosts(scope) {
  if (scope instanceof Element) {
    if (ignored(scope)) return;
    visitHost(scope);
  }
  for (const element of scope.querySelectorAll('*')) visitHost(element);
}

/** @param {Element} element */
function visitHost(element) {
  // A closed root is looked for on custom elements (the usual hosts of closed roots) only;
  // asking the browser about every element would cost too much on big pages. Others are
  // found when focus enters them.
  const root = element.shadowRoot ?? (element.localName.includes('-') ? shadowRootOf(element) : null);
  if (root && !trees.has(root) && !ignored(element)) watch(root);
}

/**
 * Watches the shadow roots on the path of an event (focus entered a tree found no other way).
 * @param {EventTarget[]} path
 */
function discoverPath(path) {
  let found = false;
  for (const target of path) {
    if (!(target instanceof Element) || ignored(target)) continue;
    const root = shadowRootOf(target);
    if (root && !trees.has(root)) {
      watch(root);
      found = true;
    }
  }
  if (found) schedule();
}

/** Stops watching the trees of hosts that left the page (they are found again if they come back). */
function forgetDetached() {
  for (const [tree, observer] of trees) {
    if (tree instanceof ShadowRoot && !tree.host.isConnected) {
      observer.disconnect();
      trees.delete(tree);
    }
  }
}

/**
 * Every element matching `selector` in the document and in every watched shadow tree.
 * @param {string} selector
 * @returns {HTMLElement[]}
 */
export function findAll(selector) {
  /** @type {HTMLElement[]} */
  const found = [];
  for (const tree of trees.keys()) found.push(.../** @type {NodeListOf<HTMLElement>} */ (tree.querySelectorAll(selector)));
  return found;
}

/** The element that has the keyboard focus, inside shadow trees too. */
export function deepActiveElement() {
  let active = document.activeElement;
  for (let root = active && shadowRootOf(active); root?.activeElement; root = shadowRootOf(root.activeElement)) active = root.activeElement;
  return active;
}
