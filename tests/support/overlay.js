// The extension's overlay (cards, counters, the live region, notices) lives in a
// closed shadow root: out of reach of the page's scripts, and so of Playwright's
// locators, which run as page scripts do. These helpers reach it as DevTools does:
// the DOM domain of the Chrome DevTools Protocol pierces closed shadow roots. Clicks
// go through Playwright's real mouse, as a user's would.
//
//   const card = overlay(page, '.card');
//   await card.waitFor({ state: 'visible' });
//   await card.locator('.fix').first().click();
//   await waitForOverlay(page, (root) => !!root?.activeElement);
//
// A box in a same-origin frame has its own overlay, in the frame's document: pass the
// Frame instead of the page; boxes come back in the page's coordinates, as Playwright's do.
// In Firefox the same is done over WebDriver BiDi, which serializes closed shadow roots
// when asked (firefox.js, evaluateOverlayBidi).

import { isFirefox } from './browser.js';
import { evaluateOverlayBidi } from './firefox.js';

/**
 * Where the tests run code: a Page, or a Frame of one (a box in a same-origin frame has the
 * frame's own content script, with an overlay of its own in the frame's document).
 * @typedef {import('playwright-core').Page | import('playwright-core').Frame} Context
 */

/** @param {Context} ctx */
function pageOf(ctx) {
  return typeof ctx.mainFrame === 'function' ? ctx : ctx.page();
}

/** @param {Context} ctx  true for a frame inside the page (not the page's main frame) */
function isSubframe(ctx) {
  return typeof ctx.mainFrame !== 'function' && ctx.parentFrame() !== null;
}

/** page → a DevTools session; context → the overlay root's remote object. */
const sessions = new WeakMap();
const roots = new WeakMap();

