// The look-alike sites run the real editor libraries; these tests prove that
// each box works on its own, without the extension, under the real hostnames
// and a strict CSP.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BOXES, editorSelection, editorText, SITE_SELECTORS, screenshot, setup, siteUrl, waitForEditorText } from '../support/browser.js';
import { buildFixtures } from '../support/build-fixtures.js';
import { CSP } from '../support/server.js';

const TEXT = '🎉🎉 mail me at jan@example.org\nSecond line';

let env;

before(async () => {
  await buildFixtures();
  env = await setup();
});

after(async () => {
  await env?.close();
});

async function open(host, path) {
  return env.open(host, path);
}

// Clicks into the box, types TEXT and checks the editor's own state.
async function typeAndCheck(page, box) {
  const loc = page.locator(box.selector);
  await loc.click();
  await page.keyboard.type(TEXT);
  await waitForEditorText(page, box.selector, TEXT);
  const sel = await editorSelection(page, box.selector);
  assert.deepEqual(sel, { anchor: TEXT.length, focus: TEXT.length }, 'caret at the end of the text');
}

function assertNoProblems(page) {
  assert.deepEqual(page.__problems, [], 'no page errors or CSP violations');
}

describe('x.com (Draft.js)', () => {
  test('serves the page with the strict CSP under x.com and twitter.com', async () => {
    const page = await env.context.newPage();
    try {
      for (const host of ['x.com', 'twitter.com']) {
        const res = await page.goto(siteUrl(host, '/home'));
        assert.equal(res.status(), 200);
        assert.equal(res.headers()['content-security-policy'], CSP);
      }
    } finally {
      await page.close();
    }
  });

  test('home box: typing gives exactly the text', async () => {
    const page = await open('x.com', '/home');
    try {
      const box = page.locator(BOXES.xHome.selector);
      await box.waitFor();
      assert.equal(await box.getAttribute('data-testid'), 'tweetTextarea_0');
      assert.ok(await box.evaluate((el, s) => el.matches(s), SITE_SELECTORS.draft), 'matches the X selector');
      assert.equal(await box.getAttribute('contenteditable'), 'true');
      // the box sits in a scrolling container
      const scrolls = await page.locator('[data-fixture=scroller]').evaluate((el) => el.scrollHeight > el.clientHeight);
      assert.ok(scrolls, 'timeline column scrolls');
      await typeAndCheck(page, BOXES.xHome);
      assert.equal(await editorText(page, 0), TEXT, 'index 0 is the home box');
      await screenshot(page, 'fixture-x');
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });

  test('Post button opens a dialog with a box mounted late', async () => {
    const page = await open('x.com', '/home');
    try {
      assert.equal(await page.locator(SITE_SELECTORS.draft).count(), 1);
      await page.getByTestId('SideNav_NewTweet_Button').click();
      await page.waitForURL('**/compose/post');
      const box = page.locator(BOXES.xDialog.selector);
      await box.waitFor();
      assert.equal(await page.locator(SITE_SELECTORS.draft).count(), 2);
      await typeAndCheck(page, BOXES.xDialog);
      assert.equal(await editorText(page, BOXES.xHome.selector), '', 'home box untouched');
      // "Add post" adds tweetTextarea_1
      await page.getByTestId('addButton').click();
      await page.locator('[role=dialog] [data-testid=tweetTextarea_1]').waitFor();
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });

  test('thread route has boxes tweetTextarea_0, _1, _2', async () => {
    const page = await open('x.com', '/compose/thread');
    try {
      const ids = page.locator(`[role=dialog] ${SITE_SELECTORS.draft}`);
      await page.locator(BOXES.xThread2.selector).waitFor();
      assert.deepEqual(await ids.evaluateAll((els) => els.map((e) => e.dataset.testid)), ['tweetTextarea_0', 'tweetTextarea_1', 'tweetTextarea_2']);
      await typeAndCheck(page, BOXES.xThread1);
      assert.equal(await editorText(page, BOXES.xThread0.selector), '');
      assert.equal(await editorText(page, BOXES.xThread2.selector), '');
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });

  test('history.pushState route renders a new box, and reloads fine', async () => {
    const page = await open('x.com', '/home');
    try {
      await page.locator(BOXES.xHome.selector).waitFor();
      await page.locator('[data-fixture=status-link]').click();
      await page.waitForURL('**/ambassadeur/status/1');
      await page.locator(BOXES.xReply.selector).waitFor();
      assert.equal(await page.locator(BOXES.xHome.selector).count(), 0);
      await typeAndCheck(page, BOXES.xReply);
      await page.reload();
      await page.locator(BOXES.xReply.selector).waitFor();
      assert.equal(await editorText(page, BOXES.xReply.selector), '');
      await page.goBack();
      await page.locator(BOXES.xHome.selector).waitFor();
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });
});

describe('www.facebook.com (Lexical)', () => {
  test('composer dialog mounts a Lexical box on click', async () => {
    const page = await open('www.facebook.com', '/');
    try {
      assert.equal(await page.locator(BOXES.fbComposer.selector).count(), 0, 'not mounted before the click');
      await page.locator('[data-fixture=open-composer]').click();
      const box = page.locator(BOXES.fbComposer.selector);
      await box.waitFor();
      assert.ok(await box.evaluate((el, s) => el.matches(s), SITE_SELECTORS.lexical));
      await typeAndCheck(page, BOXES.fbComposer);
      // Lexical renders <p> with span[data-lexical-text]
      assert.equal(await box.locator('p').count(), 2);
      assert.ok((await box.locator('p span[data-lexical-text=true]').count()) >= 2);
      await screenshot(page, 'fixture-facebook');
      // undo works (@lexical/history)
      await page.keyboard.press('Control+z');
      await page.waitForFunction((s) => window.__editorText(s) !== '🎉🎉 mail me at jan@example.org\nSecond line', BOXES.fbComposer.selector);
      await page.getByRole('button', { name: 'Close' }).click();
      await box.waitFor({ state: 'detached' });
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });

  test('feed comment box', async () => {
    const page = await open('www.facebook.com', '/');
    try {
      await page.locator(BOXES.fbComment.selector).waitFor();
      await typeAndCheck(page, BOXES.fbComment);
      assert.equal(await editorText(page, 0), TEXT, 'index 0 is the comment box');
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });
});

describe('www.linkedin.com (Quill 2, TipTap 3)', () => {
  test('share dialog mounts a Quill box on click', async () => {
    const page = await open('www.linkedin.com', '/feed/');
    try {
      assert.equal(await page.locator(SITE_SELECTORS.quill).count(), 0);
      await page.locator('[data-fixture=open-share]').click();
      const box = page.locator(BOXES.liShare.selector);
      await box.waitFor();
      assert.ok(await box.evaluate((el, s) => el.matches(s), SITE_SELECTORS.quill));
      await typeAndCheck(page, BOXES.liShare);
      await screenshot(page, 'fixture-linkedin-share');
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });

  test('feed comment box is TipTap and links the e-mail address', async () => {
    const page = await open('www.linkedin.com', '/feed/');
    try {
      const box = page.locator(BOXES.liComment.selector);
      await box.waitFor();
      assert.ok(await box.evaluate((el, s) => el.matches(s), SITE_SELECTORS.tiptap));
      await typeAndCheck(page, BOXES.liComment);
      await box.locator('a[href="mailto:jan@example.org"]').waitFor();
      await screenshot(page, 'fixture-linkedin');
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });
});
