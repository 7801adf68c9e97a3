// Settings an IT department sets by browser policy, through the browser's own policy
// engine: a policy file in Chromium's managed policy folder gives the extension
// (by the id its manifest's key makes) — in Firefox, distribution/policies.json in its
// install folder (by the manifest's gecko id) — a policy that switches Facebook off and
// LinkedIn on, the profanity check off and the personal-data check on, the language
// to Dutch and the last look on. The user had chosen each of them the other way.
// The policy wins on the sites, in the cards, the popup and the options page, where
// each locked setting is disabled with the note "Ingesteld door je organisatie";
// a setting the policy leaves out stays the user's, and when the policy goes, the
// user's own choices come back in the open pages.
//
// The policy file is read by every Chromium (Firefox) on the machine while it is there:
// the test runs the built extension under an identity of its own (another manifest key
// and gecko id, nothing else changed), so the policy reaches no other browser, and it is
// removed after the tests, whatever happens.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BOXES, isFirefox, onFirefox, screenshot, setup, waitForEditorText } from '../support/browser.js';
import { buildFixtures } from '../support/build-fixtures.js';
import { assertBuilt, DIST, frames, hoverUnderline, openExtensionPage, underlines, waitForUnderlines } from '../support/extension.js';
import { FIREFOX, geckoId } from '../support/firefox.js';
import { overlay } from '../support/overlay.js';
import { canSetChromiumPolicy, canSetFirefoxPolicy, chromiumExtensionId, setChromiumPolicy, setFirefoxPolicy, withOwnIdentity } from '../support/policy.js';

const POLICY = { sites: { facebook: false, linkedin: true }, rules: { profanity: false, 'personal-data': true }, language: 'nl', lastLook: true };
/** What the user chose before the policy came: every locked setting the other way. */
const USER = { 'site.linkedin': false, 'rule.personal-data': false, 'rule.profanity': true, language: 'en', lastLook: false };
const POST = 'Mail jan@example.org, wat een kutweer!';
const NOTE = 'Ingesteld door je organisatie';

/** The controls the policy locked, and the value each shows. */
const LOCKED = {
  language: 'nl',
  'last-look-enabled': true,
  'site-facebook': false,
  'site-linkedin': true,
  'rule-profanity': false,
  'rule-personal-data': true,
};
/** Controls the policy leaves to the user. */
const UNLOCKED = ['site-x', 'rule-shouting'];

/**
 * The state of a control as the user and assistive technology meet it.
 * @param {import('playwright-core').Page} page
 * @param {string} id
 */
function controlState(page, id) {
  return page.evaluate((controlId) => {
    const control = /** @type {HTMLInputElement | HTMLSelectElement} */ (document.getElementById(controlId));
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    const notes = described.map((noteId) => document.getElementById(noteId));
    return {
      value: control instanceof HTMLSelectElement ? control.value : control.checked,
      disabled: control.disabled,
      ariaDisabled: control.getAttribute('aria-disabled'),
      description: notes.map((note) => note?.textContent).join(' '),
      noteVisible: notes.length > 0 && notes.every((note) => note && note.getClientRects().length > 0),
    };
  }, id);
}

const skip = isFirefox
  ? !canSetFirefoxPolicy(FIREFOX) && "needs write access to Firefox's install folder (its distribution/policies.json)"
  : !canSetChromiumPolicy() && "needs root: Chromium's policy folder is under /etc";

