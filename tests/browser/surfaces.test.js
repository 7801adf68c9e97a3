// Every box where staff write on X, Facebook and LinkedIn, as the sites build them
// today (tests/fixtures/README.md): in shadow roots (open, and closed at depth), in
// same-origin frames (with a URL of their own, and about:srcdoc), textareas, plain
// contenteditable boxes, dialogs that hold a post already, and on every host of the
// three sites. The same scenarios run in each: the right span is underlined after
// typing and checking never changes the text; the card opens on hover and from the
// keyboard; a fix replaces exactly its span and one undo restores it. Text is read
// from what the EDITOR holds (the fixtures' hooks), never from our own model.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BROWSER, editorText, outputDir, setup, waitForEditorText } from '../support/browser.js';
import { buildFixtures } from '../support/build-fixtures.js';
import { assertBuilt, cardLocator, DIST, frames, percentile, underlineMeasures, underlines, waitForUnderlines } from '../support/extension.js';
import { evaluateOverlay, overlay, overlayFocus, waitForOverlay } from '../support/overlay.js';
import { EDITOR_BOXES, openSurface, SURFACES } from '../support/surfaces.js';

const HUMAN = { delay: 6 };
const POST = 'Mail jan@example.org of bel 06-12345678';
const FIXES = { 'jan@example.org': 'j***@example.org', '06-12345678': '••-••••••78', kutweer: 'rotweer' };

let env;

before(async () => {
  assertBuilt();
  await buildFixtures();
  env = await setup({ dist: DIST });
});

after(async () => {
  await env?.close();
});

/**
 * Runs fn with the surface's box open in a fresh tab; the tab is closed whatever happens.
 * @param {import('../support/surfaces.js').Surface} surface
 * @param {(box: import('../support/surfaces.js').OpenBox) => Promise<void>} fn
 */
async function withSurface(surface, fn) {
  const box = await openSurface(env, surface);
  try {
    await fn(box);
    assert.deepEqual(box.page.__problems, [], 'no page errors or CSP violations');
  } finally {
    await box.page.close();
  }
}

/** Hovers the underline of `quote` and waits for its card. */
async function hover(box, quote) {
  const at = await box.underlineCenter(quote);
  await box.page.mouse.move(at.x, at.y);
  const card = cardLocator(box.ctx);
  await card.waitFor({ state: 'visible' });
  return card;
}

/** The label of the focused element in the card, or null when the focus is not on the card's first button. */
async function focusedFirstButton(box) {
  const focus = await overlayFocus(box.ctx);
  return focus.onFirstButton ? focus.label : null;
}

/** Waits until the keyboard focus is in the overlay (the page sees its host focused). */
function waitForOverlayFocus(box) {
  return waitForOverlay(box.ctx, (root) => !!root && document.activeElement === root.host, undefined, { message: 'the focus never reached the card' });
}

/** Clears a box that holds a post already (editing it), so a scenario starts from nothing. */
async function clear(box) {
  await box.page.keyboard.press('Control+a');
  await box.page.keyboard.press('Backspace');
  await waitForEditorText(box.ctx, box.selector, '');
  await waitForUnderlines(box.ctx, []);
}

// --- the scenarios, the same for every surface ------------------------------------

