// @ts-check
// The card that explains one finding: the tip it breaks, the message, the
// suggestions as buttons, and "ignore here", "turn this rule off" and a link to
// the tip. Opens on hover, click or the keyboard shortcut.

import { t } from '../shared/i18n.js';
import { el, placeNear, root } from './overlay.js';
import { trusted } from './trusted.js';

/** @typedef {import('../shared/protocol.js').Diagnostic} Diagnostic */
/**
 * What the card's buttons do.
 * @typedef {object} Actions
 * @property {(suggestion: string) => void} apply  replaces the finding with a suggestion
 * @property {() => void} ignore  ignores the finding in this post
 * @property {(() => void) | null} disableRule  switches the rule off; null when the organisation locked the rule
 * @property {() => void} openTip  opens the tip's text
 * @property {() => void} close  closes the card (Escape)
 */
/**
 * The finding the card shows, and whose it is (the caller's opaque `owner`).
 * @typedef {{ readonly diagnostic: Diagnostic, readonly owner: object }} Shown
 */

/** @type {HTMLDivElement | null} */
let card = null;
/** @type {{ range: Range, actions: Actions, shown: Shown } | null} */
let state = null;

/** @returns {HTMLDivElement} */
function ensure() {
  if (card?.isConnected) return card;
  const created = el('div', { className: 'card', role: 'dialog', hidden: true });
  // Keep the caret in the editor when a button is clicked with the mouse.
  created.addEventListener(
    'mousedown',
    trusted((event) => event.preventDefault()),
  );
  created.addEventListener(
    'keydown',
    trusted((event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        state?.actions.close();
      }
    }),
  );
  root().append(created);
  card = created;
  return created;
}

/**
 * Shows the card for `diagnostic` under `range`, on behalf of `owner`.
 * With `focus`, the first button takes the keyboard focus (Enter applies the first fix).
 * @param {object} options
 * @param {Range} options.range
 * @param {Diagnostic} options.diagnostic
 * @param {import('../shared/protocol.js').Tip | undefined} options.tip
 * @param {Actions} options.actions
 * @param {object} options.owner  who opened the card; `shown()` tells it back
 * @param {boolean} [options.focus]
 */
export function show({ range, diagnostic, tip, actions, owner, focus = false }) {
  const node = ensure();
  state = { range, actions, shown: Object.freeze({ diagnostic, owner }) };
  const titleId = 'ambassadeur-card-title';
  node.className = `card ${diagnostic.severity}`;
  node.setAttribute('aria-labelledby', titleId);
  const header = el('p', { className: 'tip', id: titleId }, [
    el('span', { className: 'badge', textContent: t('tipLabel', String(diagnostic.tip)) }),
    el('span', { textContent: tip?.title ?? '' }),
  ]);
  const message = el('p', { className: 'message', textContent: diagnostic.message });
  const fixes = el(
    'div',
    { className: 'fixes' },
    diagnostic.suggestions.map((s) =>
      el('button', { type: 'button', className: 'fix', textContent: s, title: s, onclick: trusted(() => actions.apply(s)), 'aria-label': t('applyFix', s) }),
    ),
  );
  const links = el('div', { className: 'actions' }, [
    el('button', { type: 'button', className: 'action ignore', textContent: t('ignoreHere'), onclick: trusted(() => actions.ignore()) }),
    ...(actions.disableRule
      ? [el('button', { type: 'button', className: 'action disable', textContent: t('disableRule'), onclick: trusted(() => actions.disableRule?.()) })]
      : []),
    el('button', { type: 'button', className: 'action about', textContent: t('aboutTip', String(diagnostic.tip)), onclick: trusted(() => actions.openTip()) }),
  ]);
  node.replaceChildren(header, message, ...(diagnostic.suggestions.length ? [fixes] : []), links);
  node.hidden = false;
  place();
  if (focus) node.querySelector('button')?.focus();
}

/** The finding the card shows and its owner, or null when it is closed. */
export function shown() {
  return state?.shown ?? null;
}

/** Keeps the open card at its finding (after a scroll or a resize). */
export function place() {
  if (!state || !card) return;
  const rect = state.range.getClientRects()[0] ?? state.range.getBoundingClientRect();
  placeNear(card, rect);
}

export function hide() {
  state = null;
  if (card) card.hidden = true;
}

/**
 * True when the point is over the card (moving onto it keeps it open).
 * @param {number} x
 * @param {number} y
 */
export function contains(x, y) {
  if (!card || card.hidden) return false;
  const r = card.getBoundingClientRect();
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

/** True when the keyboard focus is in the card. */
export function hasFocus() {
  if (!card || card.hidden) return false;
  const active = root().activeElement;
  return active !== null && card.contains(active);
}
