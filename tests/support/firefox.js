// The browser suite in Firefox: Debian's firefox-esr driven over WebDriver BiDi by
// puppeteer-core, behind the small part of Playwright's API the scenarios use
// (context.newPage, page.locator / getByTestId / getByRole, keyboard, mouse,
// evaluate, waitForFunction, waitForURL, screenshot, events). browser.js picks this
// driver when BROWSER=firefox; the scenarios themselves stay the same.
//
// How Firefox differs, and what this file does about it:
//  - no host-resolver rules: a local HTTP proxy (proxy.js) tunnels the fixture
//    hostnames to the fixture server and refuses everything else, and records it;
//  - the extension is installed as a temporary add-on (BiDi webExtension.install); its
//    moz-extension:// origin is fixed through the extensions.webextensions.uuids pref;
//  - WebDriver may open moz-extension:// pages only with system access allowed, and
//    reports no load event for them: goto() waits for the document itself;
//  - the background is an event page no driver reaches: `serviceWorker.evaluate` runs
//    in an extension page instead, which has the same extension APIs;
//  - every page opens in a window of its own, so every page is visible (a background
//    tab gets no animation frames, and the content script reads the text once a frame);
//  - the background's console goes to Firefox's stdout, kept in `output()`;
//  - no DevTools protocol: the extension's closed shadow root is reached through
//    WebDriver BiDi's serialization, which includes closed shadow roots on request
//    (`evaluateInShadowRoot`, used by overlay.js).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startProxy } from './proxy.js';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** The moz-extension:// host of the extension under test (any fixed UUID will do). */
export const EXTENSION_UUID = '6a3c9e1e-5b7d-4c2a-9f1e-a3b5c7d9e0f1';

const DEFAULT_TIMEOUT = 30_000;
const POLL = 50;

/**
 * Launches Firefox with a fresh profile, the proxy in front of the fixture server and,
 * optionally, the extension. Same shape as browser.js's launch() for Chromium.
 * @param {{ dist?: string, port: number, hosts: string[], headless?: boolean, locale?: string,
 *           viewport?: {width: number, height: number}, args?: string[] }} options
 */
export async function launchFirefox({ dist, port, hosts, headless = true, locale = 'en-US', viewport = { width: 1280, height: 800 }, args = [] }) {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ambassadeur-firefox-'));
  const removeProfile = () => fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  let geckoId = null;
  if (dist) {
    const manifestFile = path.join(dist, 'manifest.json');
    if (!fs.existsSync(manifestFile)) {
      removeProfile();
      throw new Error(`launch: no manifest.json in ${dist}`);
    }
    geckoId = JSON.parse(fs.readFileSync(manifestFile, 'utf8')).browser_specific_settings?.gecko?.id;
    if (!geckoId) {
      removeProfile();
      throw new Error('launch: the manifest has no browser_specific_settings.gecko.id');
    }
  }
  /** @type {Awaited<ReturnType<typeof startProxy>> | undefined} */
  let proxy;
  /** @type {import('puppeteer-core').Browser | undefined} */
  let browser;
  const output = [];
  try {
    proxy = await startProxy({ port, hosts });
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless,
      userDataDir: profileDir,
      acceptInsecureCerts: true,
      defaultViewport: viewport,
      protocolTimeout: 120_000,
      // moz-extension:// pages may be opened by the driver only with system access.
      args: ['--remote-allow-system-access', ...args],
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        // Firefox's own settings service, pointed at a closed local port: it is no request
        // of the extension's, and it must not show up among the refused ones.
        'services.settings.server': 'http://localhost:1/',
        'extensions.webextensions.uuids': JSON.stringify(geckoId ? { [geckoId]: EXTENSION_UUID } : {}),
        'devtools.console.stdout.content': true,
        'intl.locale.requested': locale,
        'intl.accept_languages': locale,
      },
    });
    const child = browser.process();
    for (const stream of [child?.stdout, child?.stderr]) stream?.on('data', (chunk) => output.push(String(chunk)));
    if (dist) await browser.installExtension(path.resolve(dist));
  } catch (error) {
    await browser?.close().catch(() => {});
    await proxy?.close();
    removeProfile();
    throw error;
  }

  const context = new FirefoxContext(browser, dist ? `moz-extension://${EXTENSION_UUID}` : null, proxy);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await browser.close();
    } finally {
      await proxy.close();
      removeProfile();
    }
  };
  return {
    context,
    extensionId: dist ? EXTENSION_UUID : null,
    serviceWorker: dist ? context.extensionRealm() : null,
    profileDir,
    proxy,
    /** What Firefox printed so far (the background's console among it). */
    output: () => output.join(''),
    close,
  };
}

