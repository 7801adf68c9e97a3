// @ts-check
// A notice at the corner of the page, for what the user must do before the
// extension can check again: once the extension was updated, reloaded or removed
// while this page stayed open, its content script here can no longer reach it,
// and only a reload of the page brings checking back.

import { el, root } from './overlay.js';
import { trusted } from './trusted.js';

/**
 * Shows a notice with a button that closes it. The texts are passed in: they are
 * read from the catalogue while the extension is still there.
 * @param {{ text: string, close: string }} texts
 */
export function show({ text, close }) {
  const button = el('button', { type: 'button', className: 'action', textContent: close });
  const notice = el('div', { className: 'notice', role: 'alert' }, [el('p', { textContent: text }), button]);
  button.addEventListener(
    'click',
    trusted(() => notice.remove()),
  );
  root().append(notice);
}
