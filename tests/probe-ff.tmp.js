import { setup, BOXES } from './support/browser.js';
import { DIST, underlines, waitForUnderlines, hoverUnderline, openExtensionPage } from './support/extension.js';
import { buildFixtures } from './support/build-fixtures.js';
await buildFixtures();
const t0 = Date.now();
const env = await setup({ dist: DIST });
console.log('launched', Date.now() - t0, env.extensionId);
try {
  const page = await env.open('x.com', '/home');
  console.log('opened', Date.now() - t0, page.__problems);
  await page.locator(BOXES.xHome.selector).click();
  await page.keyboard.type('🎉 mail me at jan@example.org');
  try { await waitForUnderlines(page, ['jan@example.org'], { timeout: 10000 }); } catch (e) { console.log('ERR', e.message); }
  console.log(await underlines(page), Date.now() - t0);
  const card = await hoverUnderline(page, 'jan@example.org');
  console.log(await card.innerText());
  const o = await openExtensionPage(env.context, env.extensionId, 'options/options.html');
  await o.locator('#site-x').waitFor();
  console.log('options ok', await o.locator('#site-x').isChecked());
  console.log(await env.serviceWorker.evaluate(() => chrome.storage.sync.get(null)));
} finally { await env.close(); console.log('closed', Date.now() - t0); }
