// Firefox for the browser suite: Debian's Firefox ESR driven over WebDriver BiDi by
// puppeteer-core, the look-alike sites under their real hostnames through a local
// proxy (proxy.js), the built extension installed as a temporary add-on (BiDi
// `webExtension.install`). The objects returned mimic the small part of Playwright's
// API the tests use — context, page, frame, locator, keyboard, mouse — so the same
// test files run in both browsers (browser.js picks one by BROWSER).
//
// What Firefox cannot do is named where the tests skip it (`FIREFOX_CANNOT`).

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startProxy } from './proxy.js';
import { HOSTS } from './server.js';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Prefs of every test profile: the proxy, no network of Firefox's own, quiet first run. */
function prefs({ proxyPort, locale, geckoId, uuid }) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.dns.disablePrefetch': true,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'services.settings.server': 'data:,',
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.region.network.url': '',
    'browser.search.update': false,
    'app.update.disabledForTesting': true,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.originControls.grantByDefault': true,
    'extensions.webextensions.uuids': JSON.stringify(geckoId ? { [geckoId]: uuid } : {}),
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'intl.accept_languages': locale,
    'intl.locale.requested': locale,
    'devtools.console.stdout.content': true,
    'dom.disable_open_during_load': false,
    // The page may write the clipboard without a click, as Chromium with the permission granted.
    'dom.events.testing.asyncClipboard': true,
    // Timers of a tab behind another run on time: the tests wait in such tabs too.
    'dom.min_background_timeout_value': 4,
    'dom.timeout.enable_budget_timer_throttling': false,
  };
}

/** The gecko id the manifest gives the extension. */
export function geckoId(dist) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings?.gecko?.id ?? null;
}

/**
 * Launches Firefox ESR with a fresh temporary profile; the same shape as launch() in browser.js.
 * @param {{dist?: string, port: number, headless?: boolean, locale?: string, viewport?: {width:number,height:number}}} options
 */
export async function launchFirefox({ dist, port, headless = true, locale = 'en-US', viewport = { width: 1280, height: 800 } }) {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ambassadeur-profile-'));
  const uuid = crypto.randomUUID();
  const id = dist ? geckoId(dist) : null;
  let proxy;
  let browser;
  const cleanup = async () => {
    try {
      await browser?.close();
    } catch {
      browser?.process()?.kill('SIGKILL');
    } finally {
      await proxy?.close();
      fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
    }
  };
  try {
    proxy = await startProxy({ port, hosts: HOSTS });
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless,
      acceptInsecureCerts: true,
      userDataDir: profileDir,
      // Set per page below: puppeteer's setViewport also sends a screen-orientation
      // command that Firefox ESR 140 does not know.
      defaultViewport: null,
      extraPrefsFirefox: prefs({ proxyPort: proxy.port, locale, geckoId: id, uuid }),
      // No network of Firefox's own; and BiDi may open the extension's pages
      // (moz-extension: is no "web-safe" scheme to navigate to without system access).
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1', MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
      protocolTimeout: 60_000,
    });
    if (dist) await browser.installExtension(path.resolve(dist));
  } catch (error) {
    await cleanup();
    throw error;
  }
  let closed = false;
  const context = new FxContext(browser, viewport);
  const extensionId = dist ? uuid : null;
  if (extensionId) context.extensionOrigin = `moz-extension://${extensionId}`;
  return {
    context,
    extensionId,
    // The background is an event page Firefox does not show over BiDi: code that the
    // tests run "in the background" runs in an extension page, with the same APIs.
    serviceWorker: extensionId ? new ExtensionRealm(context, `moz-extension://${extensionId}/popup/popup.html`) : null,
    profileDir,
    proxy,
    async close() {
      if (closed) return;
      closed = true;
      await cleanup();
    },
  };
}

// --- Playwright-like wrappers ---------------------------------------------------

const wrapped = new WeakMap();

class FxContext {
  /** @param {import('puppeteer-core').Browser} browser */
  constructor(browser, viewport) {
    this.browser = browser;
    this.viewport = viewport;
    /** @type {Map<string, Function[]>} */
    this.listeners = new Map();
    /** @type {Set<FxPage>} */
    this.seen = new Set();
    /**
     * The tab in front. Firefox runs no animation frames in a tab behind another, and the
     * content script reads once per frame: a page is brought to the front before input
     * to it and before waiting on it (Chromium's headless tabs all count as visible).
     * @type {FxPage | null}
     */
    this.front = null;
    browser.on('targetcreated', async (target) => {
      if (target.type() !== 'page') return;
      const page = await target.page();
      if (!page) return;
      const fx = this.wrap(page);
      for (const fn of this.listeners.get('page') ?? []) fn(fx);
    });
  }

