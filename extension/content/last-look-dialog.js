// @ts-check
// The small dialog of the last look before posting (last-look.js): what the post still
// holds, by short titles, with "Review" and "Post anyway". An alertdialog in the
// overlay: screen readers read its title and what it lists when it opens, the focus
// is on "Review", Tab and Shift+Tab stay between its two buttons, Enter presses the
// focused one and Escape is "Review".

import { t } from '../shared/i18n.js';
import { el, placeNear, root } from './overlay.js';
import { trusted } from './trusted.js';

/**
 * What the dialog's buttons do.
 * @typedef {{ review: () => void, postAnyway: () => void }} Actions
 */

const TITLE_ID = 'ambassadeur-last-look-title';
const TEXT_ID = 'ambassadeur-last-look-text';
const LIST_ID = 'ambassadeur-last-look-list';

/** @type {HTMLDivElement | null} */
let dialog = null;
/** @type {Actions | null} */
let actions = null;

/** @returns {HTMLDivElement} */
function ensure() {
  if (dialog?.isConnected) return dialog;
  const created = el('div', {
    className: 'last-look error',
    role: 'alertdialog',
    'aria-modal': 'true',
    'aria-labelledby': TITLE_ID,
    'aria-describedby': `${TEXT_ID} ${LIST_ID}`,
    hidden: true,
  });
  created.addEventListener('keydown', trusted(onKeyDown));
  // Clicking or tabbing out of the dialog leaves the post unsent, as "Review" would.
  created.addEventListener(
    'focusout',
    trusted((event) => {
      const next = /** @type {Node | null} */ (event.relatedTarget);
      if (actions && !(next && created.contains(next))) hide();
    }),
  );
  root().append(created);
  dialog = created;
  return created;
}

/** @param {KeyboardEvent} event */
function onKeyDown(event) {
  if (!dialog || !actions) return;
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation(); // the site's own Escape would close its compose dialog
    actions.review();
  } else if (event.key === 'Tab') {
    const buttons = [...dialog.querySelectorAll('button')];
    const at = buttons.indexOf(/** @type {HTMLButtonElement} */ (root().activeElement));
    event.preventDefault();
    event.stopPropagation();
    buttons[(at + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length]?.focus();
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.stopPropagation(); // the button's own click follows; the site hears nothing
  }
}

/**
 * Shows the dialog near `rect` (the send button, or the box), listing `titles`; the
 * focus goes to "Review".
 * @param {object} options
 * @param {string[]} options.titles  the short titles of what the post still holds
 * @param {DOMRect} options.rect
 * @param {Actions} options.actions
 */
export function show({ titles, rect, actions: given }) {
  const node = ensure();
  actions = null; // a focusout while the content is replaced closes nothing
  const review = el('button', { type: 'button', className: 'fix review', textContent: t('lastLookReview'), onclick: trusted(() => actions?.review()) });
  const post = el('button', {
    type: 'button',
    className: 'action post-anyway',
    textContent: t('lastLookPostAnyway'),
    onclick: trusted(() => actions?.postAnyway()),
  });
  node.replaceChildren(
    el('p', { className: 'tip', id: TITLE_ID }, [
      el('span', { className: 'badge', textContent: t('tipLabel', '4') }),
      el('span', { textContent: t('lastLookTitle') }),
    ]),
    el('p', { className: 'message', id: TEXT_ID, textContent: t('lastLookText') }),
    el('p', { className: 'message findings', id: LIST_ID, textContent: titles.join(' · ') }),
    el('div', { className: 'actions last-look-actions' }, [review, post]),
  );
  actions = given;
  node.hidden = false;
  placeNear(node, rect);
  review.focus();
}

/** Closes the dialog (nothing is sent). */
export function hide() {
  actions = null;
  if (dialog) dialog.hidden = true;
}

/** True while the dialog is open. */
export function isOpen() {
  return actions !== null;
}