for (const surface of Object.values(SURFACES)) {
  describe(surface.title, () => {
    test('typing underlines exactly the findings; checking never changes the text', async () => {
      await withSurface(surface, async (box) => {
        const initial = surface.initial ?? '';
        if (initial) {
          await waitForEditorText(box.ctx, box.selector, initial);
          await waitForUnderlines(box.ctx, surface.initialFindings ?? [], { timeout: 10_000 });
        }
        const typed = (initial ? ' ' : '') + POST;
        await box.page.keyboard.type(typed, HUMAN);
        const text = initial + typed;
        await waitForEditorText(box.ctx, box.selector, text);
        await waitForUnderlines(box.ctx, [...(surface.initialFindings ?? []), 'jan@example.org', '06-12345678'], { timeout: 10_000 });
        assert.deepEqual(
          (await underlines(box.ctx)).slice(-2),
          [
            { severity: 'error', text: 'jan@example.org' },
            { severity: 'error', text: '06-12345678' },
          ],
          'the two findings, as errors',
        );
        // More frames, more reads: the editor still holds exactly what was typed.
        await frames(box.ctx, 6);
        assert.equal(await editorText(box.ctx, box.selector), text);
      });
    });

    test('the card opens on hover; a fix replaces exactly its span; one undo restores it', async () => {
      await withSurface(surface, async (box) => {
        let original = surface.initial;
        if (original === undefined) {
          original = POST;
          await box.page.keyboard.type(POST, HUMAN);
        }
        await waitForEditorText(box.ctx, box.selector, original);
        const quote = surface.initialFindings?.[0] ?? 'jan@example.org';
        await waitForUnderlines(box.ctx, surface.initialFindings ?? ['jan@example.org', '06-12345678'], { timeout: 10_000 });
        const card = await hover(box, quote);
        const fix = card.locator('.fix').first();
        assert.equal(await fix.textContent(), FIXES[quote]);
        await fix.click();
        await card.waitFor({ state: 'hidden' });
        const fixed = original.replace(quote, FIXES[quote]);
        await waitForEditorText(box.ctx, box.selector, fixed);
        await waitForUnderlines(box.ctx, original === POST ? ['06-12345678'] : []);
        await box.page.keyboard.press('Control+z');
        await waitForEditorText(box.ctx, box.selector, original);
        await waitForUnderlines(box.ctx, surface.initialFindings ?? ['jan@example.org', '06-12345678']);
      });
    });

    test('the shortcut opens the card of the next finding with focus on its first button; Escape returns to the box; Enter applies', async () => {
      await withSurface(surface, async (box) => {
        if (surface.initial) await clear(box);
        await box.page.keyboard.type(POST, HUMAN);
        await waitForUnderlines(box.ctx, ['jan@example.org', '06-12345678'], { timeout: 10_000 });
        await box.page.keyboard.press('Control+Home');
        await box.page.keyboard.press('Alt+Shift+N');
        const card = cardLocator(box.ctx);
        await card.waitFor({ state: 'visible' });
        await waitForOverlayFocus(box);
        assert.equal(await focusedFirstButton(box), FIXES['jan@example.org'], 'focus on the first fix of the first finding');
        await box.page.keyboard.press('Escape');
        await card.waitFor({ state: 'hidden' });
        await box.ctx.waitForFunction((s) => window.__boxHasFocus(s), box.selector);
        assert.equal(await editorText(box.ctx, box.selector), POST, 'Escape changes nothing');

        await box.page.keyboard.press('Alt+Shift+N');
        await card.waitFor({ state: 'visible' });
        await waitForOverlayFocus(box);
        await box.page.keyboard.press('Enter');
        await waitForEditorText(box.ctx, box.selector, POST.replace('jan@example.org', FIXES['jan@example.org']));
        await waitForUnderlines(box.ctx, ['06-12345678']);
        assert.ok(await box.hasFocus(), 'focus back in the box after the fix');
      });
    });
  });
}

// --- lists and headings: each item its own line ------------------------------------------

