// Security and privacy, proven with the built extension:
//  - no network request leaves the browser during a typing session on all three
//    sites (every request of the browser context is counted, the service worker's
//    included — a tripwire proves the counting sees them; in Firefox, every request
//    goes through the test proxy, which counts what is not for the fixture server);
//  - post text is only ever rendered as text: HTML in a post runs nothing and adds
//    no element to the page or to the extension's overlay;
//  - the extension pages' CSP is strict, and the extension pages obey it.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BOXES, BROWSER, describeChromiumOnly, describeFirefoxOnly, extensionUrl, setup, waitForEditorText } from '../support/browser.js';
import { buildFixtures } from '../support/build-fixtures.js';
import { assertBuilt, DIST, openExtensionPage, underlineCenter, waitForUnderlines } from '../support/extension.js';

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

const POST = '🎉 Namens de universiteit: mail jan@example.org of bel 06-12345678, wat een kutweer!';

/** Types POST on each of the three sites (all four editors), opens a card, types more; then opens the popup and options. */
async function typeOnEverySite() {
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
    await page.keyboard.type(POST);
    await waitForEditorText(page, box.selector, POST);
    await waitForUnderlines(page, expected);
    // Open a card and a second round of checks, as a user would.
    const at = await underlineCenter(page, 'jan@example.org');
    await page.mouse.move(at.x, at.y);
    await page.locator('ambassadeur-overlay .card').waitFor({ state: 'visible' });
    await page.mouse.move(5, 5);
    await page.locator(box.selector).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Views are my own.');
    assert.deepEqual(page.__problems, [], `no page errors on ${box.host}`);
    await page.close();
  }
  for (const pagePath of ['popup/popup.html', 'options/options.html']) {
    const page = await openExtensionPage(env.context, env.extensionId, pagePath);
    await page.waitForLoadState('load');
    await page.close();
  }
}

describeChromiumOnly('no network request leaves the browser', () => {
  test('the counting sees service-worker requests (tripwire)', async () => {
    const before = requests.length;
    await env.serviceWorker.evaluate(async (url) => {
      await fetch(chrome.runtime.getURL('manifest.json'));
      await fetch(url).catch(() => {});
    }, TRIPWIRE);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const seen = requests.slice(before);
    assert.ok(
      seen.some((r) => r.url.endsWith('/manifest.json')),
      `service worker fetch seen: ${JSON.stringify(seen)}`,
    );
    assert.deepEqual(
      leaks(seen).map((r) => r.url),
      [TRIPWIRE],
      'a request elsewhere counts as a leak',
    );
    assert.ok(
      seen.every((r) => r.fromServiceWorker),
      'attributed to the service worker',
    );
  });

  test('a typing session on X, Facebook and LinkedIn sends nothing anywhere', async () => {
    await typeOnEverySite();
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
  test('a request from the extension is refused and counted by the proxy (tripwire)', async () => {
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
    assert.deepEqual(env.proxy.refused.slice(before), [{ method: 'CONNECT', target: 'tripwire.invalid:443' }]);
  });

  test('a typing session on X, Facebook and LinkedIn sends nothing anywhere', async () => {
    const refusedBefore = env.proxy.refused.length;
    const servedBefore = env.server.requests.length;
    await typeOnEverySite();
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

describe('post text is only ever rendered as text', () => {
  const HOSTILE = [
    '<img src=x onerror=alert(1)> mail jan@example.org "><script>alert(2)</script>',
    '"><script>alert(3)</script><img src=x onerror=alert(4)>piet@example.org<svg onload=alert(5)>',
  ];

  for (const post of HOSTILE) {
    test(`HTML in a post shows literally and runs nothing: ${post.slice(0, 40)}…`, async () => {
      const page = await env.open('x.com', '/home');
      const dialogs = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        dialog.dismiss().catch(() => {});
      });
      const count = () =>
        page.evaluate(() => {
          const shadow = document.querySelector('ambassadeur-overlay')?.shadowRoot;
          const inShadow = shadow ? shadow.querySelectorAll('img, script, svg, iframe, object, embed').length : 0;
          return { page: document.querySelectorAll('img, script, svg, iframe, object, embed').length, shadow: inShadow };
        });
      const before = await count();
      const email = post.match(/\w+@example\.org/)[0];
      await page.locator(BOXES.xHome.selector).click();
      await page.keyboard.type(post);
      await waitForEditorText(page, BOXES.xHome.selector, post);
      await waitForUnderlines(page, [email]);

      // The card, opened by hovering the finding.
      const at = await underlineCenter(page, email);
      await page.mouse.move(at.x, at.y);
      const card = page.locator('ambassadeur-overlay .card');
      await card.waitFor({ state: 'visible' });
      assert.match(await card.innerText(), /e-mail address is personal data/);
      await page.mouse.move(5, 5);
      await card.waitFor({ state: 'hidden' });

      // The counter's list, which quotes the post.
      await page.locator('ambassadeur-overlay .counter').click();
      const list = page.locator('ambassadeur-overlay .list');
      await list.waitFor({ state: 'visible' });
      assert.deepEqual(await list.locator('.quote').allTextContents(), [email]);
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
