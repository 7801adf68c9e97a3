// @ts-check
// The user's switches, shared by the content script, the popup and the options page:
// checking on or off per site and per rule, and the last look before posting, in
// chrome.storage.sync.
//
// Each switch is a key of its own (`site.x`, `rule.profanity`, `lastLook`: true or false), so a
// change writes one key and never reads, changes and writes back a shared object:
// two switches flipped at once, in two tabs, both stay flipped. Anything missing or
// malformed falls back to the default, key by key.
//
// Older versions kept all switches in two keys, `sites` ({ x: false, … }) and
// `disabledRules` (['profanity', …]). They are still read: a per-key value, once
// written, wins over them.

import { SITES } from './sites.js';

/** @typedef {import('./sites.js').Site} Site */
/**
 * @typedef {object} Settings
 * @property {Record<Site, boolean>} sites  checking on (true) or off per site
 * @property {string[]} disabledRules       the ids of the rules switched off
 * @property {boolean} lastLook              a post with errors is held for a last look before it goes
 */

const SITE_PREFIX = 'site.';
const RULE_PREFIX = 'rule.';
const LAST_LOOK = 'lastLook';
/** The keys of older versions. */
const LEGACY = ['sites', 'disabledRules'];

/** @param {Site} site */
const siteKey = (site) => `${SITE_PREFIX}${site}`;
/** @param {string} id */
const ruleKey = (id) => `${RULE_PREFIX}${id}`;

/**
 * Repairs whatever storage holds into valid settings: every site on, no rule off,
 * the last look on, unless storage says otherwise with a value of the right type.
 * @param {unknown} stored  everything in storage (per-key switches and the older keys)
 * @returns {Settings}
 */
export function normalize(stored) {
  const raw = stored && typeof stored === 'object' && !Array.isArray(stored) ? /** @type {Record<string, unknown>} */ (stored) : {};
  const legacySites = raw.sites && typeof raw.sites === 'object' ? /** @type {Record<string, unknown>} */ (raw.sites) : {};
  const sites = /** @type {Record<Site, boolean>} */ ({});
  for (const site of SITES) {
    const value = raw[siteKey(site)];
    const legacy = legacySites[site];
    sites[site] = typeof value === 'boolean' ? value : typeof legacy === 'boolean' ? legacy : true;
  }
  const off = new Set(Array.isArray(raw.disabledRules) ? raw.disabledRules.filter((id) => typeof id === 'string') : []);
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(RULE_PREFIX) || typeof value !== 'boolean') continue;
    const id = key.slice(RULE_PREFIX.length);
    if (value) off.delete(id);
    else off.add(id);
  }
  const lastLook = typeof raw[LAST_LOOK] === 'boolean' ? raw[LAST_LOOK] : true;
  return { sites, disabledRules: [...off], lastLook };
}

/**
 * The stored settings; the defaults when storage cannot be read.
 * @returns {Promise<Settings>}
 */
export async function load() {
  try {
    return normalize(await chrome.storage.sync.get(null));
  } catch {
    return normalize(null);
  }
}

/**
 * Switches checking on a site on or off. Rejects when storage refuses the write
 * (a quota, a rate limit): the caller shows it.
 * @param {Site} site
 * @param {boolean} enabled
 */
export async function setSite(site, enabled) {
  await chrome.storage.sync.set({ [siteKey(site)]: enabled });
}

/**
 * Switches a rule on or off. Rejects when storage refuses the write.
 * @param {string} id  a rule's id
 * @param {boolean} enabled
 */
export async function setRule(id, enabled) {
  await chrome.storage.sync.set({ [ruleKey(id)]: enabled });
}

/**
 * Switches the last look before posting on or off. Rejects when storage refuses the write.
 * @param {boolean} enabled
 */
export async function setLastLook(enabled) {
  await chrome.storage.sync.set({ [LAST_LOOK]: enabled });
}

/** @param {string} key */
const isSettingsKey = (key) => key === LAST_LOOK || LEGACY.includes(key) || key.startsWith(SITE_PREFIX) || key.startsWith(RULE_PREFIX);

/**
 * Calls `listener(settings)` whenever the stored settings change.
 * @param {(settings: Settings) => void} listener
 */
export function onChange(listener) {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some(isSettingsKey)) load().then(listener);
  });
}
