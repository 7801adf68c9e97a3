// @ts-check
// The content script's conductor: finds compose boxes as they appear, asks the
// background to check their text after every change, and keeps the underlines,
// the card and the counter in step. Typing never waits for a check: checks run
// asynchronously, one per box at a time, and a newer text supersedes an older one.
//
// The page around us is not trusted: every listener ignores events the page's
// scripts made up (trusted.js), and a check that fails shows as a failure, never
// as a clean post. When the extension is updated or reloaded under this page, the
// script takes its UI down and tells the user to reload.
//
// The entry point of the content script: build.sh bundles it with everything it
// imports into one classic script (content scripts cannot be ES modules).

import { chooseLanguage, t, uiLang } from '../shared/i18n.js';
import { answerSiteOfTab, ask, connected, MAX_TEXT, onTabMessage } from '../shared/protocol.js';
import * as Settings from '../shared/settings.js';
import { worst } from '../shared/severities.js';
import { siteOfOrigin } from '../shared/sites.js';
import * as Card from './card.js';
import { compositionGuard } from './composition.js';
import * as Counter from './counter.js';
import * as Discovery from './discovery.js';
import { select, selectionIn } from './editing.js';
import { adapterFor, EDITOR_SELECTOR } from './editors/index.js';
import * as Highlighter from './highlighter.js';
import * as LastLook from './last-look.js';
import { latestOnly } from './latest.js';
import * as Mirror from './mirror.js';
import * as Notice from './notice.js';
import * as Overlay from './overlay.js';
import * as TextModel from './text-model.js';
import { trusted } from './trusted.js';

/** @typedef {import('../shared/protocol.js').Diagnostic} Diagnostic */
/** @typedef {import('./editors/index.js').EditorAdapter} EditorAdapter */
/** @typedef {import('./highlighter.js').Finding} Finding */
/** @typedef {import('./highlighter.js').Mark} Mark */

/** Longer posts are checked up to here (Facebook's maximum is 63,206 characters). */
const MAX_CHECKED = MAX_TEXT;
/** A check not answered by then counts as failed (the background answers in milliseconds). */
const CHECK_TIMEOUT = 15_000;

