// @ts-check
// The three severities of a finding, most serious first, and how each one looks.
// One place for the order, the colours and the names: the highlight registry, the
// page's ::highlight() rules (through the custom properties set from here), the
// overlay's card and counter, and the toolbar badge all read them from this module.

/** @typedef {'error' | 'warning' | 'info'} Severity */

/**
 * How a severity looks.
 * @typedef {object} Look
 * @property {string} color  the underline and the counter's dot
 * @property {string} solid  a background behind white text: the card's badge, the toolbar badge
 * @property {string} tint   the background of the underlined text
 * @property {'wavy' | 'dotted'} line  the underline's style
 */

/** Most serious first. @type {readonly Severity[]} */
export const SEVERITIES = Object.freeze(['error', 'warning', 'info']);

/** @type {Readonly<Record<Severity, Look>>} */
export const LOOKS = Object.freeze({
  error: { color: '#c62828', solid: '#c62828', tint: 'rgb(198 40 40 / 0.08)', line: 'wavy' },
  warning: { color: '#e07b00', solid: '#b35c00', tint: 'rgb(224 123 0 / 0.08)', line: 'wavy' },
  info: { color: '#1a73e8', solid: '#1a73e8', tint: 'rgb(26 115 232 / 0.06)', line: 'dotted' },
});

/**
 * True for the three known severities.
 * @param {unknown} value
 * @returns {value is Severity}
 */
export function isSeverity(value) {
  return SEVERITIES.includes(/** @type {Severity} */ (value));
}

/**
 * The name of the severity's highlight in `CSS.highlights` (and in `::highlight()`).
 * @param {Severity} severity
 */
export function highlightName(severity) {
  return `ambassadeur-${severity}`;
}

/**
 * The most serious of `severities`, or null when there is none.
 * @param {Iterable<Severity>} severities
 * @returns {Severity | null}
 */
export function worst(severities) {
  let rank = SEVERITIES.length;
  for (const severity of severities) rank = Math.min(rank, SEVERITIES.indexOf(severity));
  return SEVERITIES[rank] ?? null;
}

/**
 * The looks as CSS custom properties, `--ambassadeur-error-color: #c62828; …`,
 * for `highlights.css` (which reads them) and the overlay.
 */
export function cssProperties() {
  return SEVERITIES.flatMap((severity) => Object.entries(LOOKS[severity]).map(([part, value]) => `--ambassadeur-${severity}-${part}: ${value};`)).join(' ');
}
