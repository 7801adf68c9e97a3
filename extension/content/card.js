// The card that explains one finding: the tip it breaks, the message, the
// suggestions as buttons, and "ignore here", "turn this rule off" and a link to
// the tip. Opens on hover, click or the keyboard shortcut.
'use strict';

globalThis.AmbassadeurCard = (() => {
  const { root, el, placeNear, t } = AmbassadeurOverlay;
  let card = null;
  let shown = null;

  function ensure() {
    if (card?.isConnected) return;
    card = el('div', { className: 'card', role: 'dialog', hidden: true });
    // Keep the caret in the editor when a button is clicked with the mouse.
    card.addEventListener('mousedown', (event) => event.preventDefault());
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        shown?.actions.close();
      }
    });
    root().append(card);
  }

  /**
   * Shows the card for `diagnostic` under `range`.
   * actions: { apply(suggestion), ignore(), disableRule(), openTip(), close() }.
   * With `focus`, the first button takes the keyboard focus (Enter applies the first fix).
   */
  function show({ range, diagnostic, tip, actions, focus = false }) {
    ensure();
    shown = { range, diagnostic, actions };
    const titleId = 'ambassadeur-card-title';
    card.className = `card ${diagnostic.severity}`;
    card.setAttribute('aria-labelledby', titleId);
    const header = el('p', { className: 'tip', id: titleId }, [
      el('span', { className: 'badge', textContent: t('tipLabel', String(diagnostic.tip)) }),
      el('span', { textContent: tip?.title ?? '' }),
    ]);
    const message = el('p', { className: 'message', textContent: diagnostic.message });
    const fixes = el(
      'div',
      { className: 'fixes' },
      diagnostic.suggestions.map((s) =>
        el('button', { type: 'button', className: 'fix', textContent: s, title: s, onclick: () => actions.apply(s), 'aria-label': t('applyFix', s) }),
      ),
    );
    const links = el('div', { className: 'actions' }, [
      el('button', { type: 'button', className: 'action ignore', textContent: t('ignoreHere'), onclick: () => actions.ignore() }),
      el('button', { type: 'button', className: 'action disable', textContent: t('disableRule'), onclick: () => actions.disableRule() }),
      el('button', { type: 'button', className: 'action about', textContent: t('aboutTip', String(diagnostic.tip)), onclick: () => actions.openTip() }),
    ]);
    card.replaceChildren(header, message, ...(diagnostic.suggestions.length ? [fixes] : []), links);
    card.hidden = false;
    place();
    if (focus) card.querySelector('button')?.focus();
  }

  function place() {
    if (!shown) return;
    const rect = shown.range.getClientRects()[0] ?? shown.range.getBoundingClientRect();
    placeNear(card, rect);
  }

  function hide() {
    shown = null;
    if (card) card.hidden = true;
  }

  /** True when the point is over the card (moving onto it keeps it open). */
  function contains(x, y) {
    if (!card || card.hidden) return false;
    const r = card.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  function hasFocus() {
    return !!card && !card.hidden && root().activeElement !== null && card.contains(root().activeElement);
  }

  return { show, hide, place, contains, hasFocus, get shown() { return shown; } };
})();
