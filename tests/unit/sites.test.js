// The sites the extension works on: hostnames map to the three sites and nothing
// else, and the manifest injects the content script on exactly those sites.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SITES, siteOf } from '../../extension/shared/sites.js';
import { repoRoot } from '../support/browser.js';

test('hostnames map to the three sites and nothing else', () => {
  assert.equal(siteOf('x.com'), 'x');
  assert.equal(siteOf('twitter.com'), 'x');
  assert.equal(siteOf('www.facebook.com'), 'facebook');
  assert.equal(siteOf('web.facebook.com'), 'facebook');
  assert.equal(siteOf('www.linkedin.com'), 'linkedin');
  assert.equal(siteOf('notx.com'), null);
  assert.equal(siteOf('facebook.com.evil.example'), null);
});

test('the manifest runs the content script on every site, and only there', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'manifest.json'), 'utf8'));
  const hosts = manifest.content_scripts.flatMap((c) => c.matches).map((match) => new URL(match).hostname);
  for (const host of hosts) assert.ok(siteOf(host), `${host} in the manifest is one of the sites`);
  assert.deepEqual(new Set(hosts.map(siteOf)), new Set(SITES), 'every site has a match in the manifest');
});
