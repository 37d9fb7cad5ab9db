// Sentence splitting that survives numbers ("10.000", "2,5", "28/10"),
// abbreviations ("TP.HCM", "Mr.", "J. Smith") and quotations: a quote that runs
// over several sentences stays with its attribution ("“… Kursk. Nhưng …” - X nói").
import type { Span } from '../types.js';
import { hasVietnameseLetter } from './lang.js';

// character classes by UTF-16 code unit: a table lookup per character, not a Set or a regex
const TERMINATOR = 1;
const CLOSER = 2;
const OPENER = 4;
const SPACE = 8; // what \s matches
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (/\s/.test(String.fromCharCode(c))) CLASS[c] = SPACE;
const mark = (chars: string, flag: number) => {
  for (const ch of chars) CLASS[ch.charCodeAt(0)]! |= flag;
};
mark('.!?…', TERMINATOR);
mark('”"’\')]»', CLOSER);
mark('“"‘\'([«', OPENER);
const is = (text: string, i: number, flag: number) => (CLASS[text.charCodeAt(i)]! & flag) !== 0;
const isSpace = (text: string, i: number) => is(text, i, SPACE);
// Words after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'tp', 'mr', 'mrs', 'ms', 'dr', 'st', 'ste', 'mt', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'gen', 'col', 'lt', 'sgt', 'capt', 'prof', 'maj', 'brig', 'adm', 'cmdr', 'cpl', 'pvt',
  'rev', 'sen', 'rep', 'gov', 'sens', 'reps', 'govs', 'u.s', 'u.n', 'u.k', 'v.v', 'vs', 'no', 'vol', 'tr', 'ths', 'pgs', 'gs', 'ts', 'bs', 'ks', 'th.s', 'pgs.ts',
  'gs.ts', 'e.g', 'i.e', 'etc', 'approx', 'dept', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'q', 'h', 't',
]);

/** Sentences of text[start, end): trimmed spans, in order. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const protectedQuotes = quoteRanges(text, start, end);
  const out: Span[] = [];
  let s = start;
  let i = start;
  while (i < end) {
    if (is(text, i, TERMINATOR) && (!insideQuote(protectedQuotes, i) || endsEmbeddedQuote(text, protectedQuotes, s, i))) {
      const c = text.charCodeAt(i);
      let j = i;
      while (j < end && is(text, j, TERMINATOR)) j++;
      while (j < end && is(text, j, CLOSER)) j++;
      const boundary = j >= end || isSpace(text, j);
      if (boundary && !(c === 46 && j === i + 1 && isAbbreviation(text, s, i, j, end)) && startsSentence(text, j, end)) {
        push(out, text, s, j);
        s = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  push(out, text, s, end);
  return out;
}

/**
 * Longest sentence kept whole, in characters. News sentences run to a few hundred; a "sentence" of
 * thousands is a list, a table or text without punctuation, and its co-mentions and statements would
 * cost the square of its length: it is cut into pieces of at most this size.
 */
export const MAX_SENTENCE = 1000;

function push(out: Span[], text: string, s: number, e: number): void {
  while (s < e && isSpace(text, s)) s++;
  while (e > s && isSpace(text, e - 1)) e--;
  while (e - s > MAX_SENTENCE) {
    const cut = pieceEnd(text, s, s + MAX_SENTENCE);
    push(out, text, s, cut);
    s = cut;
    while (s < e && isSpace(text, s)) s++;
  }
  if (e > s) out.push({ start: s, end: e });
}

/** Where to cut text[s, limit): after the last clause mark (";", ",", ":") in its second half, else at the last space, else at limit. */
function pieceEnd(text: string, s: number, limit: number): number {
  let space = -1;
  for (let k = limit - 1; k > s + (limit - s) / 2; k--) {
    const c = text.charCodeAt(k);
    if ((c === 59 || c === 44 || c === 58) && isSpace(text, k + 1)) return k + 1;
    if (space < 0 && isSpace(text, k)) space = k;
  }
  if (space > 0) return space;
  // (not between the two halves of a character outside the BMP)
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

function startsSentence(text: string, j: number, end: number): boolean {
  let k = j;
  while (k < end && isSpace(text, k)) k++;
  if (k >= end) return true;
  return is(text, k, OPENER) || /[\p{Lu}\p{N}]/u.test(text[k]!);
}

function isAbbreviation(text: string, sentenceStart: number, dot: number, next: number, end: number): boolean {
  let k = dot;
  while (k > sentenceStart && /[\p{L}\p{M}.]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, dot);
  // an initial: "J. Smith"; not before a Vietnamese word ("… xe Model Y. Người dùng …"), nor a Roman numeral after
  // a Vietnamese word in lowercase, whose number it is ("… trong quý I. Theo ông …", "… khóa X. Ông …")
  if (word.length === 1 && /\p{Lu}/u.test(word)) return !hasVietnameseLetter(text, next, nextWordEnd(text, next, end)) && !(/^[IVX]$/.test(word) && lowercaseVietnameseBefore(text, sentenceStart, k));
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return true; // initials: "J.D. Vance"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The word before the white space ending at k is in lowercase with a Vietnamese letter ("quý", "khóa"). */
function lowercaseVietnameseBefore(text: string, sentenceStart: number, k: number): boolean {
  let e = k;
  while (e > sentenceStart && isSpace(text, e - 1)) e--;
  let s = e;
  while (s > sentenceStart && /[\p{L}\p{M}]/u.test(text[s - 1]!)) s--;
  return s < e && /\p{Ll}/u.test(text[s]!) && hasVietnameseLetter(text, s, e);
}

/** End of the word that starts after the white space at i. */
function nextWordEnd(text: string, i: number, end: number): number {
  while (i < end && isSpace(text, i)) i++;
  while (i < end && !isSpace(text, i)) i++;
  return i;
}

/** Spans of balanced quotations within one paragraph (curly pairs, or straight quotes paired in order). */
function quoteRanges(text: string, start: number, end: number): Span[] {
  const ranges: Span[] = [];
  let open = -1;
  let straight = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab) { // “ «
      if (open < 0) open = i;
    } else if ((c === 0x201d || c === 0xbb) && open >= 0) { // ” »
      ranges.push({ start: open, end: i });
      open = -1;
    } else if (c === 34 && open < 0) { // 
      if (straight < 0) straight = i;
      else {
        ranges.push({ start: straight, end: i });
        straight = -1;
      }
    }
  }
  return ranges;
}

/**
 * A terminator that ends a quotation begun inside the sentence ends the
 * sentence too: 'The agency said troops suffered "heavy losses." Officials …'.
 * (A quotation that opens the sentence may run over several and have its
 * attribution after it: "“… Kursk. Nhưng …” - X nói".)
 */
function endsEmbeddedQuote(text: string, ranges: readonly Span[], sentenceStart: number, i: number): boolean {
  for (const r of ranges) {
    if (i <= r.start || i >= r.end) continue;
    for (let k = i; k < r.end; k++) if (!is(text, k, TERMINATOR)) return false;
    for (let k = sentenceStart; k < r.start; k++) if (/[\p{L}\p{N}]/u.test(text[k]!)) return true;
    return false;
  }
  return false;
}

function insideQuote(ranges: readonly Span[], i: number): boolean {
  for (const r of ranges) if (i > r.start && i < r.end) return true;
  return false;
}