  wrap(page) {
    let fx = wrapped.get(page);
    if (!fx) {
      fx = new FxPage(page, this);
      wrapped.set(page, fx);
      this.seen.add(fx);
      page.on('request', (request) => {
        for (const fn of this.listeners.get('request') ?? []) fn(request);
      });
    }
    return fx;
  }

  async newPage() {
    const page = await this.browser.newPage();
    await page.browser().connection.send('browsingContext.setViewport', {
      context: page.mainFrame().browsingContext.id,
      viewport: this.viewport,
    });
    const fx = this.wrap(page);
    this.front = fx;
    return fx;
  }

  pages() {
    return [...this.seen].filter((page) => !page.isClosed());
  }

  on(event, fn) {
    const list = this.listeners.get(event) ?? [];
    list.push(fn);
    this.listeners.set(event, list);
  }

  off(event, fn) {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((f) => f !== fn),
    );
  }

  waitForEvent(event, { timeout = 10_000 } = {}) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off(event, once);
        reject(new Error(`timed out waiting for the context's ${event}`));
      }, timeout);
      const once = (value) => {
        clearTimeout(timer);
        this.off(event, once);
        resolve(value);
      };
      this.on(event, once);
    });
  }

  async close() {
    await this.browser.close();
  }

  /** Clipboard access needs no grant in these profiles (dom.events.testing.asyncClipboard). */
  async grantPermissions() {}

  newCDPSession() {
    throw new Error('Firefox has no DevTools protocol');
  }
}

/**
 * The code the tests would run in the service worker, run in an extension page
 * instead: a tab opened in the background, which never comes to the front.
 */
class ExtensionRealm {
  constructor(context, url) {
    this.context = context;
    this.url = url;
    /** @type {import('puppeteer-core').Page | null} */
    this.page = null;
  }

  async #page() {
    if (!this.page || this.page.isClosed()) {
      this.page = await this.context.browser.newPage({ background: true });
      await gotoExtensionPage(this.page, this.url);
    }
    return this.page;
  }

  async evaluate(fn, arg) {
    return (await this.#page()).evaluate(fn, arg);
  }
}

/**
 * Opens a page of the extension in `page`. It loads in the extension's process, where
 * puppeteer never sees its load event: navigate without waiting, then wait for the document.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
async function gotoExtensionPage(page, url, timeout = 30_000) {
  const frame = /** @type {any} */ (page.mainFrame());
  await page.browser().connection.send('browsingContext.navigate', { context: frame.browsingContext.id, url, wait: 'none' });
  await until(
    async () => {
      try {
        return await page.mainFrame().evaluate((want) => location.href === want && document.readyState === 'complete', url);
      } catch {
        return false;
      }
    },
    { timeout, message: `${url} never loaded` },
  );
}