async function session(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

/** The backend node id of the frame's document, found by the frame's URL and name in the page's frame tree. */
async function frameDocument(cdp, frame) {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const all = [];
  const walk = (tree) => {
    all.push(tree.frame);
    for (const child of tree.childFrames ?? []) walk(child);
  };
  walk(frameTree);
  const found = all.find((f) => f.parentId && f.url === frame.url() && (f.name ?? '') === frame.name()) ?? all.find((f) => f.parentId && f.url === frame.url());
  if (!found) return null;
  const { backendNodeId } = await cdp.send('DOM.getFrameOwner', { frameId: found.id });
  const { node } = await cdp.send('DOM.describeNode', { backendNodeId, depth: 1, pierce: true });
  return node.contentDocument?.backendNodeId ?? null;
}

/** The shadow root of the last child of <html> that has one, in the document `doc` (a CDP node, described to depth 3). */
function hostShadowRoot(doc) {
  const html = doc.children?.find((n) => n.localName === 'html');
  const hosts = (html?.children ?? []).filter((n) => n.shadowRoots?.length);
  return hosts.at(-1)?.shadowRoots[0] ?? null;
}

/** The remote object id of the overlay's shadow root in `ctx`, or null while there is none. */
async function overlayRootId(ctx) {
  const known = roots.get(ctx);
  if (known) return known;
  const cdp = await session(pageOf(ctx));
  let backendNodeId;
  if (isSubframe(ctx)) {
    backendNodeId = await frameDocument(cdp, ctx);
  } else {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    backendNodeId = root.backendNodeId;
  }
  if (!backendNodeId) return null;
  const { node } = await cdp.send('DOM.describeNode', { backendNodeId, depth: 3, pierce: true });
  const shadow = hostShadowRoot(node);
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  roots.set(ctx, object.objectId);
  return object.objectId;
}

/**
 * Runs `fn(root, arg)` in the page (or frame), `root` being the overlay's shadow root
 * (null while there is none); returns its result, which must be JSON-serializable.
 * @param {Context} ctx
 */
export async function evaluateOverlay(ctx, fn, arg) {
  if (isFirefox) return evaluateOverlayBidi(ctx, fn, arg);
  const cdp = await session(pageOf(ctx));
  for (let attempt = 0; ; attempt++) {
    const objectId = await overlayRootId(ctx);
    try {
      if (!objectId) return await ctx.evaluate(`(${fn})(null, ${JSON.stringify(arg)})`);
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId,
        functionDeclaration: `function (arg) { return (${fn})(this, arg); }`,
        arguments: [{ value: arg }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    } catch (error) {
      // A navigation drops the remote object: find the overlay again, once.
      if (attempt > 0 || !/Could not find object|Cannot find context|Inspected target navigated/.test(error.message)) throw error;
      roots.delete(ctx);
    }
  }
}

/**
 * Where the context's viewport lies in the page's: (0, 0) for the page, the content box
 * of the frame's element for a frame (Playwright gives that element's box in the page's coordinates).
 * @param {Context} ctx
 */
async function offsetOf(ctx) {
  if (!isSubframe(ctx)) return { x: 0, y: 0 };
  if (isFirefox) return ctx.offset();
  const element = await ctx.frameElement();
  const box = await element.boundingBox();
  const inner = await element.evaluate((el) => {
    const style = getComputedStyle(el);
    return { x: el.clientLeft + Number.parseFloat(style.paddingLeft), y: el.clientTop + Number.parseFloat(style.paddingTop) };
  });
  return { x: (box?.x ?? 0) + inner.x, y: (box?.y ?? 0) + inner.y };
}

/** Waits until `fn(root, arg)` is truthy in the page (polled); returns its value. */
export async function waitForOverlay(page, fn, arg, { timeout = 5_000, message } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await evaluateOverlay(page, fn, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(message ?? `overlay: timed out waiting for ${fn}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The elements of `steps` under `root`: each step a selector, optionally picking the n-th match. (Runs in the page.) */
const RESOLVE = `function resolve(root, steps) {
  let found = root ? [root] : [];
  for (const { selector, index } of steps) {
    found = found.flatMap((el) => [...el.querySelectorAll(selector)]);
    if (index !== undefined) found = found[index] ? [found[index]] : [];
  }
  return found;
}`;

/** What a test reads from an element of the overlay. (Runs in the page.) */
const DESCRIBE = `function describe(el) {
  const rect = el.getBoundingClientRect();
  return {
    visible: el.isConnected && el.checkVisibility() && rect.width > 0 && rect.height > 0,
    text: el.innerText,
    textContent: el.textContent,
    attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
  };
}`;

/** The elements of `steps`, described, with their boxes in the page's coordinates. */
async function describeAll(ctx, steps) {
  const found = await evaluateOverlay(ctx, `(root, steps) => { ${RESOLVE}; ${DESCRIBE}; return resolve(root, steps).map(describe); }`, steps);
  if (!found.length || !isSubframe(ctx)) return found;
  const o = await offsetOf(ctx);
  return found.map((d) => ({ ...d, box: { ...d.box, x: d.box.x + o.x, y: d.box.y + o.y } }));
}

/** A small stand-in for a Playwright Locator, for elements in the overlay. */
class OverlayLocator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }

  locator(selector) {
    return new OverlayLocator(this.page, [...this.steps, { selector }]);
  }

  nth(index) {
    const steps = this.steps.slice();
    steps[steps.length - 1] = { ...steps.at(-1), index };
    return new OverlayLocator(this.page, steps);
  }

  first() {
    return this.nth(0);
  }

  toString() {
    return this.steps.map((s) => s.selector + (s.index === undefined ? '' : `[${s.index}]`)).join(' ');
  }

  async all() {
    return describeAll(this.page, this.steps);
  }

  async count() {
    return (await this.all()).length;
  }

  async isVisible() {
    return (await this.all())[0]?.visible ?? false;
  }

  /** Waits for the first match to be 'visible', 'hidden' (or absent), 'attached' or 'detached'. */
  async waitFor({ state = 'visible', timeout = 5_000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const first = (await this.all())[0];
      const done = { visible: first?.visible, hidden: !first?.visible, attached: !!first, detached: !first }[state];
      if (done) return;
      if (Date.now() > deadline) throw new Error(`overlay: ${this} never ${state}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async #one() {
    await this.waitFor({ state: 'attached' });
    return (await this.all())[0];
  }

  async innerText() {
    return (await this.#one()).text;
  }

  async textContent() {
    return (await this.#one()).textContent;
  }

  async getAttribute(name) {
    return (await this.#one()).attributes[name] ?? null;
  }

  async allTextContents() {
    return (await this.all()).map((d) => d.textContent);
  }

  async boundingBox() {
    return (await this.#one()).box;
  }

  /** Clicks the middle of the element with the real mouse, once it is visible. */
  async click() {
    await this.waitFor({ state: 'visible' });
    const { box } = (await this.all())[0];
    await pageOf(this.page).mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
}

/** The elements matching `selector` in the extension's overlay. */
export function overlay(page, selector) {
  return new OverlayLocator(page, [{ selector }]);
}

/** Where the keyboard focus is: on the overlay's host (for the page), on the card's first button, and that button's label. */
export function overlayFocus(page) {
  return evaluateOverlay(page, (root) => {
    const active = root?.activeElement ?? null;
    const first = root?.querySelector('.card button') ?? null;
    return { hostFocused: !!root && document.activeElement === root.host, onFirstButton: !!active && active === first, label: active?.textContent ?? null };
  });
}
