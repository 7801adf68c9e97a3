// Every box where staff write on X, Facebook and LinkedIn, as the look-alike sites
// build them (tests/fixtures/README.md says where each structure was described),
// and how a test reaches it: the page to open, what to click, and — for a box in a
// frame — which frame.
//
//   const box = await openSurface(env, SURFACES.liNewShare);
//   await box.page.keyboard.type('…');           // typing goes to the focused box
//   await waitForEditorText(box.ctx, box.selector, '…');
//   await waitForUnderlines(box.ctx, ['…']);      // ctx: the page, or the box's frame
//   const at = await box.underlineCenter('…');    // in the page's coordinates

import { underlineCenter } from './extension.js';

/**
 * @typedef {object} Surface
 * @property {string} id
 * @property {string} title
 * @property {string} host
 * @property {string} path
 * @property {string} fixture  the value of the box's data-fixture-box
 * @property {string} [click]  what opens the box (a dialog, a bubble), in the page
 * @property {string} [frame]  the iframe that holds the box
 * @property {boolean} [closed]  the box lies in a closed shadow root: no locator reaches it
 * @property {'quill' | 'draft' | 'lexical' | 'tiptap' | 'generic' | 'textarea'} editor
 * @property {string} [initial]  the text the box holds when it opens (editing a post)
 * @property {string[]} [initialFindings]  what is underlined in it
 */

/** @type {Record<string, Surface>} */
export const SURFACES = {
  // LinkedIn, the new layout: #interop-outlet's open shadow root
  liNewShare: {
    id: 'li-new-share',
    title: 'LinkedIn new layout, new post: Quill in #interop-outlet’s shadow root',
    host: 'www.linkedin.com',
    path: '/new/',
    click: '[data-fixture=open-share]',
    fixture: 'li-new-share',
    editor: 'quill',
  },
  liNewRepost: {
    id: 'li-new-repost',
    title: 'LinkedIn new layout, repost with your thoughts: Quill in the shadow root',
    host: 'www.linkedin.com',
    path: '/new/',
    click: '[data-fixture=repost]',
    fixture: 'li-new-repost',
    editor: 'quill',
  },
  liNewEdit: {
    id: 'li-new-edit',
    title: 'LinkedIn new layout, edit post: Quill in the shadow root, holding the post',
    host: 'www.linkedin.com',
    path: '/new/',
    click: '[data-fixture=edit-post]',
    fixture: 'li-new-edit',
    editor: 'quill',
    initial: 'Vandaag mijn laatste college gegeven. Vragen? Mail jan@example.org',
    initialFindings: ['jan@example.org'],
  },
  liNewBubble: {
    id: 'li-new-bubble',
    title: 'LinkedIn new layout, messaging bubble: LinkedIn’s own contenteditable in the shadow root',
    host: 'www.linkedin.com',
    path: '/new/',
    click: '[data-fixture=open-bubble]',
    fixture: 'li-new-bubble',
    editor: 'generic',
  },
  liNewComment: {
    id: 'li-new-comment',
    title: 'LinkedIn new layout, comment: TipTap in the page',
    host: 'www.linkedin.com',
    path: '/new/',
    fixture: 'li-new-comment',
    editor: 'tiptap',
  },
  liFrameShare: {
    id: 'li-frame-share',
    title: 'LinkedIn new layout, new post in iframe[data-testid=interop-iframe]: Quill',
    host: 'www.linkedin.com',
    path: '/new/framed/',
    click: '[data-fixture=open-share]',
    frame: 'iframe[title="Create a post"]',
    fixture: 'li-frame-share',
    editor: 'quill',
  },
  liFrameBubble: {
    id: 'li-frame-bubble',
    title: 'LinkedIn, messaging bubble in an about:srcdoc frame',
    host: 'www.linkedin.com',
    path: '/new/framed/',
    click: '[data-fixture=open-bubble]',
    frame: 'iframe[title="Messaging"]',
    fixture: 'li-frame-bubble',
    editor: 'generic',
  },
  liNestedBubble: {
    id: 'li-nested-bubble',
    title: 'A messaging box two shadow roots deep, the inner one closed and attached after load',
    host: 'www.linkedin.com',
    path: '/new/nested/',
    click: '[data-fixture=open-bubble]',
    fixture: 'li-nested-bubble',
    closed: true,
    editor: 'generic',
  },
  liMessaging: {
    id: 'li-messaging',
    title: 'LinkedIn messaging page: LinkedIn’s own contenteditable with <p>',
    host: 'www.linkedin.com',
    path: '/messaging/thread/1/',
    fixture: 'li-messaging',
    editor: 'generic',
  },
  liCommentQuill: {
    id: 'li-comment-quill',
    title: 'LinkedIn old layout, comment: Quill',
    host: 'www.linkedin.com',
    path: '/feed/',
    fixture: 'li-comment-quill',
    editor: 'quill',
  },
  liArticleBody: {
    id: 'li-article-body',
    title: 'LinkedIn article body: ProseMirror with lists and headings',
    host: 'www.linkedin.com',
    path: '/article/new/',
    fixture: 'li-article-body',
    editor: 'tiptap',
  },
  liArticleTitle: {
    id: 'li-article-title',
    title: 'LinkedIn article title: a textarea',
    host: 'www.linkedin.com',
    path: '/article/new/',
    fixture: 'li-article-title',
    editor: 'textarea',
  },
  // X
  xQuote: {
    id: 'x-quote',
    title: 'X quote post: Draft.js in the dialog, the quoted post below',
    host: 'x.com',
    path: '/compose/quote',
    fixture: 'x-quote',
    editor: 'draft',
  },
  xEdit: {
    id: 'x-edit',
    title: 'X edit post: Draft.js holding the post',
    host: 'x.com',
    path: '/compose/edit',
    fixture: 'x-edit',
    editor: 'draft',
    initial: 'Morgen open dag in het Academiegebouw! Vragen? Bel me op 06-12345678',
    initialFindings: ['06-12345678'],
  },
  xDm: {
    id: 'x-dm',
    title: 'X direct message: textarea[data-testid=dm-composer-textarea]',
    host: 'x.com',
    path: '/messages/1',
    fixture: 'x-dm',
    editor: 'textarea',
  },
  // Facebook
  fbComment: {
    id: 'fb-comment',
    title: 'Facebook comment: Lexical, aria-label "Write a comment…", in the feed',
    host: 'www.facebook.com',
    path: '/',
    fixture: 'fb-comment',
    editor: 'lexical',
  },
  fbEdit: {
    id: 'fb-edit',
    title: 'Facebook edit post: Lexical in the dialog, holding the post',
    host: 'www.facebook.com',
    path: '/',
    click: '[data-fixture=edit-post]',
    fixture: 'fb-edit',
    editor: 'lexical',
    initial: 'Wat een kutweer vandaag, maar de open dag was geweldig!',
    initialFindings: ['kutweer'],
  },
};

