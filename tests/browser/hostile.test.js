// A hostile page changes nothing. The page's own scripts (page.evaluate runs in the
// page's main world, where they run) dispatch made-up events and try to reach the
// overlay: no card opens, no setting is written, no tab opens, checking goes on.
// The same actions with real input (Playwright's mouse and keyboard) work. A page
// that defines a custom element first cannot break the overlay, a busy background
// gets no backlog of checks, and the background refuses what it cannot check.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MAX_TEXT } from '../../extension/shared/protocol.js';
import { BOXES, setup, waitForEditorText } from '../support/browser.js';
import { buildFixtures } from '../support/build-fixtures.js';
import { assertBuilt, cardLocator, DIST, frames, hoverUnderline, openExtensionPage, underlineCenter, waitForUnderlines } from '../support/extension.js';
import { overlay } from '../support/overlay.js';
import { openSurface, SURFACES } from '../support/surfaces.js';

const BOX = BOXES.xHome.selector;

let env;

before(async () => {
  assertBuilt();
  await buildFixtures();
  env = await setup({ dist: DIST });
});

after(async () => {
  await env?.close();
});

const storedSettings = () => env.serviceWorker.evaluate(() => chrome.storage.sync.get(null));

/** Runs fn with a fresh tab on x.com's home box, the caret in it; closes the tab and clears the settings whatever happens. */
async function withXBox(fn, { page } = {}) {
  page = await env.open('x.com', '/home', { page });
  try {
    await page.locator(BOX).click();
    await fn(page);
    assert.deepEqual(page.__problems, [], 'no page errors');
  } finally {
    await page.close();
    await env.serviceWorker.evaluate(() => chrome.storage.sync.clear());
  }
}

