// @ts-check
// The settings an organisation's IT department sets by browser policy. The browser
// hands them to the extension as managed storage (chrome.storage.managed): Chrome
// and Edge from the policy `3rdparty.extensions.<id>`, Firefox from
// `3rdparty.Extensions.<id>` in policies.json. `managed-schema.json` describes the
// keys, docs/deploying.md shows how to set them.
//
// A value the policy sets is also locked: it wins over the user's own choice, and
// the options page and the popup show it as set by the organisation. A setting the
// policy leaves out stays the user's. That is how the browsers' own mandatory
// policies behave (Chrome hands an extension its mandatory policy only), so admins
// need no separate lock flag: to leave a setting to the users, leave it out.
//
// Nothing here is trusted blindly: each field is read on its own, and a value of the
// wrong type (Firefox does not check policies against the schema) leaves that one
// setting to the user while the others stand. A browser without managed storage,
// or one that fails to read it, means nothing is managed — never an error.

import { SITES } from './sites.js';

/** @typedef {import('./sites.js').Site} Site */
/** @typedef {import('./i18n.js').Lang} Lang */
/**
 * @typedef {object} Policy
 * @property {Partial<Record<Site, boolean>>} sites  the sites the policy switches on or off
 * @property {Record<string, boolean>} rules         the rules it switches on or off, by id
 * @property {Lang | null} language                   the user interface's language, or null
 * @property {boolean | null} lastLook                the last look before posting on or off, or null
 */

/** Nothing managed. @type {Readonly<Policy>} */
export const NO_POLICY = Object.freeze({ sites: {}, rules: {}, language: null, lastLook: null });

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A rule id as the core names its rules: lower-case words joined by hyphens. */
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What a managed storage's content sets, field by field: anything malformed is left out.
 * @param {unknown} stored  everything in managed storage
 * @returns {Policy}
 */
export function readPolicy(stored) {
  if (!isObject(stored)) return { ...NO_POLICY, sites: {}, rules: {} };
  /** @type {Partial<Record<Site, boolean>>} */
  const sites = {};
  if (isObject(stored.sites)) {
    for (const site of SITES) {
      const value = stored.sites[site];
      if (typeof value === 'boolean') sites[site] = value;
    }
  }
  /** @type {Record<string, boolean>} */
  const rules = {};
  if (isObject(stored.rules)) {
    for (const [id, value] of Object.entries(stored.rules)) {
      if (RULE_ID.test(id) && typeof value === 'boolean') rules[id] = value;
    }
  }
  const language = stored.language === 'en' || stored.language === 'nl' ? stored.language : null;
  const lastLook = typeof stored.lastLook === 'boolean' ? stored.lastLook : null;
  return { sites, rules, language, lastLook };
}

/**
 * The policy in force: nothing managed when the browser has no managed storage or
 * cannot read it (Firefox rejects the read when no policy names the extension).
 * @returns {Promise<Policy>}
 */
export async function loadPolicy() {
  try {
    const managed = globalThis.chrome?.storage?.managed;
    return readPolicy(managed ? await managed.get(null) : null);
  } catch {
    return readPolicy(null);
  }
}