describe('lists and headings: every item is a line of its own, offsets map back exactly', () => {
  test('LinkedIn article body (ProseMirror): a curse opening the second bullet and a number in a numbered list', async () => {
    await withSurface(SURFACES.liArticleBody, async (box) => {
      const { page } = box;
      await page.keyboard.type('## Open dag', HUMAN);
      await page.keyboard.press('Enter');
      await page.keyboard.type('- punt een', HUMAN);
      await page.keyboard.press('Enter');
      await page.keyboard.type('kutweer twee', HUMAN);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('1. bel 06-12345678', HUMAN);
      // TipTap keeps an empty paragraph after a list that ends the document: the last line is empty.
      const text = 'Open dag\npunt een\nkutweer twee\nbel 06-12345678\n';
      await waitForEditorText(box.ctx, box.selector, text);
      const shape = await page.evaluate(() => {
        const body = document.querySelector('[data-fixture-box="li-article-body"] [role=textbox]');
        return [...body.children].map((el) => el.localName);
      });
      assert.deepEqual(shape, ['h2', 'ul', 'ol', 'p'], 'a heading, a bullet list, a numbered list (and the empty last paragraph)');
      // Fused into one line, "punt eenkutweer" would hide the curse and move every offset after it.
      await waitForUnderlines(box.ctx, ['kutweer', '06-12345678']);
      const card = await hover(box, '06-12345678');
      await card.locator('.fix').first().click();
      await waitForEditorText(box.ctx, box.selector, text.replace('06-12345678', FIXES['06-12345678']));
      await waitForUnderlines(box.ctx, ['kutweer']);
      await page.keyboard.press('Control+z');
      await waitForEditorText(box.ctx, box.selector, text);
    });
  });

  test('LinkedIn share box in the shadow root (Quill): bullet items are lines', async () => {
    await withSurface(SURFACES.liNewShare, async (box) => {
      await box.page.keyboard.type('Hallo', HUMAN);
      await box.page.keyboard.press('Enter');
      await box.page.keyboard.type('- punt een', HUMAN);
      await box.page.keyboard.press('Enter');
      await box.page.keyboard.type('kutweer twee', HUMAN);
      await waitForEditorText(box.ctx, box.selector, 'Hallo\npunt een\nkutweer twee');
      await waitForUnderlines(box.ctx, ['kutweer']);
      const card = await hover(box, 'kutweer');
      await card.locator('.fix').first().click();
      await waitForEditorText(box.ctx, box.selector, 'Hallo\npunt een\nrotweer twee');
    });
  });

  test('LinkedIn messaging (any contenteditable): a pasted list', async () => {
    await withSurface(SURFACES.liMessaging, async (box) => {
      await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
      await box.page.evaluate(() =>
        navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob(['<ul><li>punt een</li><li>kutweer twee</li></ul><p>bel 06-12345678</p>'], { type: 'text/html' }),
            'text/plain': new Blob(['punt een\nkutweer twee\nbel 06-12345678'], { type: 'text/plain' }),
          }),
        ]),
      );
      await box.page.keyboard.press('Control+v');
      await box.ctx.waitForFunction(() => document.querySelector('.msg-form__contenteditable li'));
      await waitForUnderlines(box.ctx, ['kutweer', '06-12345678']);
      const card = await hover(box, '06-12345678');
      await card.locator('.fix').first().click();
      await box.ctx.waitForFunction((s) => window.__editorText(s).includes('bel ••-••••••78'), box.selector);
      assert.match(await editorText(box.ctx, box.selector), /kutweer twee/, 'the rest untouched');
    });
  });
});

// --- textareas: the mirror -------------------------------------------------------------------

/**
 * Where the underline of `quote` lies over the textarea's text: the caret positions at
 * its first and its last pixel (caretPositionFromPoint reads the textarea's own layout),
 * and where the quote is in the value.
 */
function underlineOverText(ctx, selector, quote) {
  return ctx.evaluate(
    ([s, q]) => {
      const textarea = document.querySelector(`${s} textarea`);
      let range = null;
      for (const [name, h] of CSS.highlights) if (name.startsWith('ambassadeur-')) for (const r of h) if (r.toString() === q) range = r;
      if (!range) return { error: 'no underline' };
      const rects = [...range.getClientRects()];
      const first = rects[0];
      const last = rects[rects.length - 1];
      const box = textarea.getBoundingClientRect();
      const visible = first.top >= box.top && last.bottom <= box.bottom;
      const a = document.caretPositionFromPoint(first.left + 1, first.top + first.height / 2);
      const b = document.caretPositionFromPoint(last.right - 1, last.top + last.height / 2);
      const at = textarea.value.indexOf(q);
      return {
        visible,
        onTextarea: a?.offsetNode === textarea && b?.offsetNode === textarea,
        span: [a?.offset, b?.offset],
        want: [at, at + q.length],
      };
    },
    [selector, quote],
  );
}

