// Settings from storage may be missing, corrupted or from an older version: the
// extension falls back to its defaults, key by key, instead of failing in the page.
// Each switch is stored under a key of its own, so two changes made at once both
// stay, and a write that storage refuses reaches the caller.

import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { load, normalize, onChange, setLanguage, setLastLook, setRule, setSite } from '../../extension/shared/settings.js';

const UNLOCKED = { sites: [], rules: [], language: false, lastLook: false };
/** Settings with nothing locked: the given fields, the defaults for the others. */
const settingsWith = (fields) => ({
  sites: { x: true, facebook: true, linkedin: true },
  disabledRules: [],
  language: 'auto',
  lastLook: true,
  locked: UNLOCKED,
  ...fields,
});
const DEFAULTS = settingsWith({});

/**
 * A stand-in for chrome.storage.sync that answers asynchronously, as the real one
 * does (so that a read-modify-write can interleave), and can refuse writes.
 * `managed`: what the policy sets (chrome.storage.managed); none by default, as in a
 * browser without managed storage; a function answers (or throws) in its place.
 */
function fakeStorage(initial = {}, { managed } = {}) {
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
  storage.setPolicy = (policy) => {
    managed = policy;
    for (const listener of listeners) listener({}, 'managed');
  };
  const managedArea = {
    get: async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return typeof managed === 'function' ? managed() : structuredClone(managed);
    },
  };
  globalThis.chrome = {
    storage: { sync: storage, ...(managed === undefined ? {} : { managed: managedArea }), onChanged: { addListener: (l) => listeners.push(l) } },
  };
  return storage;
}

afterEach(() => {
  delete globalThis.chrome;
});

test('missing or corrupted settings give the defaults', () => {
  const corrupted = [
    { sites: 'yes', disabledRules: 'profanity' },
    { 'site.x': 'no', 'rule.profanity': 0 },
    { language: 'de', lastLook: 'yes' },
  ];
  for (const stored of [undefined, null, 42, 'on', [], ...corrupted]) {
    assert.deepEqual(normalize(stored), DEFAULTS, JSON.stringify(stored));
  }
});

test('valid values are kept and invalid ones dropped one by one', () => {
  const stored = { sites: { x: false, facebook: 'no', mastodon: true }, disabledRules: ['profanity', 7, null] };
  assert.deepEqual(normalize(stored), settingsWith({ sites: { x: false, facebook: true, linkedin: true }, disabledRules: ['profanity'] }));
  const perKey = { 'site.x': false, 'site.facebook': 'no', 'site.mastodon': false, 'rule.profanity': false, 'rule.shouting': 'off' };
  assert.deepEqual(normalize(perKey), settingsWith({ sites: { x: false, facebook: true, linkedin: true }, disabledRules: ['profanity'] }));
});

test('settings of the older format are still read, and a per-key switch wins over them', () => {
  const old = { sites: { x: false, facebook: true, linkedin: false }, disabledRules: ['profanity', 'shouting'] };
  assert.deepEqual(normalize(old), settingsWith({ sites: { x: false, facebook: true, linkedin: false }, disabledRules: ['profanity', 'shouting'] }));
  const mixed = { ...old, 'site.x': true, 'site.facebook': false, 'rule.profanity': true, 'rule.personal-data': false };
  assert.deepEqual(normalize(mixed), settingsWith({ sites: { x: true, facebook: false, linkedin: false }, disabledRules: ['shouting', 'personal-data'] }));
});

test('a switch writes its own key only, and an old-format setting can be switched back', async () => {
  const storage = fakeStorage({ sites: { x: false }, disabledRules: ['profanity'] });
  await setSite('x', true);
  await setRule('profanity', true);
  await setRule('shouting', false);
  assert.deepEqual(storage.writes, [{ 'site.x': true }, { 'rule.profanity': true }, { 'rule.shouting': false }]);
  assert.deepEqual(await load(), settingsWith({ sites: { x: true, facebook: true, linkedin: true }, disabledRules: ['shouting'] }));
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

test('the language and the last look are written under keys of their own', async () => {
  const storage = fakeStorage();
  await setLanguage('nl');
  await setLastLook(false);
  assert.deepEqual(storage.writes, [{ language: 'nl' }, { lastLook: false }]);
  assert.deepEqual(await load(), settingsWith({ language: 'nl', lastLook: false }));
});

// --- the organisation's policy (chrome.storage.managed) ---------------------------

const USER = { 'site.x': false, 'site.linkedin': false, 'rule.profanity': false, 'rule.shouting': true, language: 'en', lastLook: false };

test("what the policy sets wins over the user's choice and is locked; the rest stays the user's", async () => {
  const policy = { sites: { x: true, facebook: false }, rules: { profanity: true, 'personal-data': false }, language: 'nl', lastLook: true };
  fakeStorage(USER, { managed: policy });
  const settings = await load();
  assert.deepEqual(settings.sites, { x: true, facebook: false, linkedin: false });
  assert.deepEqual(settings.disabledRules.sort(), ['personal-data']);
  assert.equal(settings.language, 'nl');
  assert.equal(settings.lastLook, true);
  assert.deepEqual(settings.locked, { sites: ['x', 'facebook'], rules: ['profanity', 'personal-data'], language: true, lastLook: true });
});

test('a bad value in the policy leaves that one setting to the user, and the others stand', async () => {
  const policy = {
    sites: { x: 'no', facebook: false, mastodon: false },
    rules: { profanity: 'on', shouting: false, 'Not A Rule!': false, '': false },
    language: 'de',
    lastLook: 1,
  };
  fakeStorage(USER, { managed: policy });
  const settings = await load();
  assert.deepEqual(settings.sites, { x: false, facebook: false, linkedin: false });
  assert.deepEqual(settings.disabledRules.sort(), ['profanity', 'shouting']);
  assert.equal(settings.language, 'en');
  assert.equal(settings.lastLook, false);
  assert.deepEqual(settings.locked, { sites: ['facebook'], rules: ['shouting'], language: false, lastLook: false });
  // Each other field alone stands too.
  fakeStorage(USER, { managed: { sites: [true], rules: 'profanity', language: 'nl', lastLook: 'yes' } });
  const other = await load();
  assert.equal(other.language, 'nl');
  assert.deepEqual(other.locked, { sites: [], rules: [], language: true, lastLook: false });
});

test('no managed storage, an empty or malformed one, or one that fails to read, manages nothing', async () => {
  const user = normalize(USER);
  const cases = {
    'no managed storage': undefined,
    'no policy': {},
    'a policy that is no object': () => 'sites',
    'a read that fails (Firefox without a policy)': () => {
      throw new Error('Managed storage manifest not found');
    },
  };
  for (const [name, managed] of Object.entries(cases)) {
    fakeStorage(USER, { managed });
    assert.deepEqual(await load(), user, name);
  }
});

test('a new policy reaches the listener without a restart', async () => {
  const storage = fakeStorage(USER, { managed: {} });
  const heard = new Promise((resolve) => onChange(resolve));
  storage.setPolicy({ sites: { linkedin: true } });
  const settings = await heard;
  assert.equal(settings.sites.linkedin, true);
  assert.deepEqual(settings.locked.sites, ['linkedin']);
});
