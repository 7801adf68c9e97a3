// The content script's conductor: finds compose boxes as they appear, asks the
// background to check their text after every change, and keeps the underlines
// and the card in step. Typing never waits for a check: checks run
// asynchronously and a newer text supersedes an older one.
'use strict';

(() => {
  const Settings = globalThis.AmbassadeurSettings;
  const Text = globalThis.AmbassadeurText;
  const Highlighter = globalThis.AmbassadeurHighlighter;
  const Card = globalThis.AmbassadeurCard;
  const editors = globalThis.AmbassadeurEditors;

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
      this.seq = 0;
      this.scheduled = false;
      this.observer = new MutationObserver(() => this.schedule());
      this.observer.observe(root, { subtree: true, childList: true, characterData: true });
      this.schedule();
    }

    /** Coalesces every change of one frame into one read of the text. */
    schedule() {
      if (this.scheduled) return;
      this.scheduled = true;
      requestAnimationFrame(() => {
        this.scheduled = false;
        this.update();
      });
    }

    update() {
      if (!enabled || !this.root.isConnected) return;
      const model = Text.read(this.editor.blocks(this.root));
      if (model.text !== this.text) {
        // Move the findings along with the edit until the new check answers; drop those it touched.
        this.diagnostics = Text.shift(this.diagnostics, Text.diff(this.text, model.text));
        this.text = model.text;
        this.request(model.text);
      }
      this.draw(model);
    }

    async request(text) {
      const seq = ++this.seq;
      let diagnostics;
      try {
        diagnostics = await ask({ type: 'check', text, lang, disabled: settings.disabledRules });
      } catch {
        return; // the extension was reloaded or the background failed: keep the page working
      }
      if (seq !== this.seq || !enabled) return;
      this.diagnostics = diagnostics;
      this.draw(Text.read(this.editor.blocks(this.root)));
    }

    draw(model) {
      const marks = [];
      for (const diagnostic of this.diagnostics) {
        const range = Text.rangeFor(model, diagnostic.start, diagnostic.end);
        if (range) marks.push({ range, diagnostic });
      }
      Highlighter.set(this.root, marks);
    }

    /** Forgets every finding and any check in flight. */
    reset() {
      this.seq++;
      this.text = '';
      this.diagnostics = [];
      Highlighter.set(this.root, []);
    }

    dispose() {
      this.observer.disconnect();
      this.reset();
    }
  }

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
    for (const watcher of watchers.values()) {
      watcher.reset();
      watcher.schedule();
    }
  }

  let pointer = null;
  function onPointerMove(event) {
    if (pointer === null) requestAnimationFrame(hoverAt);
    pointer = { x: event.clientX, y: event.clientY };
  }

  function hoverAt() {
    const { x, y } = pointer;
    pointer = null;
    if (!enabled || Card.contains(x, y)) return;
    const mark = Highlighter.markAt(x, y);
    if (!mark) {
      Card.hide();
      return;
    }
    if (Card.shown?.diagnostic === mark.diagnostic) return;
    Card.show(mark.range, mark.diagnostic, tips.find((t) => t.number === mark.diagnostic.tip), lang);
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
    addEventListener('scroll', () => Card.hide(), { passive: true, capture: true });
    tips = await ask({ type: 'tips', lang }).catch(() => []);
  }

  start();
})();
