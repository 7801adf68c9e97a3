// Helpers for tests that run the built extension (dist/) in the fixture sites.

import fs from 'node:fs';
import path from 'node:path';
import { extensionUrl, isFirefox, repoRoot } from './browser.js';
import { overlay } from './overlay.js';

/** The built extension the suite runs: dist/, or for Firefox dist-firefox/ (its own manifest). */
export const DIST = path.join(repoRoot, isFirefox ? 'dist-firefox' : 'dist');

export function assertBuilt() {
  if (!fs.existsSync(path.join(DIST, 'wasm', 'ambassadeur_bg.wasm'))) {
    throw new Error('dist/ is not built: run ./build.sh first');
  }
}

// Underlines are listed as they read: in document order within one tree; ranges in
// different trees (a shadow root, a textarea's mirror in the overlay) by where they
// are on the screen, top to bottom, then left to right. (The pages' CSP forbids eval:
// the comparison is written out in each function that runs in the page.)

/** Every underlined text on the page (or frame), as { severity, text }, in reading order. */
export function underlines(page) {
  return page.evaluate(() => {
    const compare = (a, b) => {
      if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) return a.compareBoundaryPoints(Range.START_TO_START, b);
      const ra = a.getClientRects()[0] ?? a.getBoundingClientRect();
      const rb = b.getClientRects()[0] ?? b.getBoundingClientRect();
      return Math.abs(ra.top - rb.top) > ra.height / 2 ? ra.top - rb.top : ra.left - rb.left;
    };
    const found = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('ambassadeur-')) continue;
      for (const range of highlight) found.push({ severity: name.slice('ambassadeur-'.length), text: range.toString(), range });
    }
    found.sort((a, b) => compare(a.range, b.range));
    return found.map(({ severity, text }) => ({ severity, text }));
  });
}

/** Waits until the underlined texts are exactly `texts` (in order); returns them. */
export async function waitForUnderlines(page, texts, { timeout = 5_000 } = {}) {
  try {
    await page.waitForFunction(
      (want) => {
        const compare = (a, b) => {
          if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) return a.compareBoundaryPoints(Range.START_TO_START, b);
          const ra = a.getClientRects()[0] ?? a.getBoundingClientRect();
          const rb = b.getClientRects()[0] ?? b.getBoundingClientRect();
          return Math.abs(ra.top - rb.top) > ra.height / 2 ? ra.top - rb.top : ra.left - rb.left;
        };
        const got = [];
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('ambassadeur-')) continue;
          for (const range of highlight) got.push(range);
        }
        got.sort(compare);
        return JSON.stringify(got.map((r) => r.toString())) === JSON.stringify(want);
      },
      texts,
      { timeout },
    );
  } catch (error) {
    const actual = await underlines(page);
    throw new Error(`underlined ${JSON.stringify(actual.map((u) => u.text))}, expected ${JSON.stringify(texts)}`, { cause: error });
  }
  return texts;
}

/** The centre of the first underline whose text is `text`, in viewport pixels. */
export function underlineCenter(page, text) {
  return page.evaluate((want) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('ambassadeur-')) continue;
      for (const range of highlight) {
        if (range.toString() !== want) continue;
        const r = range.getClientRects()[0];
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
    }
    return null;
  }, text);
}

/** Lets the page run `n` animation frames: the content script reads text once per frame. */
export function frames(page, n = 3) {
  return page.evaluate(
    (count) =>
      new Promise((resolve) => {
        const step = (left) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
        step(count);
      }),
    n,
  );
}

/** Opens an extension page (popup/options) in a tab. */
export async function openExtensionPage(context, extensionId, pagePath) {
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, pagePath));
  return page;
}

// --- helpers for the per-editor scenarios ------------------------------------

/** The card in the extension's overlay (a closed shadow root: see overlay.js). */
export function cardLocator(page) {
  return overlay(page, '.card');
}

/** Moves the pointer onto the underline of `text` and waits for its card; returns the card locator. */
export async function hoverUnderline(page, text) {
  const at = await underlineCenter(page, text);
  if (!at) throw new Error(`no underline on ${JSON.stringify(text)}`);
  await page.mouse.move(at.x, at.y);
  const card = cardLocator(page);
  await card.waitFor({ state: 'visible' });
  return card;
}

/** Durations (ms) of the content script's input-to-underline measures so far. */
export function underlineMeasures(page) {
  return page.evaluate(() => performance.getEntriesByName('ambassadeur:input-to-underline').map((e) => e.duration));
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
