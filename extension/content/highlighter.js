// @ts-check
// Underlines findings with the CSS Custom Highlight API: the editor's DOM never
// gets a node of ours, so Draft.js, Lexical, Quill and ProseMirror never see us.
// One highlight per severity, styled by highlights.css.

import { highlightName, SEVERITIES } from '../shared/severities.js';
import { adoptInto } from './highlight-sheet.js';

/**
 * A finding in a post: the core's diagnostic and the text it flagged when checked.
 * @typedef {import('../shared/protocol.js').Diagnostic & { quote: string }} Finding
 */
/**
 * A finding drawn on the page: its live range in the box, and the finding.
 * @typedef {{ range: Range, diagnostic: Finding }} Mark
 */

/** box element → its marks */
/** @type {Map<Element, Mark[]>} */
const marksByBox = new Map();
function render() {
  if (!globalThis.CSS?.highlights) return;
  for (const severity of SEVERITIES) {
    const ranges = [];
    for (const marks of marksByBox.values()) for (const m of marks) if (m.diagnostic.severity === severity) ranges.push(m.range);
    if (ranges.length) CSS.highlights.set(highlightName(severity), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName(severity));
  }
}

/**
 * Replaces the marks of one box.
 * @param {Element} box
 * @param {Mark[]} marks
 */
export function set(box, marks) {
  if (marks.length) {
    marksByBox.set(box, marks);
    // The page's ::highlight() rules do not reach into a shadow tree: the tree gets its own.
    const tree = marks[0].range.startContainer.getRootNode();
    if (tree instanceof ShadowRoot) adoptInto(tree);
  } else if (!marksByBox.delete(box)) return;
  render();
}

/**
 * The mark under the point (x, y) and its box, if any; a little slack below the line covers the underline.
 * @param {number} x
 * @param {number} y
 * @returns {{ box: Element, mark: Mark } | null}
 */
export function markAt(x, y) {
  for (const [box, marks] of marksByBox) {
    // Text scrolled out of the box is not under the pointer, even where its rectangles lie.
    const visible = box.getBoundingClientRect();
    if (x < visible.left || x > visible.right || y < visible.top || y > visible.bottom + 3) continue;
    for (const mark of marks) {
      for (const r of mark.range.getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 3) return { box, mark };
      }
    }
  }
  return null;
}
