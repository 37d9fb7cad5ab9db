// Tokenizer: splits a sentence into words, numbers and single punctuation marks,
// keeping exact offsets. This is also the "floor" the benchmark compares
// extraction speed against: nothing cheaper can read the text.
//
//   "Tổng thống Nga Vladimir Putin" → Tổng | thống | Nga | Vladimir | Putin
//   "Kim Jong-un"  → Kim | Jong | - | un   (the hyphen is glued on both sides)
//   "10.000 quân", "2,5 năm", "28/10", "11:00" → one number token each

import { foldToken } from './normalize.js';

export const enum Kind {
  Word = 0,
  Number = 1,
  Punct = 2,
}

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: Kind;
  /** First character is an uppercase letter. */
  cap: boolean;
  /** Two or more letters, all uppercase ("NATO", "TIN"). */
  upper: boolean;
  /** No whitespace between this token and the previous one. */
  glued: boolean;
  /** Lookup key: the folded text (extract/normalize), computed once per token. */
  key: string;
  /** Bits of the phrase lists that can start here (extract/trie FirstKeyMasks); -1 until filled: every list is asked. */
  mask: number;
}

// A word: letters, marks and digits, with inner apostrophes ("O'Brien"), inner
// number separators between digits ("10.000", "2,5", "28/10/2024") and an
// ampersand between letters ("GD&ĐT", "AT&T", "R&D").
// Sticky: tried at a position after whitespace is skipped by hand, so no match
// array is built per token.
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:(?:['’]|(?<=\p{N})[.,:/](?=\p{N})|&(?=\p{L}))[\p{L}\p{M}\p{N}]+)*/uy;

/** Calls emit(start, end) for each token of text[start, end): the tokenizer's rules, nothing else. */
function scan(text: string, start: number, end: number, emit: (s: number, e: number) => void): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000 || c === 0xfeff) {
      i++;
      continue;
    }
    WORD_RE.lastIndex = i;
    let e = WORD_RE.test(text) ? WORD_RE.lastIndex : i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
    if (e > end) e = end;
    // English possessive: "Russia's" → Russia | 's
    if (e - i > 3 && (text.charCodeAt(e - 1) === 115 || text.charCodeAt(e - 1) === 83) && (text.charCodeAt(e - 2) === 39 || text.charCodeAt(e - 2) === 0x2019) && isLetter(text.charCodeAt(e - 3))) {
      emit(i, e - 2);
      emit(e - 2, e);
    } else emit(i, e);
    i = e;
  }
}

/** A token's lookup key and list bits, by its text (see TokenKeys). */
export interface KeyInfo {
  key: string;
  mask: number;
}

/** Gives a token text its key and mask in one lookup (extract/trie FirstKeyMasks). */
export interface TokenKeys {
  info(text: string, kind: Kind): KeyInfo;
}

/**
 * Tokens of text[start, end), offsets relative to the whole text. With keys, each
 * token also gets its mask (the phrase lists it can start); without, mask is -1.
 */
export function tokenize(text: string, start = 0, end = text.length, keys?: TokenKeys): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  scan(text, start, end, (s, e) => {
    out.push(makeToken(text.slice(s, e), s, e, prevEnd === s, keys));
    prevEnd = e;
  });
  return out;
}

function makeToken(text: string, start: number, end: number, glued: boolean, keys: TokenKeys | undefined): Token {
  const cls = charClass(text.charCodeAt(0));
  const kind = cls === NUMBER ? Kind.Number : cls === OTHER ? Kind.Punct : Kind.Word;
  const cap = cls === UPPER;
  const upper = cap && text.length > 1 && allCaps(text);
  if (keys) {
    const { key, mask } = keys.info(text, kind);
    return { start, end, text, kind, cap, upper, glued, key, mask };
  }
  return { start, end, text, kind, cap, upper, glued, key: kind === Kind.Word ? foldToken(text) : text, mask: -1 };
}

/**
 * Two or more letters and no lowercase letter ("NATO", "ĐANG", "COVID-19"'s "COVID"):
 * text === text.toUpperCase() with two letters, without building the uppercase copy.
 */
function allCaps(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let f = caseFlags[c]!;
    if (f === 0) f = caseFlags[c] = computeCaseFlags(c);
    if (f & LOWERCASE) return false;
    if (f & LETTER) letters++;
  }
  return letters >= 2;
}

const LETTER = 2;
const LOWERCASE = 4;
/** Per UTF-16 code unit: 1 (computed) | LETTER (\p{L}) | LOWERCASE (has a different uppercase form). */
const caseFlags = new Uint8Array(65536);

function computeCaseFlags(c: number): number {
  const ch = String.fromCharCode(c);
  let f = 1;
  if (/\p{L}/u.test(ch) || (c >= 0xd800 && c <= 0xdbff)) f |= LETTER; // a high surrogate: a letter outside the BMP
  if (ch.toUpperCase() !== ch) f |= LOWERCASE;
  return f;
}

const NUMBER = 1;
const UPPER = 2;
const LOWER = 3;
const OTHER = 4;
/** Class of a first character, cached per UTF-16 code unit: digit, uppercase letter, other letter/mark, other. */
const classes = new Uint8Array(65536);

function charClass(c: number): number {
  let k = classes[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    if (/\p{N}/u.test(ch)) k = NUMBER;
    else if (/[\p{L}\p{M}]/u.test(ch)) k = ch !== ch.toLowerCase() ? UPPER : LOWER;
    else if (c >= 0xd800 && c <= 0xdbff) k = LOWER; // a surrogate pair: a letter outside the BMP
    else k = OTHER;
    classes[c] = k;
  }
  return k;
}

/** tokens[k] is a hyphen glued to the words on both sides ("Jong-un", "Ji-hoon"). */
export function isGluedHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return t !== undefined && t.text === '-' && t.glued && next !== undefined && next.glued && next.kind === Kind.Word;
}

/** Counts tokens without building them: the benchmark's floor (the same rules, nothing else). */
export function countTokens(text: string, start = 0, end = text.length): number {
  let n = 0;
  scan(text, start, end, () => {
    n++;
  });
  return n;
}

function isLetter(c: number): boolean {
  const k = charClass(c);
  return k === UPPER || k === LOWER;
}
