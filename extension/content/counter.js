// A small counter at the edge of each compose box (findings by severity; click
// lists them), and a polite live region that tells screen-reader users how
// many findings the post has whenever that number changes.
'use strict';

globalThis.AmbassadeurCounter = (() => {
  const { root, el, placeNear, t } = AmbassadeurOverlay;
  const SEVERITIES = ['error', 'warning', 'info'];
  /** box → counter element */
  const counters = new Map();
  let list = null;
  let live = null;
  let lastAnnounced = null;

  function liveRegion() {
    if (!live?.isConnected) {
      live = el('div', { className: 'sr-only', role: 'status', 'aria-live': 'polite' });
      root().append(live);
    }
    return live;
  }

  function summary(marks) {
    const n = marks.length;
    return n === 0 ? t('noFindings') : n === 1 ? t('oneFinding') : t('manyFindings', String(n));
  }

  /**
   * Shows the box's counts. `onPick(mark)` opens a finding's card from the list.
   * `note` is an extra line (e.g. that only the start of a huge post was checked).
   */
  function update(box, marks, { onPick, note = '' } = {}) {
    let counter = counters.get(box);
    if (!marks.length && !note) {
      counter?.remove();
      counters.delete(box);
    } else {
      if (!counter?.isConnected) {
        counter = el('button', { type: 'button', className: 'counter' });
        counter.addEventListener('mousedown', (event) => event.preventDefault());
        root().append(counter);
        counters.set(box, counter);
      }
      const parts = [];
      for (const severity of SEVERITIES) {
        const n = marks.filter((m) => m.diagnostic.severity === severity).length;
        if (n) parts.push(el('span', { className: `dot ${severity}` }), el('span', { className: `count ${severity}`, textContent: String(n) }));
      }
      if (note) parts.push(el('span', { textContent: '…' }));
      counter.replaceChildren(...parts);
      counter.setAttribute('aria-label', `${t('extName')}: ${summary(marks)}${note ? `. ${note}` : ''}`);
      counter.title = counter.getAttribute('aria-label');
      counter.onclick = () => toggleList(box, marks, onPick, note);
      place(box);
    }
    const text = summary(marks);
    if (text !== lastAnnounced) {
      lastAnnounced = text;
      liveRegion().textContent = text;
    }
  }

  function place(box) {
    const counter = counters.get(box);
    if (!counter) return;
    const r = box.getBoundingClientRect();
    const visible = r.bottom > 0 && r.top < innerHeight && r.width > 0;
    counter.hidden = !visible;
    counter.style.left = `${Math.max(4, r.right - counter.offsetWidth - 6)}px`;
    counter.style.top = `${Math.max(4, r.bottom - counter.offsetHeight - 6)}px`;
  }

  function placeAll() {
    for (const box of counters.keys()) place(box);
  }

  function toggleList(box, marks, onPick, note) {
    if (list && !list.hidden) return hideList();
    if (!list) {
      list = root().appendChild(el('div', { className: 'list', role: 'dialog', 'aria-label': t('extName') }));
      list.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        hideList();
        box.focus({ preventScroll: true });
      });
    }
    const items = marks.map((mark) =>
      el('li', {}, [
        el('button', { type: 'button', onclick: () => { hideList(); onPick(mark); } }, [
          el('span', { className: `dot ${mark.diagnostic.severity}` }),
          ' ',
          el('span', { className: 'quote', textContent: mark.range.toString() }),
          ` · ${t('tipLabel', String(mark.diagnostic.tip))}`,
        ]),
      ]),
    );
    list.replaceChildren(...(note ? [el('p', { className: 'note', textContent: note })] : []), el('ul', {}, items));
    list.hidden = false;
    placeNear(list, counters.get(box).getBoundingClientRect());
    list.querySelector('button')?.focus();
  }

  function hideList() {
    if (list) list.hidden = true;
  }

  function remove(box) {
    counters.get(box)?.remove();
    counters.delete(box);
  }

  return { update, placeAll, remove, hideList };
})();
