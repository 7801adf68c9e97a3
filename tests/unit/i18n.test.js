// The language of the user interface: the browser's, unless the settings chose one
// (the user's choice or the organisation's policy). A chosen language speaks from the
// bundled catalogue, its placeholders filled as the browser fills them; both
// catalogues hold the same texts with the same placeholders.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { chooseLanguage, t, uiLang } from '../../extension/shared/i18n.js';
import { repoRoot } from '../support/browser.js';

const catalogue = (lang) => JSON.parse(fs.readFileSync(path.join(repoRoot, 'extension/_locales', lang, 'messages.json'), 'utf8'));

beforeEach(() => {
  // An English browser whose catalogue lookups are recognisable.
  globalThis.chrome = { i18n: { getUILanguage: () => 'en-US', getMessage: (key, subs) => `browser:${key}:${subs.join(',')}` } };
});

afterEach(() => {
  chooseLanguage('auto');
  delete globalThis.chrome;
});

test("without a choice the browser's language and catalogue speak", () => {
  chooseLanguage('auto');
  assert.equal(uiLang(), 'en');
  assert.equal(t('siteSwitch', 'X'), 'browser:siteSwitch:X');
});

test('a chosen language speaks whatever the browser speaks, placeholders filled', () => {
  chooseLanguage('nl');
  assert.equal(uiLang(), 'nl');
  assert.equal(t('siteSwitch', 'Facebook'), 'Berichten controleren op Facebook');
  assert.equal(t('tipLabel', '7'), 'Tip 7');
  assert.equal(t('setByOrganisation'), 'Ingesteld door je organisatie');
  chooseLanguage('en');
  assert.equal(t('setByOrganisation'), 'Set by your organisation');
  assert.equal(t('applyFix', 'Persoonlijk'), 'Replace with “Persoonlijk”');
  assert.equal(t('noSuchKey'), 'noSuchKey');
});

test('anything else than en or nl is no choice: the browser speaks', () => {
  for (const choice of ['de', 'NL', null, 42, { lang: 'nl' }]) {
    chooseLanguage(choice);
    assert.equal(t('extName'), 'browser:extName:', String(choice));
  }
});

test('both catalogues hold the same texts, with the same placeholders', () => {
  const [en, nl] = [catalogue('en'), catalogue('nl')];
  assert.deepEqual(Object.keys(nl).sort(), Object.keys(en).sort());
  for (const key of Object.keys(en)) assert.deepEqual(nl[key].placeholders, en[key].placeholders, key);
});
