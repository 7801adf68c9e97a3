// @ts-check
// How the popup and the options page show a setting the organisation's policy set:
// its control disabled, for assistive technology too, with a visible note
// "Set by your organisation" that is also the control's accessible description.

import { t } from './i18n.js';

/**
 * Shows `control` as locked by the organisation, its note appended to `container`.
 * @param {HTMLInputElement | HTMLSelectElement} control  a control with an id
 * @param {HTMLElement} container
 */
export function showLocked(control, container) {
  control.disabled = true;
  control.setAttribute('aria-disabled', 'true');
  const note = document.createElement('small');
  note.className = 'locked-note';
  note.id = `${control.id}-locked`;
  note.textContent = t('setByOrganisation');
  control.setAttribute('aria-describedby', note.id);
  container.append(note);
}