describe("the page's scripts cannot drive the extension", () => {
  test('a made-up mousemove, click and Alt+Shift+N open no card; the real ones do', async () => {
    await withXBox(async (page) => {
      await page.keyboard.type('Wat een kutweer. Mail jan@example.org');
      await waitForUnderlines(page, ['kutweer', 'jan@example.org']);
      const card = cardLocator(page);
      const at = await underlineCenter(page, 'kutweer');
      await page.evaluate(
        ({ x, y, box }) => {
          const init = { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true };
          for (const target of [document.elementFromPoint(x, y), document, document.querySelector(box)]) {
            for (const type of ['pointermove', 'mousemove', 'mouseover', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
              target.dispatchEvent(new MouseEvent(type, init));
            }
            target.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true, composed: true }));
          }
        },
        { ...at, box: BOX },
      );
      await frames(page, 5);
      assert.equal(await card.isVisible(), false, 'no card opened');
      // The real pointer, then the real shortcut.
      await hoverUnderline(page, 'kutweer');
      await page.mouse.move(5, 5);
      await card.waitFor({ state: 'hidden' });
      await page.locator(BOX).click();
      await page.keyboard.press('Alt+Shift+N');
      await card.waitFor({ state: 'visible' });
    });
  });

  test('over a textarea, in a shadow root and in a frame, made-up pointer and key events open no card; the real ones do', async () => {
    for (const surface of [SURFACES.xDm, SURFACES.liNewShare, SURFACES.liFrameShare]) {
      const box = await openSurface(env, surface);
      try {
        await box.page.keyboard.type('Wat een kutweer. Mail jan@example.org');
        await waitForUnderlines(box.ctx, ['kutweer', 'jan@example.org']);
        const card = cardLocator(box.ctx);
        const at = await underlineCenter(box.ctx, 'kutweer');
        await box.ctx.evaluate(({ x, y }) => {
          const init = { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true };
          // The focused element, inside open shadow roots too.
          let focused = document.activeElement;
          while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
          for (const target of [document.elementFromPoint(x, y), document, focused]) {
            for (const type of ['pointermove', 'mousemove', 'mouseover', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
              target.dispatchEvent(new MouseEvent(type, init));
            }
            target.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true, composed: true }));
          }
        }, at);
        await frames(box.ctx, 5);
        assert.equal(await card.isVisible(), false, `${surface.id}: no card opened`);
        const real = await box.underlineCenter('kutweer');
        await box.page.mouse.move(real.x, real.y);
        await card.waitFor({ state: 'visible' });
        assert.deepEqual(box.page.__problems, [], `${surface.id}: no page errors`);
      } finally {
        await box.page.close();
      }
    }
  });

  test('a made-up compositionstart, never ended, does not stop checking', async () => {
    await withXBox(async (page) => {
      await page.keyboard.type('Wat een kutweer.');
      await waitForUnderlines(page, ['kutweer']);
      await page.evaluate((box) => document.querySelector(box).dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' })), BOX);
      await page.keyboard.type(' Mail jan@example.org');
      await waitForUnderlines(page, ['kutweer', 'jan@example.org']);
    });
  });

  test('made-up clicks on "Turn this check off" and five on "About tip" write no setting and open no tab; real clicks do', async () => {
    await withXBox(async (page) => {
      await page.keyboard.type('Wat een kutweer. Mail jan@example.org');
      await waitForUnderlines(page, ['kutweer', 'jan@example.org']);
      const settingsBefore = await storedSettings();
      const card = await hoverUnderline(page, 'kutweer');
      assert.match(await card.innerText(), /Coarse language/);
      const disable = await card.locator('.action.disable').boundingBox();
      const about = await card.locator('.action.about').boundingBox();
      const centre = (b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
      const reached = await page.evaluate(
        ({ disable, about }) => {
          // Through the overlay's shadow root, if the page can open it.
          const hosts = [...document.documentElement.children].filter((el) => el.shadowRoot);
          const buttons = hosts.flatMap((host) => [...host.shadowRoot.querySelectorAll('.card button')]);
          const byClass = (name) => buttons.filter((b) => b.classList.contains(name));
          for (const button of byClass('disable')) button.click();
          for (let i = 0; i < 5; i++) for (const button of byClass('about')) button.click();
          // Without a way in: made-up clicks where the buttons are.
          for (const [point, times] of [
            [disable, 1],
            [about, 5],
          ]) {
            for (let i = 0; i < times; i++) {
              const target = document.elementFromPoint(point.x, point.y);
              for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
                target.dispatchEvent(new MouseEvent(type, { clientX: point.x, clientY: point.y, bubbles: true, composed: true, cancelable: true }));
              }
              target.click();
            }
          }
          return { buttons: buttons.length, host: document.elementFromPoint(disable.x, disable.y)?.tagName };
        },
        { disable: centre(disable), about: centre(about) },
      );
      await frames(page, 5);

      // A real click on "About tip" opens one tab; a tab the page had opened would have come first.
      const pagesBefore = env.context.pages().length;
      const tipTab = env.context.waitForEvent('page');
      await page.mouse.move(5, 5);
      await hoverUnderline(page, 'jan@example.org');
      await card.locator('.action.about').click();
      const opened = await tipTab;
      await opened.waitForLoadState('domcontentloaded');
      assert.match(opened.url(), /popup\/popup\.html#tip-7$/, 'the tab of the real click');
      assert.equal(env.context.pages().length, pagesBefore + 1, 'one tab for one real click');
      await opened.close();
      assert.deepEqual(await storedSettings(), settingsBefore, 'the made-up clicks wrote nothing');
      assert.equal(reached.buttons, 0, "the page finds none of the overlay's buttons");
      assert.equal(reached.host, 'DIV', 'over the card, the page sees only a plain host element');

      // A real click on "Turn this check off": only that rule is off.
      await page.bringToFront();
      await page.mouse.move(5, 5);
      await hoverUnderline(page, 'jan@example.org');
      await card.locator('.action.disable').click();
      await waitForUnderlines(page, ['kutweer']);
      assert.deepEqual(await storedSettings(), { ...settingsBefore, 'rule.personal-data': false });
    });
  });

  test('a page that defines the old overlay tag and patches attachShadow first: counter and cards still work', async () => {
    const page = await env.context.newPage();
    await page.addInitScript(() => {
      const attachShadow = Element.prototype.attachShadow;
      customElements.define(
        'ambassadeur-overlay',
        class extends HTMLElement {
          constructor() {
            super();
            attachShadow.call(this, { mode: 'open' });
          }
        },
      );
      Element.prototype.attachShadow = () => {
        throw new Error('no shadow roots here');
      };
    });
    await withXBox(
      async (page) => {
        await page.keyboard.type('Mail jan@example.org');
        await waitForUnderlines(page, ['jan@example.org']);
        const counter = overlay(page, '.counter');
        await counter.waitFor({ state: 'visible' });
        assert.match(await counter.getAttribute('aria-label'), /1 finding in this post/);
        const card = await hoverUnderline(page, 'jan@example.org');
        assert.match(await card.innerText(), /e-mail address is personal data/);
      },
      { page },
    );
  });
});

