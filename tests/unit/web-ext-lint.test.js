// Mozilla's linter (npm web-ext, pinned) on the built Firefox add-on, as
// addons.mozilla.org runs it on a listed add-on: no errors and no warnings.
// Runs offline: addons-linter ships its rules; the update check is switched off.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/browser.js';

const dist = path.join(repoRoot, 'dist-firefox');
const bin = path.join(repoRoot, 'node_modules', 'web-ext', 'bin', 'web-ext.js');

test('web-ext lint reports no errors and no warnings on dist-firefox/', () => {
  assert.ok(fs.existsSync(path.join(dist, 'manifest.json')), 'dist-firefox/ is not built: run ./build.sh first');
  const run = spawnSync(process.execPath, [bin, 'lint', '--source-dir', dist, '--output', 'json', '--no-config-discovery', '--no-input', '--boring'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    timeout: 120_000,
  });
  assert.equal(run.error, undefined, String(run.error));
  const report = JSON.parse(run.stdout);
  const describe = (m) => `${m.code} in ${m.file}: ${m.message}`;
  assert.deepEqual(report.errors.map(describe), [], 'web-ext lint errors');
  assert.deepEqual(report.warnings.map(describe), [], 'web-ext lint warnings');
  assert.equal(run.status, 0, run.stderr);
});
