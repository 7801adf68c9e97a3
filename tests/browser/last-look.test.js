// A last look before posting (tip 4: think before you post), on every site's send:
// X's post, reply and direct message, Facebook's post and comment, LinkedIn's post,
// comment and message. A post that still holds an error is held at its first attempt
// and a dialog lists what it holds; "Post anyway" posts exactly the text, "Review" opens
// the first finding's card; warnings and hints never hold a post, nor does anything
// when the setting is off. What a site received is read from the page's own record of
// its posts (window.__posts in the fixtures), never from the extension.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { screenshot, setup, waitForEditorText } from '../support/browser.js';
import { buildFixtures } from '../support/build-fixtures.js';
import { assertBuilt, cardLocator, DIST, openExtensionPage, percentile, waitForUnderlines } from '../support/extension.js';
import { evaluateOverlay, overlay, overlayFocus, waitForOverlay } from '../support/overlay.js';
import { EDITOR_BOXES, openSurface, SURFACES } from '../support/surfaces.js';

/** Two errors; the post ends with the second, so its underline means the whole text was checked. */
const ERRORS = 'Vragen? Mail jan@example.org of bel 06-12345678';
const ERROR_QUOTES = ['jan@example.org', '06-12345678'];
/** A hint (capitals) and a warning (a curse), the warning last. */
const WARNINGS = 'DIT IS ECHT SCHANDALIG, wat een kutweer';
const WARNING_QUOTES = ['DIT IS ECHT SCHANDALIG', 'kutweer'];
const CLEAN = 'Morgen open dag in het Academiegebouw';

/**
 * Every send a user makes on the three sites, as the fixtures have them: the box, its
 * send button (a selector in the page; Playwright's reach open shadow roots) and, where
 * the site sends from the keyboard, the key.
 * @type {(import('../support/surfaces.js').Surface & { button: string, key?: string })[]}
 */
const SENDS = [
  { ...EDITOR_BOXES.xHome, button: '[data-testid=tweetButtonInline]', key: 'Control+Enter' },
  {
    id: 'x-reply',
    title: 'X reply: Draft.js on a post’s page',
    host: 'x.com',
    path: '/ambassadeur/status/1',
    fixture: 'x-reply',
    editor: 'draft',
    button: '[data-testid=tweetButtonInline]',
  },
  { ...SURFACES.xDm, button: '[data-testid=dm-composer-send-button]', key: 'Enter' },
  { ...EDITOR_BOXES.fbComposer, button: '[role=button][aria-label=Post]' },
  { ...SURFACES.fbComment, button: '[role=button][aria-label=Comment]', key: 'Enter' },
  { ...SURFACES.liNewShare, button: '.share-actions__primary-action' },
  { ...EDITOR_BOXES.liShare, button: '.share-actions__primary-action' },
  { ...EDITOR_BOXES.liComment, button: '.comments-comment-box__submit-button' },
  { ...SURFACES.liMessaging, button: '.msg-form__send-button', key: 'Enter' },
];

let env;
/** What the timings tests measured, printed at the end. */
const timings = [];
/** Click to post with the last look switched off, for comparison. */
const offTimings = [];

before(async () => {
  assertBuilt();
  await buildFixtures();
  env = await setup({ dist: DIST });
});

after(async () => {
  await env?.close();
});

/**
 * Runs fn with the send's box open in a fresh tab; the tab is closed whatever happens.
 * @param {(typeof SENDS)[number]} send
 * @param {(box: import('../support/surfaces.js').OpenBox) => Promise<void>} fn
 */
async function withBox(send, fn) {
  const box = await openSurface(env, send);
  try {
    // When each attempt reached the page (the page's own listener runs after the extension's).
    await box.page.evaluate(() => {
      for (const type of ['click', 'keydown']) {
        window.addEventListener(
          type,
          (event) => {
            window.__attemptAt = event.timeStamp;
          },
          { capture: true },
        );
      }
    });
    await fn(box);
    assert.deepEqual(box.page.__problems, [], 'no page errors or CSP violations');
  } finally {
    await box.page.close();
  }
}

/** Types `text` into the open box and waits until the underlines of the whole text are `quotes`. */
async function write(box, text, quotes) {
  await box.page.keyboard.type(text);
  await waitForEditorText(box.ctx, box.selector, text);
  if (quotes.length) await waitForUnderlines(box.ctx, quotes);
}

/** What the site received so far: [{ box, text }]. */
const posts = (box) => box.ctx.evaluate(() => window.__posts.map(({ box, text }) => ({ box, text })));

/** Waits until the site received `n` posts; returns them. */
async function waitForPosts(box, n) {
  await box.ctx.waitForFunction((count) => window.__posts.length >= count, n, { timeout: 5_000 });
  return posts(box);
}

