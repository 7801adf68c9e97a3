// The walking skeleton, as a user meets it on x.com: type a post into X's real
// Draft.js box, see the e-mail address underlined, hover it for the tip, switch
// the site off and on, and read the ten tips in the popup.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BOXES, editorText, screenshot, setup, waitForEditorText } from '../support/browser.js';
import { buildFixtures } from '../support/build-fixtures.js';
import { assertBuilt, DIST, frames, openExtensionPage, underlineCenter, underlines, waitForUnderlines } from '../support/extension.js';
import { overlay } from '../support/overlay.js';

const POST = '🎉🎉 mail me at jan@example.org';

let env;
let page;

before(async () => {
  assertBuilt();
  await buildFixtures();
  env = await setup({ dist: DIST });
  page = await env.open('x.com', '/home');
  await page.locator(BOXES.xHome.selector).click();
  await page.keyboard.type(POST);
});

after(async () => {
  await env?.close();
});

describe('x.com compose box', () => {
  test('typing a post underlines exactly the e-mail address', async () => {
    await waitForUnderlines(page, ['jan@example.org']);
    assert.deepEqual(await underlines(page), [{ severity: 'error', text: 'jan@example.org' }]);
  });

  test('the editor holds exactly what was typed', async () => {
    await waitForEditorText(page, BOXES.xHome.selector, POST);
    assert.deepEqual(page.__problems, [], 'no page errors or CSP violations');
  });

  test('hovering the underline shows the message and the tip', async () => {
    await waitForUnderlines(page, ['jan@example.org']);
    const at = await underlineCenter(page, 'jan@example.org');
    await page.mouse.move(at.x, at.y);
    const card = overlay(page, '.card');
    await card.waitFor({ state: 'visible' });
    const text = await card.innerText();
    assert.match(text, /Tip 7/);
    assert.match(text, /Be aware of liability/);
    assert.match(text, /e-mail address is personal data/);
    await screenshot(page, 'x-underlined-card');
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden' });
  });

  test('switching X off in the options removes the underlines; on brings them back', async () => {
    await waitForUnderlines(page, ['jan@example.org']);
    const options = await openExtensionPage(env.context, env.extensionId, 'options/options.html');
    const xSwitch = options.locator('#site-x');
    await xSwitch.waitFor();
    assert.equal(await xSwitch.isChecked(), true);

    await xSwitch.uncheck();
    await waitForUnderlines(page, []);

    await page.locator(BOXES.xHome.selector).click();
    await page.keyboard.press('Control+End'); // the end of the post, not of its first line
    await page.keyboard.type(' or piet@example.org');
    const typed = `${POST} or piet@example.org`;
    await waitForEditorText(page, BOXES.xHome.selector, typed);
    await frames(page, 5);
    assert.deepEqual(await underlines(page), [], 'no underline while X is off');

    await xSwitch.check();
    await waitForUnderlines(page, ['jan@example.org', 'piet@example.org']);
    assert.equal(await editorText(page, BOXES.xHome.selector), typed, 'switching never touches the text');

    // A switch flipped elsewhere shows in the open options page without a reload.
    await env.serviceWorker.evaluate(() => chrome.storage.sync.set({ disabledRules: ['profanity'] }));
    await options.waitForFunction(() => !document.getElementById('rule-profanity').checked);
    await env.serviceWorker.evaluate(() => chrome.storage.sync.set({ disabledRules: [] }));
    await options.waitForFunction(() => document.getElementById('rule-profanity').checked);
    await options.close();
  });

  test('the counter and the toolbar icon show how many findings the post has', async () => {
    await waitForUnderlines(page, ['jan@example.org', 'piet@example.org']);
    const counter = overlay(page, '.counter');
    await counter.waitFor({ state: 'visible' });
    assert.match(await counter.getAttribute('aria-label'), /2 findings in this post/);
    assert.equal(await overlay(page, '[role=status]').textContent(), '2 findings in this post');
    // The badge of the x.com tab reads 2 (polled inside the worker until it does).
    await env.serviceWorker.evaluate(
      () =>
        new Promise((resolve) => {
          const poll = async () => {
            const texts = await Promise.all((await chrome.tabs.query({})).map((tab) => chrome.action.getBadgeText({ tabId: tab.id })));
            if (texts.includes('2')) resolve();
            else setTimeout(poll, 20);
          };
          poll();
        }),
    );
    await counter.click();
    const items = overlay(page, '.list li');
    await items.nth(1).waitFor();
    assert.deepEqual(await items.locator('.quote').allTextContents(), ['jan@example.org', 'piet@example.org']);
    await page.keyboard.press('Escape');
    await items.first().waitFor({ state: 'hidden' });
  });

  test('the popup lists the ten tips', async () => {
    const popup = await openExtensionPage(env.context, env.extensionId, 'popup/popup.html');
    await popup.locator('#tips li').nth(9).waitFor();
    assert.equal(await popup.locator('#tips li').count(), 10);
    assert.match(await popup.locator('#tip-1').innerText(), /Be proud of the university/);
    assert.match(await popup.locator('#tip-7').innerText(), /Respect copyright/);
    await screenshot(popup, 'popup');
    await popup.close();
  });
});
