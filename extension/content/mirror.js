// @ts-check
// A textarea holds its text in no DOM node, so nothing in it can be highlighted.
// As LanguageTool and Grammarly do, each checked textarea gets a mirror: a layer in
// the extension's own shadow host, laid exactly over the textarea, that copies its
// text layout (font, padding, borders, wrapping, direction, scroll position) with
// transparent text. Findings are ranges in the mirror's text node, so the
// underlines paint in place and the pointer can be hit-tested against them; the
// layer takes no pointer events, and the site's form gets no node.
//
// The mirror follows typing (each read), scrolling (of the textarea and of the
// page), resizing (the textarea's and the window's), font changes (attributes,
// web fonts loading) and layout moves around it.

import { adoptInto } from './highlight-sheet.js';
import { root as overlayRoot } from './overlay.js';
import { diff } from './text-model.js';
import { trusted } from './trusted.js';

/** The textarea's computed styles that decide where its text goes, copied as they are. */
const COPIED = [
  'direction',
  'unicode-bidi',
  'writing-mode',
  'text-orientation',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'font-optical-sizing',
  'font-size-adjust',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'text-rendering',
  'tab-size',
  'white-space',
  'white-space-collapse',
  'text-wrap-mode',
  'word-break',
  'overflow-wrap',
  'line-break',
  'hyphens',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
];

/** What the mirror box itself always is. */
const FIXED = {
  position: 'fixed',
  margin: '0',
  'box-sizing': 'content-box',
  overflow: 'hidden',
  'pointer-events': 'none',
  color: 'transparent',
  'border-color': 'transparent',
  background: 'transparent',
  'z-index': '2147483645',
  'user-select': 'none',
};

/** @type {Set<Mirror>} */
const mirrors = new Set();

export class Mirror {
  /** @param {HTMLTextAreaElement} textarea */
  constructor(textarea) {
    this.textarea = textarea;
    this.box = document.createElement('div');
    this.box.setAttribute('aria-hidden', 'true');
    this.box.dataset.mirror = '';
    for (const [name, value] of Object.entries(FIXED)) this.box.style.setProperty(name, value);
    /** The textarea's text: findings are ranges in this node. */
    this.text = document.createTextNode('');
    // A textarea shows an empty last line after a final line break; a block does not without this.
    this.box.append(this.text, document.createTextNode('\u200b'));
    /** @type {Record<string, string>} */
    this.copied = {};
    this.queued = false;
    this.restyleQueued = false;
    this.resize = new ResizeObserver(() => this.restyle());
    this.resize.observe(textarea);
    this.attributes = new MutationObserver(() => this.restyleLater());
    this.attributes.observe(textarea, { attributes: true, attributeFilter: ['style', 'class', 'dir', 'wrap', 'cols', 'rows', 'lang'] });
    mirrors.add(this);
    listenOnce();
    this.restyle();
  }

  /** Brings the mirror's text in step with the textarea's value; returns its text node. */
  sync() {
    const value = this.textarea.value;
    const old = this.text.data;
    if (value !== old) {
      // Replace only what changed, so that live ranges after the edit move along.
      const change = diff(old, value);
      this.text.replaceData(change.prefix, change.removed, value.slice(change.prefix, change.prefix + change.added));
    }
    if (!this.box.isConnected) {
      this.attach();
      this.place();
    } else this.placeLater();
    return this.text;
  }

