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

/** Who may import whom: each folder of extension/ and what its modules may import (path prefixes). */
const MAY_IMPORT = {
  'shared/': ['shared/', '_locales/'], // i18n.js bundles the message catalogues, for a language the settings chose
  'background/': ['shared/', 'wasm/', 'background/'],
  'content/editors/': ['content/editing.js', 'content/editors/', 'content/mirror.js', 'content/trusted.js'],
  'content/': ['shared/', 'content/'],
  'popup/': ['shared/'],
  'options/': ['shared/'],
};
/** The entry points: the manifest and the pages load them, no module imports them. */
const ENTRY_POINTS = ['background/service-worker.js', 'content/main.js', 'popup/popup.js', 'options/options.js'];

test('imports go only where the house allows, and every import names its file', () => {
  let count = 0;
  for (const { file, text } of sources) {
    const here = file.split(path.sep).join('/');
    const allowed = Object.entries(MAY_IMPORT).find(([folder]) => here.startsWith(folder))?.[1] ?? [];
    const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*'([^']+)'|^\s*import\s*'([^']+)'/gm)].map((m) => m[1] ?? m[2]);
    count += specifiers.length;
    for (const specifier of specifiers) {
      assert.match(specifier, /^\.\.?\/.*\.(js|css|json)$/, `${file}: a relative import of a .js file (or of a .css or .json file, bundled as text or data)`);
      const target = path
        .relative(root, path.resolve(path.dirname(path.join(root, file)), specifier))
        .split(path.sep)
        .join('/');
      assert.ok(
        allowed.some((prefix) => target.startsWith(prefix)),
        `${here} may not import ${target}`,
      );
      assert.ok(!ENTRY_POINTS.includes(target), `${here} imports the entry point ${target}`);
    }
  }
  assert.ok(count > 30, `found the imports (${count})`);
});

test('no HTML parsing and no network APIs in the extension', () => {
  const forbidden =
    /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/;
  for (const { file, text } of sources) assert.doesNotMatch(text, forbidden, file);
});

test('every event handler of the content script goes through trusted(): a page cannot drive it', () => {
  const untrusted = [
    /addEventListener\(\s*'[a-z]+',\s*(?!\s|trusted\()/g, // element.addEventListener('click', handler)
    /\blisten\([^,]+,\s*'[a-z]+',\s*(?!\s|trusted\()/g, // main.js's listen(target, 'click', handler)
    /\bon[a-z]+:\s*(?!\s|trusted\()/g, // el('button', { onclick: handler })
    /\.on[a-z]+\s*=\s*(?!\s|trusted\()/g, // button.onclick = handler
    // { input: handler }; compositionend is the one exception (main.js says why: it only resumes reading)
    /^\s*(?:input|composition(?:start|update)|(?:key|mouse|pointer)[a-z]+|click|scroll|resize):\s*(?!\s|trusted\()/gm,
  ];
  let handlers = 0;
  for (const { file, text } of sources.filter(({ file }) => file.startsWith(`content${path.sep}`))) {
    handlers += (text.match(/\btrusted\(/g) ?? []).length;
    for (const pattern of untrusted) {
      const found = [...text.matchAll(pattern)].map((m) => m[0].trim());
      assert.deepEqual(found, [], `${file}: handlers that take a page's made-up events`);
    }
  }
  assert.ok(handlers >= 15, `found the handlers (${handlers})`);
});
