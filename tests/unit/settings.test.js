// Settings from storage may be missing, corrupted or from an older version: the
// extension falls back to its defaults, key by key, instead of failing in the page.
// Each switch is stored under a key of its own, so two changes made at once both
// stay, and a write that storage refuses reaches the caller.

import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { load, normalize, onChange, setLastLook, setRule, setSite } from '../../extension/shared/settings.js';

const DEFAULTS = { sites: { x: true, facebook: true, linkedin: true }, disabledRules: [], lastLook: true };

/**
 * A stand-in for chrome.storage.sync that answers asynchronously, as the real one
 * does (so that a read-modify-write can interleave), and can refuse writes.
 */
function fakeStorage(initial = {}) {
  const data = structuredClone(initial);
  const listeners = [];
  const storage = {
    data,
    refuse: null,
    writes: [],
    get: async (keys) => {
      await new Promise((resolve) => setImmediate(resolve));
      if (keys === null) return structuredClone(data);
      return Object.fromEntries(
        [keys]
          .flat()
          .filter((k) => k in data)
          .map((k) => [k, structuredClone(data[k])]),
      );
    },
    set: async (items) => {
      await new Promise((resolve) => setImmediate(resolve));
      if (storage.refuse) throw new Error(storage.refuse);
      storage.writes.push(items);
      const changes = {};
      for (const [key, value] of Object.entries(structuredClone(items))) {
        changes[key] = { oldValue: data[key], newValue: value };
        data[key] = value;
      }
      for (const listener of listeners) listener(changes, 'sync');
    },
  };
  globalThis.chrome = { storage: { sync: storage, onChanged: { addListener: (l) => listeners.push(l) } } };
  return storage;
}

afterEach(() => {
  delete globalThis.chrome;
});

test('missing or corrupted settings give the defaults', () => {
  for (const stored of [
    undefined,
    null,
    42,
    'on',
    [],
    { sites: 'yes', disabledRules: 'profanity' },
    { 'site.x': 'no', 'rule.profanity': 0, lastLook: 'off' },
  ]) {
    assert.deepEqual(normalize(stored), DEFAULTS, JSON.stringify(stored));
  }
});

test('valid values are kept and invalid ones dropped one by one', () => {
  const stored = { sites: { x: false, facebook: 'no', mastodon: true }, disabledRules: ['profanity', 7, null] };
  assert.deepEqual(normalize(stored), { sites: { x: false, facebook: true, linkedin: true }, disabledRules: ['profanity'], lastLook: true });
  const perKey = { 'site.x': false, 'site.facebook': 'no', 'site.mastodon': false, 'rule.profanity': false, 'rule.shouting': 'off' };
  assert.deepEqual(normalize(perKey), { sites: { x: false, facebook: true, linkedin: true }, disabledRules: ['profanity'], lastLook: true });
});

test('settings of the older format are still read, and a per-key switch wins over them', () => {
  const old = { sites: { x: false, facebook: true, linkedin: false }, disabledRules: ['profanity', 'shouting'] };
  assert.deepEqual(normalize(old), { sites: { x: false, facebook: true, linkedin: false }, disabledRules: ['profanity', 'shouting'], lastLook: true });
  const mixed = { ...old, 'site.x': true, 'site.facebook': false, 'rule.profanity': true, 'rule.personal-data': false };
  assert.deepEqual(normalize(mixed), { sites: { x: true, facebook: false, linkedin: false }, disabledRules: ['shouting', 'personal-data'], lastLook: true });
});

test('a switch writes its own key only, and an old-format setting can be switched back', async () => {
  const storage = fakeStorage({ sites: { x: false }, disabledRules: ['profanity'] });
  await setSite('x', true);
  await setRule('profanity', true);
  await setRule('shouting', false);
  assert.deepEqual(storage.writes, [{ 'site.x': true }, { 'rule.profanity': true }, { 'rule.shouting': false }]);
  assert.deepEqual(await load(), { sites: { x: true, facebook: true, linkedin: true }, disabledRules: ['shouting'], lastLook: true });
});

test('the last look before posting is on unless switched off, and its switch writes its own key', async () => {
  assert.equal(normalize({ lastLook: false }).lastLook, false);
  assert.equal(normalize({ lastLook: 0 }).lastLook, true);
  const storage = fakeStorage();
  await setLastLook(false);
  assert.deepEqual(storage.writes, [{ lastLook: false }]);
  assert.equal((await load()).lastLook, false);
});

test('two switches flipped at once both stay flipped', async () => {
  fakeStorage();
  await Promise.all([setRule('profanity', false), setRule('shouting', false), setSite('x', false), setSite('linkedin', false)]);
  const settings = await load();
  assert.deepEqual(settings.disabledRules.sort(), ['profanity', 'shouting']);
  assert.deepEqual(settings.sites, { x: false, facebook: true, linkedin: false });
});

test('a write that storage refuses rejects, and nothing changes', async () => {
  const storage = fakeStorage();
  storage.refuse = 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.';
  await assert.rejects(setRule('profanity', false), /MAX_WRITE_OPERATIONS_PER_MINUTE/);
  await assert.rejects(setSite('x', false), /MAX_WRITE_OPERATIONS_PER_MINUTE/);
  assert.deepEqual(await load(), DEFAULTS);
});

test('a change of a per-key switch or of an old-format key tells the listener', async () => {
  const storage = fakeStorage();
  const seen = [];
  let told = () => {};
  onChange((settings) => {
    seen.push(settings);
    told();
  });
  const next = () => new Promise((resolve) => (told = resolve));
  let heard = next();
  await setRule('profanity', false);
  await heard;
  heard = next();
  await storage.set({ disabledRules: ['shouting'] });
  await heard;
  heard = next();
  await setLastLook(false);
  await heard;
  await storage.set({ unrelated: 1 }); // no settings key: the listener is not even asked to load
  assert.equal(seen.length, 3);
  assert.equal(seen[2].lastLook, false);
  assert.deepEqual(seen[0].disabledRules, ['profanity']);
  assert.deepEqual(seen[1].disabledRules.sort(), ['profanity', 'shouting']);
});
