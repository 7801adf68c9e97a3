// @ts-check
// A small counter at the edge of each compose box (findings by severity; click
// lists them), and a polite live region that tells screen-reader users how
// many findings the post has whenever that number changes.

import { t } from '../shared/i18n.js';
import { SEVERITIES } from '../shared/severities.js';
import { el, placeNear, root } from './overlay.js';

/** @typedef {import('./highlighter.js').Mark} Mark */
/**
 * What a counter does when a finding is picked from its list, and an extra line
 * for the list (e.g. that only the start of a huge post was checked). `text` is
 * where the box's text is laid out when that is not the box itself (a textarea's mirror).
 * @typedef {{ onPick: (mark: Mark) => void, note?: string, text?: Node }} Options
 */

/** box → its counter */
/** @type {Map<Element, HTMLButtonElement>} */
const counters = new Map();
/** box → where its text is laid out, when that is not the box */
/** @type {WeakMap<Element, Node>} */
const texts = new WeakMap();
/** @type {HTMLDivElement | null} */
let list = null;
/** @type {HTMLDivElement | null} */
let live = null;
/** @type {string | null} */
let lastAnnounced = null;

function liveRegion() {
  if (!live?.isConnected) {
    live = el('div', { className: 'sr-only', role: 'status', 'aria-live': 'polite' });
    root().append(live);
  }
  return live;
}

/** @param {readonly Mark[]} marks */
function summary(marks) {
  const n = marks.length;
  return n === 0 ? t('noFindings') : n === 1 ? t('oneFinding') : t('manyFindings', String(n));
}

/**
 * Shows the box's counts. `onPick(mark)` opens a finding's card from the list.
 * `note` is an extra line (e.g. that only the start of a huge post was checked).
 * @param {HTMLElement} box
 * @param {readonly Mark[]} marks
 * @param {Options} options
 */
export function update(box, marks, { onPick, note = '', text: laidOut }) {
  if (laidOut) texts.set(box, laidOut);
  let counter = counters.get(box);
  if (!marks.length && !note) {
    counter?.remove();
    counters.delete(box);
  } else {
    if (!counter?.isConnected) {
      counter = el('button', { type: 'button', className: 'counter' });
      counter.addEventListener('mousedown', (event) => event.preventDefault());
      root().append(counter);
      counters.set(box, counter);
    }
    const counts = SEVERITIES.map((severity) => marks.filter((m) => m.diagnostic.severity === severity).length);
    // Most keystrokes leave the counts as they were: rebuild the counter only when they change.
    const key = `${counts}|${note}`;
    if (counter.dataset.key !== key) {
      counter.dataset.key = key;
      const parts = [];
      SEVERITIES.forEach((severity, i) => {
        if (counts[i]) parts.push(el('span', { className: `dot ${severity}` }), el('span', { className: `count ${severity}`, textContent: String(counts[i]) }));
      });
      if (note) parts.push(el('span', { textContent: '…' }));
      counter.replaceChildren(...parts);
      const label = `${t('extName')}: ${summary(marks)}${note ? `. ${note}` : ''}`;
      counter.setAttribute('aria-label', label);
      counter.title = label;
    }
    counter.onclick = () => toggleList(box, marks, onPick, note);
    place(box);
  }
  const text = summary(marks);
  if (text !== lastAnnounced) {
    lastAnnounced = text;
    liveRegion().textContent = text;
  }
}

/** @param {Element} box */
function place(box) {
  const counter = counters.get(box);
  if (!counter) return;
  const r = box.getBoundingClientRect();
  const visible = r.bottom > 0 && r.top < innerHeight && r.width > 0;
  counter.hidden = !visible;
  const width = counter.offsetWidth;
  const height = counter.offsetHeight;
  const left = Math.max(4, r.right - width - 6);
  let top = Math.max(4, r.bottom - height - 6);
  // In the box's bottom-right corner, unless the post's text runs there (X's and
  // LinkedIn's comment boxes are only as tall as their text): then just below the box.
  if (coversText(texts.get(box) ?? box, { left: left - 8, top, right: left + width, bottom: top + height })) top = r.bottom + 2;
  counter.style.left = `${left}px`;
  counter.style.top = `${top}px`;
}

/**
 * True when text of `box` lies under `area`; looks only at the last lines.
 * @param {Node} box
 * @param {{ left: number, top: number, right: number, bottom: number }} area
 */
function coversText(box, area) {
  let last = box;
  while (last.lastChild) last = last.lastChild;
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  walker.currentNode = last;
  const range = document.createRange();
  for (let node = last.nodeType === Node.TEXT_NODE ? last : walker.previousNode(); node; node = walker.previousNode()) {
    const data = /** @type {Text} */ (node).data;
    if (!data.trim()) continue;
    // Only the end of a long text node can reach the bottom corner (a textarea's mirror holds the whole post in one).
    range.setStart(node, Math.max(0, data.length - 400));
    range.setEnd(node, data.length);
    let above = true;
    for (const r of range.getClientRects()) {
      if (r.bottom > area.top) above = false;
      if (r.width && r.left < area.right && r.right > area.left && r.top < area.bottom && r.bottom > area.top) return true;
    }
    if (above) return false; // this text and all before it ends above the counter
  }
  return false;
}

/** Keeps every counter at its box (after a scroll or a resize). */
export function placeAll() {
  for (const box of counters.keys()) place(box);
}

/**
 * @param {HTMLElement} box
 * @param {readonly Mark[]} marks
 * @param {(mark: Mark) => void} onPick
 * @param {string} note
 */
function toggleList(box, marks, onPick, note) {
  if (list && !list.hidden) return hideList();
  if (!list) {
    list = root().appendChild(el('div', { className: 'list', role: 'dialog', 'aria-label': t('extName') }));
    list.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      hideList();
      box.focus({ preventScroll: true });
    });
  }
  const items = marks.map((mark) =>
    el('li', {}, [
      el(
        'button',
        {
          type: 'button',
          onclick: () => {
            hideList();
            onPick(mark);
          },
        },
        [
          el('span', { className: `dot ${mark.diagnostic.severity}` }),
          ' ',
          el('span', { className: 'quote', textContent: mark.range.toString() }),
          ` · ${t('tipLabel', String(mark.diagnostic.tip))}`,
        ],
      ),
    ]),
  );
  list.replaceChildren(...(note ? [el('p', { className: 'note', textContent: note })] : []), el('ul', {}, items));
  list.hidden = false;
  const counter = counters.get(box);
  if (counter) placeNear(list, counter.getBoundingClientRect());
  list.querySelector('button')?.focus();
}

export function hideList() {
  if (list) list.hidden = true;
}

/** @param {Element} box */
export function remove(box) {
  counters.get(box)?.remove();
  counters.delete(box);
}
