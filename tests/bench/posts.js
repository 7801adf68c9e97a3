// The benchmark posts: realistic mixed Dutch/English text of exact lengths, built
// deterministically from tests/bench/sentences.txt. crate/benches/check.rs builds the
// very same posts (same algorithm); `fingerprint` lets run.js prove they are equal.
//
// Lengths are in UTF-16 code units (what JS and the sites count): 280 (a post on X),
// 3,000 (a long LinkedIn post) and 63,206 (Facebook's maximum).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SENTENCES_FILE = path.join(here, 'sentences.txt');
export const LENGTHS = [280, 3_000, 63_206];

export function sentences(source = fs.readFileSync(SENTENCES_FILE, 'utf8')) {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/**
 * A post of exactly `length` UTF-16 code units: sentences in order, each round
 * shifted by 3 so that the long post does not repeat one block; a blank line
 * after every fourth sentence; cut at `length` without splitting a surrogate pair.
 */
export function post(length, list = sentences()) {
  const n = list.length;
  let out = '';
  for (let i = 0; out.length < length; i++) {
    if (i > 0) out += i % 4 === 0 ? '\n\n' : ' ';
    out += list[(i + Math.floor(i / n) * 3) % n];
  }
  out = out.slice(0, length);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = `${out.slice(0, -1)} `;
  return out;
}

/** FNV-1a, 64 bits, over the UTF-8 bytes, as hex: the same number the Rust bench prints. */
export function fingerprint(text) {
  let h = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

export function posts() {
  const list = sentences();
  return LENGTHS.map((length) => ({ length, text: post(length, list) }));
}
