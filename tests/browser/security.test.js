// Security and privacy, proven with the built extension:
//  - no network request leaves the browser during a session on all three sites that
//    uses every action — typing, a card, a fix, ignore, turning a check off, the tip
//    link, the counter's list, the popup, the options (every request of the browser
//    context is counted, the service worker's included — a tripwire proves the
//    counting sees them; in Firefox, every request goes through the test proxy, which
//    counts what is not for the fixture server); and dist/ holds no network API but the
//    WASM loader's fetch;
//  - post text is only ever rendered as text: HTML in a post, or in a suggestion that
//    quotes it, runs nothing and adds no element to the page or to the extension's overlay;
//  - the extension pages' CSP is strict (connect-src 'self'), and the pages obey it.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BOXES, BROWSER, describeChromiumOnly, describeFirefoxOnly, extensionUrl, setup, waitForEditorText } from '../support/browser.js';
import { buildFixtures } from '../support/build-fixtures.js';
import { assertBuilt, DIST, hoverUnderline, openExtensionPage, waitForUnderlines } from '../support/extension.js';
import { evaluateOverlay, overlay } from '../support/overlay.js';

const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
const SITE_ORIGINS = ['https://x.com', 'https://www.facebook.com', 'https://www.linkedin.com'];
/** Resource types a page loads for itself; anything script-initiated (fetch, xhr, beacon, websocket…) is suspect. */
/** A request the test itself makes from the service worker, to prove the counting sees such requests. */
const TRIPWIRE = 'https://tripwire.invalid/ambassadeur';
const PAGE_RESOURCE_TYPES = new Set(['document', 'script', 'stylesheet', 'image', 'font', 'media', 'manifest', 'other']);

let env;
/** Every request in the browser context: { url, type, method, fromServiceWorker }. */
const requests = [];
const websockets = [];

function record(request) {
  requests.push({ url: request.url(), type: request.resourceType(), method: request.method(), fromServiceWorker: !!request.serviceWorker?.() });
}

before(async () => {
  assertBuilt();
  await buildFixtures();
  env = await setup({ dist: DIST });
  if (BROWSER === 'chromium') {
    env.context.on('request', record);
    env.context.on('page', (page) => page.on('websocket', (ws) => websockets.push(ws.url())));
  }
});

after(async () => {
  await env?.close();
});

/** Requests that go anywhere but the fixture pages' own resources or the extension itself. */
function leaks(list = requests) {
  const extensionOrigin = `chrome-extension://${env.extensionId}`;
  return list.filter(({ url, type, method }) => {
    if (url.startsWith(`${extensionOrigin}/`)) return false;
    const origin = url.startsWith('data:') ? 'data:' : new URL(url).origin;
    if (SITE_ORIGINS.includes(origin) && method === 'GET' && PAGE_RESOURCE_TYPES.has(type)) return false;
    return true;
  });
}

/**
 * A session that uses every action on the three sites (all four editors): typing, a fix,
 * ignore, the counter's list, the tip link, turning a check off; then the popup and the
 * options page's switches.
 */
async function useEveryAction() {
  const post = '🎉 Namens de universiteit: mail jan@example.org of bel 06-12345678, wat een kutweer!';
  const expected = ['Namens de universiteit', 'jan@example.org', '06-12345678', 'kutweer'];
  // [box, the button that mounts it (dialogs), or null]
  const sessions = [
    [BOXES.xHome, null],
    [BOXES.fbComposer, '[data-fixture=open-composer]'],
    [BOXES.liShare, '[data-fixture=open-share]'],
    [BOXES.liComment, null],
  ];
  for (const [box, opener] of sessions) {
    const page = await env.open(box.host, box.path);
    if (opener) await page.locator(opener).click();
    await page.locator(box.selector).click();
    await page.keyboard.type(post);
    await waitForEditorText(page, box.selector, post);
    await waitForUnderlines(page, expected);
    // A fix.
    let card = await hoverUnderline(page, 'jan@example.org');
    await card.locator('.fix').first().click();
    await waitForUnderlines(page, ['Namens de universiteit', '06-12345678', 'kutweer']);
    // Ignore here.
    await page.mouse.move(5, 5);
    card = await hoverUnderline(page, 'kutweer');
    await card.locator('.action.ignore').click();
    await waitForUnderlines(page, ['Namens de universiteit', '06-12345678']);
    // The counter's list, and a finding picked from it.
    await page.mouse.move(5, 5);
    await overlay(page, '.counter').click();
    await overlay(page, '.list li button').first().click();
    await card.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    // The tip link, in a tab of its own.
    card = await hoverUnderline(page, '06-12345678');
    const tipTab = env.context.waitForEvent('page');
    await card.locator('.action.about').click();
    const tab = await tipTab;
    await tab.locator('#tips li').nth(9).waitFor();
    await tab.close();
    // Turn this check off (and on again, as the settings page would).
    await page.bringToFront();
    await page.mouse.move(5, 5);
    card = await hoverUnderline(page, 'Namens de universiteit');
    await card.locator('.action.disable').click();
    await waitForUnderlines(page, ['06-12345678']);
    await env.serviceWorker.evaluate(() => chrome.storage.sync.clear());
    await waitForUnderlines(page, ['Namens de universiteit', '06-12345678']);
    // More typing: a second round of checks.
    await page.locator(box.selector).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Views are my own.');
    assert.deepEqual(page.__problems, [], `no page errors on ${box.host}`);
    await page.close();
  }
  // The popup's site switch and the options page's switches, off and on.
  const popup = await openExtensionPage(env.context, env.extensionId, 'popup/popup.html');
  await popup.locator('#tips li').nth(9).waitFor();
  await popup.close();
  const options = await openExtensionPage(env.context, env.extensionId, 'options/options.html');
  for (const id of ['#site-x', '#rule-profanity']) {
    await options.locator(id).uncheck();
    await options.locator(id).check();
  }
  await options.close();
}

