// @ts-check
// The content script's conductor: finds compose boxes as they appear, asks the
// background to check their text after every change, and keeps the underlines,
// the card and the counter in step. Typing never waits for a check: checks run
// asynchronously and a newer text supersedes an older one.
//
// The entry point of the content script: build.sh bundles it with everything it
// imports into one classic script (content scripts cannot be ES modules).

import { t, uiLang } from '../shared/i18n.js';
import { ask, onTabMessage } from '../shared/protocol.js';
import * as Settings from '../shared/settings.js';
import { worst } from '../shared/severities.js';
import { siteOfOrigin } from '../shared/sites.js';
import * as Card from './card.js';
import * as Counter from './counter.js';
import * as Discovery from './discovery.js';
import { select, selectionIn } from './editing.js';
import { adapterFor, EDITOR_SELECTOR } from './editors/index.js';
import * as Highlighter from './highlighter.js';
import * as Mirror from './mirror.js';
import { owns } from './overlay.js';
import * as TextModel from './text-model.js';

/** @typedef {import('../shared/protocol.js').Diagnostic} Diagnostic */
/** @typedef {import('./editors/index.js').EditorAdapter} EditorAdapter */
/** @typedef {import('./highlighter.js').Finding} Finding */
/** @typedef {import('./highlighter.js').Mark} Mark */

/** Longer posts are checked up to here (Facebook's maximum is 63,206 characters). */
const MAX_CHECKED = 70_000;

// The document's origin: frames without a URL of their own (about:blank, srcdoc) carry their parent's.
const site = siteOfOrigin(origin);
const lang = uiLang();
let settings = Settings.normalize(null);
let enabled = false;
/** @type {import('../shared/protocol.js').Tip[]} */
let tips = [];
/** editor root → its watcher */
/** @type {Map<HTMLElement, BoxWatcher>} */
const watchers = new Map();

/** One compose box: its text, its findings, and what is drawn for them. */
class BoxWatcher {
  /**
   * @param {HTMLElement} root  the editor's contenteditable root
   * @param {EditorAdapter} editor
   */
  constructor(root, editor) {
    this.root = root;
    this.editor = editor;
    this.text = '';
    /** @type {Finding[]} */
    this.diagnostics = [];
    /** @type {Mark[]} */
    this.marks = [];
    /** Findings the user ignored in this post, by `ignoreKey`. @type {Set<string>} */
    this.ignored = new Set();
    /** Counts the checks asked for; only the latest one's answer is drawn. */
    this.seq = 0;
    /** The text the marks were drawn on. @type {string | null} */
    this.drawn = null;
    this.composing = false;
    /** When the first input since the last drawn check happened. @type {number | null} */
    this.inputAt = null;
    this.observer = new MutationObserver(() => this.update());
    this.observer.observe(root, { subtree: true, childList: true, characterData: true });
    this.listeners = {
      input: () => {
        this.inputAt ??= performance.now();
      },
      compositionstart: () => {
        this.composing = true;
      },
      compositionend: () => {
        this.composing = false;
        this.update();
      },
    };
    for (const [type, fn] of Object.entries(this.listeners)) root.addEventListener(type, fn);
    this.unwatch = editor.watch?.(root, () => this.update());
    this.update();
  }

  read() {
    return this.editor.read ? this.editor.read(this.root) : TextModel.read(this.editor.blocks(this.root));
  }

  /** Reads the text after a change; an IME composition is left alone until it ends. */
  update() {
    if (!enabled || this.composing || !this.root.isConnected) return;
    const model = this.read();
    if (model.text !== this.text) {
      // Move the findings along with the edit until the new check answers; drop those it touched.
      this.diagnostics = TextModel.shift(this.diagnostics, TextModel.diff(this.text, model.text));
      if (!model.text.trim()) this.ignored.clear(); // the post was sent or cleared: a new post begins
      this.text = model.text;
      this.request(model.text);
    } else if (model.text === this.drawn && this.marks.every(isLive)) {
      return; // the editor re-rendered nothing we drew on: the underlines stand
    }
    this.draw(model);
  }

  /** @param {string} text */
  async request(text) {
    const seq = ++this.seq;
    let checked = text.slice(0, MAX_CHECKED);
    if (/[\uD800-\uDBFF]$/.test(checked)) checked = checked.slice(0, -1); // never split an emoji
    let diagnostics;
    try {
      diagnostics = await ask({ type: 'check', text: checked, lang, disabled: settings.disabledRules });
    } catch {
      return; // the extension was reloaded or the background failed: the page keeps working
    }
    if (seq !== this.seq || !enabled) return; // a newer text is on its way
    this.diagnostics = diagnostics.map((d) => ({ ...d, quote: text.slice(d.start, d.end) }));
    this.draw(this.read());
    if (this.inputAt !== null) {
      performance.measure('ambassadeur:input-to-underline', { start: this.inputAt, end: performance.now() });
      this.inputAt = null;
    }
  }

