// Hostile conditions a user can create without meaning to: a 1 MB paste into X's
// compose box, and settings in storage that are missing, corrupted or from an old
// version. The tab stays responsive, only the first MAX_CHECKED characters are
// checked (and the counter says so), and bad settings fall back to the defaults.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MAX_TEXT } from '../../extension/shared/protocol.js';
import { post } from '../bench/posts.js';
import { BOXES, extensionUrl, setup, waitForEditorText } from '../support/browser.js';
import { buildFixtures } from '../support/build-fixtures.js';
import { assertBuilt, DIST, frames, underlines, waitForUnderlines } from '../support/extension.js';
import { overlay } from '../support/overlay.js';

/** The content script checks this many UTF-16 code units; the background refuses longer texts. */
const MAX_CHECKED = MAX_TEXT;

/**
 * About 1 MB: 60,000 characters of the benchmark prose (its findings do not include
 * "p.laat@example.org"), then lines that each hold that address, on to the end. Findings
 * of the address before MAX_CHECKED must be underlined, those after it must not.
 */
function hugeText() {
  const head = post(60_000);
  const line = 'Tot slot nog een vraag over de planning: mail p.laat@example.org en dan hoor je het 🎉';
  let text = head;
  while (text.length < 1_000_000) text += `\n${line}`;
  return text;
}

function occurrencesWithin(text, needle, limit) {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && at + needle.length <= limit; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

/** Pastes `text` into the focused element as the browser would (a trusted paste is not scriptable). */
function paste(page, selector, text) {
  return page.evaluate(
    ([sel, value]) => {
      const target = document.querySelector(sel);
      target.focus();
      const data = new DataTransfer();
      data.setData('text/plain', value);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      // Firefox gives the event a DataTransfer of its own, empty: the text goes on that one too.
      if (event.clipboardData.getData('text/plain') !== value) event.clipboardData.setData('text/plain', value);
      target.dispatchEvent(event);
    },
    [selector, text],
  );
}

function counterLabel(page) {
  return overlay(page, '.counter').getAttribute('aria-label');
}

let env;

before(async () => {
  assertBuilt();
  await buildFixtures();
  env = await setup({ dist: DIST });
});

after(async () => {
  await env?.close();
});

describe('a 1 MB paste into the x.com box', () => {
  const text = hugeText();
  let page;

  before(async () => {
    page = await env.open('x.com', '/home');
    await page.locator(BOXES.xHome.selector).click();
    await paste(page, BOXES.xHome.selector, text);
  });

  after(async () => {
    await page?.close();
  });

  test('the editor holds all of the text', async () => {
    await waitForEditorText(page, BOXES.xHome.selector, text, { timeout: 30_000 });
  });

  test('underlines appear for findings in the first MAX_CHECKED characters, and none beyond', async () => {
    const inHead = occurrencesWithin(text, 'p.laat@example.org', MAX_CHECKED);
    const inAll = occurrencesWithin(text, 'p.laat@example.org', text.length);
    assert.ok(inHead > 0 && inAll > inHead * 10, 'the text has the address before and (far more often) after the limit');
    await page.waitForFunction(
      (want) => {
        let n = 0;
        for (const [name, highlight] of CSS.highlights)
          if (name.startsWith('ambassadeur-')) for (const r of highlight) if (r.toString() === 'p.laat@example.org') n++;
        return n === want;
      },
      inHead,
      { timeout: 30_000 },
    );
    const found = await underlines(page);
    assert.equal(found.filter((u) => u.text === 'p.laat@example.org').length, inHead);
    assert.ok(
      found.some((u) => u.text === 'j.de.vries@example.org'),
      'findings of the prose at the start are underlined',
    );
    assert.deepEqual(page.__problems, [], 'no page errors');
  });

  test('the counter says that only the start is checked', async () => {
    await overlay(page, '.counter').waitFor({ state: 'attached', timeout: 30_000 });
    const label = await counterLabel(page);
    assert.match(label, new RegExp(`Only the first ${MAX_CHECKED.toLocaleString('en-US')} characters are checked`), label);
  });

  test('the tab stays responsive: a round trip answers and typing lands in the editor', async () => {
    const t0 = Date.now();
    assert.equal(await page.evaluate(() => 1 + 1), 2);
    const roundTrip = Date.now() - t0;
    assert.ok(roundTrip < 10_000, `page.evaluate round trip took ${roundTrip} ms`);
    // Type at the very start: findings there are checked, so the typed finding gets underlined.
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Bel 06-12345678 ');
    await waitForEditorText(page, BOXES.xHome.selector, `Bel 06-12345678 ${text}`, { timeout: 30_000 });
    await page.waitForFunction(() => [...(CSS.highlights.get('ambassadeur-error') ?? [])].some((r) => r.toString() === '06-12345678'), null, {
      timeout: 30_000,
    });
    assert.deepEqual(page.__problems, [], 'no page errors');
  });
});

describe('settings in storage that are missing, corrupted or old', () => {
  const POST = 'Mail me at jan@example.org, wat een kutweer';
  const EXPECTED = ['jan@example.org', 'kutweer'];
  const CASES = [
    ['missing', null],
    ['garbage types', { sites: 'garbage', disabledRules: 5 }],
    ['arrays and nulls', { sites: [true, false], disabledRules: [null, 7, { id: 'profanity' }] }],
    ['an old format (a list of sites, a map of rules)', { sites: ['x.com'], disabledRules: { profanity: false }, enabled: true, version: 0 }],
    ['wrong value types per site', { sites: { x: 'yes', facebook: 0, linkedin: null }, disabledRules: 'profanity' }],
  ];

  for (const [name, stored] of CASES) {
    test(`${name}: the page still checks with the defaults, without errors`, async () => {
      await env.serviceWorker.evaluate(async (value) => {
        await chrome.storage.sync.clear();
        if (value) await chrome.storage.sync.set(value);
      }, stored);
      const page = await env.open('x.com', '/home');
      try {
        await page.locator(BOXES.xHome.selector).click();
        await page.keyboard.type(POST);
        await waitForEditorText(page, BOXES.xHome.selector, POST);
        await waitForUnderlines(page, EXPECTED);
        await frames(page, 3);
        assert.deepEqual(page.__problems, [], 'no page errors');
      } finally {
        await page.close();
      }
    });
  }

  test('the options page opens on corrupted settings and shows the defaults', async () => {
    await env.serviceWorker.evaluate(() => chrome.storage.sync.set({ sites: 'garbage', disabledRules: 5 }));
    const options = await env.context.newPage();
    const problems = [];
    options.on('pageerror', (e) => problems.push(e.message));
    try {
      await options.goto(extensionUrl(env.extensionId, 'options/options.html'));
      const xSwitch = options.locator('#site-x');
      await xSwitch.waitFor();
      assert.equal(await xSwitch.isChecked(), true);
      assert.deepEqual(problems, []);
    } finally {
      await options.close();
      await env.serviceWorker.evaluate(() => chrome.storage.sync.clear());
    }
  });
});
