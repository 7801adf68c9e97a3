// The shipped WASM, loaded in Node exactly as the background loads it: offsets
// match JS strings (emoji, lone surrogates), and results equal the native core's.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { repoRoot } from '../support/browser.js';

const wasmDir = path.join(repoRoot, 'dist', 'wasm');
let core;

before(async () => {
  core = await import(path.join(wasmDir, 'ambassadeur.js'));
  core.initSync({ module: fs.readFileSync(path.join(wasmDir, 'ambassadeur_bg.wasm')) });
});

const quoted = (text, d) => text.slice(d.start, d.end);

test('offsets index the JS string, emoji included', () => {
  const text = '👩‍🔬🎉 Bel me: 06-12345678';
  const [d] = core.check(text);
  assert.equal(quoted(text, d), '06-12345678');
});

test('lone surrogates reach the core and offsets still match the JS string', () => {
  for (const text of ['\uD800 mail jan@example.org', 'x\uDC00\uD83D mail jan@example.org \uDFFF']) {
    const found = core.check(text);
    assert.equal(found.length, 1, JSON.stringify(text));
    assert.equal(quoted(text, found[0]), 'jan@example.org');
  }
});

test('the WASM core and the native core give identical results', () => {
  const corpusDir = path.join(repoRoot, 'tests', 'corpus');
  const posts = fs.existsSync(corpusDir)
    ? fs
        .readdirSync(corpusDir)
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => JSON.parse(fs.readFileSync(path.join(corpusDir, f), 'utf8')).map((p) => p.text))
    : [];
  posts.push('🎉🎉 mail me at jan@example.org', 'Namens de universiteit: wat een kutweer!', 'e\u0301e\u0301 ‮right-to-left‬ \u0000 06-12345678');
  execFileSync('cargo', ['build', '-q', '--bin', 'ambassadeur'], { cwd: repoRoot, stdio: 'inherit' });
  const cli = path.join(repoRoot, 'target', 'debug', 'ambassadeur');
  for (const text of posts) {
    const run = spawnSync(cli, ['check', '--format', 'json'], { input: text, encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.deepEqual(core.check(text), JSON.parse(run.stdout), text);
  }
});

test('hostile strings: the WASM core equals the native core, lone surrogates read as U+FFFD', () => {
  const hostile = [
    '',
    '\u0000\u0000 jan@example.org \u0000',
    '\uFFFD\uFFFD 06-12345678 \uFFFD',
    '\u202Ekut\u202C שלום jan@example.org مرحبا \u200F06-12345678',
    '👨‍👩‍👧‍👦jan@example.org👩‍🔬 🏳️‍🌈kutweer🇳🇱 1️⃣ 👍🏽',
    'e\u0301e\u0301 İstanbul ẞtraße ﬁne namens de universiteit',
    '\uD800jan@example.org\uDC00 kut \uDBFF\uDFFF \uDFFF\uD800 06-12345678\uD83D',
    `${'\uDC00'.repeat(50)} mail piet@example.org ${'\uD83D'.repeat(50)}`,
    `${'a'.repeat(10_000)} jan@example.org ${'9'.repeat(10_000)} 06-12345678`,
    `${'🎉'.repeat(5_000)}kut${'\u0301'.repeat(5_000)}`,
    ' \t\n\r\u00A0\u2028\u3000\u200B\uFEFF'.repeat(100),
  ];
  const cli = path.join(repoRoot, 'target', 'debug', 'ambassadeur');
  if (!fs.existsSync(cli)) execFileSync('cargo', ['build', '-q', '--bin', 'ambassadeur'], { cwd: repoRoot, stdio: 'inherit' });
  for (const text of hostile) {
    // What the binding hands the core: the string with every lone surrogate as U+FFFD (one unit each).
    const wellFormed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
    assert.equal(wellFormed.length, text.length);
    const run = spawnSync(cli, ['check', '--format', 'json'], { input: wellFormed, encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const fromWasm = core.check(text);
    assert.deepEqual(fromWasm, JSON.parse(run.stdout), JSON.stringify(text.slice(0, 80)));
    for (const d of fromWasm) {
      assert.ok(d.start < d.end && d.end <= text.length, 'span inside the JS string');
      assert.equal(text.slice(d.start, d.end), wellFormed.slice(d.start, d.end));
    }
  }
});
