// The popup: the ten tips in full, and the switch for the site in the active tab.
'use strict';

(async () => {
  const { t, localize, ask } = AmbassadeurI18n;
  const Settings = AmbassadeurSettings;
  localize();
  const lang = Settings.uiLang();

  document.getElementById('open-options').addEventListener('click', () => chrome.runtime.openOptionsPage());

  const list = document.getElementById('tips');
  for (const tip of await ask({ type: 'tips', lang })) {
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
  const site = tab?.url ? Settings.siteOf(new URL(tab.url).hostname) : null;
  if (!site) {
    document.getElementById('not-on-site').hidden = false;
    return;
  }
  const names = { x: t('siteX'), facebook: t('siteFacebook'), linkedin: t('siteLinkedin') };
  document.getElementById('site-label').textContent = t('siteSwitch', names[site]);
  const box = document.getElementById('site-enabled');
  box.checked = (await Settings.load()).sites[site];
  box.addEventListener('change', () => Settings.setSite(site, box.checked));
  document.getElementById('site').hidden = false;
})();
