// Name comparison rules for resolution: when two person names can be the same
// person, and when a short form refers to a full name.
//
//   short forms      "Putin" → "Vladimir Putin" (Western: last word)
//                    "ông An" → "Nguyễn Văn An" (Vietnamese: given name, the last word)
//                    "Kim" → "Kim Jong-un" (East Asian: family name first)
//                    "Lula" → "Luiz Inácio Lula da Silva" (the word before a family name's particle)
//   transliteration  "Zelensky" = "Zelenskyy", "Andriy" = "Andrii", "Kiev"-style -ev/-iv
// Never lists of people: only spelling rules.
import { getLexicon, type LangLexicon } from '../extract/lexicon.js';
import { foldName, stripAccents } from '../extract/normalize.js';
import { isVietnameseSyllable, NAME_PARTICLES } from '../extract/orthography.js';
import { keyTokens, type PhraseList } from '../extract/trie.js';
import { BoundedCache } from '../util/bounded-cache.js';

/** Words of a name, folded ("Kim Jong-un" → kim, jong, un). */
export function nameWords(name: string): string[] {
  const key = foldName(name);
  return key ? key.split(' ') : [];
}

/**
 * A spelling-insensitive key for foreign names written in Latin letters:
 * accents dropped, y/i, w/v and gh/q merged, doubled letters collapsed, "-ii"/"-iy"/"-yy" endings unified.
 */
const translitCache = new BoundedCache<string, string>();

function translitKey(word: string): string {
  let k = translitCache.get(word);
  if (k === undefined) translitCache.set(word, (k = computeTranslit(word)));
  return k;
}

function computeTranslit(word: string): string {
  return stripAccents(word)
    .replace(/[^a-z]/g, '')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/gh/g, 'q') // Persian and Arabic ق/غ: "Araghchi" = "Araqchi"
    .replace(/ck/g, 'k')
    .replace(/(.)\1+/g, '$1');
}

/**
 * What sameWord compares of a name word: its transliteration key (long words only), the Arabic
 * article either way ("el-Sisi" = "al-Sisi"), and "-inh" as "-ing" (the Vietnamese spelling of
 * Chinese names: "Mao Ninh" = "Mao Ning").
 */
export function wordSpelling(w: string): string {
  let k = spellingCache.get(w);
  if (k === undefined) spellingCache.set(w, (k = w === 'el' ? 'al' : (w.length >= 5 ? translitKey(w) : w).replace(/inh$/, 'ing')));
  return k;
}
const spellingCache = new BoundedCache<string, string>();

/** Two words that are spellings of one name word. */
export function sameWord(a: string, b: string): boolean {
  return a === b || wordSpelling(a) === wordSpelling(b);
}

/**
 * Two full person names (each ≥2 words) that are spellings of one name; a foreign name of two
 * words also in the other order ("Ishiba Shigeru" = "Shigeru Ishiba": family name first or last).
 */
export function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  // (with and without a middle initial; two different ones are two people: "George H. W. Bush", "George W. Bush")
  const a0 = withoutInitials(a);
  const b0 = withoutInitials(b);
  if (a0.length < a.length && b0.length < b.length && a.join(' ') !== b.join(' ')) return false;
  a = a0;
  b = b0;
  if (a.length !== b.length || a.length < 2) return false;
  if (a.every((w, i) => sameWord(w, b[i]!))) return true;
  return a.length === 2 && sameWord(a[0]!, b[1]!) && sameWord(a[1]!, b[0]!) && !a.every(isVietnameseWord);
}

/** The number of words of a name, its middle initials aside (which of two names is fuller, for a label). */
export function nameLength(name: string): number {
  return withoutInitials(nameWords(name)).length;
}

/** A name without the initials inside it ("Antony J. Blinken" → "Antony Blinken"): one spelling with and without. */
function withoutInitials(words: readonly string[]): readonly string[] {
  const initial = (w: string, i: number) => i > 0 && i < words.length - 1 && /^[a-z]$/.test(w);
  return words.some(initial) ? words.filter((w, i) => !initial(w, i)) : words;
}

/** A name without its generational suffix ("Ferdinand Marcos Jr." → "Ferdinand Marcos"): "Marcos" is its short form. */
function withoutSuffix(words: readonly string[]): readonly string[] {
  const lex = getLexicon();
  const last = words[words.length - 1] ?? '';
  return words.length >= 2 && (lex.en.nameSuffixes.has(last) || lex.vi.nameSuffixes.has(last)) ? words.slice(0, -1) : words;
}

