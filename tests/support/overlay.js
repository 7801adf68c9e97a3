// The extension's overlay (cards, counters, the live region, notices) lives in a
// closed shadow root: out of reach of the page's scripts, and so of Playwright's
// locators, which run as page scripts do. These helpers reach it as DevTools does:
// in Chromium, the DOM domain of the Chrome DevTools Protocol pierces closed shadow
// roots; in Firefox, WebDriver BiDi hands out closed shadow roots on request
// (firefox.js, evaluateInShadowRoot). Clicks go through the real mouse, as a user's would.
//
//   const card = overlay(page, '.card');
//   await card.waitFor({ state: 'visible' });
//   await card.locator('.fix').first().click();
//   await waitForOverlay(page, (root) => !!root?.activeElement);

/** The elements that can host the overlay: the document element's children. */
const HOSTS = 'html > div, html > ambassadeur-overlay';

/** page → { cdp, objectId } : a DevTools session and the overlay root's remote object. */
const sessions = new WeakMap();

async function session(page) {
  let s = sessions.get(page);
  if (!s) {
    s = { cdp: await page.context().newCDPSession(page), objectId: null };
    sessions.set(page, s);
  }
  return s;
}

/** The remote object id of the overlay's shadow root, or null while the page has none. */
async function overlayRootId(page) {
  const s = await session(page);
  if (s.objectId) return s.objectId;
  const { cdp } = s;
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: HOSTS });
  for (const nodeId of nodeIds.reverse()) {
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    s.objectId = object.objectId;
    return s.objectId;
  }
  return null;
}

/**
 * Runs `fn(root, arg)` in the page, `root` being the overlay's shadow root (null
 * while there is none); returns its result, which must be JSON-serializable.
 */
export async function evaluateOverlay(page, fn, arg) {
  if (page.evaluateInShadowRoot) return page.evaluateInShadowRoot(HOSTS, fn, arg); // Firefox
  const s = await session(page);
  for (let attempt = 0; ; attempt++) {
    const objectId = await overlayRootId(page);
    try {
      const { result, exceptionDetails } = objectId
        ? await s.cdp.send('Runtime.callFunctionOn', {
            objectId,
            functionDeclaration: `function (arg) { return (${fn})(this, arg); }`,
            arguments: [{ value: arg }],
            returnByValue: true,
            awaitPromise: true,
          })
        : await s.cdp.send('Runtime.evaluate', { expression: `(${fn})(null, ${JSON.stringify(arg)})`, returnByValue: true, awaitPromise: true });
      if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    } catch (error) {
      // A navigation drops the remote object: find the overlay again, once.
      if (attempt > 0 || !/Could not find object|Cannot find context|Inspected target navigated/.test(error.message)) throw error;
      s.objectId = null;
    }
  }
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

function describeAll(page, steps) {
  return evaluateOverlay(page, `(root, steps) => { ${RESOLVE}; ${DESCRIBE}; return resolve(root, steps).map(describe); }`, steps);
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
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
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
