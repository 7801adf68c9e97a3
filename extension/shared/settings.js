// @ts-check
// The user's switches, shared by the content script, the popup and the options page:
// checking on or off per site and per rule. Stored in chrome.storage.sync; anything
// missing or malformed falls back to the defaults.

import { SITES } from './sites.js';

/** @typedef {import('./sites.js').Site} Site */
/**
 * @typedef {object} Settings
 * @property {Record<Site, boolean>} sites  checking on (true) or off per site
 * @property {string[]} disabledRules       the ids of the rules switched off
 */

/**
 * Repairs whatever storage holds into valid settings: every site on, no rule off,
 * unless storage says otherwise with a value of the right type.
 * @param {unknown} stored
 * @returns {Settings}
 */
export function normalize(stored) {
  const raw = stored && typeof stored === 'object' ? /** @type {{ sites?: unknown, disabledRules?: unknown }} */ (stored) : {};
  const storedSites = raw.sites && typeof raw.sites === 'object' ? /** @type {Record<string, unknown>} */ (raw.sites) : {};
  const sites = /** @type {Record<Site, boolean>} */ ({});
  for (const site of SITES) {
    const value = storedSites[site];
    sites[site] = typeof value === 'boolean' ? value : true;
  }
  const disabledRules = Array.isArray(raw.disabledRules) ? raw.disabledRules.filter((id) => typeof id === 'string') : [];
  return { sites, disabledRules };
}

/** @returns {Promise<Settings>} */
export async function load() {
  try {
    return normalize(await chrome.storage.sync.get(['sites', 'disabledRules']));
  } catch {
    return normalize(null);
  }
}

/**
 * @param {Site} site
 * @param {boolean} enabled
 */
export async function setSite(site, enabled) {
  const { sites } = await load();
  await chrome.storage.sync.set({ sites: { ...sites, [site]: enabled } });
}

/**
 * @param {string} id  a rule's id
 * @param {boolean} enabled
 */
export async function setRule(id, enabled) {
  const { disabledRules } = await load();
  const next = disabledRules.filter((r) => r !== id);
  if (!enabled) next.push(id);
  await chrome.storage.sync.set({ disabledRules: next });
}

/**
 * Calls `listener(settings)` whenever the stored settings change.
 * @param {(settings: Settings) => void} listener
 */
export function onChange(listener) {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && (changes.sites || changes.disabledRules)) load().then(listener);
  });
}