function globToRegExp(glob) {
  const quote = (part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const parts = glob.split('**').map((part) => part.split('*').map(quote).join('[^/]*'));
  return new RegExp(`^${parts.join('.*')}$`);
}

function matchesUrl(url, pattern) {
  if (pattern instanceof RegExp) return pattern.test(url);
  if (typeof pattern === 'function') return pattern(new URL(url));
  return pattern.includes('*') ? globToRegExp(pattern).test(url) : url === pattern;
}

/** Until fn() is truthy, checked every 25 ms. */
async function until(fn, { timeout = 5_000, message } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(message ?? 'timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Runs in a document as Playwright's evaluate does: a function with one argument, or an expression. */
function evaluateIn(target, fn, arg) {
  return typeof fn === 'string' ? target.evaluate(fn) : target.evaluate(fn, arg);
}

/** Playwright's "Control+Shift+z" as puppeteer key presses. */
async function pressCombo(keyboard, combo) {
  const keys = combo === '+' ? ['+'] : combo.split('+').map((k) => (k === 'ControlOrMeta' ? 'Control' : k));
  const key = keys.pop();
  for (const modifier of keys) await keyboard.down(modifier);
  try {
    await keyboard.press(key);
  } finally {
    for (const modifier of keys.reverse()) await keyboard.up(modifier);
  }
}

/** What pages and frames have alike: evaluating, waiting, locating. */
class FxDocument {
  /** @returns {import('puppeteer-core').Frame} */
  get frame() {
    throw new Error('abstract');
  }

  /** @returns {FxPage} */
  get tab() {
    throw new Error('abstract');
  }

  async evaluate(fn, arg) {
    await this.tab.toFront();
    return evaluateIn(this.frame, fn, arg);
  }

  evaluateHandle(fn, arg) {
    return this.frame.evaluateHandle(fn, arg);
  }

  // Polled through evaluate: puppeteer's own waitForFunction builds the predicate with
  // Function() inside the page, which the fixtures' CSP blocks in Firefox ESR 140. The
  // predicate's value is judged in the page (an element does not serialize).
  async waitForFunction(fn, arg, { timeout = 30_000 } = {}) {
    await this.tab.toFront();
    const predicate = typeof fn === 'string' ? `!!(${fn})` : `(async () => !!(await (${fn})(${JSON.stringify(arg ?? null)})))()`;
    return until(() => this.frame.evaluate(predicate), { timeout, message: `waitForFunction timed out: ${fn}` });
  }

  locator(selector, options = {}) {
    return new FxLocator(this, [locatorStep(selector, options)]);
  }

  getByTestId(id) {
    return this.locator(`[data-testid="${id}"]`);
  }

  getByRole(role, { name, exact = false } = {}) {
    return new FxLocator(this, [{ role, name, exact }]);
  }

  frameLocator(selector) {
    return new FxFrameLocator(this, selector);
  }

  url() {
    return this.frame.url();
  }
}

class FxPage extends FxDocument {
  /** @param {import('puppeteer-core').Page} page */
  constructor(page, context) {
    super();
    this.p = page;
    this.ctx = context;
    /** Each of `target`'s methods, run with the tab in front. */
    const inFront = (target, names) =>
      Object.fromEntries(
        names.map((name) => [
          name,
          async (...args) => {
            await this.toFront();
            return target[name](...args);
          },
        ]),
      );
    this.keyboard = {
      ...inFront(page.keyboard, ['type', 'down', 'up', 'sendCharacter']),
      press: async (key) => {
        await this.toFront();
        await pressCombo(page.keyboard, key);
      },
      // Playwright inserts a whole text at once, as an IME commits it; BiDi sends one
      // character at a time. The browser's own insertText does it in one step, with
      // trusted beforeinput and input events, wherever the focus is (frames, shadow trees).
      // Draft.js cannot take that in Firefox (it crashes on the DOM the browser wrote,
      // with or without the extension): there the text arrives as a paste.
      insertText: async (text) => {
        await this.toFront();
        await page.evaluate((value) => {
          let doc = document;
          let el = doc.activeElement;
          for (;;) {
            if (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
            else if (el instanceof HTMLIFrameElement && el.contentDocument?.activeElement) {
              doc = el.contentDocument;
              el = doc.activeElement;
            } else break;
          }
          if (el?.closest('.DraftEditor-root')) {
            const data = new DataTransfer();
            data.setData('text/plain', value);
            const paste = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
            // Firefox leaves a constructed event's clipboardData empty.
            Object.defineProperty(paste, 'clipboardData', { value: data });
            el.dispatchEvent(paste);
          } else doc.execCommand('insertText', false, value);
        }, text);
      },
    };
    this.mouse = inFront(page.mouse, ['move', 'click', 'down', 'up', 'wheel']);
  }

  get frame() {
    return this.p.mainFrame();
  }

  get tab() {
    return this;
  }

  /** Brings the tab to the front unless it is there. */
  async toFront() {
    if (this.ctx.front === this || this.p.isClosed()) return;
    await this.p.bringToFront();
    this.ctx.front = this;
  }

  mainFrame() {
    return this.frame;
  }

  context() {
    return this.ctx;
  }

  async goto(url, { waitUntil = 'load', timeout = 30_000 } = {}) {
    if (!url.startsWith('moz-extension:')) return this.p.goto(url, { waitUntil: waitUntil === 'commit' ? 'domcontentloaded' : waitUntil, timeout });
    await gotoExtensionPage(this.p, url, timeout);
    this.href = url;
    return null;
  }

  async reload() {
    const href = await this.location();
    if (!href.startsWith('moz-extension:')) {
      // Straight over BiDi: after a history.pushState Firefox ESR 140 gives puppeteer no load event to wait for.
      await this.p.browser().connection.send('browsingContext.reload', { context: this.frame.browsingContext.id, wait: 'complete' });
      return;
    }
    // As goto: no load event from an extension page. The old document carries a mark.
    await this.p.evaluate(() => {
      /** @type {any} */ (window).__beforeReload = true;
    });
    await this.p.browser().connection.send('browsingContext.reload', { context: this.frame.browsingContext.id, wait: 'none' });
    await until(
      async () => {
        try {
          return await this.p.evaluate(() => !(/** @type {any} */ (window).__beforeReload) && document.readyState === 'complete');
        } catch {
          return false;
        }
      },
      { message: `${href} never reloaded` },
    );
    return null;
  }

  // Through the page's history, then its location is awaited: going back to a
  // history.pushState entry loads nothing, so there is no load event to wait for.
  async goBack() {
    const before = await this.location();
    await this.p.evaluate(() => history.back());
    await until(async () => (await this.location()) !== before, { timeout: 10_000, message: `the page never went back from ${before}` });
    await until(() => this.p.evaluate(() => document.readyState === 'complete').catch(() => false), {
      timeout: 10_000,
      message: 'the page never finished loading',
    });
  }

  /**
   * The document's own location. puppeteer does not follow navigations into the
   * extension's process, and Firefox ESR 140 tells BiDi of no history.pushState; while a
   * navigation replaces the document, the last URL puppeteer knows.
   */
  location() {
    return this.p.evaluate(() => location.href).catch(() => this.p.url());
  }

  async waitForURL(pattern, { timeout = 10_000 } = {}) {
    await until(async () => matchesUrl(await this.location(), pattern), { timeout, message: `the page never reached ${pattern} (at ${this.p.url()})` });
    await until(() => this.p.evaluate(() => document.readyState !== 'loading'), { timeout, message: 'the page never finished loading' });
  }

  async waitForLoadState(state = 'load', { timeout = 10_000 } = {}) {
    const ready = state === 'domcontentloaded' ? ['interactive', 'complete'] : ['complete'];
    // A tab the extension opens starts as about:blank; its own document is the one awaited.
    await until(
      async () => {
        try {
          const [href, readyState] = await this.p.evaluate(() => [location.href, document.readyState]);
          this.href = href;
          return href !== 'about:blank' && ready.includes(readyState);
        } catch {
          return false;
        }
      },
      { timeout, message: `the page never reached ${state}` },
    );
  }

  async bringToFront() {
    await this.p.bringToFront();
    this.ctx.front = this;
  }

  screenshot(options) {
    return this.p.screenshot(options);
  }

  async addInitScript(fn, arg) {
    await this.p.evaluateOnNewDocument(fn, arg);
  }

  isClosed() {
    return this.p.isClosed();
  }

  async close() {
    if (this.ctx.front === this) this.ctx.front = null;
    if (!this.p.isClosed()) await this.p.close();
  }

  on(event, fn) {
    this.p.on(event, fn);
  }

  once(event, fn) {
    this.p.once(event, fn);
  }

  frames() {
    return this.p.frames().map((f) => new FxFrame(f, this));
  }

  /** puppeteer does not follow a tab into the extension's process: the last URL the document told is kept. */
  url() {
    const url = this.p.url();
    return url === 'about:blank' && this.href ? this.href : url;
  }
}

class FxFrame extends FxDocument {
  /** @param {import('puppeteer-core').Frame} frame */
  constructor(frame, page) {
    super();
    this.f = frame;
    this.owner = page;
  }

  get frame() {
    return this.f;
  }

  get tab() {
    return this.owner;
  }

  page() {
    return this.owner;
  }

  parentFrame() {
    const parent = this.f.parentFrame();
    return parent ? new FxFrame(parent, this.owner) : null;
  }

  name() {
    return this.f.name();
  }

  /** Where this frame's viewport lies in the page's. */
  offset() {
    return frameOffset(this.f);
  }
}

class FxFrameLocator {
  constructor(scope, selector) {
    this.scope = scope;
    this.selector = selector;
  }

  async frame() {
    const frame = await (await this.scope.locator(this.selector).elementHandle()).contentFrame();
    if (!frame) throw new Error(`no frame in ${this.selector}`);
    return frame;
  }

  locator(selector) {
    return new FxLocator(this, [{ selector }]);
  }
}

/** A step of a locator: a selector, and Playwright's `has` (a locator inside) and `hasText`. */
function locatorStep(selector, { has, hasText } = {}) {
  return { selector, ...(has ? { has: has.steps } : {}), ...(hasText ? { hasText } : {}) };
}

/** The elements of `steps` under the document. (Runs in the page.) */
function resolveSteps(steps) {
  const nameOf = (el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const isVisible = (el) => {
    const rect = el.getBoundingClientRect();
    return el.isConnected && el.checkVisibility() && rect.width > 0 && rect.height > 0;
  };
  const ROLES = {
    button: 'button, [role=button], input[type=button], input[type=submit]',
    link: 'a[href], [role=link]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
  };
  // As Playwright's CSS engine does: through open shadow roots (each tree queried on its own).
  const deepAll = (root, selector) => {
    const out = [...root.querySelectorAll(selector)];
    if (root.shadowRoot) out.push(...deepAll(root.shadowRoot, selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepAll(el.shadowRoot, selector));
    return [...new Set(out)];
  };
  const matchAll = (root, step) => {
    if (step.role) {
      const want = step.name?.toLowerCase();
      return deepAll(root, ROLES[step.role] ?? `[role=${step.role}]`).filter((el) => {
        if (step.name === undefined) return true;
        const name = nameOf(el);
        return step.exact ? name === step.name : name.toLowerCase().includes(want);
      });
    }
    let found = deepAll(root, step.selector);
    if (step.has) found = found.filter((el) => resolveIn(el, step.has).length > 0);
    if (step.hasText) found = found.filter((el) => el.textContent.includes(step.hasText));
    return found;
  };
  const resolveIn = (root, list) => {
    let found = [root];
    for (const step of list) {
      found = found.flatMap((el) => matchAll(el, step));
      if (step.index !== undefined) found = found.at(step.index) ? [found.at(step.index)] : [];
    }
    return found;
  };
  const found = resolveIn(document, steps);
  // For the tests' descriptions: the first match, whether it is visible.
  return { found, visible: found[0] ? isVisible(found[0]) : false };
}

/** A small stand-in for a Playwright Locator, for elements of a page or a frame. */
class FxLocator {
  /** @param {FxDocument | FxFrameLocator} scope */
  constructor(scope, steps) {
    this.scope = scope;
    this.steps = steps;
  }

  async #doc() {
    return this.scope instanceof FxFrameLocator ? this.scope.frame() : this.scope;
  }

  #page() {
    const s = this.scope instanceof FxFrameLocator ? this.scope.scope : this.scope;
    return s instanceof FxPage ? s : s.page();
  }

  toString() {
    return this.steps.map((s) => s.selector ?? `role=${s.role}[name=${s.name}]`).join(' >> ');
  }

  locator(selector, options = {}) {
    return new FxLocator(this.scope, [...this.steps, locatorStep(selector, options)]);
  }

  nth(index) {
    const steps = this.steps.slice();
    steps[steps.length - 1] = { ...steps.at(-1), index };
    return new FxLocator(this.scope, steps);
  }

  first() {
    return this.nth(0);
  }

  last() {
    return this.nth(-1);
  }

  async #count() {
    const doc = await this.#doc();
    return doc.frame.evaluate(`(${resolveSteps})(${JSON.stringify(this.steps)}).found.length`);
  }

  async #visible() {
    const doc = await this.#doc();
    return doc.frame.evaluate(`(${resolveSteps})(${JSON.stringify(this.steps)}).visible`);
  }

  async count() {
    return this.#count();
  }

  async isVisible() {
    return this.#visible().catch(() => false);
  }

  async waitFor({ state = 'visible', timeout = 5_000 } = {}) {
    await until(
      async () => {
        const [count, visible] = await Promise.all([this.#count().catch(() => 0), this.#visible().catch(() => false)]);
        return { visible, hidden: !visible, attached: count > 0, detached: count === 0 }[state];
      },
      { timeout, message: `locator ${this} never ${state}` },
    );
  }

  /** @returns {Promise<import('puppeteer-core').ElementHandle>} */
  async #handle() {
    await this.waitFor({ state: 'attached' });
    const doc = await this.#doc();
    return /** @type {any} */ (await doc.frame.evaluateHandle(`(${resolveSteps})(${JSON.stringify(this.steps)}).found[0]`));
  }

  /** The element, as far as the tests use one: its frame's content (an iframe) and its box. */
  async elementHandle() {
    const handle = await this.#handle();
    const doc = await this.#doc();
    const page = doc instanceof FxPage ? doc : doc.page();
    return {
      contentFrame: async () => {
        const frame = await handle.contentFrame();
        return frame ? new FxFrame(frame, page) : null;
      },
      boundingBox: () => this.boundingBox(),
      evaluate: (fn, arg) => handle.evaluate(fn, arg),
      dispose: () => handle.dispose(),
    };
  }

  async evaluate(fn, arg) {
    const handle = await this.#handle();
    try {
      return await handle.evaluate(fn, arg);
    } finally {
      await handle.dispose();
    }
  }

  async evaluateAll(fn, arg) {
    const doc = await this.#doc();
    const handle = await doc.frame.evaluateHandle(`(${resolveSteps})(${JSON.stringify(this.steps)}).found`);
    try {
      return await handle.evaluate(fn, arg);
    } finally {
      await handle.dispose();
    }
  }

  async #read(fn) {
    return this.evaluate(fn);
  }

  innerText() {
    return this.#read((el) => el.innerText);
  }

  textContent() {
    return this.#read((el) => el.textContent);
  }

  allTextContents() {
    return this.#doc().then((doc) => doc.frame.evaluate(`(${resolveSteps})(${JSON.stringify(this.steps)}).found.map((el) => el.textContent)`));
  }

  getAttribute(name) {
    return this.evaluate((el, n) => el.getAttribute(n), name);
  }

  isChecked() {
    return this.#read((el) => (el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.getAttribute('aria-checked') === 'true'));
  }

  async boundingBox() {
    await this.waitFor({ state: 'attached' });
    const box = await this.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const doc = await this.#doc();
    if (doc instanceof FxFrame && doc.parentFrame()) {
      const offset = await frameOffset(doc);
      return { ...box, x: box.x + offset.x, y: box.y + offset.y };
    }
    return box;
  }

  async focus() {
    await this.evaluate((el) => el.focus());
  }

  async dispatchEvent(type) {
    await this.evaluate((el, t) => el.dispatchEvent(new Event(t, { bubbles: true })), type);
  }

  /** Clicks the middle of the element with the real mouse, once it is visible, as Playwright does. */
  async click({ timeout = 5_000 } = {}) {
    await this.waitFor({ state: 'visible', timeout });
    await this.evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    const box = await this.boundingBox();
    await this.#page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  async check() {
    if (!(await this.isChecked())) await this.click();
    await until(() => this.isChecked(), { message: `${this} never checked` });
  }

  async uncheck() {
    if (await this.isChecked()) await this.click();
    await until(async () => !(await this.isChecked()), { message: `${this} never unchecked` });
  }

  async press(key) {
    await this.focus();
    await this.#page().keyboard.press(key);
  }
}

/**
 * Where a frame's viewport lies in the page's: its element's content box, frames nested.
 * Measured inside the frame, which reaches its element (the frames are same-origin):
 * puppeteer's frameElement() needs a BiDi locator Firefox ESR 140 does not have.
 * @param {import('puppeteer-core').Frame} frame
 */
export function frameOffset(frame) {
  return frame.evaluate(() => {
    let x = 0;
    let y = 0;
    for (let view = window; view.frameElement; view = view.parent) {
      const el = view.frameElement;
      const r = el.getBoundingClientRect();
      const style = view.parent.getComputedStyle(el);
      x += r.x + el.clientLeft + Number.parseFloat(style.paddingLeft);
      y += r.y + el.clientTop + Number.parseFloat(style.paddingTop);
    }
    return { x, y };
  });
}

// --- the overlay's closed shadow root, over BiDi ------------------------------------

/**
 * Runs `fn(root, arg)` in the document of `ctx` (an FxPage or FxFrame), `root` being the
 * overlay's shadow root or null. BiDi serializes closed shadow roots when asked
 * (`includeShadowTree: 'all'`), as DevTools does; the root is then `this` of a call.
 */
export async function evaluateOverlayBidi(ctx, fn, arg) {
  await ctx.tab.toFront();
  const frame = ctx.frame;
  const connection = frame.page().browser().connection;
  const target = { context: frame.browsingContext.id };
  const html = await connection.send('script.evaluate', {
    expression: 'document.documentElement',
    target,
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  const children = html.result.result?.value?.children ?? [];
  const host = children.filter((n) => n.value?.shadowRoot).at(-1);
  const root = host?.value?.shadowRoot;
  const call = await connection.send('script.callFunction', {
    functionDeclaration: `async function (root, arg) { return JSON.stringify((await (${fn})(root, JSON.parse(arg))) ?? null); }`,
    arguments: [root?.sharedId ? { sharedId: root.sharedId } : { type: 'null' }, { type: 'string', value: JSON.stringify(arg ?? null) }],
    target,
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const result = call.result;
  if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails?.text}`);
  const value = result.result;
  if (value.type !== 'string') return null;
  return JSON.parse(value.value);
}
