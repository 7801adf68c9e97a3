// The severities: their order decides the toolbar badge's colour, and their looks
// reach the page's underlines through the custom properties highlights.css reads.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cssProperties, highlightName, SEVERITIES, worst } from '../../extension/shared/severities.js';
import { repoRoot } from '../support/browser.js';

test('the worst severity of a set: error before warning before info', () => {
  assert.equal(worst([]), null);
  assert.equal(worst(['info', 'warning']), 'warning');
  assert.equal(worst(['info', 'error', 'warning']), 'error');
  assert.equal(worst(new Set(['info'])), 'info');
});

test('highlights.css underlines every severity with properties the severities module defines', () => {
  const css = fs.readFileSync(path.join(repoRoot, 'extension', 'content', 'highlights.css'), 'utf8');
  const defined = new Set([...cssProperties().matchAll(/(--[\w-]+):/g)].map((m) => m[1]));
  const used = new Set([...css.matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]));
  assert.ok(used.size > 0);
  for (const property of used) assert.ok(defined.has(property), `${property} is defined`);
  for (const severity of SEVERITIES) {
    assert.ok(css.includes(`::highlight(${highlightName(severity)})`), `a rule for ${severity}`);
    // `solid` is for white text on colour (badges), not for underlines.
    for (const part of ['color', 'line', 'tint']) assert.ok(used.has(`--ambassadeur-${severity}-${part}`), `${severity} ${part} is underlined`);
  }
});