/** Waits until the underline of `quote` lies exactly over its text in the textarea. */
async function assertOverText(box, quote, message) {
  try {
    await box.ctx.waitForFunction(
      ([s, q]) => {
        const textarea = document.querySelector(`${s} textarea`);
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('ambassadeur-')) continue;
          for (const r of h) {
            if (r.toString() !== q) continue;
            const rects = [...r.getClientRects()];
            const a = document.caretPositionFromPoint(rects[0].left + 1, rects[0].top + rects[0].height / 2);
            const last = rects[rects.length - 1];
            const b = document.caretPositionFromPoint(last.right - 1, last.top + last.height / 2);
            const at = textarea.value.indexOf(q);
            return a?.offsetNode === textarea && a.offset === at && b?.offset === at + q.length;
          }
        }
        return false;
      },
      [box.selector, quote],
      { timeout: 5_000 },
    );
  } catch {
    assert.fail(`${message}: ${JSON.stringify(await underlineOverText(box.ctx, box.selector, quote))}`);
  }
}

describe('textareas: the mirror lays the underline over its text and follows it', () => {
  test('X direct message: edits, the box growing and scrolling, resizing and a new font', async () => {
    await withSurface(SURFACES.xDm, async (box) => {
      const { page, ctx, selector } = box;
      await page.keyboard.type(POST, HUMAN);
      await waitForUnderlines(ctx, ['jan@example.org', '06-12345678']);
      await assertOverText(box, 'jan@example.org', 'after typing');
      await assertOverText(box, '06-12345678', 'after typing');

      // An edit before the finding moves its text, and the underline with it.
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('Hoi Anna! 🎉 ', HUMAN);
      await waitForEditorText(ctx, selector, `Hoi Anna! 🎉 ${POST}`);
      await assertOverText(box, 'jan@example.org', 'after an edit before it');

      // Long enough to scroll: the box grows to its maximum, the caret at the end scrolls the finding out.
      await page.keyboard.press('Control+End');
      const more = ' En verder: de planning staat in de gedeelde map, de zaal is geboekt en de koffie is besteld.'.repeat(4);
      await page.keyboard.type(more, { delay: 1 });
      await waitForEditorText(ctx, selector, `Hoi Anna! 🎉 ${POST}${more}`);
      const scrolled = await ctx.evaluate((s) => {
        const t = document.querySelector(`${s} textarea`);
        return t.scrollTop;
      }, selector);
      assert.ok(scrolled > 0, 'the textarea scrolled');
      await box.ctx.waitForFunction(
        ([s, q]) => {
          const t = document.querySelector(`${s} textarea`);
          for (const [name, h] of CSS.highlights)
            if (name.startsWith('ambassadeur-'))
              for (const r of h) if (r.toString() === q) return r.getClientRects()[0].bottom <= t.getBoundingClientRect().top + 10;
          return false;
        },
        [selector, 'jan@example.org'],
      );
      // Scrolled back to the top, the underline is back over its text.
      await ctx.evaluate((s) => {
        document.querySelector(`${s} textarea`).scrollTop = 0;
      }, selector);
      await assertOverText(box, 'jan@example.org', 'after scrolling the textarea');

      // Narrower: the text wraps anew.
      await ctx.evaluate((s) => {
        document.querySelector(`${s} textarea`).style.flex = '0 0 260px';
      }, selector);
      await assertOverText(box, 'jan@example.org', 'after a resize');
      await assertOverText(box, '06-12345678', 'after a resize');

      // A larger font.
      await ctx.evaluate((s) => {
        const t = document.querySelector(`${s} textarea`);
        t.style.fontSize = '19px';
        t.style.lineHeight = '24px';
        t.scrollTop = 0;
      }, selector);
      await assertOverText(box, 'jan@example.org', 'after a font change');

      // Sent: the site empties the box (without an input event), and the underlines go.
      // The message holds errors: the last look before posting asks first (last-look.test.js).
      await page.keyboard.press('Enter');
      await overlay(ctx, '.last-look .post-anyway').click();
      await waitForEditorText(ctx, selector, '');
      await waitForUnderlines(ctx, []);
    });
  });

  test('LinkedIn article title: the page scrolling under it', async () => {
    await withSurface(SURFACES.liArticleTitle, async (box) => {
      const { page, ctx } = box;
      await page.keyboard.type('Waarom bel 06-12345678 altijd bezet is', HUMAN);
      await waitForUnderlines(ctx, ['06-12345678']);
      await assertOverText(box, '06-12345678', 'after typing');
      await ctx.evaluate(() => {
        document.body.style.paddingBottom = '2000px';
        scrollBy(0, 37);
      });
      await ctx.waitForFunction(() => scrollY === 37);
      await assertOverText(box, '06-12345678', 'after the page scrolled');
      // Hovering where the text now is opens the card.
      const card = await hover(box, '06-12345678');
      assert.match(await card.innerText(), /phone number|telefoonnummer/i);
    });
  });
});

