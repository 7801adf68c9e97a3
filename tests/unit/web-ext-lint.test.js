// Mozilla's linter (npm web-ext, pinned) on the built extension: no errors.
// Runs offline: addons-linter ships its rules; the update check is switched off.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/browser.js';

const dist = path.join(repoRoot, 'dist');
const bin = path.join(repoRoot, 'node_modules', 'web-ext', 'bin', 'web-ext.js');

test('web-ext lint reports no errors on dist/', (t) => {
  assert.ok(fs.existsSync(path.join(dist, 'manifest.json')), 'dist/ is not built: run ./build.sh first');
  const run = spawnSync(
    process.execPath,
    [bin, 'lint', '--source-dir', dist, '--output', 'json', '--self-hosted', '--no-config-discovery', '--no-input', '--boring'],
    { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, timeout: 120_000 },
  );
  assert.equal(run.error, undefined, String(run.error));
  const report = JSON.parse(run.stdout);
  for (const w of report.warnings) t.diagnostic(`warning ${w.code} in ${w.file}: ${w.message}`);
  const errors = report.errors.map((e) => `${e.code} in ${e.file}: ${e.message}`);
  assert.deepEqual(errors, [], 'web-ext lint errors');
  assert.equal(run.status, 0, run.stderr);
});