describeChromiumOnly('no network request leaves the browser', () => {
  test('the counting sees service-worker requests and flags requests elsewhere (tripwire); connect-src stops the worker from making one', async () => {
    const before = requests.length;
    const refused = await env.serviceWorker.evaluate(async (url) => {
      await fetch(chrome.runtime.getURL('manifest.json'));
      return fetch(url).then(
        () => false,
        () => true,
      );
    }, TRIPWIRE);
    // A page without a CSP (about:blank) does make the request: the counting must flag it.
    const blank = await env.context.newPage();
    await blank.evaluate((url) => fetch(url, { mode: 'no-cors' }).catch(() => {}), TRIPWIRE);
    await blank.close();
    const seen = requests.slice(before);
    const fromWorker = seen.filter((r) => r.fromServiceWorker);
    assert.ok(
      fromWorker.some((r) => r.url.endsWith('/manifest.json')),
      `service worker fetch seen and attributed: ${JSON.stringify(seen)}`,
    );
    assert.ok(refused, "the worker's fetch elsewhere fails");
    assert.deepEqual(
      fromWorker.filter((r) => r.url === TRIPWIRE),
      [],
      "connect-src 'self' stops it before it becomes a request",
    );
    assert.deepEqual(
      leaks(seen).map((r) => r.url),
      [TRIPWIRE],
      'a request elsewhere counts as a leak',
    );
  });

  test('every action on X, Facebook and LinkedIn sends nothing anywhere: typing, hovering, a fix, ignore, turning a check off, the tip link, the counter list, the popup and the options', async () => {
    await useEveryAction();
    assert.ok(requests.length > 0, 'requests were recorded at all');
    assert.ok(
      requests.some((r) => r.url.startsWith(`chrome-extension://${env.extensionId}/`)),
      'extension requests were recorded',
    );
    assert.deepEqual(leaks(requests.filter((r) => r.url !== TRIPWIRE)), [], 'requests that leave the browser');
    assert.deepEqual(websockets, [], 'no WebSocket');
  });
});

