// Mozilla's linter (npm web-ext, pinned) on the Firefox add-on as addons.mozilla.org
// receives it (dist/ with the manifest for Firefox, as `./build.sh package` makes it),
// with the store's own checks (no --self-hosted): no error, no warning, no notice.
// Runs offline: addons-linter ships its rules; the update check is switched off.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { firefoxManifest } from '../../scripts/manifest.js';
import { repoRoot } from '../support/browser.js';

const dist = path.join(repoRoot, 'dist');
const bin = path.join(repoRoot, 'node_modules', 'web-ext', 'bin', 'web-ext.js');

test('web-ext lint finds nothing in the Firefox add-on', (t) => {
  assert.ok(fs.existsSync(path.join(dist, 'manifest.json')), 'dist/ is not built: run ./build.sh first');
  const addon = fs.mkdtempSync(path.join(os.tmpdir(), 'ambassadeur-xpi-'));
  t.after(() => fs.rmSync(addon, { recursive: true, force: true }));
  fs.cpSync(dist, addon, { recursive: true });
  const manifest = firefoxManifest(JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8')));
  fs.writeFileSync(path.join(addon, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const run = spawnSync(process.execPath, [bin, 'lint', '--source-dir', addon, '--output', 'json', '--no-config-discovery', '--no-input', '--boring'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    timeout: 120_000,
  });
  assert.equal(run.error, undefined, String(run.error));
  const report = JSON.parse(run.stdout);
  const messages = [...report.errors, ...report.warnings, ...report.notices].map((m) => `${m.type} ${m.code} in ${m.file}: ${m.message}`);
  assert.deepEqual(messages, [], 'web-ext lint messages');
  assert.equal(run.status, 0, run.stderr);
});