// --- what the extension adds to the page -----------------------------------------------

/**
 * Every element of the site's own trees (the document and its open shadow roots) with
 * where it is, and the nodes that are not the site's: any child of <html> besides
 * <head> and <body> (where the extension's host goes), and anything named or marked
 * after the extension.
 */
function siteTree(ctx) {
  return ctx.evaluate(() => {
    const elements = [];
    const ours = [];
    const walk = (root, depth) => {
      for (const el of root.querySelectorAll('*')) {
        const onHtml = el.parentNode === document.documentElement;
        const marked = [...el.attributes].some((a) => /ambassadeur/i.test(a.name) || (/^(class|id|style)$/.test(a.name) && /ambassadeur/i.test(a.value)));
        if ((onHtml && el.localName !== 'head' && el.localName !== 'body') || el.localName.startsWith('ambassadeur') || marked) {
          ours.push({ tag: el.localName, onHtml, shadowRoot: el.shadowRoot ? 'open' : null });
          continue;
        }
        const r = el.getBoundingClientRect();
        elements.push(`${'>'.repeat(depth)}${el.localName}.${el.getAttribute('class') ?? ''} ${r.x},${r.y},${r.width},${r.height}`);
        if (el.shadowRoot) walk(el.shadowRoot, depth + 1);
      }
    };
    walk(document, 0);
    const { scrollWidth, scrollHeight } = document.documentElement;
    return { elements, ours, scroll: [scrollWidth, scrollHeight, scrollX, scrollY] };
  });
}

/** Switches checking on one site on or off, as the options page does. */
function setSite(site, on) {
  return env.serviceWorker.evaluate(
    async ([key, value]) => {
      const { sites = {} } = await chrome.storage.sync.get('sites');
      await chrome.storage.sync.set({ sites: { ...sites, [key]: value } });
    },
    [site, on],
  );
}

describe('the site’s page: one host element of ours, and no layout shift', () => {
  const cases = [
    [SURFACES.liNewShare, 'linkedin'],
    [SURFACES.liFrameShare, 'linkedin'],
    [SURFACES.liMessaging, 'linkedin'],
    [SURFACES.xDm, 'x'],
  ];
  for (const [surface, site] of cases) {
    test(`${surface.id}: with findings and a card shown, the site's trees hold only our host, laid out as without us`, async () => {
      await withSurface(surface, async (box) => {
        await box.page.keyboard.type(POST, HUMAN);
        await waitForUnderlines(box.ctx, ['jan@example.org', '06-12345678']);
        await hover(box, 'jan@example.org');
        const on = await siteTree(box.ctx);
        assert.deepEqual(
          on.ours,
          [{ tag: 'div', onHtml: true, shadowRoot: null }],
          'one host of ours, on <html>: a plain element, its shadow root closed to the page',
        );
        assert.ok(
          await evaluateOverlay(
            box.ctx,
            (root) => !!root && root.mode === 'closed' && root.host.parentNode === document.documentElement && !!root.querySelector('.card'),
          ),
          'that host holds the card',
        );
        try {
          await setSite(site, false);
          await waitForUnderlines(box.ctx, []);
          await cardLocator(box.ctx).waitFor({ state: 'hidden' });
          const off = await siteTree(box.ctx);
          assert.deepEqual(on.scroll, off.scroll, 'the page scrolls the same');
          assert.deepEqual(on.elements, off.elements, 'every element of the site where it would be without underlines, card and counter');
        } finally {
          await setSite(site, true);
        }
        await waitForUnderlines(box.ctx, ['jan@example.org', '06-12345678']);
      });
    });
  }
});