/** Playwright's glob for waitForURL: `**` any characters, `*` any but `/`. */
function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^/]*';
    else source += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

async function poll(condition, timeout, describe) {
  const end = Date.now() + timeout;
  for (;;) {
    let result;
    try {
      result = await condition();
    } catch {
      result = false;
    }
    if (result) return result;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, POLL));
  }
}

class FirefoxContext {
  /**
   * @param {import('puppeteer-core').Browser} browser
   * @param {string | null} extensionOrigin
   * @param {{ refused: {method: string, target: string}[] }} proxy
   */
  constructor(browser, extensionOrigin, proxy) {
    this.browser = browser;
    this.extensionOrigin = extensionOrigin;
    this.proxy = proxy;
    /** @type {Map<string, Function[]>} */
    this.listeners = new Map();
    /** @type {FirefoxPage | null} */
    this.helper = null;
    /** @type {Promise<FirefoxPage> | null} */
    this.helperReady = null;
    /** @type {import('puppeteer-core').Page | null} */
    this.helperRaw = null;
    /** The page whose window has the focus: keys such as End or Ctrl+Z act only there. */
    this.active = null;
    /** @type {Map<import('puppeteer-core').Page, FirefoxPage>} every open page, the ones the extension opens among them */
    this.open = new Map();
    // A tab the extension opens (chrome.tabs.create) is a page of the context, as in Playwright.
    browser.on('targetcreated', async (target) => {
      const page = await target.page().catch(() => null);
      if (page) this.wrap(page);
    });
  }

  /** The FirefoxPage of a puppeteer page; a new one tells the context's 'page' listeners. */
  wrap(puppeteerPage) {
    let page = this.open.get(puppeteerPage);
    if (page) return page;
    page = new FirefoxPage(puppeteerPage, this);
    this.open.set(puppeteerPage, page);
    puppeteerPage.once('close', () => this.open.delete(puppeteerPage));
    if (puppeteerPage !== this.helperRaw) for (const listener of this.listeners.get('page') ?? []) listener(page);
    return page;
  }

