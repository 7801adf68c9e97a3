// Settings from storage may be missing, corrupted or from an older version:
// the extension falls back to its defaults instead of failing in the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadScript } from '../support/load-script.js';

const { AmbassadeurSettings: Settings } = loadScript('extension/shared/settings.js');
const plain = (value) => JSON.parse(JSON.stringify(value));

test('missing or corrupted settings give the defaults', () => {
  for (const stored of [undefined, null, 42, 'on', [], { sites: 'yes', disabledRules: 'profanity' }]) {
    assert.deepEqual(plain(Settings.normalize(stored)), { sites: { x: true, facebook: true, linkedin: true }, disabledRules: [] }, JSON.stringify(stored));
  }
});

test('valid values are kept and invalid ones dropped one by one', () => {
  const stored = { sites: { x: false, facebook: 'no', mastodon: true }, disabledRules: ['profanity', 7, null] };
  assert.deepEqual(plain(Settings.normalize(stored)), { sites: { x: false, facebook: true, linkedin: true }, disabledRules: ['profanity'] });
});

test('hostnames map to the three sites and nothing else', () => {
  assert.equal(Settings.siteOf('x.com'), 'x');
  assert.equal(Settings.siteOf('twitter.com'), 'x');
  assert.equal(Settings.siteOf('www.facebook.com'), 'facebook');
  assert.equal(Settings.siteOf('www.linkedin.com'), 'linkedin');
  assert.equal(Settings.siteOf('notx.com'), null);
  assert.equal(Settings.siteOf('facebook.com.evil.example'), null);
});
