// Launches Debian's Chromium with playwright-core (or, with BROWSER=firefox, Firefox
// ESR through firefox.js, with the same API), the look-alike sites mapped onto their
// real hostnames and, optionally, the built extension.
//
//   const server = await startServer();
//   const browser = await launch({ dist: 'dist', port: server.port });
//   const page = await openSite(browser.context, 'x.com', '/home');
//   ...
//   await browser.close(); await server.close();
//
// or, shorter, with both in one:  const env = await setup({ dist });
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { FIREFOX, geckoId, launchFirefox } from './firefox.js';
import { assertNoPolicyFor, POLICY_TEST_GECKO_ID, removeStalePolicies } from './policy.js';
import { startServer } from './server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const outputDir = path.join(repoRoot, 'tests/output');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The browser the suite runs in: `chromium` (the default) or `firefox` (BROWSER=firefox). */
export const BROWSER = process.env.BROWSER === 'firefox' ? 'firefox' : 'chromium';
export const isFirefox = BROWSER === 'firefox';

/**
 * For a test Firefox cannot run: `{ skip: onFirefox('why') }` skips it there, with the reason.
 * @param {string} reason
 */
export function onFirefox(reason) {
  return isFirefox ? `Firefox: ${reason}` : false;
}

/** The URL of a page of the extension, in the browser's scheme. */
export function extensionUrl(extensionId, pagePath = '') {
  return `${isFirefox ? 'moz-extension' : 'chrome-extension'}://${extensionId}/${pagePath}`;
}

// Hostnames the browser sends to the fixture server.
export const MAPPED_HOSTS = ['x.com', '*.x.com', 'twitter.com', '*.twitter.com', 'facebook.com', '*.facebook.com', 'linkedin.com', '*.linkedin.com'];

/** Stable selectors for every fixture box (the wrapper holds the [role=textbox]). */
export const BOXES = {
  // x.com — Draft.js
  xHome: { host: 'x.com', path: '/home', selector: '[data-fixture-box="x-home"] [role=textbox]' },
  xReply: { host: 'x.com', path: '/ambassadeur/status/1', selector: '[data-fixture-box="x-reply"] [role=textbox]' },
  xDialog: { host: 'x.com', path: '/compose/post', selector: '[data-fixture-box="x-dialog-0"] [role=textbox]' },
  xThread0: { host: 'x.com', path: '/compose/thread', selector: '[data-fixture-box="x-dialog-0"] [role=textbox]' },
  xThread1: { host: 'x.com', path: '/compose/thread', selector: '[data-fixture-box="x-dialog-1"] [role=textbox]' },
  xThread2: { host: 'x.com', path: '/compose/thread', selector: '[data-fixture-box="x-dialog-2"] [role=textbox]' },
  // www.facebook.com — Lexical
  fbComposer: { host: 'www.facebook.com', path: '/', selector: '[data-fixture-box="fb-composer"] [role=textbox]' },
  fbComment: { host: 'www.facebook.com', path: '/', selector: '[data-fixture-box="fb-comment"] [role=textbox]' },
  fbGroup: { host: 'www.facebook.com', path: '/groups/leiden/', selector: '[data-fixture-box="fb-group"] [role=textbox]' },
  // www.linkedin.com — Quill 2 and TipTap 3
  liShare: { host: 'www.linkedin.com', path: '/feed/', selector: '[data-fixture-box="li-share"] [role=textbox]' },
  liComment: { host: 'www.linkedin.com', path: '/feed/', selector: '[data-fixture-box="li-comment"] [role=textbox]' },
  liUpdate: { host: 'www.linkedin.com', path: '/feed/update/1/', selector: '[data-fixture-box="li-update"] [role=textbox]' },
};

/** The selectors the extension itself is expected to use (DESIGN.md). */
export const SITE_SELECTORS = {
  draft: 'div.public-DraftEditor-content[role=textbox][data-testid^=tweetTextarea_]',
  lexical: 'div[contenteditable][role=textbox][data-lexical-editor=true]',
  quill: 'div.ql-editor[role=textbox]',
  tiptap: 'div.tiptap.ProseMirror[role=textbox]',
};

export function hostResolverRules(port) {
  return MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
}

let stalePoliciesRemoved = false;

/**
 * A browser policy for the extension under test changes what every test sees (its sites,
 * checks and language): the files runs cut short left are removed once per process, and
 * one that another party installed for the shipped extension stops the test with its name.
 * @param {string | undefined} dist
 */
function isolateFromPolicies(dist) {
  if (!stalePoliciesRemoved) {
    stalePoliciesRemoved = true;
    removeStalePolicies(isFirefox ? { firefox: FIREFOX, geckoIds: [POLICY_TEST_GECKO_ID, geckoId(path.join(repoRoot, 'dist-firefox'))] } : {});
  }
  if (dist && !isFirefox) assertNoPolicyFor(dist);
}

