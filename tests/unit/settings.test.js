// Settings from storage may be missing, corrupted or from an older version:
// the extension falls back to its defaults instead of failing in the page.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize } from '../../extension/shared/settings.js';

test('missing or corrupted settings give the defaults', () => {
  for (const stored of [undefined, null, 42, 'on', [], { sites: 'yes', disabledRules: 'profanity' }]) {
    assert.deepEqual(normalize(stored), { sites: { x: true, facebook: true, linkedin: true }, disabledRules: [] }, JSON.stringify(stored));
  }
});

test('valid values are kept and invalid ones dropped one by one', () => {
  const stored = { sites: { x: false, facebook: 'no', mastodon: true }, disabledRules: ['profanity', 7, null] };
  assert.deepEqual(normalize(stored), { sites: { x: false, facebook: true, linkedin: true }, disabledRules: ['profanity'] });
});
