// Fills every [data-i18n] element of an extension page from the message catalogue.
'use strict';

globalThis.AmbassadeurI18n = (() => {
  function t(key, ...substitutions) {
    return chrome.i18n.getMessage(key, substitutions) || key;
  }

  function localize(root = document) {
    document.documentElement.lang = AmbassadeurSettings.uiLang();
    for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  }

  /** Asks the background (which owns the core) for tips or rules. */
  async function ask(message) {
    const answer = await chrome.runtime.sendMessage(message);
    if (!answer?.ok) throw new Error(answer?.error ?? 'no answer from the background');
    return answer.result;
  }

  return { t, localize, ask };
})();