const dialog = (box) => overlay(box.ctx, '.last-look');

/** Clicks the send button and waits for the last look's dialog. */
async function clickSendAndHold(box, send) {
  await box.page.locator(send.button).click();
  await dialog(box).waitFor({ state: 'visible' });
}

/** The dialog as a screen reader meets it: its role, its name, its description, where the focus is. */
function dialogForScreenReaders(box) {
  return evaluateOverlay(box.ctx, (root) => {
    const node = root?.querySelector('.last-look');
    if (!node) return null;
    const text = (ids) =>
      (ids ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => root.getElementById(id)?.textContent ?? `<no #${id}>`)
        .join(' ');
    return {
      role: node.getAttribute('role'),
      label: text(node.getAttribute('aria-labelledby')),
      description: text(node.getAttribute('aria-describedby')),
      focused: root.activeElement?.textContent ?? null,
    };
  });
}

/** The text of the focused button in the overlay. */
async function focusedLabel(box) {
  return (await overlayFocus(box.ctx)).label;
}

for (const send of SENDS) {
  describe(`${send.id}: ${send.title}`, () => {
    test('a post with errors is held and the dialog lists them; Post anyway posts exactly the text', async () => {
      await withBox(send, async (box) => {
        await write(box, ERRORS, ERROR_QUOTES);
        await clickSendAndHold(box, send);
        assert.deepEqual(await posts(box), [], 'the site received nothing yet');
        await waitForEditorText(box.ctx, box.selector, ERRORS);
        const shown = await dialogForScreenReaders(box);
        assert.equal(shown.role, 'alertdialog');
        assert.match(shown.label, /Think before you post/);
        assert.match(shown.description, /This post still contains:.*Personal data “jan@example\.org” · Personal data “06-12345678”/);
        assert.equal(shown.focused, 'Review', 'the focus is on Review');
        await screenshot(box.page, `last-look-${send.id}`);
        await dialog(box).locator('.post-anyway').click();
        assert.deepEqual(await waitForPosts(box, 1), [{ box: send.fixture, text: ERRORS }]);
        await dialog(box).waitFor({ state: 'hidden' });
      });
    });

    test('Review closes the dialog and opens the first finding’s card, with the focus', async () => {
      await withBox(send, async (box) => {
        await write(box, ERRORS, ERROR_QUOTES);
        await clickSendAndHold(box, send);
        await dialog(box).locator('.review').click();
        await dialog(box).waitFor({ state: 'hidden' });
        const card = cardLocator(box.ctx);
        await card.waitFor({ state: 'visible' });
        assert.match(await card.innerText(), /e-mail address is personal data/);
        await waitForOverlay(box.ctx, (root) => root?.activeElement === root?.querySelector('.card button'), undefined, {
          message: 'the focus is not on the card',
        });
        assert.deepEqual(await posts(box), [], 'nothing was posted');
      });
    });

    test('keyboard only: Tab stays in the dialog, Escape is Review, Enter on Post anyway posts', async () => {
      await withBox(send, async (box) => {
        await write(box, ERRORS, ERROR_QUOTES);
        const { page } = box;
        // The send from the keyboard: the site's key where it has one, else Enter on the focused button.
        const sendFromKeyboard = async () => {
          if (send.key) {
            await page.keyboard.press(send.key);
          } else {
            await page.locator(send.button).focus();
            await page.keyboard.press('Enter');
          }
          await dialog(box).waitFor({ state: 'visible' });
        };
        await sendFromKeyboard();
        assert.equal(await focusedLabel(box), 'Review');
        await page.keyboard.press('Tab');
        assert.equal(await focusedLabel(box), 'Post anyway');
        await page.keyboard.press('Tab');
        assert.equal(await focusedLabel(box), 'Review', 'Tab goes round within the dialog');
        await page.keyboard.press('Shift+Tab');
        assert.equal(await focusedLabel(box), 'Post anyway');
        await page.keyboard.press('Escape');
        await dialog(box).waitFor({ state: 'hidden' });
        const card = cardLocator(box.ctx);
        await card.waitFor({ state: 'visible' });
        assert.equal((await overlayFocus(box.ctx)).onFirstButton, true, 'Escape went to the first finding’s card');
        await page.keyboard.press('Escape');
        await card.waitFor({ state: 'hidden' });
        assert.ok(await box.hasFocus(), 'the focus is back in the box');
        assert.deepEqual(await posts(box), [], 'nothing was posted');
        await waitForEditorText(box.ctx, box.selector, ERRORS);
        await sendFromKeyboard();
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        assert.deepEqual(await waitForPosts(box, 1), [{ box: send.fixture, text: ERRORS }]);
      });
    });

    test('warnings and hints never hold a post', async () => {
      await withBox(send, async (box) => {
        await write(box, WARNINGS, WARNING_QUOTES);
        await box.page.locator(send.button).click();
        assert.deepEqual(await waitForPosts(box, 1), [{ box: send.fixture, text: WARNINGS }]);
        assert.equal(await dialog(box).isVisible(), false);
      });
    });

    test('a post without findings goes at once (the delay is measured)', async (t) => {
      await withBox(send, async (box) => {
        await box.ctx.evaluate(() => performance.clearMeasures('ambassadeur:input-to-underline'));
        await write(box, CLEAN, []);
        // Wait for the check of the whole text, so that the extension knows it is clean.
        await box.ctx.waitForFunction(() => performance.getEntriesByName('ambassadeur:input-to-underline').length > 0);
        await box.page.locator(send.button).click();
        assert.deepEqual(await waitForPosts(box, 1), [{ box: send.fixture, text: CLEAN }]);
        assert.equal(await dialog(box).isVisible(), false);
        const measured = await box.ctx.evaluate(() => ({
          handler: performance.getEntriesByName('ambassadeur:last-look').map((e) => e.duration),
          // From the click's event to the site's post: the site's own handling included.
          toPost: window.__posts[0].at - window.__attemptAt,
        }));
        assert.equal(measured.handler.length, 1, 'the extension looked at the attempt once');
        timings.push({ surface: send.id, handler: measured.handler[0], toPost: measured.toPost });
        t.diagnostic(
          `${send.id}: the last look took ${measured.handler[0].toFixed(2)} ms of the click on Post (click to post: ${measured.toPost.toFixed(2)} ms)`,
        );
      });
    });
  });
}

