// Writes the extension's manifest for one browser, from manifest.json and the one
// version number in package.json:
//
//   node tools/manifest.js chromium > dist/manifest.json
//   node tools/manifest.js firefox  > dist-firefox/manifest.json
//
// Chromium gets manifest.json as it is, with the version. Firefox gets what it reads:
// the background as an event page (`background.scripts`, the same module), without the
// keys only Chromium knows (`key`, which fixes Chromium's extension id, the service
// worker and the managed-storage schema: Firefox's managed settings come from its
// policies, docs/deploying.md).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @param {'chromium' | 'firefox'} browser
 * @returns {Record<string, any>}
 */
export function manifestFor(browser) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (!/^\d+(\.\d+){0,3}$/.test(version ?? '')) throw new Error(`package.json: the version ${version} is no extension version`);
  if ('version' in manifest) throw new Error('manifest.json: the version lives in package.json only');
  const out = { manifest_version: manifest.manifest_version, name: manifest.name, version, ...manifest };
  if (browser === 'chromium') return out;
  if (browser !== 'firefox') throw new Error(`no manifest for ${browser}`);
  delete out.key;
  out.background = { scripts: out.background.scripts, type: out.background.type };
  if (out.storage) delete out.storage.managed_schema;
  if (out.storage && !Object.keys(out.storage).length) delete out.storage;
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const browser = process.argv[2];
  process.stdout.write(`${JSON.stringify(manifestFor(/** @type {any} */ (browser)), null, 2)}\n`);
}
