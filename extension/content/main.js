// The content script's conductor: finds compose boxes as they appear, asks the
// background to check their text after every change, and keeps the underlines,
// the card and the counter in step. Typing never waits for a check: checks run
// asynchronously and a newer text supersedes an older one.
'use strict';

(() => {
  const Settings = globalThis.AmbassadeurSettings;
  const Text = globalThis.AmbassadeurText;
  const Highlighter = globalThis.AmbassadeurHighlighter;
  const Card = globalThis.AmbassadeurCard;
  const Counter = globalThis.AmbassadeurCounter;
  const { t } = globalThis.AmbassadeurOverlay;
  const editors = globalThis.AmbassadeurEditors;

  /** Longer posts are checked up to here (Facebook's maximum is 63,206 characters). */
  const MAX_CHECKED = 70_000;

  const site = Settings.siteOf(location.hostname);
  if (!site) return;
  const lang = Settings.uiLang();
  let settings = Settings.normalize(null);
  let enabled = false;
  let tips = [];
  /** editor root → BoxWatcher */
  const watchers = new Map();

  async function ask(message) {
    const answer = await chrome.runtime.sendMessage(message);
    if (!answer?.ok) throw new Error(answer?.error ?? 'no answer from the background');
    return answer.result;
  }

  class BoxWatcher {
    constructor(root, editor) {
      this.root = root;
      this.editor = editor;
      this.text = '';
      this.diagnostics = [];
      this.marks = [];
      this.ignored = new Set();
      this.seq = 0;
      this.composing = false;
      this.inputAt = null;
      this.observer = new MutationObserver(() => this.update());
      this.observer.observe(root, { subtree: true, childList: true, characterData: true });
      this.listeners = {
        input: () => { this.inputAt ??= performance.now(); },
        compositionstart: () => { this.composing = true; },
        compositionend: () => { this.composing = false; this.update(); },
      };
      for (const [type, fn] of Object.entries(this.listeners)) root.addEventListener(type, fn);
      this.update();
    }

    /** Reads the text after a change; an IME composition is left alone until it ends. */
    update() {
      if (!enabled || this.composing || !this.root.isConnected) return;
      const model = Text.read(this.editor.blocks(this.root));
      if (model.text !== this.text) {
        // Move the findings along with the edit until the new check answers; drop those it touched.
        this.diagnostics = Text.shift(this.diagnostics, Text.diff(this.text, model.text));
        if (!model.text.trim()) this.ignored.clear(); // the post was sent or cleared: a new post begins
        this.text = model.text;
        this.request(model.text);
      }
      this.draw(model);
    }

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
      this.draw(Text.read(this.editor.blocks(this.root)));
      if (this.inputAt !== null) {
        performance.measure('ambassadeur:input-to-underline', { start: this.inputAt, end: performance.now() });
        this.inputAt = null;
      }
    }

    draw(model) {
      this.marks = [];
      for (const diagnostic of this.diagnostics) {
        if (this.ignored.has(ignoreKey(diagnostic))) continue;
        const range = Text.rangeFor(model, diagnostic.start, diagnostic.end);
        if (range) this.marks.push({ range, diagnostic });
      }
      Highlighter.set(this.root, this.marks);
      const note = this.text.length > MAX_CHECKED ? t('truncated', MAX_CHECKED.toLocaleString()) : '';
      Counter.update(this.root, this.marks, { note, onPick: (mark) => openCard(this, mark, { focus: true }) });
      // A card whose finding is gone (the text changed under it) closes.
      const card = Card.shown;
      if (card?.watcher === this && !this.marks.some((m) => sameFinding(m.diagnostic, card.diagnostic))) Card.hide();
      reportCount();
    }

    /** Forgets every finding and any check in flight. */
    reset() {
      this.seq++;
      this.text = '';
      this.diagnostics = [];
      this.marks = [];
      Highlighter.set(this.root, []);
      Counter.remove(this.root);
    }

    dispose() {
      this.observer.disconnect();
      for (const [type, fn] of Object.entries(this.listeners)) this.root.removeEventListener(type, fn);
      this.reset();
      reportCount();
    }
  }

  const ignoreKey = (d) => `${d.rule}\u0000${d.quote}`;
  const sameFinding = (a, b) => a.rule === b.rule && a.start === b.start && a.end === b.end;

  function reportCount() {
    let count = 0;
    let worst = null;
    for (const w of watchers.values()) {
      count += w.marks.length;
      for (const m of w.marks) if (worst === null || ['error', 'warning', 'info'].indexOf(m.diagnostic.severity) < ['error', 'warning', 'info'].indexOf(worst)) worst = m.diagnostic.severity;
    }
    const key = `${count}:${worst}`;
    if (key === reportCount.last) return;
    reportCount.last = key;
    ask({ type: 'badge', count, severity: worst }).catch(() => {});
  }

  // --- the card and its actions ----------------------------------------------

  /** Where focus and caret were before the keyboard opened a card. */
  let returnTo = null;

  function openCard(watcher, mark, { focus = false } = {}) {
    if (focus && !returnTo) {
      const selection = getSelection();
      returnTo = { root: watcher.root, range: selection.rangeCount ? selection.getRangeAt(0).cloneRange() : null };
    }
    const d = mark.diagnostic;
    Card.show({
      range: mark.range,
      diagnostic: d,
      tip: tips.find((tip) => tip.number === d.tip),
      focus,
      actions: {
        apply: (suggestion) => applyFix(watcher, d, suggestion),
        ignore: () => {
          watcher.ignored.add(ignoreKey(d));
          closeCard({ restore: true });
          watcher.draw(Text.read(watcher.editor.blocks(watcher.root)));
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
    Card.shown.watcher = watcher;
  }

  function closeCard({ restore }) {
    Card.hide();
    const target = returnTo;
    returnTo = null;
    if (restore && target?.root.isConnected) {
      target.root.focus({ preventScroll: true });
      if (target.range) AmbassadeurEditing.select(target.range);
    }
  }

  async function applyFix(watcher, diagnostic, suggestion) {
    const model = Text.read(watcher.editor.blocks(watcher.root));
    // Only replace what was flagged: if the text moved on, the fix no longer applies.
    if (model.text.slice(diagnostic.start, diagnostic.end) !== diagnostic.quote) return closeCard({ restore: true });
    const range = Text.rangeFor(model, diagnostic.start, diagnostic.end);
    returnTo = null;
    Card.hide();
    await watcher.editor.replace(watcher.root, range, suggestion);
  }

  /** Opens the card of the next finding after the caret in the focused box (wrapping around). */
  function openNextFinding() {
    const active = document.activeElement;
    const watcher = [...watchers.values()].find((w) => w.root === active || w.root.contains(active)) ?? [...watchers.values()].find((w) => w.marks.length);
    if (!watcher?.marks.length) return;
    const model = Text.read(watcher.editor.blocks(watcher.root));
    const selection = getSelection();
    const caret = selection.rangeCount && watcher.root.contains(selection.focusNode) ? Text.offsetOf(model, selection.focusNode, selection.focusOffset) ?? 0 : 0;
    const ordered = [...watcher.marks].sort((a, b) => a.diagnostic.start - b.diagnostic.start);
    const current = Card.shown?.diagnostic;
    const after = current ? ordered.find((m) => m.diagnostic.start > current.start) : ordered.find((m) => m.diagnostic.end > caret);
    openCard(watcher, after ?? ordered[0], { focus: true });
  }

  // --- finding boxes ------------------------------------------------------------

  const selector = editors.map((e) => e.selector).join(', ');

  function scan() {
    for (const [root, watcher] of watchers) {
      if (!root.isConnected || !root.matches(selector)) {
        watcher.dispose();
        watchers.delete(root);
      }
    }
    for (const root of document.querySelectorAll(selector)) {
      if (watchers.has(root)) continue;
      const editor = editors.find((e) => root.matches(e.selector));
      watchers.set(root, new BoxWatcher(root, editor));
    }
  }

  let scanScheduled = false;
  function scheduleScan() {
    if (scanScheduled) return;
    scanScheduled = true;
    requestAnimationFrame(() => {
      scanScheduled = false;
      scan();
    });
  }

  function applySettings(next) {
    settings = next;
    enabled = settings.sites[site];
    Card.hide();
    Counter.hideList();
    for (const watcher of watchers.values()) {
      watcher.reset();
      watcher.update();
    }
    reportCount();
  }

  // --- pointer and keyboard ---------------------------------------------------------

  let pointer = null;
  function onPointerMove(event) {
    if (pointer === null) requestAnimationFrame(hoverAt);
    pointer = { x: event.clientX, y: event.clientY };
  }

  function hoverAt() {
    const { x, y } = pointer;
    pointer = null;
    if (!enabled || Card.contains(x, y) || Card.hasFocus()) return;
    const mark = Highlighter.markAt(x, y);
    if (!mark) {
      if (Card.shown && !returnTo) Card.hide();
      return;
    }
    if (Card.shown && sameFinding(Card.shown.diagnostic, mark.diagnostic)) return;
    openCard(watchers.get(mark.box), mark);
  }

  function onClick(event) {
    if (!enabled) return;
    const mark = Highlighter.markAt(event.clientX, event.clientY);
    if (mark && !(Card.shown && sameFinding(Card.shown.diagnostic, mark.diagnostic))) openCard(watchers.get(mark.box), mark);
  }

  /** The default shortcut also works where the browser's command is not delivered. */
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

  async function start() {
    applySettings(await Settings.load());
    Settings.onChange(applySettings);
    new MutationObserver(scheduleScan).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['contenteditable'],
    });
    scan();
    document.addEventListener('mousemove', onPointerMove, { passive: true, capture: true });
    document.addEventListener('click', onClick, { capture: true });
    document.addEventListener('keydown', onKeyDown, { capture: true });
    addEventListener('scroll', () => requestAnimationFrame(onViewportChange), { passive: true, capture: true });
    addEventListener('resize', () => requestAnimationFrame(onViewportChange), { passive: true });
    chrome.runtime.onMessage.addListener((message) => {
      if (message?.type === 'next-finding') openNextFinding();
    });
    tips = await ask({ type: 'tips', lang }).catch(() => []);
  }

  start();
})();