/** A folded word that is a Vietnamese syllable (the folded form keeps a tone as a sign after it: "hung`"). */
export function isVietnameseWord(key: string): boolean {
  return isVietnameseSyllable(key.replace(/[`'~?.]$/, ''));
}

/** The key under which spellings of one full name meet (two-word names in either order). */
export function spellingKey(words: readonly string[]): string {
  const keys = withoutInitials(words).map(wordSpelling);
  return (keys.length === 2 ? keys.sort() : keys).join(' ');
}

/**
 * Can `short` (fewer words) refer to the person called `full`?
 * Its words must be the end of the full name (Western surname, Vietnamese given
 * name) or its beginning (East Asian family name).
 */
export function isShortFormOf(short: readonly string[], full: readonly string[]): boolean {
  // ("Varenko Jr" too: the suffix of both aside)
  full = withoutSuffix(full);
  short = withoutSuffix(short);
  if (short.length === 0 || short.length >= full.length) return false;
  const tail = full.slice(full.length - short.length);
  if (short.every((w, i) => sameWord(w, tail[i]!))) return true;
  const head = full.slice(0, short.length);
  if (short.every((w, i) => w === head[i])) return true;
  // "Lula" → "Luiz Inácio Lula da Silva": the word before the particle that opens the family name
  if (short.length === 1) for (let i = 1; i < full.length - 2; i++) if (NAME_PARTICLES.has(full[i + 1]!) && sameWord(short[0]!, full[i]!)) return true;
  return false;
}

/**
 * "Ivo Marenko" of "Ivo Francis Marenko": a foreign name's first and last word, its middle names left out (not a
 * Vietnamese name's: "Nguyễn Hà" may be "Nguyễn Văn Hà" or "Nguyễn Thị Hà").
 */
export function isFirstAndLastOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length !== 2 || full.length < 3) return false;
  full = withoutInitials(withoutSuffix(full));
  return full.length >= 3 && sameWord(short[0]!, full[0]!) && sameWord(short[1]!, full[full.length - 1]!) && !full.every(isVietnameseWord);
}

/**
 * An organization's name without its head noun: "Tập đoàn Masan" → masan,
 * "Đại học Harvard" → harvard. The bare name and the full one are the same
 * organization. Null when there is no head or nothing after it.
 */
export function orgCore(words: readonly string[]): string[] | null {
  return coreCache.remember(words.join(' '), () => {
    const lex = getLexicon();
    const toks = keyTokens(words);
    let best = 0;
    for (const l of [lex.vi, lex.en]) best = Math.max(best, l.orgHeads.len(toks, 0, toks.length));
    return best > 0 && best < words.length ? words.slice(best) : null;
  });
}

/** The last of several words is in a list of either language (legal forms, trade words, club words, heads after a name). */
function endsIn(words: readonly string[], list: (l: LangLexicon) => ReadonlySet<string>): boolean {
  const lex = getLexicon();
  const last = words.at(-1)!;
  return words.length >= 2 && (list(lex.en).has(last) || list(lex.vi).has(last));
}

/** A company's name without the legal form after it ("xylocore inc" → "xylocore"), or null. */
export function withoutLegalForm(words: readonly string[]): string | null {
  return endsIn(words, (l) => l.legalForms) ? words.slice(0, -1).join(' ') : null;
}

/** A club's word that stands alone for it ("manchester city" → "city"), or null. */
export function clubWord(words: readonly string[]): string | null {
  return words.length === 2 && endsIn(words, (l) => l.clubWords) ? words[1]! : null;
}

/** A company's short name without its legal form and the word of its trade ("xylo motor co" → "xylo"), or null. */
export function withoutTradeWord(words: readonly string[]): string | null {
  const rest = withoutLegalForm(words)?.split(' ') ?? words;
  return endsIn(rest, (l) => l.tradeWords) ? rest.slice(0, -1).join(' ') : null;
}

/** An organization's name without the noun English puts after it ("xylo party" → "xylo", "xylo group"), or null. */
export function withoutHeadAfter(words: readonly string[]): string | null {
  return endsIn(words, (l) => l.orgHeadsAfter) ? words.slice(0, -1).join(' ') : null;
}

/** The words are an organization's head and nothing more ("bộ tư lệnh", "ủy ban nhân dân"). */
export function isOrgHead(words: readonly string[]): boolean {
  return isWhole(words, (l) => l.orgHeads);
}

/**
 * The words are a local body's head with nothing to say which place's it is: a provincial party committee's
 * ("Thành ủy", "Tỉnh ủy"), or a head (and its portfolio) and an administrative unit's word alone ("UBND thành phố",
 * "Công an tỉnh", "Sở Y tế tỉnh"; data/vi/admin-units.txt, not "Cảnh sát biển"). Every province has one.
 */
export function isUnnamedLocalBody(words: readonly string[]): boolean {
  return unnamedLocalCache.remember(words.join(' '), () => {
    if (isWhole(words, (l) => l.orgHeadsLocal)) return true;
    const units = getLexicon().vi.adminUnits;
    const toks = keyTokens(words);
    for (let k = words.length - 1; k >= 1; k--) {
      if (units.len(toks, k, toks.length) !== words.length - k) continue;
      const body = words.slice(0, k);
      if (isOrgHead(body) || isGenericOrg(body)) return true;
    }
    return false;
  });
}

/** The words are a national body's name that needs no more ("quốc hội", "chính phủ"; data/vi/org-heads-national.txt). */
export function isNationalBody(words: readonly string[]): boolean {
  return isWhole(words, (l) => l.orgHeadsNational);
}

/** The words are one whole entry of a phrase list, in either language. */
function isWhole(words: readonly string[], list: (l: LangLexicon) => PhraseList): boolean {
  const lex = getLexicon();
  const toks = keyTokens(words);
  return list(lex.vi).len(toks, 0, toks.length) === words.length || list(lex.en).len(toks, 0, toks.length) === words.length;
}

/**
 * Does the head before `core` in `words` name another body than `core` does
 * ("Văn phòng Quốc hội" is not "Quốc hội"; data/<lang>/org-heads-part.txt)?
 */
export function namesAPart(words: readonly string[], core: readonly string[]): boolean {
  const head = words.slice(0, words.length - core.length).join(' ');
  const lex = getLexicon();
  return lex.vi.orgPartHeads.has(head) || lex.en.orgPartHeads.has(head);
}

// by the name's words joined (the answers are small and names repeat across documents)
const coreCache = new BoundedCache<string, string[] | null>();
const genericCache = new BoundedCache<string, boolean>();
const unnamedLocalCache = new BoundedCache<string, boolean>();

let placeNames: Set<string> | null = null;

/** Is this folded name a country's or a place's (gazetteer) name? */
export function isPlaceName(folded: string): boolean {
  if (!placeNames) {
    placeNames = new Set();
    for (const e of getLexicon().entries.values()) if (e.type === 'country' || e.type === 'location') for (const n of e.names) placeNames.add(foldName(n));
  }
  return placeNames.has(folded);
}

/**
 * A name that every country or province has one of: a head noun and nothing but
 * portfolio words ("Bộ Quốc phòng", "Ủy ban Nhân dân"), as opposed to a specific
 * name ("Tập đoàn Kim Long Hải").
 */
export function isGenericOrg(words: readonly string[]): boolean {
  return genericCache.remember(words.join(' '), () => {
    const core = orgCore(words);
    if (!core) return false;
    const lex = getLexicon();
    const toks = keyTokens(core);
    let i = 0;
    while (i < toks.length) {
      let len = 0;
      for (const l of [lex.vi, lex.en]) len = Math.max(len, l.orgWords.len(toks, i), l.titleDomains.len(toks, i));
      if (len === 0) return false;
      i += len;
    }
    return true;
  });
}


/**
 * The gazetteer knows this organization by a name qualified with its country ("Quốc hội" → "Quốc hội Việt Nam",
 * "Democratic Party" → "US Democratic Party"): another country's body of that name may be meant.
 */
export function knownAsQualified(ref: string, key: string): boolean {
  return qualifiedCache.remember(`${ref}\t${key}`, () =>
    (getLexicon().entries.get(ref)?.names ?? []).some((name) => {
      const folded = foldName(name.normalize('NFC'));
      return (folded.startsWith(key + ' ') && isPlaceName(folded.slice(key.length + 1))) || (folded.endsWith(' ' + key) && isPlaceName(folded.slice(0, -key.length - 1)));
    }),
  );
}
const qualifiedCache = new BoundedCache<string, boolean>();