// The document's origin: frames without a URL of their own (about:blank, srcdoc) carry their parent's.
const site = siteOfOrigin(origin);
let settings = Settings.normalize(null);
let enabled = false;
/** @type {import('../shared/protocol.js').Tip[]} */
let tips = [];
/** The rules' titles by id, for the last look's list. @type {Map<string, string>} */
let ruleTitles = new Map();
/** editor root → its watcher */
/** @type {Map<HTMLElement, BoxWatcher>} */
const watchers = new Map();
/** True once the extension is gone from under this page (updated, reloaded, removed). */
let orphaned = false;
/** What undoes `start()`: listeners and observers, for when the extension is gone. @type {(() => void)[]} */
const teardown = [];

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
    /** Counts the posts begun in this box: a new one begins when the box empties (sent or cleared). */
    this.drafts = 0;
    /** Counts resets: an answer to a check asked for before the last reset is dropped. */
    this.epoch = 0;
    /** True when the last check failed: the counter says so, the badge shows "!". */
    this.failed = false;
    /** The text of the last check that answered: its findings are known. @type {string | null} */
    this.checked = null;
    /** One check in flight at a time; the newest text waits for it. */
    this.checks = latestOnly((/** @type {string} */ text) => this.check(text));
    this.composition = compositionGuard(() => this.update());
    /** The text the marks were drawn on. @type {string | null} */
    this.drawn = null;
    /** When the first input since the last drawn check happened. @type {number | null} */
    this.inputAt = null;
    this.observer = new MutationObserver(() => this.update());
    this.observer.observe(root, { subtree: true, childList: true, characterData: true });
    this.listeners = {
      input: trusted(() => {
        this.inputAt ??= performance.now();
      }),
      compositionstart: trusted(() => this.composition.start()),
      compositionupdate: trusted(() => this.composition.update()),
      // Not `trusted`: Chromium marks compositionend untrusted even when a real IME
      // commits (measured). A made-up one only ends the pause early: the box is read.
      compositionend: () => this.composition.end(),
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
    if (!enabled || !alive() || this.composition.active || !this.root.isConnected) return;
    const model = this.read();
    if (model.text !== this.text) {
      // Move the findings along with the edit until the new check answers; drop those it touched.
      this.diagnostics = TextModel.shift(this.diagnostics, TextModel.diff(this.text, model.text));
      if (!model.text.trim()) {
        // the post was sent or cleared: a new post begins
        this.ignored.clear();
        this.drafts++;
      }
      this.text = model.text;
      this.request(model.text);
      LastLook.edited(this.root);
    } else if (model.text === this.drawn && this.marks.every(isLive)) {
      return; // the editor re-rendered nothing we drew on: the underlines stand
    }
    this.draw(model);
  }

  /**
   * Asks for a check of `text`: at once, or after the check in flight (coalesced).
   * @param {string} text
   */
  request(text) {
    this.checks.push(text);
  }

  /**
   * Checks `text` and draws its findings, moved along with any edit made meanwhile.
   * A failed check is tried once more (the worker may have stopped under it); when
   * that fails too, the counter and the badge say so. When the extension is gone,
   * the whole script stands down.
   * @param {string} text
   */
  async check(text) {
    const epoch = this.epoch;
    let checked = text.slice(0, MAX_CHECKED);
    if (/[\uD800-\uDBFF]$/.test(checked)) checked = checked.slice(0, -1); // never split an emoji
    /** @type {Diagnostic[] | null} */
    let diagnostics = null;
    for (let attempt = 0; attempt < 2 && !diagnostics; attempt++) {
      try {
        diagnostics = await within(CHECK_TIMEOUT, ask({ type: 'check', text: checked, lang: uiLang(), disabled: settings.disabledRules }));
      } catch {
        if (!connected()) return orphan();
      }
    }
    if (epoch !== this.epoch || !enabled || orphaned) return; // reset meanwhile: a new check is on its way
    if (!diagnostics) {
      this.failed = true;
      this.draw(this.read());
      return;
    }
    this.failed = false;
    this.checked = text;
    if (!tips.length || !ruleTitles.size) loadTips();
    const findings = diagnostics.map((d) => ({ ...d, quote: text.slice(d.start, d.end) }));
    // The text may have moved on while the check ran: its findings move along, as in update().
    this.diagnostics = text === this.text ? findings : TextModel.shift(findings, TextModel.diff(text, this.text));
    this.draw(this.read());
    if (text === this.text && this.inputAt !== null) {
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
    Counter.update(this.root, this.marks, { note, text, failed: this.failed, onPick: (mark) => openCard(this, mark, { focus: true }) });
    // A card whose finding is gone (the text changed under it) closes.
    const card = Card.shown();
    if (card?.owner === this && !this.marks.some((m) => sameFinding(m.diagnostic, card.diagnostic))) Card.hide();
    reportCount();
  }

  /**
   * The post in the box now (its text, and which post of the box it is) and its error
   * findings for the last look before posting (last-look.js), in the order of the text;
   * `errors` is null unless they are known for exactly this text: no check in flight for
   * a newer one, none failed, no composition.
   * @returns {{ text: string, draft: number, errors: Mark[] | null }}
   */
  errorsNow() {
    const model = this.read();
    const text = model.text;
    const known = enabled && !this.failed && !this.composition.active && text === this.text && text === this.checked;
    if (!known) return { text, draft: this.drafts, errors: null };
    if (this.drawn !== text || !this.marks.every(isLive)) this.draw(model); // the editor re-rendered under the marks
    const errors = this.marks.filter((m) => m.diagnostic.severity === 'error').sort((a, b) => a.diagnostic.start - b.diagnostic.start);
    return { text, draft: this.drafts, errors };
  }

  /** Forgets every finding and any check in flight or waiting. */
  reset() {
    this.epoch++;
    this.checks.clear();
    this.failed = false;
    this.checked = null;
    this.text = '';
    this.drawn = null;
    this.diagnostics = [];
    this.marks = [];
    Highlighter.set(this.root, []);
    Counter.remove(this.root);
  }

  dispose() {
    this.observer.disconnect();
    this.composition.dispose();
    for (const [type, fn] of Object.entries(this.listeners)) this.root.removeEventListener(type, fn);
    this.unwatch?.();
    this.reset();
    reportCount();
  }
}

