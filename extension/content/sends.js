// @ts-check
// What sends a post on X, Facebook and LinkedIn: the sites' Post, Reply, Comment and
// Send buttons, and the keys that send from inside a box. Only what is named here is
// ever held for a last look (last-look.js): a button or key this file does not know
// sends as it always did.
//
// As the sites mark them in 2026 (the same public sources as the editors: automation
// libraries that post to these sites, and extensions that write into their composers):
// - X: the post and reply buttons `[data-testid=tweetButton]` (dialog) and
//   `[data-testid=tweetButtonInline]` (timeline, reply); the direct-message send button
//   `[data-testid=dm-composer-send-button]` (`dmComposerSendButton` before); Ctrl/Cmd+Enter
//   posts from a post box, Enter sends a direct message.
// - Facebook: `div[role=button][aria-label=Post]` in the "Create post" dialog (no <button>),
//   the comment box's send arrow `#focused-state-composer-submit` (labelled "Comment"); Enter
//   sends a comment or a chat message, Shift+Enter breaks the line. Its labels follow the
//   user's language (Dutch: "Plaatsen").
// - LinkedIn: the share box's `.share-actions__primary-action`, the comment box's
//   `.comments-comment-box__submit-button` (`--cr` in the new layout), the messaging
//   `.msg-form__send-button`; Enter sends a message, Shift+Enter breaks the line.

/** The sites' send buttons. */
export const SEND_BUTTONS = [
  '[data-testid=tweetButton]',
  '[data-testid=tweetButtonInline]',
  '[data-testid=dm-composer-send-button]',
  '[data-testid=dmComposerSendButton]',
  '[role=button][aria-label=Post]',
  '[role=button][aria-label=Plaatsen]',
  '[role=button][aria-label=Comment]',
  '#focused-state-composer-submit',
  '.share-actions__primary-action',
  '.comments-comment-box__submit-button',
  '.comments-comment-box__submit-button--cr',
  '.msg-form__send-button',
].join(', ');

/** Boxes where Enter (without Shift) sends: direct messages, chat and comment boxes. */
const ENTER_SENDS = [
  'textarea[data-testid=dm-composer-textarea]',
  'textarea[data-testid=dmComposerTextInput]',
  '.msg-form__contenteditable',
  '[data-lexical-editor=true][aria-label^="Write a comment"]',
  '[data-lexical-editor=true][aria-label^="Write a public comment"]',
  '[data-lexical-editor=true][aria-label^="Comment as"]',
  '[data-lexical-editor=true][aria-label^="Reply to"]',
  '[data-lexical-editor=true][aria-label^="Schrijf een opmerking"]',
  '[data-lexical-editor=true][aria-label^="Schrijf een openbare opmerking"]',
  '[data-lexical-editor=true][aria-label^="Reageer als"]',
  '[data-lexical-editor=true][aria-label^="Beantwoorden"]',
].join(', ');

/** Boxes where Ctrl+Enter (Cmd+Enter on a Mac) posts: X's post boxes. */
const MOD_ENTER_SENDS = '[data-testid^=tweetTextarea_]';

/**
 * The send button the event happened on, from its composed path (a button may sit in a
 * shadow root); null when it happened on none.
 * @param {Event} event
 * @returns {HTMLElement | null}
 */
export function buttonOf(event) {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLElement && node.matches(SEND_BUTTONS)) return node;
  }
  return null;
}

/**
 * True for a native button: Enter or Space on it makes a click of its own (which is held
 * then), so its keydown is left alone.
 * @param {HTMLElement} button
 */
export function clicksOnKeys(button) {
  return button instanceof HTMLButtonElement || button instanceof HTMLInputElement;
}

/**
 * True when the key sends the post from inside `box` (the editor's root).
 * @param {KeyboardEvent} event
 * @param {HTMLElement} box
 */
export function keySends(event, box) {
  if (event.key !== 'Enter' || event.isComposing || event.altKey || event.shiftKey) return false;
  const modified = event.ctrlKey || event.metaKey;
  return modified ? box.matches(MOD_ENTER_SENDS) || box.matches(ENTER_SENDS) : box.matches(ENTER_SENDS);
}