describe('settings locked by the organisation through browser policy', { skip }, () => {
  let copy;
  let extensionId;
  let policy;
  let env;
  const removePolicy = () => policy?.remove();
  const removeCopy = () => copy?.remove();

  before(async () => {
    assertBuilt();
    await buildFixtures();
    process.once('exit', removePolicy); // even when the run is cut short
    process.once('exit', removeCopy);
    copy = withOwnIdentity(DIST);
    const manifest = JSON.parse(fs.readFileSync(path.join(copy.dist, 'manifest.json'), 'utf8'));
    extensionId = isFirefox ? null : chromiumExtensionId(manifest.key);
    policy = isFirefox ? setFirefoxPolicy(FIREFOX, geckoId(copy.dist), POLICY) : setChromiumPolicy(extensionId, POLICY);
    env = await setup({ dist: copy.dist });
    await env.serviceWorker.evaluate((user) => chrome.storage.sync.set(user), USER);
  });

  after(async () => {
    try {
      await env?.close();
    } finally {
      removePolicy();
      removeCopy();
    }
    if (!isFirefox) assert.equal(fs.existsSync(policy.file), false, 'the policy file is gone');
  });

  test("the browser loads the extension under its manifest's id and hands it the policy", async () => {
    if (!isFirefox) assert.equal(env.extensionId, extensionId);
    assert.deepEqual(await env.serviceWorker.evaluate(() => chrome.storage.managed.get(null)), POLICY);
  });

  test('on the sites the locked checks apply, in the locked language, and a locked check cannot be turned off', async () => {
    const linkedin = await env.open(BOXES.liComment.host, BOXES.liComment.path);
    await linkedin.locator(BOXES.liComment.selector).click();
    await linkedin.keyboard.type(POST);
    await waitForEditorText(linkedin, BOXES.liComment.selector, POST);
    // Personal data is checked though the user had switched it off; profanity is not.
    await waitForUnderlines(linkedin, ['jan@example.org']);
    const card = await hoverUnderline(linkedin, 'jan@example.org');
    const text = await card.innerText();
    assert.match(text, /Dit e-mailadres is een persoonsgegeven/);
    assert.match(text, /Hier negeren/);
    assert.equal(await overlay(linkedin, '.card .action.disable').count(), 0, 'no "turn this check off" on a locked check');
    await screenshot(linkedin, 'managed-card-nl');
    await linkedin.close();

    // Facebook is off: nothing is checked there.
    const facebook = await env.open(BOXES.fbComment.host, BOXES.fbComment.path);
    await facebook.locator(BOXES.fbComment.selector).click();
    await facebook.keyboard.type(POST);
    await waitForEditorText(facebook, BOXES.fbComment.selector, POST);
    await frames(facebook, 5);
    assert.deepEqual(await underlines(facebook), [], 'no underline on Facebook');
    assert.equal(await overlay(facebook, '.counter').count(), 0, 'no counter on Facebook');
    await facebook.close();
  });

  test("the options page shows each locked setting disabled with the organisation's note; the others stay the user's", async () => {
    const options = await openExtensionPage(env.context, env.extensionId, 'options/options.html');
    await options.locator('#rule-personal-data').waitFor();
    assert.equal(await options.locator('h1').innerText(), 'Instellingen van Ambassadeur');
    for (const [id, value] of Object.entries(LOCKED)) {
      assert.deepEqual(await controlState(options, id), { value, disabled: true, ariaDisabled: 'true', description: NOTE, noteVisible: true }, id);
    }
    for (const id of UNLOCKED) {
      assert.deepEqual(await controlState(options, id), { value: true, disabled: false, ariaDisabled: null, description: '', noteVisible: false }, id);
    }
    await screenshot(options, 'managed-options');

    // The user's own switch still works, and is saved.
    await options.locator('#site-x').uncheck();
    await env.serviceWorker.evaluate(
      () =>
        new Promise((resolve) => {
          const poll = async () => ((await chrome.storage.sync.get('site.x'))['site.x'] === false ? resolve() : setTimeout(poll, 20));
          poll();
        }),
    );
    await options.locator('#site-x').check();
    await options.close();
  });

  test('the popup shows the switch of a locked site locked, and of another site editable', async () => {
    const facebook = await env.open(BOXES.fbComment.host, BOXES.fbComment.path);
    const x = await env.open(BOXES.xHome.host, BOXES.xHome.path);
    const popup = await openExtensionPage(env.context, env.extensionId, 'popup/popup.html');
    // The popup switches the site of the active tab: bring the site's tab to the front
    // and load the popup again behind it.
    const popupFor = async (site) => {
      await site.bringToFront();
      await popup.reload();
      await popup.locator('#site').waitFor();
      return controlState(popup, 'site-enabled');
    };
    assert.deepEqual(await popupFor(facebook), { value: false, disabled: true, ariaDisabled: 'true', description: NOTE, noteVisible: true });
    assert.equal(await popup.locator('h1').innerText(), 'Tien gouden tips');
    await screenshot(popup, 'managed-popup');
    assert.deepEqual(await popupFor(x), { value: true, disabled: false, ariaDisabled: null, description: '', noteVisible: false });
    for (const page of [popup, facebook, x]) await page.close();
  });

  test("without the policy the users' own choices are back, in the open options page too", {
    skip: onFirefox('Firefox reads its policies once, at start: a policy removed while it runs stays until a restart'),
  }, async (t) => {
    const options = await openExtensionPage(env.context, env.extensionId, 'options/options.html');
    await options.locator('#rule-personal-data').waitFor();
    assert.equal((await controlState(options, 'site-linkedin')).disabled, true);
    const started = Date.now();
    removePolicy(); // Chromium watches its policy folder
    await options.waitForFunction(() => document.querySelector('h1')?.textContent === 'Ambassadeur settings', null, { timeout: 30_000 });
    await options.locator('#rule-personal-data').waitFor();
    t.diagnostic(`the options page followed the removed policy after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert.deepEqual(await env.serviceWorker.evaluate(() => chrome.storage.managed.get(null)), {});
    const mine = {
      language: 'en',
      'last-look-enabled': false,
      'site-facebook': true,
      'site-linkedin': false,
      'rule-profanity': true,
      'rule-personal-data': false,
    };
    for (const [id, value] of Object.entries(mine)) {
      assert.deepEqual(await controlState(options, id), { value, disabled: false, ariaDisabled: null, description: '', noteVisible: false }, id);
    }
    await options.close();
  });
});
