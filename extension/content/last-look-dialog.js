// @ts-check
// The small dialog of the last look before posting (last-look.js): what the post still
// holds, by short titles, with "Review" and "Post anyway". An alertdialog in the
// overlay: screen readers read its title and what it lists when it opens, the focus
// is on "Review", Tab and Shift+Tab stay between its two buttons, Enter presses the
// focused one and Escape is "Review".
//
// It stays open until one of them is chosen (or the post is edited, last-look.js): were
// it to close when the focus leaves it, a page that pulls the focus back into its own
// dialog would close it at once, and the post could never be sent.

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
/** What the dialog opened at: it follows it when the page scrolls. @type {Element | null} */
let anchor = null;

/** @returns {HTMLDivElement} */
function ensure() {
  if (dialog?.isConnected) return dialog;
  const created = el('div', {
    className: 'last-look error',
    role: 'alertdialog',
    'aria-labelledby': TITLE_ID,
    'aria-describedby': `${TEXT_ID} ${LIST_ID}`,
    tabIndex: -1, // a click on its text keeps the focus in it
    hidden: true,
  });
  created.addEventListener('keydown', trusted(onKeyDown));
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
 * Shows the dialog at `near` (the send button, or the box), listing `titles`; the
 * focus goes to "Review".
 * @param {object} options
 * @param {string[]} options.titles  the short titles of what the post still holds
 * @param {Element} options.near
 * @param {Actions} options.actions
 */
export function show({ titles, near, actions: given }) {
  const node = ensure();
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
  anchor = near;
  node.hidden = false;
  place();
  review.focus();
}

/** Keeps the open dialog at its button or box (after a scroll or a resize). */
export function place() {
  if (!dialog || !actions || !anchor) return;
  placeNear(dialog, anchor.getBoundingClientRect());
}

/** Closes the dialog (nothing is sent). */
export function hide() {
  actions = null;
  anchor = null;
  if (dialog) dialog.hidden = true;
}

/** True while the dialog is open. */
export function isOpen() {
  return actions !== null;
}
