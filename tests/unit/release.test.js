// What a release rests on: one version (package.json's) in every manifest, the extension
// ids BUILDING.md states (Chrome's derived from the manifest's `key`, Firefox's gecko id),
// and the store packages of `./build.sh package` holding exactly dist/ with each store's
// manifest.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { chromeManifest, distManifest, firefoxManifest } from '../../scripts/manifest.js';
import { repoRoot } from '../support/browser.js';

const read = (file) => fs.readFileSync(path.join(repoRoot, file), 'utf8');
const source = JSON.parse(read('manifest.json'));
const { version } = JSON.parse(read('package.json'));
const building = read('BUILDING.md');

/** Chrome's extension id: the first 128 bits of SHA-256 of the public key (DER), in hex, written with the letters a–p. */
function chromeId(keyBase64) {
  const hex = crypto.createHash('sha256').update(Buffer.from(keyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/** The id BUILDING.md states for `browser` ("| Chrome | `…` |"). */
function statedId(browser) {
  const match = building.match(new RegExp(`^\\| ${browser} \\| \`([^\`]+)\` \\|`, 'm'));
  assert.ok(match, `BUILDING.md states the ${browser} id in its table`);
  return match[1];
}

test('the version is written in package.json only, and every manifest carries it', () => {
  assert.equal(source.version, undefined, 'manifest.json has no version of its own');
  assert.equal(JSON.parse(read('package-lock.json')).version, version, 'package-lock.json follows package.json');
  const dist = JSON.parse(read('dist/manifest.json'));
  assert.equal(dist.version, version, 'dist/manifest.json: run ./build.sh after changing the version');
  assert.equal(chromeManifest(dist).version, version);
  assert.equal(firefoxManifest(dist).version, version);
  assert.throws(() => distManifest({ ...source, version: '9.9' }, version), /lives in package.json only/);
  assert.throws(() => distManifest(source, '1.0.0-beta'), /one to four dot-separated numbers/);
});

test("Chrome's id, derived from the manifest's key, is the one BUILDING.md states", () => {
  assert.match(source.key, /^[A-Za-z0-9+/]+=*$/, 'key is base64');
  // It is an RSA public key (SubjectPublicKeyInfo, DER), as Chrome expects.
  const key = crypto.createPublicKey({ key: Buffer.from(source.key, 'base64'), format: 'der', type: 'spki' });
  assert.equal(key.asymmetricKeyType, 'rsa');
  assert.equal(statedId('Chrome'), chromeId(source.key));
});

test("Firefox's gecko id is the one BUILDING.md states, and fits Firefox ESR 140 and later", () => {
  const gecko = source.browser_specific_settings.gecko;
  assert.equal(statedId('Firefox'), gecko.id);
  assert.match(gecko.id, /^\{[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\}$/, 'a {uuid}');
  assert.equal(gecko.strict_min_version, '140.0');
});

test("each store's manifest keeps what its browser reads and drops the rest", () => {
  const dist = distManifest(source, version);
  const chrome = chromeManifest(dist);
  const firefox = firefoxManifest(dist);
  assert.deepEqual(chrome.background, { service_worker: 'background/service-worker.js', type: 'module' });
  assert.equal(chrome.browser_specific_settings, undefined);
  assert.equal(chrome.key, source.key);
  assert.deepEqual(firefox.background, { scripts: ['background/service-worker.js'], type: 'module' });
  assert.equal(firefox.key, undefined);
  assert.deepEqual(firefox.browser_specific_settings, source.browser_specific_settings);
  // Nothing else differs from dist/.
  const { background: _b1, browser_specific_settings: _s, ...chromeRest } = chrome;
  const { background: _b2, key: _k, ...firefoxRest } = firefox;
  const { background: _b3, browser_specific_settings: _s2, key: _k2, ...common } = dist;
  assert.deepEqual(chromeRest, { ...common, key: source.key });
  assert.deepEqual(firefoxRest, { ...common, browser_specific_settings: source.browser_specific_settings });
});

/** The entries of a zip file: name → contents. */
function unzip(file) {
  const listing = execFileSync(
    'python3',
    [
      '-c',
      'import base64, json, sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nprint(json.dumps({i.filename: base64.b64encode(z.read(i)).decode() for i in z.infolist() if not i.is_dir()}))',
      file,
    ],
    { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
  );
  return new Map(Object.entries(JSON.parse(listing)).map(([name, b64]) => [name, Buffer.from(b64, 'base64')]));
}

function distFiles() {
  const dist = path.join(repoRoot, 'dist');
  return new Map(
    fs
      .readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dist, file).split(path.sep).join('/'), fs.readFileSync(file)];
      }),
  );
}

const packages = path.join(repoRoot, 'packages');
const packageFile = (suffix) => path.join(packages, `ambassadeur-${version}-${suffix}`);

test('./build.sh package: the Chrome zip and the Firefox add-on hold dist/ with their own manifests', () => {
  assert.ok(fs.existsSync(packageFile('firefox.xpi')), 'packages/ is not built for this version: run ./build.sh package');
  const dist = distFiles();
  const distManifestJson = JSON.parse(dist.get('manifest.json').toString());
  for (const [suffix, manifestFor] of [
    ['chrome.zip', chromeManifest],
    ['firefox.xpi', firefoxManifest],
  ]) {
    const entries = unzip(packageFile(suffix));
    assert.deepEqual([...entries.keys()].sort(), [...dist.keys()].sort(), `${suffix}: the files of dist/`);
    for (const [name, bytes] of dist) {
      if (name === 'manifest.json') assert.deepEqual(JSON.parse(entries.get(name).toString()), manifestFor(distManifestJson), `${suffix}: manifest`);
      else assert.ok(bytes.equals(entries.get(name)), `${suffix}: ${name} as in dist/`);
    }
  }
});

test('./build.sh package: the source archive has what a reviewer builds from, and nothing built', () => {
  const names = [...unzip(packageFile('source.zip')).keys()];
  const prefix = `ambassadeur-${version}/`;
  assert.ok(
    names.every((n) => n.startsWith(prefix)),
    'one top folder',
  );
  for (const file of ['BUILDING.md', 'build.sh', 'rust-toolchain.toml', 'Cargo.lock', 'package-lock.json', 'manifest.json', 'crate/src/lib.rs']) {
    assert.ok(names.includes(prefix + file), `holds ${file}`);
  }
  for (const built of ['node_modules/', 'target/', 'dist/', 'packages/']) {
    assert.ok(!names.some((n) => n.startsWith(prefix + built)), `holds no ${built}`);
  }
});