describe('which post is held', () => {
  const [xHome] = SENDS;

  test('Post anyway lets this post go; the next post is held again, even with the same text', async () => {
    await withBox(xHome, async (box) => {
      await write(box, ERRORS, ERROR_QUOTES);
      await clickSendAndHold(box, xHome);
      await dialog(box).locator('.post-anyway').click();
      await waitForPosts(box, 1);
      await waitForEditorText(box.ctx, box.selector, '');
      await waitForUnderlines(box.ctx, []);
      await box.textbox.click(); // the focus stayed on the Post button
      await write(box, ERRORS, ERROR_QUOTES);
      await clickSendAndHold(box, xHome);
      assert.equal((await posts(box)).length, 1, 'the second post waits');
    });
  });

  test('editing the post closes the dialog; the next send is looked at again', async () => {
    await withBox(xHome, async (box) => {
      await write(box, ERRORS, ERROR_QUOTES);
      await clickSendAndHold(box, xHome);
      await box.textbox.click();
      await box.page.keyboard.press('Control+End'); // the end of the post, not of its first line
      await box.page.keyboard.press('Backspace');
      await dialog(box).waitFor({ state: 'hidden' });
      await waitForEditorText(box.ctx, box.selector, ERRORS.slice(0, -1));
      assert.deepEqual(await posts(box), []);
    });
  });

  test('a page that pulls the focus back into its own box does not close the dialog: Post anyway still posts', async () => {
    await withBox(xHome, async (box) => {
      // A focus trap, as modal dialogs of some sites have: focus outside the box is sent back to it.
      await box.page.evaluate((selector) => {
        const textbox = document.querySelector(selector);
        document.addEventListener('focusin', (event) => {
          if (event.target !== textbox && !event.target.closest?.('[data-testid=tweetButtonInline]')) textbox.focus();
        });
      }, `${box.selector} [role=textbox]`);
      await write(box, ERRORS, ERROR_QUOTES);
      await clickSendAndHold(box, xHome);
      await box.page.waitForFunction((selector) => document.activeElement === document.querySelector(selector), `${box.selector} [role=textbox]`);
      assert.equal(await dialog(box).isVisible(), true, 'the dialog stays');
      await dialog(box).locator('.post-anyway').click();
      assert.deepEqual(await waitForPosts(box, 1), [{ box: 'x-home', text: ERRORS }]);
    });
  });

  test('a thread is held when any of its posts has an error, and Post anyway sends all of it', async () => {
    const page = await env.open('x.com', '/compose/thread');
    try {
      const boxes = ['x-dialog-0', 'x-dialog-1', 'x-dialog-2'];
      const texts = [CLEAN, ERRORS, WARNINGS];
      for (const [i, id] of boxes.entries()) {
        await page.locator(`[data-fixture-box="${id}"] [role=textbox]`).click();
        await page.keyboard.type(texts[i]);
        await waitForEditorText(page, `[data-fixture-box="${id}"]`, texts[i]);
      }
      await waitForUnderlines(page, [...ERROR_QUOTES, ...WARNING_QUOTES]);
      await page.locator('[data-testid=tweetButton]').click();
      const held = overlay(page, '.last-look');
      await held.waitFor({ state: 'visible' });
      assert.match(await held.innerText(), /Personal data “jan@example\.org” · Personal data “06-12345678”/);
      assert.deepEqual(await page.evaluate(() => window.__posts.length), 0);
      await held.locator('.post-anyway').click();
      await page.waitForFunction(() => window.__posts.length === 3);
      assert.deepEqual(
        await page.evaluate(() => window.__posts.map(({ box, text }) => ({ box, text }))),
        boxes.map((box, i) => ({ box, text: texts[i] })),
      );
      assert.deepEqual(page.__problems, []);
    } finally {
      await page.close();
    }
  });
});

