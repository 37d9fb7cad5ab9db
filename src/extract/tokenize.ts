// Tokenizer: splits a sentence into words, numbers and single punctuation marks,
// keeping exact offsets. This is also the "floor" the benchmark compares
// extraction speed against: nothing cheaper can read the text.
//
//   "Tổng thống Nga Vladimir Putin" → Tổng | thống | Nga | Vladimir | Putin
//   "Kim Jong-un"  → Kim | Jong | - | un   (the hyphen is glued on both sides)
//   "10.000 quân", "2,5 năm", "28/10", "11:00" → one number token each

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
}

// A word: letters, marks and digits, with inner apostrophes ("O'Brien") and
// inner number separators between digits ("10.000", "2,5", "28/10/2024").
const POSSESSIVE = /\p{L}['’]s$/u;
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:(?:['’]|(?<=\p{N})[.,:/](?=\p{N}))[\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Tokens of text[start, end), offsets relative to the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  re.lastIndex = start;
  let prevEnd = -1;
  for (;;) {
    const m = re.exec(text);
    if (m === null || m.index >= end) break;
    const s = m.index;
    const t = m[0];
    const e = Math.min(s + t.length, end);
    const text0 = e === s + t.length ? t : t.slice(0, e - s);
    // English possessive: "Russia's" → Russia | 's
    if (text0.length > 3 && POSSESSIVE.test(text0)) {
      out.push(makeToken(text0.slice(0, -2), s, e - 2, prevEnd === s));
      out.push({ start: e - 2, end: e, text: text0.slice(-2), kind: Kind.Punct, cap: false, upper: false, glued: true });
    } else out.push(makeToken(text0, s, e, prevEnd === s));
    prevEnd = e;
  }
  return out;
}

function makeToken(text: string, start: number, end: number, glued: boolean): Token {
  const c = text.charCodeAt(0);
  let kind: Kind;
  let cap = false;
  let upper = false;
  if (c >= 48 && c <= 57) kind = Kind.Number;
  else if (isWordStart(text)) {
    kind = Kind.Word;
    const first = text[0]!;
    cap = first !== first.toLowerCase();
    if (cap && text.length > 1) upper = text === text.toUpperCase() && /\p{L}.*\p{L}/u.test(text);
  } else kind = Kind.Punct;
  if (kind === Kind.Word && /^\p{N}/u.test(text)) kind = Kind.Number;
  return { start, end, text, kind, cap, upper, glued };
}

function isWordStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return /^[\p{L}\p{M}\p{N}]/u.test(text);
}

/** Counts tokens without building them: the benchmark's floor. */
export function countTokens(text: string, start = 0, end = text.length): number {
  const re = new RegExp(TOKEN_RE.source, 'gu');
  re.lastIndex = start;
  let n = 0;
  for (;;) {
    const m = re.exec(text);
    if (m === null || m.index >= end) break;
    n += m[0].length > 3 && POSSESSIVE.test(m[0]) ? 2 : 1;
  }
  return n;
}