// Firefox reports no requests of the extension's background to a driver. Instead, every
// request Firefox makes goes through the test proxy (MOZ_DISABLE_NONLOCAL_CONNECTIONS
// forbids any other way out): the proxy lets through only tunnels to the fixture sites,
// and the fixture server sees what comes through them.
describeFirefoxOnly('no network request leaves the browser (Firefox)', () => {
  test('the proxy counts a request elsewhere (tripwire); connect-src stops the extension from making one', async () => {
    const before = env.proxy.refused.length;
    const fetched = await env.serviceWorker.evaluate(async (url) => {
      const own = await fetch(chrome.runtime.getURL('manifest.json'));
      const away = await fetch(url).then(
        () => 'answered',
        () => 'failed',
      );
      return { own: own.ok, away };
    }, TRIPWIRE);
    assert.deepEqual(fetched, { own: true, away: 'failed' }, "the extension's own file is read, the request out fails");
    assert.deepEqual(env.proxy.refused.slice(before), [], "connect-src 'self' stops it before it becomes a request");
    // A page without a CSP (about:blank) does make the request: the proxy must count it.
    const blank = await env.context.newPage();
    try {
      await blank.evaluate((url) => fetch(url, { mode: 'no-cors' }).catch(() => {}), TRIPWIRE);
    } finally {
      await blank.close();
    }
    assert.deepEqual(env.proxy.refused.slice(before), [{ method: 'CONNECT', target: 'tripwire.invalid:443' }]);
  });

  test('every action on X, Facebook and LinkedIn sends nothing anywhere: typing, hovering, a fix, ignore, turning a check off, the tip link, the counter list, the popup and the options', async () => {
    const refusedBefore = env.proxy.refused.length;
    const servedBefore = env.server.requests.length;
    await useEveryAction();
    assert.deepEqual(env.proxy.refused.slice(refusedBefore), [], 'requests to anywhere but the fixture sites');
    const served = env.server.requests.slice(servedBefore);
    assert.ok(served.length > 0, 'the fixture pages were served through the proxy');
    // The sites' pages load with GET and no query; nothing of the post travels to them.
    const suspect = served.filter(
      ({ method, url }) => method !== 'GET' || url.includes('?') || /example|12345678|kutweer|Namens/i.test(decodeURIComponent(url)),
    );
    assert.deepEqual(suspect, [], 'requests to the fixture sites that were not page loads');
  });
});

describe('the shipped code has no way to the network', () => {
  /** Every script of dist/, bundled as the browser loads it. */
  const scripts = fs
    .readdirSync(DIST, { recursive: true })
    .filter((file) => /\.(js|mjs|html)$/.test(file))
    .map((file) => ({ file: file.split(path.sep).join('/'), text: fs.readFileSync(path.join(DIST, file), 'utf8') }));
  const NETWORK =
    /\b(fetch|XMLHttpRequest|WebSocket|WebTransport|EventSource|sendBeacon|RTCPeerConnection|RTCDataChannel|importScripts|connectNative|sendNativeMessage|navigator\.serviceWorker)\b/g;
  /** The core's glue from wasm-bindgen: it fetches the .wasm from the extension itself. */
  const WASM_LOADER = 'wasm/ambassadeur.js';

  test('a static scan of dist/ finds no network API outside the WASM loader', () => {
    assert.ok(scripts.some((s) => s.file === 'content/main.js') && scripts.some((s) => s.file === 'background/service-worker.js'), 'the bundles were scanned');
    const found = scripts.filter((s) => s.file !== WASM_LOADER).flatMap(({ file, text }) => [...text.matchAll(NETWORK)].map((m) => `${file}: ${m[0]}`));
    assert.deepEqual(found, []);
  });

  test("the WASM loader fetches only what it is given, and the background gives it the extension's own file", () => {
    const loader = scripts.find((s) => s.file === WASM_LOADER)?.text ?? '';
    assert.deepEqual([...new Set([...loader.matchAll(NETWORK)].map((m) => m[0]))], ['fetch'], 'fetch is the only network API in the loader');
    assert.deepEqual(loader.match(/\bfetch\([^)]*\)/g), ['fetch(module_or_path)'], 'the loader fetches the path it is given, nothing else');
    const worker = scripts.find((s) => s.file === 'background/service-worker.js').text;
    assert.match(worker, /module_or_path: chrome\.runtime\.getURL\("wasm\/ambassadeur_bg\.wasm"\)/);
  });
});

