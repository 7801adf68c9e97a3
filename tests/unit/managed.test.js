// What IT departments are told holds for the extension: the schema the browser checks a
// policy against names exactly the keys the extension reads; the ids in
// docs/deploying.md are the ones the manifest makes; and every example policy there is
// read as written, nothing dropped.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readPolicy } from '../../extension/shared/managed.js';
import { SITES } from '../../extension/shared/sites.js';
import { repoRoot } from '../support/browser.js';
import { chromiumExtensionId } from '../support/policy.js';

const read = (file) => fs.readFileSync(path.join(repoRoot, file), 'utf8');
const manifest = JSON.parse(read('manifest.json'));
const schema = JSON.parse(read(path.join('extension', manifest.storage.managed_schema)));
const deploying = read('docs/deploying.md');
const CHROMIUM_ID = chromiumExtensionId(manifest.key);
const GECKO_ID = manifest.browser_specific_settings.gecko.id;

test('the schema names exactly the keys the extension reads, and every site', () => {
  assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(readPolicy({})).sort());
  assert.deepEqual(Object.keys(schema.properties.sites.properties), [...SITES]);
  assert.deepEqual(schema.properties.language.enum, ['en', 'nl']);
  assert.equal(schema.properties.lastLook.type, 'boolean');
  assert.deepEqual(schema.properties.rules.additionalProperties, { type: 'boolean' });
});

test("the ids in docs/deploying.md are the manifest's", () => {
  assert.equal(CHROMIUM_ID, 'khchihcnpldcajcbecdloeigdlmpgejg');
  const chromiumIds = new Set(deploying.match(/\b[a-p]{32}\b/g));
  assert.deepEqual([...chromiumIds], [CHROMIUM_ID]);
  const geckoIds = new Set(deploying.match(/\{[0-9a-f-]{36}\}/g));
  assert.deepEqual([...geckoIds], [GECKO_ID]);
});

test('every example policy in docs/deploying.md is read as written', () => {
  const blocks = [...deploying.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
  assert.ok(blocks.length >= 4, `found the examples (${blocks.length})`);
  for (const block of blocks) {
    const managed = block['3rdparty']?.extensions?.[CHROMIUM_ID] ?? block.policies?.['3rdparty']?.Extensions?.[GECKO_ID] ?? block;
    const policy = readPolicy(managed);
    assert.deepEqual(policy.sites, managed.sites ?? {});
    assert.deepEqual(policy.rules, managed.rules ?? {});
    assert.equal(policy.language, managed.language ?? null);
    assert.equal(policy.lastLook, managed.lastLook ?? null);
  }
});
