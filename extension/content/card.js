// The card that explains a finding: a shadow-DOM host on <html>, outside every
// editor, so the page's editor and styles never meet it. Every text in it is set
// with textContent: post text and messages are never parsed as HTML.
'use strict';

globalThis.AmbassadeurCard = (() => {
  const CSS_TEXT = `
    :host { all: initial; }
    .card { position: fixed; z-index: 2147483647; max-width: 340px; box-sizing: border-box;
      font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
      background: #fff; border: 1px solid #d0d7de; border-radius: 10px; padding: 12px 14px;
      box-shadow: 0 8px 24px rgb(0 0 0 / 0.16); }
    .card[hidden] { display: none; }
    .tip { display: flex; gap: 8px; align-items: baseline; font-size: 12px; font-weight: 600;
      color: #57606a; margin-bottom: 6px; text-transform: none; }
    .badge { flex: none; border-radius: 999px; padding: 1px 8px; color: #fff; background: #001158; }
    .error .badge { background: #c62828; } .warning .badge { background: #b35c00; } .info .badge { background: #1a73e8; }
    .message { margin: 0; }
  `;
  let host = null;
  let card = null;
  let shown = null;

  function ensure() {
    if (host?.isConnected) return;
    host = document.createElement('ambassadeur-card');
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT); // constructed sheets are not inline styles, so a strict style-src allows them
    shadow.adoptedStyleSheets = [sheet];
    card = document.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    shadow.append(card);
    document.documentElement.append(host);
  }

  /** Shows `diagnostic` under `range`; `tip` is `{ number, title }` in the UI language. */
  function show(range, diagnostic, tip, lang) {
    ensure();
    shown = { range, diagnostic };
    card.className = `card ${diagnostic.severity}`;
    const header = document.createElement('div');
    header.className = 'tip';
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = `${lang === 'nl' ? 'Tip' : 'Tip'} ${diagnostic.tip}`;
    const title = document.createElement('span');
    title.textContent = tip?.title ?? '';
    header.append(badge, title);
    const message = document.createElement('p');
    message.className = 'message';
    message.textContent = diagnostic.message;
    card.replaceChildren(header, message);
    card.hidden = false;
    place(range);
  }

  function place(range) {
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const left = Math.max(8, Math.min(rect.left, innerWidth - width - 8));
    const below = rect.bottom + 8;
    const top = below + height > innerHeight - 8 ? Math.max(8, rect.top - height - 8) : below;
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  function hide() {
    shown = null;
    if (card) card.hidden = true;
  }

  /** True when the point is over the card itself (so moving onto it keeps it open). */
  function contains(x, y) {
    if (!card || card.hidden) return false;
    const r = card.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  return { show, hide, contains, get shown() { return shown; } };
})();
