// What the background reads from a request, field by field: a text that is no string
// or longer than MAX_TEXT is refused (an error answer, not a result), and a malformed
// option falls back to its default alone while the others stand.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { badgeOf, checkRequest, ruleIds, tipOf, underPolicy } from '../../extension/background/requests.js';
import { NO_POLICY, readPolicy } from '../../extension/shared/managed.js';
import { MAX_TEXT } from '../../extension/shared/protocol.js';

test('a text longer than MAX_TEXT, or no string, is refused', () => {
  assert.equal(checkRequest({ text: 'a'.repeat(MAX_TEXT) }).text.length, MAX_TEXT);
  assert.throws(() => checkRequest({ text: 'a'.repeat(MAX_TEXT + 1) }), /longer than 70000/);
  assert.throws(() => checkRequest({ text: 'a'.repeat(10_800_000) }), RangeError);
  for (const text of [undefined, null, 42, ['mail jan@example.org'], { toString: () => 'x' }]) {
    assert.throws(() => checkRequest({ text }), TypeError, String(text));
  }
});

test('each option falls back on its own: a bad language keeps the rules off, bad rules keep the language', () => {
  assert.deepEqual(checkRequest({ text: 'x', lang: 'nl-BE', disabled: ['profanity'] }).options, { lang: 'nl', disabled: ['profanity'] });
  assert.deepEqual(checkRequest({ text: 'x', lang: 5, disabled: ['profanity'] }).options, { lang: 'en', disabled: ['profanity'] });
  assert.deepEqual(checkRequest({ text: 'x', lang: 'nl', disabled: 'profanity' }).options, { lang: 'nl', disabled: [] });
  assert.deepEqual(checkRequest({ text: 'x', lang: 'nl', disabled: ['profanity', 7, null, { id: 'shouting' }, 'shouting'] }).options, {
    lang: 'nl',
    disabled: ['profanity', 'shouting'],
  });
  assert.deepEqual(checkRequest({ text: 'x' }).options, { lang: 'en', disabled: [] });
  assert.deepEqual(ruleIds({ length: 1, 0: 'profanity' }), []);
});

test('the badge: "!" when a check failed, else the count up to 99 in a known severity', () => {
  assert.deepEqual(badgeOf({ count: 3, severity: 'warning', failed: false }), { text: '3', severity: 'warning' });
  assert.deepEqual(badgeOf({ count: 0, severity: null, failed: true }), { text: '!', severity: 'error' });
  assert.deepEqual(badgeOf({ count: 250, severity: 'error' }), { text: '99', severity: 'error' });
  assert.deepEqual(badgeOf({ count: '7', severity: 'constructor', failed: 'yes' }), { text: '', severity: null });
  assert.deepEqual(badgeOf({ count: -2, severity: 'info' }), { text: '', severity: 'info' });
  assert.deepEqual(badgeOf({ count: 1.5 }), { text: '', severity: null });
});

test('a tip is a whole number from 1 to 10, anything else is refused', () => {
  assert.equal(tipOf({ tip: 7 }), 7);
  for (const tip of [0, 11, 1.5, '3', null, undefined, Number.NaN]) assert.throws(() => tipOf({ tip }), RangeError, String(tip));
});

test("a check holds to the organisation's policy whatever the request asks; without a policy the request stands", () => {
  const asked = { lang: 'en', disabled: ['profanity', 'shouting'] };
  const policy = readPolicy({ rules: { profanity: true, 'personal-data': false, shouting: 'off' }, language: 'nl' });
  assert.deepEqual(underPolicy(asked, policy), { lang: 'nl', disabled: ['shouting', 'personal-data'] });
  assert.deepEqual(underPolicy(asked, NO_POLICY), asked);
});