  /** @param {import('./text-model.js').TextModel} model */
  draw(model) {
    this.drawn = model.text;
    this.marks = [];
    for (const diagnostic of this.diagnostics) {
      if (this.ignored.has(ignoreKey(diagnostic))) continue;
      const range = TextModel.rangeFor(model, diagnostic.start, diagnostic.end);
      if (range) this.marks.push({ range, diagnostic });
    }
    Highlighter.set(this.root, this.marks);
    const note = this.text.length > MAX_CHECKED ? t('truncated', MAX_CHECKED.toLocaleString()) : '';
    // A textarea's text is laid out in its mirror, where the counter looks for it.
    const text = this.editor.read ? (model.pieces[0]?.node.parentNode ?? undefined) : undefined;
    Counter.update(this.root, this.marks, { note, text, onPick: (mark) => openCard(this, mark, { focus: true }) });
    // A card whose finding is gone (the text changed under it) closes.
    const card = Card.shown();
    if (card?.owner === this && !this.marks.some((m) => sameFinding(m.diagnostic, card.diagnostic))) Card.hide();
    reportCount();
  }

  /** Forgets every finding and any check in flight. */
  reset() {
    this.seq++;
    this.text = '';
    this.drawn = null;
    this.diagnostics = [];
    this.marks = [];
    Highlighter.set(this.root, []);
    Counter.remove(this.root);
  }

  dispose() {
    this.observer.disconnect();
    for (const [type, fn] of Object.entries(this.listeners)) this.root.removeEventListener(type, fn);
    this.unwatch?.();
    this.reset();
    reportCount();
  }
}

/** @param {Finding} d */
const ignoreKey = (d) => `${d.rule}\u0000${d.quote}`;
/**
 * True while a mark's range still spans its finding's text in the page.
 * @param {Mark} mark
 */
const isLive = ({ range, diagnostic }) => range.startContainer.isConnected && range.endContainer.isConnected && range.toString() === diagnostic.quote;
/**
 * @param {Diagnostic} a
 * @param {Diagnostic} b
 */
const sameFinding = (a, b) => a.rule === b.rule && a.start === b.start && a.end === b.end;

/** What the toolbar badge shows now, to tell the background only of changes. */
let reported = '';

function reportCount() {
  let count = 0;
  /** @type {import('../shared/severities.js').Severity[]} */
  const severities = [];
  for (const w of watchers.values()) {
    count += w.marks.length;
    for (const m of w.marks) severities.push(m.diagnostic.severity);
  }
  const severity = worst(severities);
  const key = `${count}:${severity}`;
  if (key === reported) return;
  reported = key;
  ask({ type: 'badge', count, severity }).catch(() => {});
}

// --- the card and its actions ----------------------------------------------

/** Where focus and caret were before the keyboard opened a card. */
/** @type {{ root: HTMLElement, range: Range | null } | null} */
let returnTo = null;

/**
 * @param {BoxWatcher} watcher
 * @param {Mark} mark
 * @param {{ focus?: boolean }} [options]
 */
function openCard(watcher, mark, { focus = false } = {}) {
  if (focus && !returnTo) returnTo = { root: watcher.root, range: selectionIn(watcher.root)?.range ?? null };
  const d = mark.diagnostic;
  Card.show({
    range: mark.range,
    diagnostic: d,
    tip: tips.find((tip) => tip.number === d.tip),
    owner: watcher,
    focus,
    actions: {
      apply: (suggestion) => applyFix(watcher, d, suggestion),
      ignore: () => {
        watcher.ignored.add(ignoreKey(d));
        closeCard({ restore: true });
        watcher.draw(watcher.read());
      },
      disableRule: () => {
        closeCard({ restore: true });
        Settings.setRule(d.rule, false);
      },
      openTip: () => {
        closeCard({ restore: false });
        ask({ type: 'open-tip', tip: d.tip }).catch(() => {});
      },
      close: () => closeCard({ restore: true }),
    },
  });
}

/** @param {{ restore: boolean }} options  restore: give focus and caret back to where they were */
function closeCard({ restore }) {
  Card.hide();
  const target = returnTo;
  returnTo = null;
  if (restore && target?.root.isConnected) {
    target.root.focus({ preventScroll: true });
    if (target.range) select(target.range);
  }
}

/**
 * @param {BoxWatcher} watcher
 * @param {Finding} diagnostic
 * @param {string} suggestion
 */
async function applyFix(watcher, diagnostic, suggestion) {
  const model = watcher.read();
  // Only replace what was flagged: if the text moved on, the fix no longer applies.
  const range = model.text.slice(diagnostic.start, diagnostic.end) === diagnostic.quote ? TextModel.rangeFor(model, diagnostic.start, diagnostic.end) : null;
  if (!range) return closeCard({ restore: true });
  returnTo = null;
  Card.hide();
  await watcher.editor.replace(watcher.root, range, suggestion);
}

