// The options page: checking on or off per site and per rule, saved in
// chrome.storage.sync. Open tabs follow at once through storage.onChanged.
'use strict';

(async () => {
  const { t, localize, ask } = AmbassadeurI18n;
  const Settings = AmbassadeurSettings;
  localize();

  function addSwitch(container, id, label, detail, checked, onChange) {
    const row = document.createElement('label');
    row.className = 'switch';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = id;
    box.checked = checked;
    box.addEventListener('change', () => onChange(box.checked));
    const text = document.createElement('span');
    text.textContent = label;
    row.append(box, text);
    if (detail) {
      const small = document.createElement('small');
      small.className = 'muted';
      small.textContent = detail;
      text.append(document.createElement('br'), small);
    }
    container.append(row);
  }

  const settings = await Settings.load();
  const names = { x: t('siteX'), facebook: t('siteFacebook'), linkedin: t('siteLinkedin') };
  for (const site of Settings.SITES) {
    addSwitch(document.getElementById('sites'), `site-${site}`, names[site], '', settings.sites[site], (on) => Settings.setSite(site, on));
  }
  for (const rule of await ask({ type: 'rules', lang: Settings.uiLang() })) {
    addSwitch(
      document.getElementById('rules'),
      `rule-${rule.id}`,
      `${t('tipLabel', String(rule.tip))} · ${rule.title}`,
      rule.description,
      !settings.disabledRules.includes(rule.id),
      (on) => Settings.setRule(rule.id, on),
    );
  }

  // A switch flipped elsewhere (a card's "turn this check off", the popup) shows here at once.
  Settings.onChange((next) => {
    for (const site of Settings.SITES) document.getElementById(`site-${site}`).checked = next.sites[site];
    for (const box of document.querySelectorAll('#rules input')) box.checked = !next.disabledRules.includes(box.id.slice('rule-'.length));
  });
})();
