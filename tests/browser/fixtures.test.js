// The look-alike sites run the real editor libraries; these tests prove that
// each box works on its own, without the extension, under the real hostnames
// and a strict CSP.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BOXES, editorSelection, editorText, SITE_SELECTORS, screenshot, setup, siteUrl, waitForEditorText } from '../support/browser.js';
import { buildFixtures } from '../support/build-fixtures.js';
import { CSP } from '../support/server.js';
import { openSurface, SURFACES } from '../support/surfaces.js';

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

  test('feed comment box: Shift+Enter breaks the line, Enter sends the comment', async () => {
    const page = await open('www.facebook.com', '/');
    try {
      const [first, second] = TEXT.split('\n');
      await page.locator(BOXES.fbComment.selector).click();
      await page.keyboard.type(first);
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type(second);
      await waitForEditorText(page, BOXES.fbComment.selector, TEXT);
      assert.deepEqual(await editorSelection(page, BOXES.fbComment.selector), { anchor: TEXT.length, focus: TEXT.length }, 'caret at the end of the text');
      assert.equal(await editorText(page, 0), TEXT, 'index 0 is the comment box');
      await page.keyboard.press('Enter');
      await waitForEditorText(page, BOXES.fbComment.selector, '');
      assert.deepEqual(await page.evaluate(() => window.__posts.map(({ box, text }) => ({ box, text }))), [{ box: 'fb-comment', text: TEXT }]);
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
      assert.equal(await page.locator(BOXES.liShare.selector).count(), 0, 'no share box before the click');
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

describe('every surface of tests/support/surfaces.js, without the extension', () => {
  // One line: Enter sends a message in the messaging boxes and X's direct messages.
  const LINE = '🎉🎉 mail me at jan@example.org';
  for (const surface of Object.values(SURFACES)) {
    test(`${surface.id}: typing gives exactly the text, the caret at its end`, async () => {
      const box = await openSurface(env, surface);
      try {
        const initial = surface.initial ?? '';
        await waitForEditorText(box.ctx, box.selector, initial);
        const typed = (initial ? ' ' : '') + LINE;
        await box.page.keyboard.type(typed);
        await waitForEditorText(box.ctx, box.selector, initial + typed);
        const length = (initial + typed).length;
        await box.ctx.waitForFunction(
          ([s, n]) => {
            const sel = window.__selection(s);
            return sel?.anchor === n && sel?.focus === n;
          },
          [box.selector, length],
        );
        assertNoProblems(box.page);
      } finally {
        await box.page.close();
      }
    });
  }
});

describe('the structures the sources describe', () => {
  test("LinkedIn's new layout: the share box and the bubble in #interop-outlet's open shadow root, attached after load", async () => {
    const page = await open('www.linkedin.com', '/new/');
    try {
      const outlet = page.locator('div#interop-outlet[data-testid=interop-shadowdom]');
      assert.equal(await outlet.evaluate((el) => el.shadowRoot), null, 'no shadow root before anything opens');
      await page.locator('[data-fixture=open-share]').click();
      const found = await outlet.evaluate((el) => ({
        inRoot: !!el.shadowRoot?.querySelector('.ql-editor[data-test-ql-editor-contenteditable=true][role=textbox][contenteditable=true]'),
        inDocument: !!document.querySelector('.ql-editor'),
        links: [...(el.shadowRoot?.querySelectorAll('link[rel=stylesheet]') ?? [])].length,
      }));
      assert.deepEqual(found, { inRoot: true, inDocument: false, links: 2 });
      await page.keyboard.press('Escape');
      await page.locator('[data-fixture=open-bubble]').click();
      assert.ok(await outlet.evaluate((el) => !!el.shadowRoot.querySelector('div.msg-form__contenteditable[contenteditable=true][role=textbox] > p')));
      assert.ok(await page.locator('div.tiptap.ProseMirror[role=textbox]').count(), 'the comment box in the page');
      assertNoProblems(page);
    } finally {
      await page.close();
    }
  });

  test('LinkedIn, framed: the share box in a same-origin iframe[data-testid=interop-iframe]; the bubble in about:srcdoc', async () => {
    const page = await open('www.linkedin.com', '/new/framed/');
    try {
      await page.locator('[data-fixture=open-share]').click();
      const frame = page.frameLocator('iframe[data-testid=interop-iframe][title="Create a post"]');
      await frame.locator('.ql-editor[data-test-ql-editor-contenteditable=true][role=textbox]').waitFor();
      assert.equal(await page.locator('.ql-editor').count(), 0, 'not in the page itself');
      const url = await page.locator('iframe[title="Create a post"]').evaluate((f) => f.contentWindow.location.href);
      assert.equal(new URL(url).origin, 'https://www.linkedin.com', 'same origin');
      assertNoProblems(page);
    } finally {
      await page.close();
    }
    const bubble = await open('www.linkedin.com', '/new/framed/');
    try {
      await bubble.locator('[data-fixture=open-bubble]').click();
      const frame = bubble.frameLocator('iframe[title="Messaging"]');
      await frame.locator('div.msg-form__contenteditable[role=textbox]').waitFor();
      const where = await bubble.locator('iframe[title="Messaging"]').evaluate((f) => [f.contentWindow.location.href, f.contentWindow.origin]);
      assert.deepEqual(where, ['about:srcdoc', 'https://www.linkedin.com']);
      assertNoProblems(bubble);
    } finally {
      await bubble.close();
    }
  });

  test('LinkedIn messaging and articles; X direct messages; Facebook comments', async () => {
    const messaging = await open('www.linkedin.com', '/messaging/thread/1/');
    try {
      assert.equal(await messaging.locator('div.msg-form__contenteditable[contenteditable=true][role=textbox][aria-multiline=true] > p').count(), 1);
    } finally {
      await messaging.close();
    }
    const article = await open('www.linkedin.com', '/article/new/');
    try {
      assert.equal(await article.locator('textarea.article-editor-headline__textarea').count(), 1, 'the title is a textarea');
      assert.equal(await article.locator('div.ProseMirror[role=textbox]').count(), 1, 'the body is ProseMirror');
    } finally {
      await article.close();
    }
    const dm = await open('x.com', '/messages/1');
    try {
      assert.equal(await dm.locator('textarea[data-testid=dm-composer-textarea]').count(), 1);
    } finally {
      await dm.close();
    }
    const fb = await open('www.facebook.com', '/');
    try {
      const comment = fb.locator('[data-lexical-editor=true][aria-label="Write a comment…"]');
      assert.equal(await comment.count(), 1);
      assert.equal(await comment.evaluate((el) => !!el.closest('[role=dialog]')), false, 'in the feed, not in a dialog');
    } finally {
      await fb.close();
    }
  });
});