/**
 * Launches Chromium with a fresh temporary profile.
 * @param {{dist?: string, port: number, headless?: boolean, args?: string[], locale?: string,
 *          viewport?: {width:number,height:number}}} options
 *   dist: folder of the unpacked extension (omit for a run without extension);
 *   port: the fixture server's port.
 * @returns {Promise<{context, extensionId: string|null, serviceWorker, profileDir: string, close(): Promise<void>}>}
 */
export async function launch({ dist, port, headless = true, args = [], locale = 'en-US', viewport = { width: 1280, height: 800 } } = {}) {
  if (!port) throw new Error('launch: port of the fixture server is required');
  isolateFromPolicies(dist && path.resolve(repoRoot, dist));
  if (isFirefox) return launchFirefox({ dist: dist && path.resolve(repoRoot, dist), port, headless, locale, viewport });
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ambassadeur-profile-'));
  const removeProfile = () => fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  const extensionArgs = [];
  if (dist) {
    const abs = path.resolve(repoRoot, dist);
    if (!fs.existsSync(path.join(abs, 'manifest.json'))) {
      removeProfile();
      throw new Error(`launch: no manifest.json in ${dist}`);
    }
    extensionArgs.push(`--disable-extensions-except=${abs}`, `--load-extension=${abs}`);
  }
  let context;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless,
      ignoreHTTPSErrors: true,
      locale,
      viewport,
      // Playwright passes --disable-extensions by default.
      ignoreDefaultArgs: dist ? ['--disable-extensions'] : [],
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-proxy-server',
        `--host-resolver-rules=${hostResolverRules(port)}`,
        ...extensionArgs,
        ...args,
      ],
    });
  } catch (error) {
    removeProfile();
    throw error;
  }

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await context.close();
    } finally {
      removeProfile();
    }
  };

  let serviceWorker = null;
  let extensionId = null;
  if (dist) {
    try {
      serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
      extensionId = new URL(serviceWorker.url()).host;
    } catch (error) {
      await close();
      throw error;
    }
  }
  return { context, extensionId, serviceWorker, profileDir, close };
}

/** https URL of a fixture page under its real hostname. */
export function siteUrl(host, urlPath = '/') {
  return `https://${host}${urlPath}`;
}

/**
 * Opens a new tab on a fixture site and waits for its scripts to have run.
 * Collects CSP violations and page errors into page.__problems (array of strings).
 */
export async function openSite(context, host, urlPath = '/', { page } = {}) {
  page ??= await context.newPage();
  const problems = [];
  page.__problems = problems;
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  await page.goto(siteUrl(host, urlPath));
  await page.waitForFunction(() => typeof window.__editorText === 'function');
  return page;
}

/** Starts the fixture server and a browser on it. close() ends both, even on failure. */
export async function setup({ dist, ...launchOptions } = {}) {
  const server = await startServer();
  let browser;
  try {
    browser = await launch({ dist, port: server.port, ...launchOptions });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    ...browser,
    browser,
    open: (host, urlPath, opts) => openSite(browser.context, host, urlPath, opts),
    async close() {
      try {
        await browser.close();
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * Runs fn(env) with a server and browser that are closed afterwards, whatever happens.
 *   await withSite({ dist }, async ({ open }) => { const page = await open('x.com', '/home'); ... });
 */
export async function withSite(options, fn) {
  const env = await setup(options);
  try {
    return await fn(env);
  } finally {
    await env.close();
  }
}

// --- reading the editors' own state (runs in the page's main world) --------

/** Box: index among [role=textbox] in document order, or a CSS selector. */
export function editorText(page, box = 0) {
  return page.evaluate((b) => window.__editorText(b), box);
}

/** { anchor, focus } caret offsets in editorText(), or null without selection. */
export function editorSelection(page, box = 0) {
  return page.evaluate((b) => window.__selection(b), box);
}

/** Waits until the editor holds exactly `expected`; returns it. */
export async function waitForEditorText(page, box, expected, { timeout = 5_000 } = {}) {
  try {
    await page.waitForFunction(
      ([b, want]) => {
        try {
          return window.__editorText(b) === want;
        } catch {
          return false;
        }
      },
      [box, expected],
      { timeout },
    );
  } catch (error) {
    let actual;
    try {
      actual = await editorText(page, box);
    } catch (e) {
      actual = `<${e.message}>`;
    }
    throw new Error(`editor ${JSON.stringify(box)} holds ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`, { cause: error });
  }
  return expected;
}

/** Saves a screenshot to tests/output/<name>.png and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
