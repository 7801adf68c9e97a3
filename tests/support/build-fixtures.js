// Bundles the look-alike sites' editors (tests/fixtures/src/<site>.js) into
// tests/fixtures/build/<site>.js (+ <site>.css when the entry imports CSS).
// Usage: node tests/support/build-fixtures.js   — or import { buildFixtures }.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
export const fixturesDir = path.resolve(here, '../fixtures');
export const buildDir = path.join(fixturesDir, 'build');
export const ENTRIES = [
  'x',
  'facebook',
  'linkedin',
  'linkedin-new',
  'linkedin-framed',
  'linkedin-interop',
  'linkedin-nested',
  'linkedin-messaging',
  'linkedin-article',
];

export async function buildFixtures({ minify = false, logLevel = 'warning' } = {}) {
  const result = await esbuild.build({
    absWorkingDir: fixturesDir,
    entryPoints: ENTRIES.map((name) => path.join(fixturesDir, 'src', `${name}.js`)),
    outdir: buildDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox115'],
    loader: { '.js': 'jsx' },
    jsx: 'automatic',
    define: {
      'process.env.NODE_ENV': '"production"',
      global: 'globalThis',
    },
    legalComments: 'none',
    sourcemap: 'linked',
    minify,
    logLevel,
  });
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  await buildFixtures({ logLevel: 'info' });
  console.log(`fixtures built in ${Date.now() - t0} ms`);
}
