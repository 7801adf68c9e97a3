// The manifests the build writes, all from manifest.json and package.json:
//  - dist/manifest.json: the one for development and the tests, good for both browsers,
//    with the version from package.json (the only place the version is written);
//  - the Chrome Web Store's: without Firefox's settings and background page;
//  - addons.mozilla.org's: without Chrome's key and service worker.
//
//   node scripts/manifest.js dist manifest.json package.json > dist/manifest.json
//   node scripts/manifest.js chrome|firefox dist/manifest.json > …/manifest.json

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The source manifest with the version put in (after the description, where it is read).
 * @param {Record<string, any>} source  manifest.json, which has no version of its own
 * @param {string} version  package.json's
 */
export function distManifest(source, version) {
  if ('version' in source) throw new Error('manifest.json has a version: the version lives in package.json only');
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`version ${version}: browsers take one to four dot-separated numbers`);
  /** @type {Record<string, any>} */
  const out = {};
  for (const [key, value] of Object.entries(source)) {
    out[key] = value;
    if (key === 'description') out.version = version;
  }
  out.version ??= version;
  return out;
}

/** @param {Record<string, any>} manifest  a copy without `background[field]` */
function withoutBackground(manifest, field) {
  const { [field]: _, ...background } = manifest.background;
  return { ...manifest, background };
}

/** For the Chrome Web Store: Chrome reads the service worker and the key, not Firefox's settings. */
export function chromeManifest(dist) {
  const { browser_specific_settings: _, ...rest } = withoutBackground(dist, 'scripts');
  return rest;
}

/** For addons.mozilla.org: Firefox runs the background as an event page and ignores Chrome's key. */
export function firefoxManifest(dist) {
  const { key: _, ...rest } = withoutBackground(dist, 'service_worker');
  return rest;
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [which, file, packageFile] = process.argv.slice(2);
  if (which === 'dist') process.stdout.write(json(distManifest(read(file), read(packageFile).version)));
  else if (which === 'chrome') process.stdout.write(json(chromeManifest(read(file))));
  else if (which === 'firefox') process.stdout.write(json(firefoxManifest(read(file))));
  else {
    console.error('usage: node scripts/manifest.js dist MANIFEST PACKAGE_JSON | chrome|firefox DIST_MANIFEST');
    process.exit(2);
  }
}