describe('in doubt, the post goes: a core that cannot start', () => {
  let broken;
  let dist;

  before(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'ambassadeur-broken-'));
    fs.cpSync(DIST, dist, { recursive: true });
    const wasm = path.join(dist, 'wasm', 'ambassadeur_bg.wasm');
    const corrupt = fs.readFileSync(wasm);
    corrupt.fill(0xff, 8, 4096); // a valid header, then garbage: compiling fails
    fs.writeFileSync(wasm, corrupt);
    broken = await setup({ dist });
  });

  after(async () => {
    try {
      await broken?.close();
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });

  test('a post that could not be checked is not held', async () => {
    const [xHome] = SENDS;
    const box = await openSurface(broken, xHome);
    try {
      await box.page.keyboard.type(ERRORS);
      await waitForEditorText(box.ctx, box.selector, ERRORS);
      await overlay(box.ctx, '.counter.failed').waitFor({ state: 'visible' });
      await box.page.locator(xHome.button).click();
      await box.ctx.waitForFunction(() => window.__posts.length === 1);
      assert.deepEqual(await posts(box), [{ box: 'x-home', text: ERRORS }]);
      assert.equal(await dialog(box).isVisible(), false);
    } finally {
      await box.page.close();
    }
  });
});

describe('the setting', () => {
  /** @param {boolean} on */
  async function setLastLook(on) {
    const options = await openExtensionPage(env.context, env.extensionId, 'options/options.html');
    try {
      const toggle = options.locator('#last-look-enabled');
      await toggle.waitFor();
      if ((await toggle.isChecked()) !== on) await toggle.click();
      await options.waitForFunction((want) => new Promise((resolve) => chrome.storage.sync.get('lastLook', (items) => resolve(items.lastLook === want))), on);
    } finally {
      await options.close();
    }
  }

  test('the options page has the switch, on by default', async () => {
    const options = await openExtensionPage(env.context, env.extensionId, 'options/options.html');
    try {
      const toggle = options.locator('#last-look-enabled');
      await toggle.waitFor();
      assert.equal(await toggle.isChecked(), true);
      assert.match(await options.locator('label', { has: toggle }).innerText(), /A last look before posting/);
    } finally {
      await options.close();
    }
  });

  test('switched off, no post is ever held', async (t) => {
    await setLastLook(false);
    try {
      for (const send of SENDS) {
        await withBox(send, async (box) => {
          await write(box, ERRORS, ERROR_QUOTES);
          await box.page.locator(send.button).click();
          assert.deepEqual(await waitForPosts(box, 1), [{ box: send.fixture, text: ERRORS }], send.id);
          assert.equal(await dialog(box).isVisible(), false, send.id);
          offTimings.push(await box.ctx.evaluate(() => window.__posts[0].at - window.__attemptAt));
        });
      }
      t.diagnostic(`not held on ${SENDS.length} sends`);
    } finally {
      await setLastLook(true);
    }
  });
});

after(() => {
  if (!timings.length) return;
  const handler = timings.map((x) => x.handler);
  const toPost = timings.map((x) => x.toPost);
  // performance.now() is coarsened to 0.1 ms in a page that is not cross-origin isolated.
  console.log(
    `last look on a post without findings, ${timings.length} sends: its handler p50 ${percentile(handler, 50).toFixed(2)} ms, max ${Math.max(...handler).toFixed(2)} ms; ` +
      `click to post (the site's handling included) p50 ${percentile(toPost, 50).toFixed(2)} ms, max ${Math.max(...toPost).toFixed(2)} ms ` +
      `(${timings.map((x) => `${x.surface} ${x.handler.toFixed(1)}/${x.toPost.toFixed(1)}`).join(', ')})` +
      (offTimings.length
        ? `; click to post with the last look off: p50 ${percentile(offTimings, 50).toFixed(2)} ms, max ${Math.max(...offTimings).toFixed(2)} ms`
        : ''),
  );
});
