// @ts-check
// The popup: the ten tips in full, and the switch for the site in the active tab.

import { localize, t, uiLang } from '../shared/i18n.js';
import { ask } from '../shared/protocol.js';
import * as Settings from '../shared/settings.js';
import { siteName, siteOf } from '../shared/sites.js';

/** @param {string} id  an element the page surely has */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

localize();
byId('open-options').addEventListener('click', () => chrome.runtime.openOptionsPage());

const list = byId('tips');
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

const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
const site = tab?.url ? siteOf(new URL(tab.url).hostname) : null;
if (site) {
  byId('site-label').textContent = t('siteSwitch', siteName(site));
  const box = /** @type {HTMLInputElement} */ (byId('site-enabled'));
  box.checked = (await Settings.load()).sites[site];
  box.addEventListener('change', () => Settings.setSite(site, box.checked));
  byId('site').hidden = false;
} else {
  byId('not-on-site').hidden = false;
}