describe('latest check wins', () => {
  test('while the background is busy, typing sends at most one check per box in flight, and the newest text is checked', async (t) => {
    await withXBox(async (page) => {
      await page.keyboard.type('Mail jan@example.org');
      await waitForUnderlines(page, ['jan@example.org']);
      await env.serviceWorker.evaluate(() => {
        self.checksSeen = [];
        chrome.runtime.onMessage.addListener((message) => {
          if (message?.type === 'check') self.checksSeen.push(message.text);
        });
      });
      // The background is busy for a while: every keystroke meanwhile finds a check in flight.
      const busy = env.serviceWorker.evaluate(() => {
        const until = Date.now() + 5_000;
        while (Date.now() < until) {}
      });
      const added = ' of bel 06-12345678';
      await page.keyboard.type(added);
      await busy;
      const post = `Mail jan@example.org${added}`;
      await waitForEditorText(page, BOX, post);
      await waitForUnderlines(page, ['jan@example.org', '06-12345678'], { timeout: 15_000 });
      const seen = await env.serviceWorker.evaluate(() => self.checksSeen);
      t.diagnostic(`${added.length} keystrokes while the background was busy: ${seen.length} checks`);
      assert.equal(seen.at(-1), post, 'the last check is of the newest text');
      assert.ok(seen.length <= 5, `${added.length} keystrokes sent ${seen.length} checks: ${JSON.stringify(seen)}`);
    });
  });

  test('the background refuses a text over the limit or of the wrong type, answers no inherited handler, and reads each option on its own', async () => {
    const options = await openExtensionPage(env.context, env.extensionId, 'options/options.html');
    try {
      const answers = await options.evaluate(async (max) => {
        const send = (message) => chrome.runtime.sendMessage(message).catch((error) => ({ rejected: String(error.message ?? error) }));
        return {
          limit: await send({ type: 'check', text: 'a'.repeat(max), lang: 'en', disabled: [] }),
          tooLong: await send({ type: 'check', text: 'a'.repeat(max + 1), lang: 'en', disabled: [] }),
          // (An array: it survives the structured clone Firefox sends messages by, and reads as a finding when made a string.)
          notText: await send({ type: 'check', text: ['jan@example.org'], lang: 'en', disabled: [] }),
          inherited: await send({ type: 'constructor' }),
          perField: await send({ type: 'check', text: 'Wat een kutweer. Mail jan@example.org', lang: 5, disabled: ['profanity', 7, null] }),
        };
      }, MAX_TEXT);
      assert.deepEqual(answers.limit, { ok: true, result: [] }, 'a text of MAX_TEXT is checked');
      assert.equal(answers.tooLong.ok, false, 'a longer text is refused');
      assert.match(answers.tooLong.error, /longer than/);
      assert.equal(answers.notText.ok, false, 'a text that is no string is refused');
      assert.notEqual(answers.inherited?.ok, true, `no answer for "constructor": ${JSON.stringify(answers.inherited)}`);
      assert.equal(answers.perField.ok, true);
      assert.deepEqual(
        answers.perField.result.map((d) => d.rule),
        ['personal-data'],
        'the rule switched off stays off although the language and one entry were malformed',
      );
      assert.match(answers.perField.result[0].message, /personal data/, 'English for a malformed language');
    } finally {
      await options.close();
    }
  });
});
