// Writes the browser run's keystroke-to-underline timings into docs/performance.md.
//
//   node --test --test-concurrency=1 --test-name-pattern=speed tests/browser/surfaces.test.js
//   node tests/bench/browser-timings.js
//
// The browser scenarios (tests/browser/surfaces.test.js, "speed") leave their
// measurements in tests/output/surface-timings-<browser>.json; this renders those of
// Chromium and of Firefox ESR as the last section of docs/performance.md, which
// `./build.sh bench` keeps when it rewrites the rest. Reports; never asserts a time.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
/** The browsers the suite runs in: the name in the file, the name in the text, the binary. */
const BROWSERS = [
  { id: 'chromium', name: 'Chromium', binary: '/usr/bin/chromium', strip: /^Chromium\s*/ },
  { id: 'firefox', name: 'Firefox ESR', binary: '/usr/bin/firefox-esr', strip: /^Mozilla Firefox\s*/ },
];
const input = (id) => path.join(repoRoot, 'tests', 'output', `surface-timings-${id}.json`);
const DOC_FILE = path.join(repoRoot, 'docs', 'performance.md');
/** Where the section begins; everything after it belongs to this script. */
export const MARKER = '<!-- browser timings: written by tests/bench/browser-timings.js; ./build.sh bench keeps this section -->';
/** The issue's goal: keystroke to underline, 95th percentile, at 3,000 characters. */
const GOAL_P95_MS = 16;

/** What each surface's box is, for the table. */
const STRUCTURE = {
  'x-home': 'X post: Draft.js',
  'fb-composer': 'Facebook post: Lexical in a dialog',
  'li-share': 'LinkedIn old layout, post: Quill in a dialog',
  'li-comment': 'LinkedIn comment: TipTap',
  'li-new-share': 'LinkedIn new layout, post: Quill in an open shadow root',
  'li-new-repost': 'LinkedIn repost with thoughts: Quill in the shadow root',
  'li-new-edit': 'LinkedIn edit post: Quill in the shadow root',
  'li-new-bubble': 'LinkedIn messaging bubble: contenteditable in the shadow root',
  'li-new-comment': 'LinkedIn new layout, comment: TipTap',
  'li-frame-share': 'LinkedIn post in the interop iframe: Quill',
  'li-frame-bubble': 'LinkedIn bubble in an about:srcdoc frame: contenteditable',
  'li-nested-bubble': 'Box in a closed shadow root, two deep: contenteditable',
  'li-messaging': 'LinkedIn messaging page: contenteditable',
  'li-comment-quill': 'LinkedIn old layout, comment: Quill',
  'li-article-body': 'LinkedIn article body: ProseMirror',
  'li-article-title': 'LinkedIn article title: textarea (mirror)',
  'x-quote': 'X quote: Draft.js in a dialog',
  'x-edit': 'X edit post: Draft.js in a dialog',
  'x-dm': 'X direct message: textarea (mirror)',
  'fb-comment': 'Facebook comment: Lexical',
  'fb-edit': 'Facebook edit post: Lexical in a dialog',
};

const ms = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');

/**
 * The section: one table per browser measured.
 * @param {{ browser: string, version: string, date: string, results: { surface: string, length: number, measures: number, p50: number, p95: number, max: number, load: string }[] }[]} runs
 */
export function section(runs, { cores }) {
  const lines = [MARKER, '', '## Keystroke to underline in the browser (every surface)', ''];
  lines.push(
    'Measured by `tests/browser/surfaces.test.js` ("speed") with the built extension in Debian\'s Chromium and',
    'Firefox ESR, on the look-alike pages under the real hostnames. Each box receives a 2,960-character post at',
    'once (as a paste), then "bel 06-12345678", then 42 keystrokes typed 40 ms apart. A measure runs from the',
    'first input after the last drawn answer to the drawing of the next one (`ambassadeur:input-to-underline` in',
    'the content script): reading the box, the round trip to the background, the WASM check and drawing the',
    'underlines. Firefox rounds `performance.now()` to whole milliseconds in a page.',
    '',
  );
  lines.push(`- Goal: p95 < ${GOAL_P95_MS} ms at 3,000 characters on every surface; ${cores} cores`);
  lines.push('- Load average (1 / 5 / 15 min) at each measurement is in the last column: on a machine shared with other');
  lines.push('  work the p95 measures the neighbours as much as the extension; the medians hold up better.');
  for (const run of runs) {
    const met = run.results.filter((r) => r.p95 < GOAL_P95_MS).length;
    lines.push('', `### ${run.browser} ${run.version} (${run.date}): ${met} of ${run.results.length} surfaces within the goal`, '');
    lines.push('| surface | box | characters | measures | p50 (ms) | p95 (ms) | max (ms) | p95 goal | load |');
    lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const r of run.results) {
      lines.push(
        `| \`${r.surface}\` | ${STRUCTURE[r.surface] ?? ''} | ${r.length.toLocaleString('en-US')} | ${r.measures} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.p95 < GOAL_P95_MS ? 'met' : '**not met**'} | ${r.load} |`,
      );
    }
  }
  lines.push('');
  return lines.join('\n');
}

/** The document with `text` as its browser section (replacing the old one, or appended). */
export function withSection(doc, text) {
  const at = doc.indexOf(MARKER);
  const head = (at >= 0 ? doc.slice(0, at) : doc).replace(/\n*$/, '\n\n');
  return `${head}${text}`;
}

/** The browser's version as it prints it, or "unknown". */
function version({ binary, strip }) {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .replace(strip, '')
      .replace(/\s.*$/, '');
  } catch {
    return 'unknown';
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const runs = BROWSERS.filter(({ id }) => fs.existsSync(input(id))).map((b) => ({
    browser: b.name,
    version: version(b),
    date: fs.statSync(input(b.id)).mtime.toISOString().slice(0, 10),
    results: JSON.parse(fs.readFileSync(input(b.id), 'utf8')),
  }));
  if (!runs.length) throw new Error('no tests/output/surface-timings-*.json: run the browser suite first');
  const text = section(runs, { cores: (await import('node:os')).availableParallelism() });
  fs.writeFileSync(DOC_FILE, withSection(fs.readFileSync(DOC_FILE, 'utf8'), text));
  console.log(
    `wrote the browser section of ${path.relative(repoRoot, DOC_FILE)} (${runs.map((r) => `${r.browser}: ${r.results.length} surfaces`).join(', ')})`,
  );
}
