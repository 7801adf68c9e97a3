// The extension's sources keep the house rules: ES modules with explicit imports and
// JSDoc types, post text never parsed as HTML, and no way to send anything anywhere.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/browser.js';

const root = path.join(repoRoot, 'extension');
const sources = fs
  .readdirSync(root, { recursive: true })
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, text: fs.readFileSync(path.join(root, file), 'utf8') }));

test('every module is type-checked and shares nothing through globals', () => {
  assert.ok(sources.length > 10);
  for (const { file, text } of sources) {
    assert.ok(text.startsWith('// @ts-check\n'), `${file} starts with // @ts-check`);
    assert.doesNotMatch(text, /globalThis\.Ambassadeur|'use strict'/, file);
  }
});

test('no HTML parsing and no network APIs in the extension', () => {
  const forbidden =
    /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/;
  for (const { file, text } of sources) assert.doesNotMatch(text, forbidden, file);
});
