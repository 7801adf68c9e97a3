// @ts-check
// The sites the extension works on: their keys, the hostnames their composers are
// served from, and their names. The manifest's `content_scripts.matches` lists exactly
// these hostnames (a unit test holds the two together), so the popup's switch, the
// options page and the content script agree on where each site is.

import { t } from './i18n.js';

/** @typedef {'x' | 'facebook' | 'linkedin'} Site */

/**
 * Each site: every hostname where staff write on it, and the catalogue key of its
 * name. In the order the settings page lists them.
 * @type {Readonly<Record<Site, { hosts: readonly string[], name: import('./i18n.js').MessageKey }>>}
 */
const SITE_INFO = Object.freeze({
  x: { hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com', 'pro.x.com'], name: 'siteX' },
  facebook: { hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'business.facebook.com'], name: 'siteFacebook' },
  linkedin: { hosts: ['www.linkedin.com'], name: 'siteLinkedin' },
});

/** Every site, in the order the settings page lists them. @type {readonly Site[]} */
export const SITES = Object.freeze(/** @type {Site[]} */ (Object.keys(SITE_INFO)));

/** Every hostname of every site. @type {readonly string[]} */
export const HOSTS = Object.freeze(SITES.flatMap((site) => SITE_INFO[site].hosts));

/**
 * The site of a hostname, or null when the extension does not work there.
 * @param {string} hostname
 * @returns {Site | null}
 */
export function siteOf(hostname) {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return SITES.find((site) => SITE_INFO[site].hosts.includes(host)) ?? null;
}

/**
 * The site of a document's origin (`self.origin`): frames without a URL of their
 * own (about:blank, srcdoc) carry their parent's origin, opaque ones "null".
 * @param {string} origin
 * @returns {Site | null}
 */
export function siteOfOrigin(origin) {
  try {
    const url = new URL(origin);
    return url.protocol === 'https:' ? siteOf(url.hostname) : null;
  } catch {
    return null;
  }
}

/**
 * The site's name in the user's language.
 * @param {Site} site
 */
export function siteName(site) {
  return t(SITE_INFO[site].name);
}
