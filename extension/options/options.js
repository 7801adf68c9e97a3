// @ts-check
// The options page: checking on or off per site and per rule, the language and the
// last look before posting, saved in chrome.storage.sync. Open tabs follow at once
// through storage.onChanged. Each switch is saved on its own and awaited: when
// storage refuses (a quota, a rate limit), the switch flips back and the page says so.
// What the organisation's policy set is shown, locked, with a note saying so.

import { chooseLanguage, localize, t, uiLang } from '../shared/i18n.js';
import { showLocked } from '../shared/locked.js';
import { ask } from '../shared/protocol.js';
import * as Settings from '../shared/settings.js';
import { SITES, siteName } from '../shared/sites.js';

/** @param {string} id  an element the page surely has */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @param {string} text */
function showFailure(text) {
  const failed = byId('failed');
  failed.textContent = text;
  failed.hidden = false;
}

/**
 * Adds a labelled checkbox to `container`; `save(checked)` stores a change.
 * @param {HTMLElement} container
 * @param {string} id
 * @param {string} label
 * @param {string} detail  a second, smaller line; none when empty
 * @param {boolean} checked
 * @param {boolean} locked  set by the organisation: shown, not changeable
 * @param {(checked: boolean) => Promise<void>} save
 */
function addSwitch(container, id, label, detail, checked, locked, save) {
  const row = document.createElement('label');
  row.className = 'switch';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = id;
  box.checked = checked;
  box.addEventListener('change', async () => {
    try {
      await save(box.checked);
      byId('failed').hidden = true;
    } catch {
      box.checked = !box.checked; // what storage still holds
      showFailure(t('saveFailed'));
    }
  });
  const text = document.createElement('span');
  text.textContent = label;
  row.append(box, text);
  if (detail) {
    const small = document.createElement('small');
    small.className = 'muted';
    small.textContent = detail;
    text.append(document.createElement('br'), small);
  }
  if (locked) showLocked(box, text);
  container.append(row);
}

/** The language menu: the browser's language, English or Dutch. */
function showLanguage() {
  const menu = /** @type {HTMLSelectElement} */ (byId('language'));
  /** @type {[Settings.LanguageChoice, import('../shared/i18n.js').MessageKey][]} */
  const choices = [
    ['auto', 'languageAuto'],
    ['en', 'languageEn'],
    ['nl', 'languageNl'],
  ];
  for (const [value, label] of choices) menu.append(new Option(t(label), value, false, value === settings.language));
  menu.addEventListener('change', async () => {
    try {
      await Settings.setLanguage(/** @type {Settings.LanguageChoice} */ (menu.value));
    } catch {
      menu.value = settings.language;
      showFailure(t('saveFailed'));
    }
  });
  if (settings.locked.language) showLocked(menu, byId('language-row'));
}

let settings = await Settings.load();
chooseLanguage(settings.language);
localize();
showLanguage();
addSwitch(byId('last-look'), 'last-look-enabled', t('lastLookSwitch'), t('lastLookHelp'), settings.lastLook, settings.locked.lastLook, Settings.setLastLook);
for (const site of SITES) {
  addSwitch(byId('sites'), `site-${site}`, siteName(site), '', settings.sites[site], settings.locked.sites.includes(site), (on) => Settings.setSite(site, on));
}
try {
  for (const rule of await ask({ type: 'rules', lang: uiLang() })) {
    addSwitch(
      byId('rules'),
      `rule-${rule.id}`,
      `${t('tipLabel', String(rule.tip))} · ${rule.title}`,
      rule.description,
      !settings.disabledRules.includes(rule.id),
      settings.locked.rules.includes(rule.id),
      (on) => Settings.setRule(rule.id, on),
    );
  }
} catch {
  showFailure(t('coreFailed'));
}

// A switch flipped elsewhere (a card's "turn this check off", the popup) shows here at
// once. Another language or a new policy draws the page anew.
Settings.onChange((next) => {
  const redraw = next.language !== settings.language || JSON.stringify(next.locked) !== JSON.stringify(settings.locked);
  settings = next;
  if (redraw) {
    location.reload();
    return;
  }
  /** @type {HTMLInputElement} */ (byId('last-look-enabled')).checked = next.lastLook;
  for (const site of SITES) /** @type {HTMLInputElement} */ (byId(`site-${site}`)).checked = next.sites[site];
  for (const box of document.querySelectorAll('#rules input')) {
    /** @type {HTMLInputElement} */ (box).checked = !next.disabledRules.includes(box.id.slice('rule-'.length));
  }
});
