// The plain text of an editor, read from its DOM, and the way back from text
// offsets (UTF-16, as the core reports them) to DOM Ranges. Blocks (paragraphs)
// are joined with '\n', as the editors themselves do in their plain text.
'use strict';

globalThis.AmbassadeurText = (() => {
  /** Nodes that show no text of the post (Quill's caret placeholder, widgets). */
  const SKIP = '.ql-cursor, [data-ambassadeur-skip]';

  /**
   * Reads the editor's `blocks` (its paragraphs, in order) into `{ text, pieces }`,
   * where each piece maps a DOM text node to its place in `text`.
   */
  function read(blocks) {
    let text = '';
    const pieces = [];
    [...blocks].forEach((block, index) => {
      if (index > 0) text += '\n';
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
        acceptNode: (node) => {
          if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
          if (node.matches(SKIP)) return NodeFilter.FILTER_REJECT;
          return node.nodeName === 'BR' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
        },
      });
      // A <br> between texts is a soft line break; a trailing one only keeps an empty line open.
      let pendingBreaks = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeName === 'BR') {
          pendingBreaks++;
          continue;
        }
        if (!node.data.length) continue;
        text += '\n'.repeat(pendingBreaks);
        pendingBreaks = 0;
        pieces.push({ node, start: text.length, end: text.length + node.data.length });
        text += node.data;
      }
    });
    return { text, pieces };
  }

  function locate(pieces, offset, preferNext) {
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      if (offset < p.end || (offset === p.end && !(preferNext && pieces[i + 1]?.start === offset))) {
        if (offset >= p.start) return { node: p.node, offset: offset - p.start };
        return { node: p.node, offset: 0 }; // offset in a gap (a block break): snap forward
      }
    }
    const last = pieces[pieces.length - 1];
    return last ? { node: last.node, offset: last.node.data.length } : null;
  }

  /** A live DOM Range for [start, end) of the model's text, or null. */
  function rangeFor(model, start, end) {
    if (!(start < end) || end > model.text.length) return null;
    const from = locate(model.pieces, start, true);
    const to = locate(model.pieces, end, false);
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /** The text offset of a DOM point (e.g. the caret), or null when it is outside the text. */
  function offsetOf(model, node, offset) {
    const piece = model.pieces.find((p) => p.node === node);
    if (piece) return piece.start + Math.min(offset, piece.end - piece.start);
    const point = document.createRange();
    try {
      point.setStart(node, offset);
    } catch {
      return null;
    }
    // An element boundary: the text offset is where the first piece after it starts.
    const next = model.pieces.find((p) => point.comparePoint(p.node, 0) >= 0);
    return next ? next.start : model.text.length;
  }

  /**
   * Where `before` and `after` differ: the common prefix length, and the lengths
   * of the changed middle in each. Used to move findings along with an edit.
   */
  function diff(before, after) {
    const max = Math.min(before.length, after.length);
    let prefix = 0;
    while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
    return { prefix, removed: before.length - prefix - suffix, added: after.length - prefix - suffix };
  }

  /** Findings that survive the edit, moved to their new offsets; those it touched are dropped. */
  function shift(diagnostics, change) {
    const editEnd = change.prefix + change.removed;
    const delta = change.added - change.removed;
    return diagnostics.flatMap((d) => {
      if (d.end <= change.prefix) return [d];
      if (d.start >= editEnd && !(change.removed === 0 && d.start === change.prefix)) return [{ ...d, start: d.start + delta, end: d.end + delta }];
      return [];
    });
  }

  return { read, rangeFor, offsetOf, diff, shift };
})();
