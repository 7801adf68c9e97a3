// @ts-check
// The user's switches, shared by the content script, the background, the popup and
// the options page: checking on or off per site and per rule, the language of the
// user interface and the last look before posting, in chrome.storage.sync — with
// what the organisation's policy sets laid over them and locked (managed.js).
//
// Each switch is a key of its own (`site.x`, `rule.profanity`: true or false), so a
// change writes one key and never reads, changes and writes back a shared object:
// two switches flipped at once, in two tabs, both stay flipped. Anything missing or
// malformed falls back to the default, key by key.
//
// Older versions kept all switches in two keys, `sites` ({ x: false, … }) and
// `disabledRules` (['profanity', …]). They are still read: a per-key value, once
// written, wins over them.

import { loadPolicy } from './managed.js';
import { SITES } from './sites.js';

/** @typedef {import('./sites.js').Site} Site */
/** @typedef {import('./managed.js').Policy} Policy */
/** The language of the user interface: the browser's (`auto`), English or Dutch. */
/** @typedef {'auto' | 'en' | 'nl'} LanguageChoice */
/**
 * @typedef {object} Locked  what the organisation's policy has set: the user cannot change it
 * @property {Site[]} sites
 * @property {string[]} rules
 * @property {boolean} language
 * @property {boolean} lastLook
 */
/**
 * @typedef {object} Settings
 * @property {Record<Site, boolean>} sites  checking on (true) or off per site
 * @property {string[]} disabledRules       the ids of the rules switched off
 * @property {LanguageChoice} language      the user interface's language
 * @property {boolean} lastLook             a last look at the findings before a post is sent
 * @property {Locked} locked                the settings the organisation's policy set
 */

const SITE_PREFIX = 'site.';
const RULE_PREFIX = 'rule.';
const LANGUAGE = 'language';
const LAST_LOOK = 'lastLook';
/** The keys of older versions. */
const LEGACY = ['sites', 'disabledRules'];

/** @param {Site} site */
const siteKey = (site) => `${SITE_PREFIX}${site}`;
/** @param {string} id */
const ruleKey = (id) => `${RULE_PREFIX}${id}`;

/** @param {unknown} value @returns {value is LanguageChoice} */
const isLanguageChoice = (value) => value === 'auto' || value === 'en' || value === 'nl';

/**
 * Repairs whatever storage holds into valid settings: every site on, no rule off,
 * the browser's language, the last look on, unless storage says otherwise with a
 * value of the right type. Nothing is locked: `withPolicy` adds the policy.
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
  return {
    sites,
    disabledRules: [...off],
    language: isLanguageChoice(raw[LANGUAGE]) ? raw[LANGUAGE] : 'auto',
    lastLook: typeof raw[LAST_LOOK] === 'boolean' ? raw[LAST_LOOK] : true,
    locked: { sites: [], rules: [], language: false, lastLook: false },
  };
}

/**
 * The user's settings with what the organisation's policy sets laid over them, and locked.
 * @param {Settings} settings
 * @param {Policy} policy
 * @returns {Settings}
 */
export function withPolicy(settings, policy) {
  const sites = { ...settings.sites, ...policy.sites };
  const off = new Set(settings.disabledRules);
  for (const [id, on] of Object.entries(policy.rules)) {
    if (on) off.delete(id);
    else off.add(id);
  }
  return {
    sites,
    disabledRules: [...off],
    language: policy.language ?? settings.language,
    lastLook: policy.lastLook ?? settings.lastLook,
    locked: {
      sites: SITES.filter((site) => site in policy.sites),
      rules: Object.keys(policy.rules),
      language: policy.language !== null,
      lastLook: policy.lastLook !== null,
    },
  };
}

/**
 * The settings in force: the stored ones under the organisation's policy; the
 * defaults when storage cannot be read, nothing locked when there is no policy.
 * @returns {Promise<Settings>}
 */
export async function load() {
  const [stored, policy] = await Promise.all([loadStored(), loadPolicy()]);
  return withPolicy(normalize(stored), policy);
}

/** Everything in the user's storage; null when it cannot be read. */
async function loadStored() {
  try {
    return await chrome.storage.sync.get(null);
  } catch {
    return null;
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
 * Chooses the language of the user interface. Rejects when storage refuses the write.
 * @param {LanguageChoice} language
 */
export async function setLanguage(language) {
  await chrome.storage.sync.set({ [LANGUAGE]: language });
}

/**
 * Switches the last look before posting on or off. Rejects when storage refuses the write.
 * @param {boolean} enabled
 */
export async function setLastLook(enabled) {
  await chrome.storage.sync.set({ [LAST_LOOK]: enabled });
}

/** @param {string} key */
const isSettingsKey = (key) => LEGACY.includes(key) || key === LANGUAGE || key === LAST_LOOK || key.startsWith(SITE_PREFIX) || key.startsWith(RULE_PREFIX);

/**
 * Calls `listener(settings)` whenever the stored settings or the policy change
 * (an administrator's new policy reaches open pages without a restart).
 * @param {(settings: Settings) => void} listener
 */
export function onChange(listener) {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'sync' && Object.keys(changes).some(isSettingsKey))) load().then(listener);
  });
}