/**
 * Resolves or rejects as `promise` does, or rejects after `ms`.
 * @template T
 * @param {number} ms
 * @param {Promise<T>} promise
 * @returns {Promise<T>}
 */
function within(ms, promise) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer in time')), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, late]).finally(() => clearTimeout(timer)));
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
  if (orphaned) return;
  let count = 0;
  let failed = false;
  /** @type {import('../shared/severities.js').Severity[]} */
  const severities = [];
  for (const w of watchers.values()) {
    count += w.marks.length;
    failed ||= w.failed;
    for (const m of w.marks) severities.push(m.diagnostic.severity);
  }
  const severity = worst(severities);
  const key = `${count}:${severity}:${failed}`;
  if (key === reported) return;
  reported = key;
  ask({ type: 'badge', count, severity, failed }).catch(() => {
    reported = ''; // told again with the next change
  });
}

/**
 * True while the extension is there; when it is gone, stands the script down first.
 * Asked before anything that uses an extension API (the catalogue's texts too).
 */
function alive() {
  if (!orphaned && !connected()) orphan();
  return !orphaned;
}

/** The notice's texts, read now: once the extension is gone, its catalogue may be too. */
const ORPHANED = { text: t('reloadToCheck'), close: t('close') };

/**
 * The extension was updated, reloaded or removed while this page stayed open: this
 * script can no longer check anything. It takes its underlines, cards and counters
 * down, stops listening, and tells the user to reload the page.
 */
