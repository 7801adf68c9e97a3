// @ts-check
// A small counter at the edge of each compose box (findings by severity; click
// lists them), and a polite live region that tells screen-reader users how
// many findings the post has whenever that number changes. When a post could not
// be checked, the counter says so ("!"), and so does the live region: a post is
// never shown as clean when it was not checked.

import { t } from '../shared/i18n.js';
import { SEVERITIES } from '../shared/severities.js';
import { el, placeNear, root } from './overlay.js';
import { trusted } from './trusted.js';

/** @typedef {import('./highlighter.js').Mark} Mark */
/**
 * What a counter does when a finding is picked from its list, an extra line for
 * the list (e.g. that only the start of a huge post was checked), whether the
 * last check of the post failed, and `text`: where the box's text is laid out when
 * that is not the box itself (a textarea's mirror).
 * @typedef {{ onPick: (mark: Mark) => void, note?: string, failed?: boolean, text?: Node }} Options
 */

/** box → its counter */
/** @type {Map<Element, HTMLButtonElement>} */
const counters = new Map();
/** box → where its text is laid out, when that is not the box */
/** @type {WeakMap<Element, Node>} */
const texts = new WeakMap();
/** @type {HTMLDivElement | null} */
let list = null;
/** The box whose findings the list shows. @type {HTMLElement | null} */
let listBox = null;
/** @type {HTMLDivElement | null} */
let live = null;
/** @type {string | null} */
let lastAnnounced = null;
/** The handler of each counter's click, replaced on every update. @type {WeakMap<HTMLButtonElement, () => void>} */
const onClick = new WeakMap();

function liveRegion() {
  if (!live?.isConnected) {
    live = el('div', { className: 'sr-only', role: 'status', 'aria-live': 'polite' });
    root().append(live);
  }
  return live;
}

/**
 * @param {readonly Mark[]} marks
 * @param {boolean} failed
 */
function summary(marks, failed) {
  if (failed) return t('checkFailed');
  const n = marks.length;
  return n === 0 ? t('noFindings') : n === 1 ? t('oneFinding') : t('manyFindings', String(n));
}

/**
 * Tells screen readers `text`, unless it was the last thing told.
 * @param {string} text
 */
export function announce(text) {
  if (text === lastAnnounced) return;
  lastAnnounced = text;
  liveRegion().textContent = text;
}

/**
 * Shows the box's counts, or that its post could not be checked (`failed`).
 * `onPick(mark)` opens a finding's card from the list. `note` is an extra line
 * (e.g. that only the start of a huge post was checked).
 * @param {HTMLElement} box
 * @param {readonly Mark[]} marks
 * @param {Options} options
 */
export function update(box, marks, { onPick, note = '', failed = false, text: laidOut }) {
  if (laidOut) texts.set(box, laidOut);
  let counter = counters.get(box);
  const notes = [...(failed ? [t('checkFailedHelp')] : []), ...(note ? [note] : [])];
  if (!marks.length && !notes.length) {
    counter?.remove();
    counters.delete(box);
  } else {
    if (!counter?.isConnected) {
      const created = el('button', { type: 'button', className: 'counter' });
      created.addEventListener(
        'mousedown',
        trusted((event) => event.preventDefault()),
      );
      created.addEventListener(
        'click',
        trusted(() => onClick.get(created)?.()),
      );
      root().append(created);
      counters.set(box, created);
      counter = created;
    }
    const counts = SEVERITIES.map((severity) => marks.filter((m) => m.diagnostic.severity === severity).length);
    // Most keystrokes leave the counts as they were: rebuild the counter only when they change.
    const key = `${counts}|${notes}`;
    if (counter.dataset.key !== key) {
      counter.dataset.key = key;
      const parts = [];
      if (failed) parts.push(el('span', { className: 'count failed', textContent: '!' }));
      SEVERITIES.forEach((severity, i) => {
        if (counts[i]) parts.push(el('span', { className: `dot ${severity}` }), el('span', { className: `count ${severity}`, textContent: String(counts[i]) }));
      });
      if (note) parts.push(el('span', { textContent: '…' }));
      counter.replaceChildren(...parts);
      counter.classList.toggle('failed', failed);
      const label = `${t('extName')}: ${summary(marks, failed)}${note ? `. ${note}` : ''}`;
      counter.setAttribute('aria-label', label);
      counter.title = label;
    }
    onClick.set(counter, () => toggleList(box, marks, onPick, notes));
    place(box);
  }
  announce(summary(marks, failed));
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
 * @param {string[]} notes
 */
function toggleList(box, marks, onPick, notes) {
  if (list && !list.hidden) return hideList();
  if (!list?.isConnected) {
    list = root().appendChild(el('div', { className: 'list', role: 'dialog', 'aria-label': t('extName') }));
    list.addEventListener(
      'keydown',
      trusted((event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        hideList();
        listBox?.focus({ preventScroll: true });
      }),
    );
  }
  const items = marks.map((mark) =>
    el('li', {}, [
      el(
        'button',
        {
          type: 'button',
          onclick: trusted(() => {
            hideList();
            onPick(mark);
          }),
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
  listBox = box;
  list.replaceChildren(...notes.map((note) => el('p', { className: 'note', textContent: note })), el('ul', {}, items));
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
