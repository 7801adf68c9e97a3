// The sites the extension works on: every hostname where staff write maps to one of
// the three sites and nothing else does, and the manifest injects the content script
// on exactly those hostnames.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { HOSTS, SITES, siteOf, siteOfOrigin } from '../../extension/shared/sites.js';
import { repoRoot } from '../support/browser.js';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'manifest.json'), 'utf8'));

test('every host where the composers live maps to its site', () => {
  for (const host of ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com', 'pro.x.com']) assert.equal(siteOf(host), 'x', host);
  for (const host of ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'business.facebook.com']) assert.equal(siteOf(host), 'facebook', host);
  assert.equal(siteOf('www.linkedin.com'), 'linkedin');
  assert.equal(siteOf('WWW.LinkedIn.com.'), 'linkedin', 'hostnames are case-insensitive; a trailing dot is the same host');
});

test('no other host is one of the sites', () => {
  for (const host of [
    'notx.com',
    'x.com.evil.example',
    'facebook.com.evil.example',
    'developers.facebook.com',
    'evilfacebook.com',
    'news.linkedin.com.example',
    '',
  ]) {
    assert.equal(siteOf(host), null, host);
  }
});

test("a frame's origin gives its site: about:blank and srcdoc frames carry their parent's", () => {
  assert.equal(siteOfOrigin('https://www.linkedin.com'), 'linkedin');
  assert.equal(siteOfOrigin('https://web.facebook.com'), 'facebook');
  assert.equal(siteOfOrigin('http://x.com'), null, 'only https');
  assert.equal(siteOfOrigin('null'), null, 'an opaque origin (a sandboxed frame)');
});

test('the manifest runs the content script on exactly the hosts of the sites, in every frame', () => {
  const scripts = manifest.content_scripts;
  const matches = scripts.flatMap((c) => c.matches);
  for (const match of matches) assert.match(match, /^https:\/\/[a-z0-9.-]+\/\*$/, `${match}: one https host, every path`);
  assert.deepEqual(new Set(matches.map((m) => new URL(m).hostname)), new Set(HOSTS));
  assert.deepEqual(new Set(HOSTS.map(siteOf)), new Set(SITES), 'every site has hosts');
  for (const script of scripts) {
    assert.equal(script.all_frames, true, 'same-origin frames that hold a composer');
    assert.equal(script.match_origin_as_fallback, true, 'about:blank and srcdoc frames of the sites');
  }
});