/**
 * The boxes tests/browser/editors.test.js runs its scenarios in (X's post box, the
 * Facebook composer, LinkedIn's old share box and its TipTap comment box), in the
 * same shape, for measurements that cover every surface.
 * @type {Record<string, Surface>}
 */
export const EDITOR_BOXES = {
  xHome: { id: 'x-home', title: 'X post: Draft.js', host: 'x.com', path: '/home', fixture: 'x-home', editor: 'draft' },
  fbComposer: {
    id: 'fb-composer',
    title: 'Facebook post: Lexical in the "Create post" dialog',
    host: 'www.facebook.com',
    path: '/',
    click: '[data-fixture=open-composer]',
    fixture: 'fb-composer',
    editor: 'lexical',
  },
  liShare: {
    id: 'li-share',
    title: 'LinkedIn old layout, new post: Quill',
    host: 'www.linkedin.com',
    path: '/feed/',
    click: '[data-fixture=open-share]',
    fixture: 'li-share',
    editor: 'quill',
  },
  liComment: { id: 'li-comment', title: 'LinkedIn comment: TipTap', host: 'www.linkedin.com', path: '/feed/', fixture: 'li-comment', editor: 'tiptap' },
};

/**
 * An open box: the tab, where the editor runs (the tab or its frame), and how to reach the box.
 * @typedef {object} OpenBox
 * @property {import('playwright-core').Page} page
 * @property {import('playwright-core').Page | import('playwright-core').Frame} ctx  the box's document
 * @property {string} selector  for the fixtures' hooks (__editorText) in ctx
 * @property {import('playwright-core').Locator | null} textbox  null in a closed shadow root
 * @property {(text: string) => Promise<{ x: number, y: number }>} underlineCenter  in the page's coordinates
 * @property {() => Promise<boolean>} hasFocus  the box has the keyboard focus
 */

/**
 * Opens the surface's page in a new tab, opens its box and puts the caret in it.
 * @param {{ open: (host: string, path: string) => Promise<any> }} env
 * @param {Surface} surface
 * @returns {Promise<OpenBox>}
 */
export async function openSurface(env, surface) {
  const page = await env.open(surface.host, surface.path);
  if (surface.click) await page.locator(surface.click).click();
  const selector = `[data-fixture-box="${surface.fixture}"]`;
  const scope = surface.frame ? page.frameLocator(surface.frame) : page;
  const textbox = surface.closed ? null : scope.locator(`${selector} ${surface.editor === 'textarea' ? 'textarea' : '[role=textbox]'}`);
  /** @type {import('playwright-core').Page | import('playwright-core').Frame} */
  let ctx = page;
  if (surface.frame) {
    const handle = await page.locator(surface.frame).elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error(`no frame ${surface.frame}`);
    ctx = frame;
  }
  await ctx.waitForFunction((s) => {
    try {
      window.__editorText(s);
      return true;
    } catch {
      return false;
    }
  }, selector);
  if (textbox) await textbox.click();
  else await ctx.waitForFunction((s) => window.__boxHasFocus(s), selector);
  if (surface.initial !== undefined) await page.keyboard.press(surface.editor === 'textarea' ? 'End' : 'Control+End');
  const offset = async () => {
    if (!surface.frame) return { x: 0, y: 0 };
    const box = await page.locator(surface.frame).boundingBox();
    return box ? { x: box.x, y: box.y } : { x: 0, y: 0 };
  };
  return {
    page,
    ctx,
    selector,
    textbox,
    async underlineCenter(text) {
      const at = await underlineCenter(ctx, text);
      if (!at) throw new Error(`no underline on ${JSON.stringify(text)}`);
      const o = await offset();
      return { x: at.x + o.x, y: at.y + o.y };
    },
    hasFocus: () => ctx.evaluate((s) => window.__boxHasFocus(s), selector),
  };
}