  on(event, listener) {
    if (event !== 'page') throw new Error(`Firefox driver: no context event ${event}`);
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  /** The open pages (without the hidden one that stands in for the service worker). */
  pages() {
    return [...this.open.values()].filter((page) => page !== this.helper);
  }

  /** Resolves with the next page that opens ('page' is the only event). */
  waitForEvent(event, { timeout = DEFAULT_TIMEOUT } = {}) {
    if (event !== 'page') throw new Error(`Firefox driver: no context event ${event}`);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeout} ms waiting for a new page`)), timeout);
      const listener = (page) => {
        clearTimeout(timer);
        this.listeners.set(
          event,
          (this.listeners.get(event) ?? []).filter((l) => l !== listener),
        );
        resolve(page);
      };
      this.on(event, listener);
    });
  }

  /** A new page in a window of its own (so that it is visible and gets animation frames). */
  async newPage() {
    const page = this.wrap(await this.browser.newPage({ type: 'window' }));
    page.blankIsLoaded = true; // opened by the test, on about:blank until it goes somewhere
    // A new window does not always get the focus (after another one closed, say): give it.
    await page.bringToFront();
    return page;
  }

  /** Evaluates in an extension page (hidden, opened once): Firefox's stand-in for the service worker. */
  extensionRealm() {
    /** The helper page, opened on first use and again once the extension closed it (a reload). */
    const helper = () => {
      this.helperReady ??= (async () => {
        // The first window's blank tab, if no test uses it; else a tab of its own.
        const unused = (await this.browser.pages()).find((p) => !this.open.has(p));
        this.helperRaw = unused ?? (await this.browser.newPage());
        const page = this.wrap(this.helperRaw);
        this.helper = page;
        page.page.once('close', () => {
          if (this.helper !== page) return;
          this.helper = null;
          this.helperReady = null;
        });
        await page.goto(`${this.extensionOrigin}/popup/popup.html`);
        return page;
      })();
      return this.helperReady;
    };
    return {
      evaluate: async (fn, arg) => (await helper()).evaluate(fn, arg),
      /** 'close': the extension's pages went away (it was reloaded or removed). */
      once: (event, listener) => {
        if (event !== 'close') throw new Error(`Firefox driver: no background event ${event}`);
        helper().then((page) => page.page.once('close', () => listener()));
      },
    };
  }
}

/** A key combination in Playwright's notation ('Control+z', 'Alt+Shift+N') as a list of keys. */
function keysOf(combo) {
  return combo === '+' ? ['+'] : combo.split('+').map((k) => (k === '' ? '+' : k));
}

class FirefoxPage {
  /**
   * @param {import('puppeteer-core').Page} page
   * @param {FirefoxContext} context
   */
  constructor(page, context) {
    this.page = page;
    this.context = context;
    /** Whether about:blank is a loaded document here (a page the test opened) or only the start of one (a tab the extension opened). */
    this.blankIsLoaded = false;
    this.keyboard = {
      type: async (text, options) => {
        await this.focus();
        await page.keyboard.type(text, { delay: options?.delay ?? 0 });
      },
      press: async (combo) => {
        await this.focus();
        const keys = keysOf(combo);
        for (const key of keys) await page.keyboard.down(/** @type {any} */ (key));
        for (const key of keys.reverse()) await page.keyboard.up(/** @type {any} */ (key));
      },
    };
    this.mouse = {
      move: async (x, y) => {
        await this.focus();
        await page.mouse.move(x, y);
      },
      click: async (x, y) => {
        await this.focus();
        await page.mouse.click(x, y);
      },
    };
  }

  /** Brings this page's window to the front before input, as a user would. */
  async focus() {
    if (this.context.active === this) return;
    await this.page.bringToFront();
    this.context.active = this;
  }

  on(event, listener) {
    switch (event) {
      case 'pageerror':
        this.page.on('pageerror', (error) => listener(error instanceof Error ? error : new Error(String(error))));
        break;
      case 'console':
        this.page.on('console', (message) => listener({ type: () => message.type(), text: () => message.text() }));
        break;
      case 'dialog':
        this.page.on('dialog', (dialog) => listener({ message: () => dialog.message(), dismiss: () => dialog.dismiss() }));
        break;
      default:
        throw new Error(`Firefox driver: no page event ${event}`);
    }
  }

  /** The page's URL; for extension pages, where the driver misses navigations, the one last read in the page. */
  url() {
    return this.href ?? this.page.url();
  }

  /** Runs `fn` in every document of this page before its own scripts (Playwright's addInitScript). */
  async addInitScript(fn, arg) {
    await this.page.evaluateOnNewDocument(fn, arg);
  }

  /**
   * Runs `fn(root, arg)` in the page, `root` being the shadow root (open or closed) of the
   * last element matching `hostSelector` that has one, or null; returns its result, which
   * must be JSON-serializable. WebDriver BiDi serializes closed shadow roots when asked
   * (includeShadowTree 'all'), and the shadow root's shared id is then an argument like any.
   * @param {string} hostSelector
   * @param {Function | string} fn
   * @param {unknown} [arg]
   */
  async evaluateInShadowRoot(hostSelector, fn, arg) {
    const realm = /** @type {any} */ (this.page.mainFrame()).mainRealm().realm;
    for (let attempt = 0; ; attempt++) {
      try {
        if (!this.shadowRoots?.[hostSelector]) {
          const found = await realm.callFunction('(selector) => [...document.querySelectorAll(selector)].reverse()', false, {
            arguments: [{ type: 'string', value: hostSelector }],
            serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
            resultOwnership: 'none',
          });
          if (found.type === 'exception') throw new Error(`in the page: ${found.exceptionDetails.text}`);
          const root = found.result.value.map((/** @type {any} */ node) => node.value?.shadowRoot).find(Boolean);
          if (root) this.shadowRoots = { ...this.shadowRoots, [hostSelector]: root.sharedId };
        }
        const sharedId = this.shadowRoots?.[hostSelector];
        const answer = await realm.callFunction(
          `function (root, arg) {
            if (root && !root.host.isConnected) return 'stale';
            return Promise.resolve((${fn})(root, JSON.parse(arg))).then((value) => JSON.stringify({ value }));
          }`,
          true,
          {
            arguments: [sharedId ? { sharedId } : { type: 'null' }, { type: 'string', value: JSON.stringify(arg ?? null) }],
            resultOwnership: 'none',
          },
        );
        if (answer.type === 'exception') throw new Error(`in the page: ${answer.exceptionDetails.text}`);
        if (answer.result.value === 'stale') throw new Error('stale: the shadow root left the document');
        return JSON.parse(answer.result.value).value;
      } catch (error) {
        // A navigation drops the node: find the shadow root again, once.
        if (attempt > 0 || !/no such node|stale|no such (frame|context)|destroyed/i.test(String(error?.message))) throw error;
        this.shadowRoots = undefined;
      }
    }
  }

  /**
   * Presses `keys` (Playwright's key names or characters) in one WebDriver action, without
   * waiting for the page between them, as a fast typist's keys arrive.
   * @param {string[]} keys
   */
  async keysAtOnce(keys) {
    await this.focus();
    const value = (/** @type {string} */ key) => ({ Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C', Backspace: '\uE003' })[key] ?? key;
    const actions = keys.flatMap((key) => [
      { type: 'keyDown', value: value(key) },
      { type: 'keyUp', value: value(key) },
    ]);
    await /** @type {any} */ (this.page.mainFrame()).browsingContext.performActions([{ type: 'key', id: '__puppeteer_keyboard', actions }]);
  }

  async goto(url) {
    if (url.startsWith('moz-extension:')) {
      // Firefox reports no navigation events for extension pages: start the navigation
      // and wait for the document to be there and loaded.
      const frame = /** @type {any} */ (this.page.mainFrame());
      await frame.browsingContext.navigate(url, 'none');
      await poll(
        () => this.page.evaluate((want) => location.href === want && document.readyState === 'complete', url),
        DEFAULT_TIMEOUT,
        () => `${url} to load`,
      );
      this.href = url;
      this.shadowRoots = undefined;
      return null;
    }
    this.href = undefined;
    this.shadowRoots = undefined;
    const response = await this.page.goto(url, { waitUntil: 'load' });
    return response && { status: () => response.status(), headers: () => response.headers() };
  }

  async reload() {
    // The driver's idea of the URL misses navigations to extension pages: ask the page.
    const url = await this.page.evaluate(() => location.href);
    if (url.startsWith('moz-extension:')) {
      await this.page.evaluate(() => {
        /** @type {any} */ (window).__beforeReload = true;
      });
      await this.goto(url);
      await poll(
        () => this.page.evaluate(() => !(/** @type {any} */ (window).__beforeReload) && document.readyState === 'complete'),
        DEFAULT_TIMEOUT,
        () => `${url} to reload`,
      );
      return;
    }
    this.shadowRoots = undefined;
    await this.page.reload({ waitUntil: 'load' });
  }

  async goBack() {
    this.href = undefined;
    this.shadowRoots = undefined;
    await this.page.goBack({ waitUntil: 'load' });
  }

  async waitForURL(glob, { timeout = DEFAULT_TIMEOUT } = {}) {
    const pattern = typeof glob === 'string' ? globToRegExp(glob) : glob;
    await poll(
      () => pattern.test(this.page.url()),
      timeout,
      () => `URL ${glob} (at ${this.page.url()})`,
    );
  }

  /** Waits for the document to be loaded ('load', the default) or parsed ('domcontentloaded'). */
  async waitForLoadState(state = 'load') {
    // A tab the extension opened starts on about:blank, complete at once: that is not the
    // document the tab was opened for.
    const href = await poll(
      () =>
        this.page.evaluate(
          ([want, blankIsLoaded]) =>
            (document.readyState === 'complete' || (want === 'domcontentloaded' && document.readyState === 'interactive')) &&
            (blankIsLoaded || location.href !== 'about:blank') &&
            location.href,
          [state, this.blankIsLoaded],
        ),
      DEFAULT_TIMEOUT,
      () => `the ${state} event`,
    );
    if (href.startsWith('moz-extension:')) this.href = href;
  }

  evaluate(fn, arg) {
    return this.page.evaluate(fn, arg);
  }

  async waitForFunction(fn, arg, { timeout = DEFAULT_TIMEOUT } = {}) {
    return this.page.waitForFunction(fn, { timeout, polling: POLL }, arg);
  }

  locator(selector) {
    return new FirefoxLocator(this, [{ css: selector }]);
  }

  getByTestId(id) {
    return new FirefoxLocator(this, [{ css: `[data-testid="${id}"]` }]);
  }

  getByRole(role, { name } = {}) {
    return new FirefoxLocator(this, [{ role, name }]);
  }

  async screenshot({ path: file }) {
    await this.page.screenshot({ path: file });
  }

  async bringToFront() {
    await this.page.bringToFront();
    this.context.active = this;
  }

  async close() {
    if (this.context.active === this) this.context.active = null;
    await this.page.close();
  }
}

/**
 * Runs in the page: resolves a locator's steps to elements, then performs `op`.
 * CSS selectors pierce open shadow roots, as Playwright's do.
 * (One self-contained function: the pages' CSP allows no eval.)
 */
function query(steps, op, arg) {
  const combinator = /^[>+~]$/;
  /** Splits a selector at top-level `sep` (outside brackets, parentheses and quotes). */
  const split = (selector, isSep) => {
    const parts = [];
    let depth = 0;
    let quote = '';
    let current = '';
    for (const c of selector) {
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '[' || c === '(') depth++;
      else if (c === ']' || c === ')') depth--;
      else if (depth === 0 && isSep(c)) {
        parts.push(current);
        current = '';
        continue;
      }
      current += c;
    }
    parts.push(current);
    return parts.map((p) => p.trim()).filter(Boolean);
  };
  /** Compound selectors joined by descendant combinators; '>', '+', '~' stay inside a part. */
  const chunks = (selector) => {
    const tokens = split(selector, (c) => /\s/.test(c));
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
      if (combinator.test(tokens[i]) && out.length) out[out.length - 1] += ` ${tokens[i]} ${tokens[++i]}`;
      else out.push(tokens[i]);
    }
    return out;
  };
  const parentOf = (el) => el.parentElement ?? (el.parentNode instanceof ShadowRoot ? el.parentNode.host : null);
  /** Does `el` match `parts` (descendant chunks), ancestors looked for across shadow boundaries, below `scope`? */
  const matchesDeep = (el, parts, scope) => {
    const last = parts.length - 1;
    if (!el.matches(parts[last])) return false;
    if (last === 0) return true;
    for (let a = parentOf(el); a && a !== scope; a = parentOf(a)) if (matchesDeep(a, parts.slice(0, last), scope)) return true;
    return false;
  };
  /** Every element below `root` in document order, open shadow trees included. */
  const descendants = (root) => {
    const out = [];
    const walk = (node) => {
      for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
        out.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return out;
  };
  const visible = (el) => {
    if (!el.isConnected) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const IMPLICIT = {
    button: 'button, input[type=button], input[type=submit], input[type=reset], summary',
    link: 'a[href]',
    checkbox: 'input[type=checkbox]',
    textbox: 'textarea, input:not([type]), input[type=text]',
  };
  const accessibleName = (el) => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy)
      return labelledBy
        .split(/\s+/)
        .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
        .join(' ');
    return el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent ?? '';
  };

  let nodes = [document.documentElement];
  let first = true;
  for (const step of steps) {
    if ('nth' in step) {
      const at = step.nth < 0 ? nodes.length + step.nth : step.nth;
      nodes = nodes[at] ? [nodes[at]] : [];
      continue;
    }
    const found = new Set();
    for (const root of nodes) {
      const scope = first ? null : root;
      const candidates = first ? [document.documentElement, ...descendants(document.documentElement)] : descendants(root);
      if ('css' in step) {
        const alternatives = split(step.css, (c) => c === ',').map(chunks);
        for (const el of candidates) if (alternatives.some((parts) => matchesDeep(el, parts, scope))) found.add(el);
      } else {
        const name = step.name?.toLowerCase();
        for (const el of candidates) {
          const explicit = el.getAttribute('role');
          const hasRole = explicit ? explicit.split(/\s+/)[0] === step.role : IMPLICIT[step.role] && el.matches(IMPLICIT[step.role]);
          if (hasRole && visible(el) && (!name || accessibleName(el).toLowerCase().includes(name))) found.add(el);
        }
      }
    }
    nodes = [...found];
    first = false;
  }

  switch (op) {
    case 'count':
      return nodes.length;
    case 'first':
      return nodes[0] ?? null;
    case 'all':
      return nodes;
    case 'state':
      if (arg === 'attached') return nodes.length > 0;
      if (arg === 'detached') return nodes.length === 0;
      if (arg === 'visible') return nodes.length > 0 && visible(nodes[0]);
      return nodes.length === 0 || !visible(nodes[0]);
    case 'visible':
      return nodes.length > 0 && visible(nodes[0]);
    case 'texts':
      return nodes.map((n) => n.textContent ?? '');
    default:
      throw new Error(`query: no operation ${op}`);
  }
}

class FirefoxLocator {
  /**
   * @param {FirefoxPage} page
   * @param {object[]} steps
   */
  constructor(page, steps) {
    this.owner = page;
    this.steps = steps;
  }

  toString() {
    return JSON.stringify(this.steps);
  }

  locator(selector) {
    return new FirefoxLocator(this.owner, [...this.steps, { css: selector }]);
  }

  nth(index) {
    return new FirefoxLocator(this.owner, [...this.steps, { nth: index }]);
  }

  first() {
    return this.nth(0);
  }

  last() {
    return this.nth(-1);
  }

  count() {
    return this.owner.page.evaluate(query, this.steps, 'count');
  }

  async waitFor({ state = 'visible', timeout = DEFAULT_TIMEOUT } = {}) {
    try {
      await this.owner.page.waitForFunction(query, { timeout, polling: POLL }, this.steps, 'state', state);
    } catch (error) {
      throw new Error(`locator ${this} never became ${state}`, { cause: error });
    }
  }

  /** The first matching element, once it is there (and visible, for actions). */
  async handle({ visible = false, timeout = DEFAULT_TIMEOUT } = {}) {
    await this.waitFor({ state: visible ? 'visible' : 'attached', timeout });
    const handle = await this.owner.page.evaluateHandle(query, this.steps, 'first');
    const element = handle.asElement();
    if (!element) throw new Error(`locator ${this}: no element`);
    return /** @type {import('puppeteer-core').ElementHandle<Element>} */ (element);
  }

  async evaluate(fn, arg) {
    const element = await this.handle();
    try {
      return await element.evaluate(fn, arg);
    } finally {
      await element.dispose();
    }
  }

  async evaluateAll(fn, arg) {
    const handle = await this.owner.page.evaluateHandle(query, this.steps, 'all');
    try {
      return await handle.evaluate(fn, arg);
    } finally {
      await handle.dispose();
    }
  }

  async click() {
    await this.owner.focus();
    const element = await this.handle({ visible: true });
    try {
      await element.click();
    } finally {
      await element.dispose();
    }
  }

  async hover() {
    await this.owner.focus();
    const element = await this.handle({ visible: true });
    try {
      await element.hover();
    } finally {
      await element.dispose();
    }
  }

  isVisible() {
    return this.owner.page.evaluate(query, this.steps, 'visible');
  }

  isChecked() {
    return this.evaluate((el) => /** @type {HTMLInputElement} */ (el).checked);
  }

  async setChecked(checked) {
    if ((await this.isChecked()) !== checked) await this.click();
    await poll(
      async () => (await this.isChecked()) === checked,
      DEFAULT_TIMEOUT,
      () => `${this} to be ${checked ? 'checked' : 'unchecked'}`,
    );
  }

  check() {
    return this.setChecked(true);
  }

  uncheck() {
    return this.setChecked(false);
  }

  innerText() {
    return this.evaluate((el) => /** @type {HTMLElement} */ (el).innerText);
  }

  textContent() {
    return this.evaluate((el) => el.textContent);
  }

  getAttribute(name) {
    return this.evaluate((el, n) => el.getAttribute(n), name);
  }

  allTextContents() {
    return this.owner.page.evaluate(query, this.steps, 'texts');
  }

  /** { x, y, width, height } in viewport pixels, like Playwright's. */
  boundingBox() {
    return this.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  }
}
