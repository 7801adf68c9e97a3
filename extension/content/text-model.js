// @ts-check
// The plain text of an editor, read from its DOM, and the way back from text
// offsets (UTF-16, as the core reports them) to DOM Ranges. Blocks (paragraphs)
// are joined with '\n', as the editors themselves do in their plain text.

/**
 * Where one DOM text node sits in the model's text: [start, end).
 * @typedef {{ node: Text, start: number, end: number }} Piece
 */
/**
 * An editor's text and where each part of it lives in the DOM. Pieces are in
 * text order and never empty.
 * @typedef {{ text: string, pieces: Piece[] }} TextModel
 */
/**
 * What an edit changed: the common prefix's length, and the lengths of the
 * changed middle before (`removed`) and after (`added`).
 * @typedef {{ prefix: number, removed: number, added: number }} Change
 */

/** Nodes that show no text of the post (Quill's caret placeholder, widgets). */
const SKIP = '.ql-cursor, [data-ambassadeur-skip]';

/**
 * Elements that begin and end a line of their own: each paragraph, heading and list
 * item is one line of the text, whatever the editor nests it in. By tag name, which
 * is what editors render their blocks with (reading computed styles on every
 * keystroke would cost a style recalculation).
 */
const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
/** Containers whose whitespace-only text (the source's indentation) is never shown. */
const NO_LOOSE_TEXT = new Set(['OL', 'UL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR']);

/**
 * Reads the editor's `blocks` (its paragraphs, in order) into a text model. Blocks
 * are joined with '\n'; inside a block, a nested block element (a list item, a
 * paragraph in a list item, a heading) starts a line of its own, and a `<br>`
 * between texts is a soft line break (a trailing one only keeps an empty line open).
 * @param {Iterable<Element>} blocks
 * @returns {TextModel}
 */
export function read(blocks) {
  const state = { text: '', /** @type {Piece[]} */ pieces: [], breaks: 0, lineHasText: false };
  let index = 0;
  for (const block of blocks) {
    if (index++ > 0) state.text += '\n';
    state.breaks = 0;
    state.lineHasText = false;
    readInto(block, state);
  }
  return { text: state.text, pieces: state.pieces };
}

/**
 * @param {Node} parent
 * @param {{ text: string, pieces: Piece[], breaks: number, lineHasText: boolean }} state
 */
function readInto(parent, state) {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      const textNode = /** @type {Text} */ (node);
      if (!textNode.data.length || (NO_LOOSE_TEXT.has(parent.nodeName) && !textNode.data.trim())) continue;
      state.text += '\n'.repeat(state.breaks);
      state.breaks = 0;
      state.pieces.push({ node: textNode, start: state.text.length, end: state.text.length + textNode.data.length });
      state.text += textNode.data;
      state.lineHasText = true;
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = /** @type {Element} */ (node);
      if (element.nodeName === 'BR') {
        state.breaks++;
        state.lineHasText = false;
        continue;
      }
      if (element.matches(SKIP)) continue;
      const block = BLOCK_TAGS.has(element.nodeName);
      if (block) lineBreak(state);
      readInto(element, state);
      if (block) lineBreak(state);
    }
  }
}

/**
 * A block boundary: the next text starts a new line, unless the line is still empty.
 * @param {{ breaks: number, lineHasText: boolean }} state
 */
function lineBreak(state) {
  if (state.lineHasText) {
    state.breaks = Math.max(state.breaks, 1);
    state.lineHasText = false;
  }
}

/**
 * The DOM point of a text offset; at a boundary between two pieces, `preferNext` picks the later one.
 * @param {Piece[]} pieces
 * @param {number} offset
 * @param {boolean} preferNext
 * @returns {{ node: Text, offset: number } | null}
 */
function locate(pieces, offset, preferNext) {
  // Binary search for the first piece ending at or after `offset` (pieces are sorted and non-empty).
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (pieces[mid].end < offset) low = mid + 1;
    else high = mid;
  }
  if (low === pieces.length) {
    const last = pieces[pieces.length - 1];
    return last ? { node: last.node, offset: last.node.data.length } : null;
  }
  let p = pieces[low];
  if (offset === p.end && preferNext && pieces[low + 1]?.start === offset) p = pieces[low + 1];
  // An offset in a gap (a block break) snaps forward to the next piece's start.
  return { node: p.node, offset: Math.max(0, offset - p.start) };
}

/**
 * A live DOM Range for [start, end) of the model's text, or null.
 * @param {TextModel} model
 * @param {number} start
 * @param {number} end
 */
export function rangeFor(model, start, end) {
  if (!(start < end) || end > model.text.length) return null;
  const from = locate(model.pieces, start, true);
  const to = locate(model.pieces, end, false);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The text offset of a DOM point (e.g. the caret), or null when it is outside the text.
 * @param {TextModel} model
 * @param {Node} node
 * @param {number} offset
 */
export function offsetOf(model, node, offset) {
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
 * Where `before` and `after` differ. Used to move findings along with an edit.
 * @param {string} before
 * @param {string} after
 * @returns {Change}
 */
export function diff(before, after) {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, removed: before.length - prefix - suffix, added: after.length - prefix - suffix };
}

/**
 * Findings that survive the edit, moved to their new offsets; those it touched are dropped.
 * @template {{ start: number, end: number }} T
 * @param {T[]} diagnostics
 * @param {Change} change
 * @returns {T[]}
 */
export function shift(diagnostics, change) {
  const editEnd = change.prefix + change.removed;
  const delta = change.added - change.removed;
  return diagnostics.flatMap((d) => {
    if (d.end <= change.prefix) return [d];
    if (d.start >= editEnd && !(change.removed === 0 && d.start === change.prefix)) return [{ ...d, start: d.start + delta, end: d.end + delta }];
    return [];
  });
}