/** Waits until the toolbar badge of an open tab reads `text` (polled inside the worker); fails after 10 s. */
function waitForBadge(text) {
  return env.serviceWorker.evaluate(
    (want) =>
      new Promise((resolve, reject) => {
        const deadline = Date.now() + 10_000;
        const poll = async () => {
          const texts = await Promise.all((await chrome.tabs.query({})).map((tab) => chrome.action.getBadgeText({ tabId: tab.id })));
          if (texts.includes(want)) resolve(texts);
          else if (Date.now() > deadline) reject(new Error(`the badge never read ${want}: ${JSON.stringify(texts)}`));
          else setTimeout(poll, 20);
        };
        poll();
      }),
    text,
  );
}

describe('the toolbar badge over frames', () => {
  test('findings in two frames of one tab add up on the badge; a frame that goes away takes its own out', async () => {
    const page = await env.open('www.linkedin.com', '/new/framed/');
    try {
      /** Opens the frame's box, puts the caret in it and types `text`; returns the frame. */
      const typeInFrame = async (surface, text, findings) => {
        await page.locator(surface.click).click();
        const frame = await (await page.locator(surface.frame).elementHandle())?.contentFrame();
        assert.ok(frame, surface.frame);
        const selector = `[data-fixture-box="${surface.fixture}"]`;
        await page.frameLocator(surface.frame).locator(`${selector} [role=textbox]`).click();
        await page.keyboard.type(text, HUMAN);
        await waitForEditorText(frame, selector, text);
        await waitForUnderlines(frame, findings);
        return frame;
      };
      // The bubble first: the share box's dialog covers the page.
      await typeInFrame(SURFACES.liFrameBubble, 'Wat een kutweer', ['kutweer']);
      await waitForBadge('1');
      await typeInFrame(SURFACES.liFrameShare, POST, ['jan@example.org', '06-12345678']);
      await waitForBadge('3');
      // The bubble is closed: its frame leaves the page, and its finding leaves the badge.
      await page.evaluate(() => document.querySelector('[data-slot=bubble] iframe').remove());
      await waitForBadge('2');
      assert.deepEqual(page.__problems, []);
    } finally {
      await page.close();
    }
  });
});

describe('card and counter where the box is', () => {
  for (const surface of [SURFACES.liFrameShare, SURFACES.liFrameBubble, SURFACES.liNewShare, SURFACES.xDm]) {
    test(`${surface.id}: the card opens right by its finding, the counter at the box's corner`, async () => {
      await withSurface(surface, async (box) => {
        await box.page.keyboard.type(POST, HUMAN);
        await waitForUnderlines(box.ctx, ['jan@example.org', '06-12345678']);
        const at = await box.underlineCenter('jan@example.org');
        const card = await hover(box, 'jan@example.org');
        // Playwright's boxes are in the page's coordinates, frames included.
        const cardBox = await card.boundingBox();
        const area = await (box.textbox ?? box.page.locator('body')).boundingBox();
        assert.ok(cardBox && area, 'the card and the box are laid out');
        // Under the finding, or above it where the viewport (the frame's) has no room below.
        const under = cardBox.y > at.y && cardBox.y - at.y < 40;
        const above = cardBox.y + cardBox.height < at.y && at.y - (cardBox.y + cardBox.height) < 40;
        assert.ok(under || above, `the card right by the finding (finding at ${at.y}, card at ${cardBox.y}…${cardBox.y + cardBox.height})`);
        assert.ok(Math.abs(cardBox.x - (at.x - 60)) < 200, `the card by the finding (finding at ${at.x}, card at ${cardBox.x})`);
        const counter = await overlay(box.ctx, '.counter').boundingBox();
        assert.ok(counter, 'a counter');
        const right = area.x + area.width;
        const bottom = area.y + area.height;
        assert.ok(Math.abs(counter.x + counter.width - right) < 16, `the counter at the box's right edge (${counter.x + counter.width} vs ${right})`);
        assert.ok(
          counter.y + counter.height <= bottom + 40 && counter.y >= area.y - 4,
          `the counter at the box's bottom (${counter.y} in ${area.y}…${bottom})`,
        );
      });
    });
  }
});

