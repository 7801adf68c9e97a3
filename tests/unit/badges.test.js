// The toolbar badge of a tab counts the findings of all its frames (a compose box in a
// same-origin frame is checked by that frame's own script), shows "!" while a check failed
// in any of them, and starts over when the top frame loads a new page.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TabBadges } from '../../extension/background/badges.js';
import { reportOf } from '../../extension/background/requests.js';

const top = (documentId = 'page-1') => ({ tabId: 7, frameId: 0, documentId });
const frame = (frameId) => ({ tabId: 7, frameId, documentId: `frame-${frameId}` });

test('the badge sums the frames of a tab in the worst severity, and a frame with none leaves the sum', () => {
  const badges = new TabBadges();
  assert.deepEqual(badges.report(top(), reportOf({ count: 2, severity: 'warning', failed: false })), { text: '2', severity: 'warning' });
  assert.deepEqual(badges.report(frame(3), reportOf({ count: 1, severity: 'error', failed: false })), { text: '3', severity: 'error' });
  assert.deepEqual(badges.report({ tabId: 8, frameId: 0, documentId: 'other' }, reportOf({ count: 5, severity: 'info' })), { text: '5', severity: 'info' });
  assert.deepEqual(badges.report(frame(3), reportOf({ count: 0, severity: null, failed: false })), { text: '2', severity: 'warning' });
  assert.deepEqual(badges.report(top(), reportOf({ count: 0, severity: null, failed: false })), { text: '', severity: null });
});

test('a failed check in any frame shows "!", until that frame checks again', () => {
  const badges = new TabBadges();
  badges.report(top(), reportOf({ count: 4, severity: 'info', failed: false }));
  assert.deepEqual(badges.report(frame(2), reportOf({ count: 0, severity: null, failed: true })), { text: '!', severity: 'error' });
  assert.deepEqual(badges.report(top(), reportOf({ count: 1, severity: 'info', failed: false })), { text: '!', severity: 'error' });
  assert.deepEqual(badges.report(frame(2), reportOf({ count: 0, severity: null, failed: false })), { text: '1', severity: 'info' });
});

test("a new page in the top frame forgets the old page's frames; a closed tab is forgotten", () => {
  const badges = new TabBadges();
  badges.report(top('page-1'), reportOf({ count: 1, severity: 'info' }));
  badges.report(frame(4), reportOf({ count: 3, severity: 'error' }));
  assert.deepEqual(badges.report(top('page-2'), reportOf({ count: 1, severity: 'warning' })), { text: '1', severity: 'warning' });
  badges.forget(7);
  assert.deepEqual(badges.report(frame(5), reportOf({ count: 2, severity: 'info' })), { text: '2', severity: 'info' });
});

test("a frame's report is read field by field: a malformed field falls back alone", () => {
  assert.deepEqual(reportOf({ count: 3, severity: 'warning', failed: false }), { count: 3, severity: 'warning', failed: false });
  assert.deepEqual(reportOf({ count: '7', severity: 'constructor', failed: 'yes' }), { count: 0, severity: null, failed: false });
  assert.deepEqual(reportOf({ count: -2, severity: 'info', failed: true }), { count: 0, severity: 'info', failed: true });
  assert.deepEqual(reportOf({ count: 1.5 }), { count: 0, severity: null, failed: false });
});

test("a frame that reports before the top frame's first report still counts", () => {
  const badges = new TabBadges();
  badges.report(frame(3), reportOf({ count: 2, severity: 'error' }));
  assert.deepEqual(badges.report(top(), reportOf({ count: 0, severity: null })), { text: '2', severity: 'error' });
});
