// Settings shared by the content script, the popup and the options page.
// Stored in chrome.storage.sync; anything missing or malformed falls back to the defaults.
'use strict';

globalThis.AmbassadeurSettings = (() => {
  const SITES = ['x', 'facebook', 'linkedin'];
  const DEFAULTS = Object.freeze({ sites: { x: true, facebook: true, linkedin: true }, disabledRules: [] });

  /** The site key for a hostname, or null when the extension does not work there. */
  function siteOf(hostname) {
    if (hostname === 'x.com' || hostname === 'twitter.com' || hostname.endsWith('.x.com') || hostname.endsWith('.twitter.com')) return 'x';
    if (hostname === 'facebook.com' || hostname.endsWith('.facebook.com')) return 'facebook';
    if (hostname === 'linkedin.com' || hostname.endsWith('.linkedin.com')) return 'linkedin';
    return null;
  }

  /** Repairs whatever storage holds into a valid settings object. */
  function normalize(stored) {
    const raw = stored && typeof stored === 'object' ? stored : {};
    const sites = { ...DEFAULTS.sites };
    if (raw.sites && typeof raw.sites === 'object') {
      for (const site of SITES) if (typeof raw.sites[site] === 'boolean') sites[site] = raw.sites[site];
    }
    const disabledRules = Array.isArray(raw.disabledRules) ? raw.disabledRules.filter((id) => typeof id === 'string') : [];
    return { sites, disabledRules };
  }

  async function load() {
    try {
      return normalize(await chrome.storage.sync.get(['sites', 'disabledRules']));
    } catch {
      return normalize(null);
    }
  }

  async function setSite(site, enabled) {
    const { sites } = await load();
    await chrome.storage.sync.set({ sites: { ...sites, [site]: enabled } });
  }

  async function setRule(id, enabled) {
    const { disabledRules } = await load();
    const next = disabledRules.filter((r) => r !== id);
    if (!enabled) next.push(id);
    await chrome.storage.sync.set({ disabledRules: next });
  }

  /** Calls `listener(settings)` whenever the stored settings change. */
  function onChange(listener) {
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area === 'sync' && (changes.sites || changes.disabledRules)) load().then(listener);
    });
  }

  /** 'nl' for a Dutch browser, 'en' otherwise. */
  function uiLang() {
    return chrome.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en';
  }

  return { SITES, siteOf, normalize, load, setSite, setRule, onChange, uiLang };
})();
