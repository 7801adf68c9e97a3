// @ts-check
// The sites the extension works on: their keys, their hostnames and their names.
// The manifest's `content_scripts.matches` must list the same hostnames (a unit test
// holds the two together).

import { t } from './i18n.js';

/** @typedef {'x' | 'facebook' | 'linkedin'} Site */

/**
 * Each site: the domains it is served from (subdomains included) and the
 * catalogue key of its name. In the order the settings page lists them.
 * @type {Readonly<Record<Site, { domains: readonly string[], name: import('./i18n.js').MessageKey }>>}
 */
const SITE_INFO = Object.freeze({
  x: { domains: ['x.com', 'twitter.com'], name: 'siteX' },
  facebook: { domains: ['facebook.com'], name: 'siteFacebook' },
  linkedin: { domains: ['linkedin.com'], name: 'siteLinkedin' },
});

/** Every site, in the order the settings page lists them. @type {readonly Site[]} */
export const SITES = Object.freeze(/** @type {Site[]} */ (Object.keys(SITE_INFO)));

/**
 * The site of a hostname, or null when the extension does not work there.
 * @param {string} hostname
 * @returns {Site | null}
 */
export function siteOf(hostname) {
  return SITES.find((site) => SITE_INFO[site].domains.some((domain) => hostname === domain || hostname.endsWith(`.${domain}`))) ?? null;
}

/**
 * The site's name in the user's language.
 * @param {Site} site
 */
export function siteName(site) {
  return t(SITE_INFO[site].name);
}