// --- every host ---------------------------------------------------------------------------

describe('every host where the composers live is one of the three sites', () => {
  const HOSTS = [
    ['twitter.com', '/home', 'x-home', 'x'],
    ['mobile.x.com', '/home', 'x-home', 'x'],
    ['mobile.twitter.com', '/home', 'x-home', 'x'],
    ['pro.x.com', '/home', 'x-home', 'x'],
    ['web.facebook.com', '/', 'fb-comment', 'facebook'],
    ['m.facebook.com', '/', 'fb-comment', 'facebook'],
    ['business.facebook.com', '/', 'fb-comment', 'facebook'],
  ];
  for (const [host, urlPath, fixture, site] of HOSTS) {
    test(`${host}: checked, and the ${site} switch turns it off and on`, async () => {
      const page = await env.open(host, urlPath);
      try {
        const selector = `[data-fixture-box="${fixture}"]`;
        await page.locator(`${selector} [role=textbox]`).click();
        await page.keyboard.type('Bel 06-12345678', HUMAN);
        await waitForEditorText(page, selector, 'Bel 06-12345678');
        await waitForUnderlines(page, ['06-12345678']);
        try {
          await setSite(site, false);
          await waitForUnderlines(page, []);
        } finally {
          await setSite(site, true);
        }
        await waitForUnderlines(page, ['06-12345678']);
        assert.deepEqual(page.__problems, []);
      } finally {
        await page.close();
      }
    });
  }
});

// --- speed ------------------------------------------------------------------------------------

describe('speed: keystroke to underline at 3,000 characters, every surface', () => {
  const SENTENCE = 'Vandaag 🎉 een mooie dag in Leiden: de collegezaal zat vol en de discussie was scherp. ';
  const results = [];

  after(() => {
    if (!results.length) return;
    fs.mkdirSync(outputDir, { recursive: true });
    fs.writeFileSync(path.join(outputDir, `surface-timings-${BROWSER}.json`), `${JSON.stringify(results, null, 2)}\n`);
  });

  for (const surface of [...Object.values(EDITOR_BOXES), ...Object.values(SURFACES)]) {
    test(`${surface.id}: p50/p95 of 42 keystrokes after a 3,000-character post`, async (t) => {
      await withSurface(surface, async (box) => {
        if (surface.initial) await clear(box);
        let post = '';
        while (post.length < 2960) post += SENTENCE;
        post = post.slice(0, 2960);
        // The post arrives at once (as a paste would), then the measured keystrokes follow at a typist's pace.
        await box.page.keyboard.insertText(post);
        await waitForEditorText(box.ctx, box.selector, post, { timeout: 30_000 });
        await box.page.keyboard.type(' bel 06-12345678', HUMAN);
        await waitForUnderlines(box.ctx, ['06-12345678'], { timeout: 30_000 });
        await box.ctx.evaluate(() => performance.clearMeasures('ambassadeur:input-to-underline'));
        const keys = ' en nog wat woorden erbij om het te meten!';
        await box.page.keyboard.type(keys, { delay: 40 });
        const text = `${post} bel 06-12345678${keys}`;
        await waitForEditorText(box.ctx, box.selector, text);
        await box.ctx.waitForFunction(() => performance.getEntriesByName('ambassadeur:input-to-underline').length > 0);
        await frames(box.ctx, 10);
        const all = await underlineMeasures(box.ctx);
        const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
        const result = {
          surface: surface.id,
          length: text.length,
          measures: all.length,
          p50: percentile(all, 50),
          p95: percentile(all, 95),
          max: Math.max(...all),
          load,
        };
        results.push(result);
        t.diagnostic(
          `${surface.id} ${text.length} chars: ${all.length} measures, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms (load ${load})`,
        );
        assert.ok(all.length >= keys.length / 4, 'the content script recorded its measures');
      });
    });
  }
});
