// Underlines findings with the CSS Custom Highlight API: the editor's DOM never
// gets a node of ours, so Draft.js, Lexical, Quill and ProseMirror never see us.
'use strict';

globalThis.AmbassadeurHighlighter = (() => {
  const NAMES = { error: 'ambassadeur-error', warning: 'ambassadeur-warning', info: 'ambassadeur-info' };
  /** box element → [{ range, diagnostic }] */
  const marksByBox = new Map();

  function render() {
    if (!globalThis.CSS?.highlights) return;
    for (const [severity, name] of Object.entries(NAMES)) {
      const ranges = [];
      for (const marks of marksByBox.values()) for (const m of marks) if (m.diagnostic.severity === severity) ranges.push(m.range);
      if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
      else CSS.highlights.delete(name);
    }
  }

  /** Replaces the marks of one box. */
  function set(box, marks) {
    if (marks.length) marksByBox.set(box, marks);
    else if (!marksByBox.delete(box)) return;
    render();
  }

  /** The mark under the point (x, y), if any; a little slack below the line covers the underline. */
  function markAt(x, y) {
    for (const [box, marks] of marksByBox) {
      for (const mark of marks) {
        for (const r of mark.range.getClientRects()) {
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 3) return { box, ...mark };
        }
      }
    }
    return null;
  }

  return { set, markAt };
})();