  /** Places the mirror before the next paint: typing moves the textarea's text (it grows, it scrolls). */
  placeLater() {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.place();
    });
  }

  attach() {
    const root = overlayRoot();
    adoptInto(root);
    root.append(this.box);
  }

  /** Copies the styles again before the next paint (the site changed the textarea's style or class). */
  restyleLater() {
    if (this.restyleQueued) return;
    this.restyleQueued = true;
    requestAnimationFrame(() => {
      this.restyleQueued = false;
      this.restyle();
    });
  }

  /** Copies the styles that lay out the text (after a resize or a change of font or class). */
  restyle() {
    const style = getComputedStyle(this.textarea);
    for (const name of COPIED) {
      const value = style.getPropertyValue(name);
      if (this.copied[name] === value) continue;
      this.copied[name] = value;
      this.box.style.setProperty(name, value);
    }
    this.place();
  }

  /** Lays the mirror over the textarea's text: position, size, scroll, and the clip of its scrolling ancestors. */
  place() {
    const t = this.textarea;
    const box = this.box;
    if (!t.isConnected || !box.isConnected) return;
    const rect = t.getBoundingClientRect();
    const style = this.copied;
    const px = (/** @type {string} */ name) => Number.parseFloat(style[name]) || 0;
    const borders = px('border-left-width') + px('border-right-width');
    // A vertical scrollbar takes room from the text: the mirror's text area is the textarea's client area.
    const scrollbar = Math.max(0, t.offsetWidth - t.clientWidth - borders);
    const rtl = style.direction === 'rtl';
    const width = t.clientWidth - px('padding-left') - px('padding-right');
    const height = t.clientHeight - px('padding-top') - px('padding-bottom');
    const visible = rect.width > 0 && rect.height > 0 && width > 0 && height > 0;
    box.style.display = visible ? '' : 'none';
    if (!visible) return;
    box.style.left = `${rect.left + (rtl ? scrollbar : 0)}px`;
    box.style.top = `${rect.top}px`;
    box.style.width = `${width}px`;
    box.style.height = `${height}px`;
    box.scrollTop = t.scrollTop;
    box.scrollLeft = t.scrollLeft;
    box.style.clipPath = clipOf(t, rect);
  }

  dispose() {
    mirrors.delete(this);
    this.resize.disconnect();
    this.attributes.disconnect();
    this.box.remove();
  }
}

/**
 * The part of the textarea its scrolling ancestors and the viewport leave visible,
 * as a clip-path on the mirror (an inset from each side, or 'none').
 * @param {Element} element
 * @param {DOMRect} rect  the element's border box
 */
function clipOf(element, rect) {
  let left = Math.max(rect.left, 0);
  let top = Math.max(rect.top, 0);
  let right = Math.min(rect.right, innerWidth);
  let bottom = Math.min(rect.bottom, innerHeight);
  for (let node = parentOf(element); node && node !== document.documentElement; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const r = node.getBoundingClientRect();
    left = Math.max(left, r.left);
    top = Math.max(top, r.top);
    right = Math.min(right, r.right);
    bottom = Math.min(bottom, r.bottom);
    if (style.position === 'fixed') break;
  }
  if (left <= rect.left && top <= rect.top && right >= rect.right && bottom >= rect.bottom) return 'none';
  if (right <= left || bottom <= top) return 'inset(50%)';
  return `inset(${top - rect.top}px ${rect.right - right}px ${rect.bottom - bottom}px ${left - rect.left}px)`;
}

/**
 * The parent in the flat tree (a shadow root's host stands for the root).
 * @param {Element} element
 * @returns {Element | null}
 */
function parentOf(element) {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

let listening = false;
/** The page's scrolling and resizing move every mirror; fonts that finish loading change their text's layout. */
function listenOnce() {
  if (listening) return;
  listening = true;
  let queued = false;
  const placeAll = () => {
    queued = false;
    for (const mirror of mirrors) mirror.place();
  };
  const later = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(placeAll);
  };
  // Scrolling: at once, so that a card placed after the same scroll event meets the mirror where it now is.
  // Only the browser's own events (trusted.js): a page's made-up ones move nothing.
  addEventListener('scroll', trusted(placeAll), { capture: true, passive: true });
  addEventListener('resize', trusted(later), { passive: true });
  document.fonts?.addEventListener(
    'loadingdone',
    trusted(() => {
      for (const mirror of mirrors) mirror.restyle();
    }),
  );
  // Anything that moves the page's layout around a textarea (content loading above it).
  new ResizeObserver(later).observe(document.documentElement);
}

/** Places every mirror again: the page's layout changed. */
export function placeAll() {
  for (const mirror of mirrors) mirror.place();
}
