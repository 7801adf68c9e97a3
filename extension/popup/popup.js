// @ts-check
// The popup: the ten tips in full, and the switch for the site in the active tab.
// It says so when the checker could not start, or could not check the post in the
// active tab (its badge shows "!"), and when the switch could not be saved. A switch
// the organisation's policy set is shown locked, with a note saying so.

import { chooseLanguage, localize, t, uiLang } from '../shared/i18n.js';
import { showLocked } from '../shared/locked.js';
import { ask, siteOfTab } from '../shared/protocol.js';
import * as Settings from '../shared/settings.js';
import { siteName } from '../shared/sites.js';

/** @param {string} id  an element the page surely has */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @param {string} text */
function showFailure(text) {
  const failed = byId('failed');
  failed.textContent = text;
  failed.hidden = false;
}

const settings = await Settings.load();
chooseLanguage(settings.language);
localize();
byId('open-options').addEventListener('click', () => chrome.runtime.openOptionsPage());

const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });

const list = byId('tips');
try {
  for (const tip of await ask({ type: 'tips', lang: uiLang() })) {
    const item = document.createElement('li');
    item.id = `tip-${tip.number}`;
    const title = document.createElement('strong');
    title.textContent = tip.title;
    item.append(title);
    if (tip.text) {
      const text = document.createElement('p');
      text.textContent = tip.text;
      item.append(text);
    }
    list.append(item);
  }
  if (location.hash) document.querySelector(location.hash)?.scrollIntoView();
  if (tab?.id !== undefined && (await chrome.action.getBadgeText({ tabId: tab.id })) === '!') showFailure(t('tabCheckFailed'));
} catch {
  showFailure(t('coreFailed'));
}

const site = tab?.id === undefined ? null : await siteOfTab(tab.id);
if (site) {
  byId('site-label').textContent = t('siteSwitch', siteName(site));
  const box = /** @type {HTMLInputElement} */ (byId('site-enabled'));
  box.checked = settings.sites[site];
  if (settings.locked.sites.includes(site)) showLocked(box, byId('site'));
  box.addEventListener('change', async () => {
    try {
      await Settings.setSite(site, box.checked);
    } catch {
      box.checked = !box.checked;
      showFailure(t('saveFailed'));
    }
  });
  byId('site').hidden = false;
} else {
  byId('not-on-site').hidden = false;
}
