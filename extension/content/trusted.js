// @ts-check
// Only the user's own input moves the extension. A page's scripts can dispatch any
// event they like at the page's nodes (a made-up mousemove, click, keydown or
// compositionstart), but the browser marks those `isTrusted: false`, and so do
// events that script calls like `element.click()` produce. Every listener of the
// content script is wrapped in `trusted`, which ignores them.

/**
 * The handler, called only for events the browser made from real input.
 * @template {Event} E
 * @param {(event: E) => void} handler
 * @returns {(event: E) => void}
 */
export function trusted(handler) {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