/** Opens the card of the next finding after the caret in the focused box (wrapping around). */
function openNextFinding() {
  if (!document.hasFocus()) return; // the shortcut reaches every frame of the tab: the focused one answers
  const active = Discovery.deepActiveElement();
  const watcher = [...watchers.values()].find((w) => w.root === active || w.root.contains(active)) ?? [...watchers.values()].find((w) => w.marks.length);
  if (!watcher?.marks.length) return;
  const model = watcher.read();
  const focus = watcher.editor.caret ? null : selectionIn(watcher.root)?.focus;
  const caret = watcher.editor.caret?.(watcher.root) ?? (focus ? (TextModel.offsetOf(model, focus.node, focus.offset) ?? 0) : 0);
  const ordered = [...watcher.marks].sort((a, b) => a.diagnostic.start - b.diagnostic.start);
  const current = Card.shown()?.diagnostic;
  const after = current ? ordered.find((m) => m.diagnostic.start > current.start) : ordered.find((m) => m.diagnostic.end > caret);
  openCard(watcher, after ?? ordered[0], { focus: true });
}

// --- finding boxes ------------------------------------------------------------

/** Finds the boxes in the document and in its shadow trees (content/discovery.js), and lets go of those that left. */
function scan() {
  for (const [root, watcher] of watchers) {
    if (!root.isConnected || adapterFor(root) !== watcher.editor) {
      watcher.dispose();
      watchers.delete(root);
    }
  }
  for (const root of Discovery.findAll(EDITOR_SELECTOR)) {
    if (watchers.has(root)) continue;
    const editor = adapterFor(root);
    if (editor) watchers.set(root, new BoxWatcher(root, editor));
  }
  Mirror.placeAll(); // the page's layout may have moved under the textareas
}

/**
 * @param {import('../shared/settings.js').Settings} next
 * @param {import('../shared/sites.js').Site} here
 */
function applySettings(next, here) {
  settings = next;
  enabled = settings.sites[here];
  Card.hide();
  Counter.hideList();
  for (const watcher of watchers.values()) {
    watcher.reset();
    watcher.update();
  }
  reportCount();
}

// --- pointer and keyboard ---------------------------------------------------------

/** @type {{ x: number, y: number } | null} */
let pointer = null;
/** @param {MouseEvent} event */
function onPointerMove(event) {
  if (pointer === null) requestAnimationFrame(hoverAt);
  pointer = { x: event.clientX, y: event.clientY };
}

function hoverAt() {
  if (!pointer) return;
  const { x, y } = pointer;
  pointer = null;
  if (!enabled || Card.contains(x, y) || Card.hasFocus()) return;
  const hit = Highlighter.markAt(x, y);
  if (!hit) {
    if (Card.shown() && !returnTo) Card.hide();
    return;
  }
  openCardAt(hit);
}

/** @param {MouseEvent} event */
function onClick(event) {
  if (!enabled) return;
  const hit = Highlighter.markAt(event.clientX, event.clientY);
  if (hit) openCardAt(hit);
}

/**
 * Opens the card of a mark under the pointer, unless it is open already.
 * @param {{ box: Element, mark: Mark }} hit
 */
function openCardAt({ box, mark }) {
  const shown = Card.shown();
  if (shown && sameFinding(shown.diagnostic, mark.diagnostic)) return;
  const watcher = watchers.get(/** @type {HTMLElement} */ (box));
  if (watcher) openCard(watcher, mark);
}

/**
 * The default shortcut also works where the browser's command is not delivered.
 * @param {KeyboardEvent} event
 */
function onKeyDown(event) {
  if (enabled && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') {
    event.preventDefault();
    openNextFinding();
  }
}

function onViewportChange() {
  Card.place();
  Counter.placeAll();
}

/** @param {import('../shared/sites.js').Site} here */
async function start(here) {
  applySettings(await Settings.load(), here);
  Settings.onChange((next) => applySettings(next, here));
  Discovery.start({ onChange: scan, ignore: owns });
  scan();
  document.addEventListener('mousemove', onPointerMove, { passive: true, capture: true });
  document.addEventListener('click', onClick, { capture: true });
  document.addEventListener('keydown', onKeyDown, { capture: true });
  addEventListener('scroll', () => requestAnimationFrame(onViewportChange), { passive: true, capture: true });
  addEventListener('resize', () => requestAnimationFrame(onViewportChange), { passive: true });
  onTabMessage('next-finding', openNextFinding);
  // A frame that goes away (a dialog's iframe removed) takes its findings out of the tab's badge.
  if (window !== top) addEventListener('pagehide', () => ask({ type: 'badge', count: 0, severity: null }).catch(() => {}));
  tips = await ask({ type: 'tips', lang }).catch(() => []);
}

if (site) start(site);
