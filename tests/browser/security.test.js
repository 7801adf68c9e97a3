// Security and privacy, proven with the built extension:
//  - no network request leaves the browser during a session on all three sites that
//    uses every action — typing, a card, a fix, ignore, turning a check off, the tip
//    link, the counter's list, the popup, the options (every request of the browser
//    context is counted, the service worker's included — a tripwire proves the
//    counting sees them); and dist/ holds no network API but the WASM loader's fetch;
//  - post text is only ever rendered as text: HTML in a post, or in a suggestion that
//    quotes it, runs nothing and adds no element to the page or to the extension's overlay;
//  - the extension pages' CSP is strict (connect-src 'self'), and the pages obey it.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HOSTS } from '../../extension/shared/sites.js';
import { BOXES, extensionUrl, isFirefox, onFirefox, setup, waitForEditorText } from '../support/browser.js';
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
  requests.push({ url: request.url(), type: resourceType(request), method: request.method(), fromServiceWorker: !!request.serviceWorker?.() });
}

/** The request's resource type. WebDriver BiDi does not say it (Firefox): a GET there counts as the page's own only on a fixture site. */
function resourceType(request) {
  try {
    return request.resourceType();
  } catch {
    return 'other';
  }
}

before(async () => {
  assertBuilt();
  await buildFixtures();
  env = await setup({ dist: DIST });
  env.context.on('request', record);
  env.context.on('page', (page) => page.on('websocket', (ws) => websockets.push(ws.url())));
});

after(async () => {
  await env?.close();
});

/** Requests that go anywhere but the fixture pages' own resources or the extension itself. */
function leaks(list = requests) {
  const extensionOrigin = extensionUrl(env.extensionId).slice(0, -1);
  return list.filter(({ url, type, method }) => {
    if (url.startsWith(`${extensionOrigin}/`)) return false;
    const origin = url.startsWith('data:') ? 'data:' : new URL(url).origin;
    if (SITE_ORIGINS.includes(origin) && method === 'GET' && PAGE_RESOURCE_TYPES.has(type)) return false;
    return true;
  });
}

describe('no network request leaves the browser', () => {
  test('the counting sees service-worker requests and flags requests elsewhere (tripwire); connect-src stops the worker from making one', {
    skip: onFirefox(
      "WebDriver BiDi does not attribute a request to the background; in Firefox every request goes through the test's proxy, which records any that is not for a fixture site (checked below)",
    ),
  }, async () => {
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
      await page.keyboard.press('Control+End'); // the end of the post, not of its first line
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
    assert.ok(requests.length > 0, 'requests were recorded at all');
    if (isFirefox) {
      // Every request Firefox makes goes through the proxy, the extension's included.
      assert.deepEqual(env.proxy.refused, [], 'requests for anything but the fixture sites');
    } else {
      assert.ok(
        requests.some((r) => r.url.startsWith(extensionUrl(env.extensionId))),
        'extension requests were recorded',
      );
    }
    assert.deepEqual(leaks(requests.filter((r) => r.url !== TRIPWIRE)), [], 'requests that leave the browser');
    assert.deepEqual(websockets, [], 'no WebSocket');
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
    // Exactly the hosts where the three sites' composers live, over https.
    const matches = manifest.content_scripts.flatMap((c) => c.matches);
    assert.deepEqual(new Set(matches), new Set(HOSTS.map((host) => `https://${host}/*`)));
    for (const host of HOSTS) assert.match(host, /^([a-z]+\.)?(x|twitter|facebook|linkedin)\.com$/, host);
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
