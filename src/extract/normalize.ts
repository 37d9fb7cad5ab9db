// Folding of surface forms into lookup keys.
//
// Vietnamese has two conventions for where a tone mark sits ("hoà"/"hòa",
// "thuỷ"/"thủy", "Uỷ ban"/"Ủy ban"), and text arrives in NFC or NFD. A key
// is the lowercase NFC syllable with its tone mark moved to the end, so all
// spellings of a syllable share one key; labels keep the text's spelling.

import { BoundedCache } from '../util/bounded-cache.js';

const TONE_MARKS = new Map<string, string>([
  ['\u0300', '`'], // huyền
  ['\u0301', "'"], // sắc
  ['\u0303', '~'], // ngã
  ['\u0309', '?'], // hỏi
  ['\u0323', '.'], // nặng
]);

const cache = new BoundedCache<string, string>(200_000);

/** Key of one token: lowercase, NFC, tone mark (if any) moved to the end. */
export function foldToken(token: string): string {
  if (isLowerAscii(token)) return token;
  let key = cache.get(token);
  if (key !== undefined) return key;
  key = computeFold(token);
  cache.set(token, key);
  return key;
}

function computeFold(token: string): string {
  const lower = token.toLowerCase();
  if (isAscii(lower)) return lower;
  const nfd = lower.normalize('NFD');
  let base = '';
  let tone = '';
  for (const ch of nfd) {
    const mark = TONE_MARKS.get(ch);
    if (mark === undefined) base += ch;
    else tone = mark;
  }
  return base.normalize('NFC') + tone;
}

/** Only a-z, digits and ASCII punctuation: already its own key. */
function isLowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Key of a multi-word name: folded tokens joined by single spaces; hyphens and dots count as spaces. */
export function foldName(name: string): string {
  let out = '';
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const sep = i === name.length || SEPARATORS.has(name.charCodeAt(i));
    if (sep) {
      if (start >= 0) {
        out += (out ? ' ' : '') + foldToken(name.slice(start, i));
        start = -1;
      }
    } else if (start < 0) start = i;
  }
  return out;
}

// whitespace, hyphens and dashes, dots: what separates the words of a name
const SEPARATORS = new Set([...' \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2009\u200a\u202f\u3000-‐‑–—.·'].map((c) => c.charCodeAt(0)));

/** Is this one-character text a separator of a name's words (foldName drops it)? */
export function isNameSeparator(ch: string): boolean {
  return ch.length === 1 && SEPARATORS.has(ch.charCodeAt(0));
}

/** Letters only, no diacritics, lowercase, đ→d: for accent-insensitive comparison. */
export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** A slug for node keys: accent-free, lowercase, words joined by '-'. */
export function slug(s: string): string {
  return stripAccents(s).replace(/\+/g, ' plus ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}