describe('post text is only ever rendered as text', () => {
  const CASES = [
    { post: '<img src=x onerror=alert(1)> mail jan@example.org "><script>alert(2)</script>', underlined: ['jan@example.org'] },
    { post: '"><script>alert(3)</script><img src=x onerror=alert(4)>piet@example.org<svg onload=alert(5)>', underlined: ['piet@example.org'] },
    // The shouting rule quotes the post in its suggestion: markup reaches the card's fix button.
    {
      post: 'WAT EEN <IMG SRC=X ONERROR=ALERT(1)> SCHANDE VANDAAG ALLEMAAL',
      underlined: ['WAT EEN <IMG SRC=X ONERROR=ALERT', 'SCHANDE VANDAAG ALLEMAAL'],
      fix: 'Wat een <img src=x onerror=alert',
    },
  ];
  const MARKUP = 'img, script, svg, iframe, object, embed';

  for (const { post, underlined, fix } of CASES) {
    test(`HTML in a post shows literally in the card and the list, and runs nothing: ${post.slice(0, 40)}…`, async () => {
      const page = await env.open('x.com', '/home');
      const dialogs = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        dialog.dismiss().catch(() => {});
      });
      const count = async () => ({
        page: await page.evaluate((markup) => document.querySelectorAll(markup).length, MARKUP),
        overlay: await evaluateOverlay(page, (root, markup) => (root ? root.querySelectorAll(markup).length : 0), MARKUP),
      });
      const before = await count();
      await page.locator(BOXES.xHome.selector).click();
      await page.keyboard.type(post);
      await waitForEditorText(page, BOXES.xHome.selector, post);
      await waitForUnderlines(page, underlined);

      // The card, opened by hovering the finding; its fix quotes the post.
      const card = await hoverUnderline(page, underlined[0]);
      if (fix) {
        assert.equal(await card.locator('.fix').first().textContent(), fix, 'the suggestion shows as text');
        assert.match(await card.innerText(), /capitals reads as shouting/);
      } else {
        assert.match(await card.innerText(), /e-mail address is personal data/);
      }
      await page.mouse.move(5, 5);
      await card.waitFor({ state: 'hidden' });

      // The counter's list, which quotes the post.
      await overlay(page, '.counter').click();
      const list = overlay(page, '.list');
      await list.waitFor({ state: 'visible' });
      assert.deepEqual(await list.locator('.quote').allTextContents(), underlined);
      await page.keyboard.press('Escape');

      // The editor shows the markup as typed characters, not as elements.
      assert.equal(await page.locator(BOXES.xHome.selector).innerText(), post);
      assert.deepEqual(await count(), before, 'no img/script/svg/iframe appeared in the page or the overlay');
      assert.deepEqual(dialogs, [], 'no dialog opened');
      assert.deepEqual(page.__problems, [], 'no page errors, no CSP violation (an inline handler would be one)');
      await page.close();
    });
  }
});

describe('the extension pages have a strict CSP', () => {
  const csp = manifest.content_security_policy?.extension_pages ?? '';
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );

  test('manifest: script-src only self (and wasm-unsafe-eval), object-src self or none', () => {
    assert.ok(directives['script-src'], `a script-src in ${JSON.stringify(csp)}`);
    for (const value of directives['script-src']) assert.ok(["'self'", "'wasm-unsafe-eval'"].includes(value), `script-src ${value}`);
    assert.ok(directives['object-src'], 'an object-src');
    for (const value of directives['object-src']) assert.ok(["'self'", "'none'"].includes(value), `object-src ${value}`);
  });

  test("manifest: connect-src 'self': the extension pages can fetch nothing but the extension's own files", () => {
    assert.deepEqual(directives['connect-src'], ["'self'"], `connect-src in ${JSON.stringify(csp)}`);
  });

  test('manifest: no unsafe-inline, no unsafe-eval, no remote or wildcard sources anywhere', () => {
    const all = JSON.stringify(manifest.content_security_policy ?? {});
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'http:', 'https:', 'ws:', 'wss:', 'data:', 'blob:', '*']) {
      assert.ok(!all.includes(bad), `${bad} in ${all}`);
    }
    assert.equal(manifest.content_security_policy?.sandbox, undefined, 'no sandbox pages');
  });

  test('manifest: host access only for the three sites, permissions minimal', () => {
    assert.deepEqual(manifest.permissions, ['storage']);
    assert.equal(manifest.host_permissions, undefined, 'no host_permissions');
    assert.equal(manifest.optional_permissions, undefined);
    assert.equal(manifest.web_accessible_resources, undefined, 'nothing exposed to web pages');
    assert.equal(manifest.externally_connectable, undefined);
    const matches = manifest.content_scripts.flatMap((c) => c.matches);
    for (const m of matches) assert.match(m, /^https:\/\/(x\.com|twitter\.com|www\.facebook\.com|www\.linkedin\.com)\/\*$/, m);
  });

  test('extension pages carry no inline script or handler, and load without CSP violations', async () => {
    for (const pagePath of ['popup/popup.html', 'options/options.html']) {
      const html = fs.readFileSync(path.join(DIST, pagePath), 'utf8');
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, `inline <script> in ${pagePath}`);
      assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `inline event handler in ${pagePath}`);
      assert.doesNotMatch(html, /(src|href)\s*=\s*["']?(https?:)?\/\//i, `remote resource in ${pagePath}`);
      const page = await env.context.newPage();
      const problems = [];
      page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(extensionUrl(env.extensionId, pagePath));
      await page.waitForLoadState('load');
      const violations = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const seen = [];
            document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
            setTimeout(() => resolve(seen), 200);
          }),
      );
      assert.deepEqual([...problems, ...violations], [], `problems on ${pagePath}`);
      await page.close();
    }
  });
});