function orphan() {
  if (orphaned) return;
  // From here on, every extension API throws (the message catalogue included).
  orphaned = true;
  enabled = false;
  for (const watcher of watchers.values()) watcher.dispose();
  watchers.clear();
  for (const undo of teardown.splice(0)) undo();
  Card.hide();
  Counter.hideList();
  Overlay.clear();
  Notice.show(ORPHANED);
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
      // A rule the organisation locked cannot be switched off here.
      disableRule: settings.locked.rules.includes(d.rule)
        ? null
        : () => {
            closeCard({ restore: true });
            Settings.setRule(d.rule, false).catch(() => Counter.announce(t('saveFailed')));
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
  // Focus and caret go back to where they were (from the keyboard: before the card
  // opened), so that typing right after the fix goes on there while the editor gets
  // ready to write.
  closeCard({ restore: true });
  if (!range) return;
  await watcher.editor.replace(watcher.root, range, suggestion, () => stillFlagged(watcher, diagnostic));
}

/**
 * True when the box still holds the finding's text at its place and the selection
 * is exactly on it: asked by the adapter right before it writes, after any wait.
 * @param {BoxWatcher} watcher
 * @param {Finding} diagnostic
 */
function stillFlagged(watcher, { start, end, quote }) {
  const model = watcher.read();
  if (model.text.slice(start, end) !== quote) return false;
  const selected = selectedSpan(watcher, model);
  return selected?.start === start && selected.end === end;
}

/**
 * The selection in the box as text offsets (its focus is `end` unless backwards),
 * also inside a shadow tree and in a textarea; null when it is not in the box.
 * @param {BoxWatcher} watcher
 * @param {import('./text-model.js').TextModel} model
 * @returns {{ start: number, end: number, caret: number } | null}
 */
function selectedSpan(watcher, model) {
  if (watcher.editor.selection) return watcher.editor.selection(watcher.root);
  const selected = selectionIn(watcher.root);
  if (!selected) return null;
  const { range, focus } = selected;
  const start = TextModel.offsetOf(model, range.startContainer, range.startOffset);
  const end = TextModel.offsetOf(model, range.endContainer, range.endOffset);
  const caret = TextModel.offsetOf(model, focus.node, focus.offset);
  return start === null || end === null || caret === null ? null : { start, end, caret };
}

/** Opens the card of the next finding after the caret in the focused box (wrapping around). */
function openNextFinding() {
  if (!document.hasFocus()) return; // the shortcut reaches every frame of the tab: the focused one answers
  const active = Discovery.deepActiveElement();
  const watcher = [...watchers.values()].find((w) => w.root === active || w.root.contains(active)) ?? [...watchers.values()].find((w) => w.marks.length);
  if (!watcher?.marks.length) return;
  const model = watcher.read();
  const caret = selectedSpan(watcher, model)?.caret ?? 0;
  const ordered = [...watcher.marks].sort((a, b) => a.diagnostic.start - b.diagnostic.start);
  const current = Card.shown()?.diagnostic;
  const after = current ? ordered.find((m) => m.diagnostic.start > current.start) : ordered.find((m) => m.diagnostic.end > caret);
  openCard(watcher, after ?? ordered[0], { focus: true });
}

// --- finding boxes ------------------------------------------------------------

/** Finds the boxes in the document and in its shadow trees (content/discovery.js), and lets go of those that left. */
function scan() {
  if (!alive()) return;
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
  const relabel = next.language !== settings.language;
  settings = next;
  chooseLanguage(settings.language);
  if (relabel) loadTips();
  enabled = settings.sites[here];
  Card.hide();
  LastLook.dismiss();
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
  if (!pointer || !alive()) return;
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
  if (!enabled || !alive()) return;
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
  if (enabled && alive() && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') {
    event.preventDefault();
    openNextFinding();
  }
}

function onViewportChange() {
  if (orphaned) return;
  Card.place();
  Counter.placeAll();
  LastLook.place();
}

/**
 * Adds a listener that `orphan()` removes again.
 * @param {EventTarget} target
 * @param {string} type
 * @param {(event: any) => void} listener
 * @param {AddEventListenerOptions} options
 */
function listen(target, type, listener, options) {
  target.addEventListener(type, listener, options);
  teardown.push(() => target.removeEventListener(type, listener, options));
}

/** @param {import('../shared/sites.js').Site} here */
async function start(here) {
  applySettings(await Settings.load(), here);
  Settings.onChange((next) => alive() && applySettings(next, here));
  teardown.push(Discovery.start({ onChange: scan, ignore: Overlay.owns }));
  scan();
  teardown.push(
    LastLook.start({
      boxes: () => watchers.values(),
      enabled: () => enabled && settings.lastLook && alive(),
      title: shortTitle,
      review: (watcher, mark) => openCard(/** @type {BoxWatcher} */ (watcher), mark, { focus: true }),
    }),
  );
  // Only real input: a page's scripts cannot open a card or run the shortcut.
  listen(document, 'mousemove', trusted(onPointerMove), { passive: true, capture: true });
  listen(document, 'click', trusted(onClick), { capture: true });
  listen(document, 'keydown', trusted(onKeyDown), { capture: true });
  listen(
    window,
    'scroll',
    trusted(() => requestAnimationFrame(onViewportChange)),
    { passive: true, capture: true },
  );
  listen(
    window,
    'resize',
    trusted(() => requestAnimationFrame(onViewportChange)),
    { passive: true },
  );
  onTabMessage('next-finding', () => alive() && openNextFinding());
  if (window === top) answerSiteOfTab(here); // the popup's switch is for this site
  // A frame that goes away (a dialog's iframe removed) takes its findings out of the tab's badge.
  if (window !== top) {
    listen(
      window,
      'pagehide',
      trusted(() => ask({ type: 'badge', count: 0, severity: null, failed: false }).catch(() => {})),
      {},
    );
  }
  loadTips();
}

/** The tips' titles for the cards and the rules' for the last look; asked for again after a check if the core was not there at first. */
function loadTips() {
  ask({ type: 'tips', lang: uiLang() })
    .then((loaded) => {
      tips = loaded;
    })
    .catch(() => {});
  ask({ type: 'rules', lang: uiLang() })
    .then((loaded) => {
      ruleTitles = new Map(loaded.map((rule) => [rule.id, rule.title]));
    })
    .catch(() => {});
}

/** How long a quoted finding may be in the last look's list. */
const QUOTE_LENGTH = 40;

/**
 * A finding's short title for the last look: its rule's title and the words it is about
 * ("Personal data “06-12345678”"); the message's first clause until the rules are known.
 * @param {Mark} mark
 */
function shortTitle({ diagnostic }) {
  const title = ruleTitles.get(diagnostic.rule) ?? diagnostic.message.split(/[.:;(]/)[0].trim();
  const chars = [...diagnostic.quote.replace(/\s+/g, ' ').trim()];
  const quote = chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH - 1).join('')}…` : chars.join('');
  return t('lastLookFinding', title, quote);
}

if (site) start(site);
