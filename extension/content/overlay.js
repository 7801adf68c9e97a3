// @ts-check
// One shadow-DOM host on <html> for everything the extension shows on a page
// (cards, counters, the live region, a notice, the last look before posting): outside every editor, so editors
// never meet our nodes, and sealed from the page's styles. Texts are only ever set
// with textContent: post text is never parsed as HTML.
//
// Sealed from the page's scripts too: the host is a plain <div> (a custom element's
// tag could be defined by the page first, with a shadow root of its own), its
// shadow root is closed (the page gets null for `host.shadowRoot`, and events
// from inside reach it retargeted to the host), and every listener inside ignores
// events that were not made by real input (trusted.js). What the page can see is
// the host element itself.

import { LOOKS, SEVERITIES } from '../shared/severities.js';
import { adopt, sheetFor } from './highlight-sheet.js';

const CSS_TEXT = `
  :host { all: initial; }
  * { box-sizing: border-box; }
  .card, .list, .last-look { position: fixed; z-index: 2147483647; max-width: 360px; min-width: 240px;
    font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
    background: #fff; border: 1px solid #d0d7de; border-radius: 10px; padding: 12px 14px;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18); }
  [hidden] { display: none !important; }
  .tip { display: flex; gap: 8px; align-items: baseline; font-size: 12px; font-weight: 600; color: #57606a; margin: 0 0 6px; }
  .badge { flex: none; border-radius: 999px; padding: 1px 8px; color: #fff; background: #001158; }
  .message { margin: 0 0 10px; }
  .fixes { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 10px; }
  .fix { font: inherit; font-weight: 600; color: #fff; background: #001158; border: 0; border-radius: 6px;
    padding: 4px 10px; cursor: pointer; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .fix:hover { background: #1d3a8a; }
  .actions { display: flex; flex-wrap: wrap; gap: 4px 14px; border-top: 1px solid #eaeef2; padding-top: 8px; font-size: 12px; }
  .action { font: inherit; color: #0b57d0; background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
  button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
  .counter { position: fixed; z-index: 2147483646; display: flex; gap: 4px; align-items: center;
    font: 600 12px/1 system-ui, sans-serif; color: #1f2328; background: #fff; border: 1px solid #d0d7de;
    border-radius: 999px; padding: 3px 8px; cursor: pointer; box-shadow: 0 1px 4px rgb(0 0 0 / 0.12); }
  .counter.failed { color: #fff; background: ${LOOKS.error.solid}; border-color: ${LOOKS.error.solid}; }
  .notice { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 360px;
    font: 14px/1.45 system-ui, sans-serif; color: #1f2328; background: #fff; border: 1px solid #d0d7de;
    border-left: 4px solid ${LOOKS.error.solid}; border-radius: 10px; padding: 10px 14px;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18); display: flex; gap: 12px; align-items: baseline; }
  .notice p { margin: 0; }
  .dot { width: 8px; height: 8px; border-radius: 50%; display: inline-block; }
  ${SEVERITIES.map((s) => `.${s} .badge { background: ${LOOKS[s].solid}; } .dot.${s} { background: ${LOOKS[s].color}; }`).join('\n  ')}
  .list ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
  .list li button { all: unset; display: block; width: 100%; cursor: pointer; padding: 4px 6px; border-radius: 6px; }
  .list li button:hover, .list li button:focus-visible { background: #eef1f8; outline: none; }
  .quote { font-weight: 600; }
  .last-look .findings { font-weight: 600; }
  .last-look .last-look-actions { align-items: center; gap: 8px 16px; font-size: 14px; }
  .last-look .post-anyway { font-size: 13px; }
  .note { font-size: 12px; color: #57606a; margin: 0 0 6px; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  @media (prefers-color-scheme: dark) {
    .card, .list, .last-look, .counter:not(.failed), .notice { color: #e6edf3; background: #1c2128; border-color: #444c56; }
    .actions { border-color: #30363d; } .action { color: #8ab4f8; }
    .list li button:hover, .list li button:focus-visible { background: #2d333b; }
  }
`;
/** @type {HTMLElement | null} */
let host = null;
/** @type {ShadowRoot | null} */
let shadow = null;

/**
 * The shadow root, created on first use and re-attached if the page removed it.
 * @returns {ShadowRoot}
 */
export function root() {
  if (!host || !shadow) {
    host = document.createElement('div');
    // The page's own rules for `div` must not move or hide what is inside (a transform
    // would make `position: fixed` relative to the host): an inline !important wins.
    host.style.setProperty('all', 'initial', 'important');
    shadow = host.attachShadow({ mode: 'closed' });
    // A constructed sheet is no inline style: a strict style-src allows it.
    adopt(shadow, sheetFor(shadow, CSS_TEXT));
  }
  if (!host.isConnected) document.documentElement.append(host);
  return shadow;
}

/** Takes everything out of the overlay. */
export function clear() {
  shadow?.replaceChildren();
}

/**
 * True for the overlay's host: the one node of the extension in the page's tree,
 * never searched for compose boxes.
 * @param {Node} node
 */
export function owns(node) {
  return node === host;
}

/**
 * What `el` sets on a new element: its properties, and `role` and `aria-*` as attributes.
 * @template {keyof HTMLElementTagNameMap} K
 * @typedef {Partial<Omit<HTMLElementTagNameMap[K], 'role'>> & { role?: string, [aria: `aria-${string}`]: string }} Props
 */

/**
 * Creates an element: el('button', { className: 'fix', textContent: 'x' }, [children]).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Props<K>} [props]
 * @param {(Node | string)[]} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  const fields = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (node));
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('aria-') || key === 'role') node.setAttribute(key, String(value));
    else fields[key] = value;
  }
  node.append(...children);
  return node;
}

/**
 * Places a floating element below `rect`, or above when there is no room, inside the viewport.
 * @param {HTMLElement} node
 * @param {DOMRect} rect
 */
export function placeNear(node, rect) {
  const width = node.offsetWidth;
  const height = node.offsetHeight;
  const left = Math.max(8, Math.min(rect.left, innerWidth - width - 8));
  const below = rect.bottom + 8;
  const top = below + height > innerHeight - 8 ? Math.max(8, rect.top - height - 8) : below;
  node.style.left = `${left}px`;
  node.style.top = `${top}px`;
}
