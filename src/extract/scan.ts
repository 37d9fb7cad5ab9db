// Scans one sentence's tokens left to right into items: names (typed by the
// gazetteer or a pattern, or still untyped), titles, honorifics, pronouns,
// place/organization cue words, reporting verbs, punctuation and other words.
// Untyped names are typed afterwards from their context (extract/classify.ts).
//
// At each position the longest of these wins:
//   gazetteer name   "Lầu Năm Góc", "Triều Tiên", "Bán đảo Triều Tiên"
//   organization     "Bộ Quốc phòng Nga", "Ngân hàng Nhà nước Việt Nam"
//   named place      "Bán đảo Xam", "Biển Ngọc"
//   title            "Tổng thống", "người phát ngôn", "Bộ trưởng Ngoại giao"
// then a run of capitalised words, split where a known name starts inside it
// ("Nga Vladimir Putin" → "Nga" | "Vladimir Putin").
import type { Item, NameItem } from '../types.js';
import type { GazetteerEntry, LangLexicon, Lexicon } from './lexicon.js';
import { foldToken } from './normalize.js';
import { hasVietnameseMarks, isVietnameseSyllable, NAME_PARTICLES } from './orthography.js';
import { isGluedHyphen, Kind, type Token } from './tokenize.js';
import type { TokenTrie } from './trie.js';

export interface ScanContext {
  tokens: Token[];
  lex: LangLexicon;
  gaz: TokenTrie<GazetteerEntry>;
  forced: boolean[];
  /** The previous item is a person's title: a name after an organization here is the person's. */
  afterTitle: boolean;
  /** The items of the sentence so far. */
  items: readonly Item[];
}

const QUOTE_OPENERS = new Set(['“', '"', '«', '‘']);
/** What ends a quoted name: its closing quote, or the clause or sentence. */
const QUOTE_ENDS = new Set(['”', '"', '»', '’', '.', ',', ';', ':', '!', '?']);
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '«', ':', '•', '*', '–', '—', '-', '.', '!', '?', '…', ';']);
const EN_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on']);
const INNER_CONNECTORS = new Set(['of', 'for']);
const ROMAN = /^(?:[IVX]+|[ivx]+)$/;
/** Top-level domains news outlets write after their name ("VOV.VN", "VnExpress.net"). */
const WEB_DOMAIN = /^(?:vn|com|net|org)$/i;
// "tuyên bố của X", "tuyên bố này": a reporting word followed by these is a noun
const NOUN_FOLLOWERS = new Set(['của', 'này', 'đó', 'of'].map(foldToken));
const CUA = foldToken('của');
export const ARABIC_ARTICLES = new Set(['al', 'el']);
export const SO = foldToken('số');

/** Which tokens are capitalised by position rather than because they are names. */
export function forcedPositions(tokens: readonly Token[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let prevWord = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === Kind.Punct) {
      // glued on both sides ("TP.HCM", "Jong-un") it is inside a word, not a boundary
      const inside = t.glued && tokens[i + 1]?.glued && (t.text === '-' || t.text === '.' || t.text === "'");
      if (OPENERS.has(t.text) && !inside) prevWord = false;
      continue;
    }
    out[i] = !prevWord;
    // ("07:30 Ông X giành chiến thắng": a live blog's time opens the entry, and the word after it too)
    prevWord = !(out[i] && t.kind === Kind.Number && /^\d{1,2}[:h]\d{2}$/.test(t.text));
  }
  return out;
}

export function scanSentence(tokens: Token[], lexicon: Lexicon, lex: LangLexicon): Item[] {
  const items: Item[] = [];
  const ctx: ScanContext = { tokens, lex, gaz: lexicon.gazetteer, forced: forcedPositions(tokens), afterTitle: false, items };
  const n = tokens.length;
  // "RUSSIA SAYS IT SHOT DOWN 30 DRONES": in a sentence written in capitals, capitals say
  // nothing; only known names and patterns are read there
  const shouting = isShouting(tokens);
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    if (t.kind !== Kind.Word) {
      items.push(t.kind === Kind.Punct ? { k: 'punct', s: i, e: i + 1, ch: t.text } : { k: 'word', s: i, e: i + 1, key: t.text, time: false });
      i++;
      continue;
    }
    ctx.afterTitle = items.at(-1)?.k === 'title' || titleThenOf(items, lex);
    // "tỉnh Mỹ Sơn", "huyện Long Thành": after a place noun the capitalised words are one place's name
    // "miền Nam Dải Gaza", "miền Bắc Israel": after a region's noun a direction before a known name qualifies it
    // (the name is the place); not after a unit's: "xã Đông Anh"
    const before = items.at(-1);
    const afterRegion = t.cap && before?.k === 'loc-cue' && lex.regionCues.len(tokens, before.s, before.e) === before.e - before.s;
    const direction = afterRegion ? lex.nonEntities.len(tokens, i, n) || lex.regionCenters.len(tokens, i, n) : 0;
    // ("miền Trung": a centre alone, like a direction alone, is no place)
    if (direction && (gazetteerAt(ctx, i + direction, n) || (!gazetteerAt(ctx, i, n) && capWords(tokens, i) === direction))) {
      items.push({ k: 'word', s: i, e: i + direction, key: '', time: false });
      i += direction;
      continue;
    }
    // ("Chánh Thanh tra tỉnh Nguyễn Hữu Phước cho biết": after a title and its place noun, a Vietnamese full name
    // and nothing more is the holder, the place left unnamed; the place noun goes on the title: "Chánh Thanh tra tỉnh")
    if (t.cap && placeNounAfterTitle(items) && fullVietnameseName(ctx, i)) items.at(-2)!.e = items.pop()!.e;
    // (not a body's name: "hợp nhất thành Bộ Xylo và Bexa", where "thành" is a verb)
    if (t.cap && items.at(-1)?.k === 'loc-cue' && !(lex.nonEntities.len(tokens, i, n) >= capWords(tokens, i)) && !(lex.orgHeads.len(tokens, i) > 0 && (orgPattern(ctx, i) ?? 0) > 1)) {
      const gaz = gazetteerAt(ctx, i, n);
      const len = placeLength(ctx, i);
      // (a place's reading of the name first: "bang Georgia" is the US state)
      const entry = gaz && gaz.len === len ? (gaz.values.find((v) => v.type === 'location') ?? gaz.values[0]!) : null;
      const item: NameItem = entry
        ? { k: 'name', s: i, e: i + len, type: entry.type, rule: 'gazetteer', ref: entry.ref, forced: false }
        : { k: 'name', s: i, e: i + len, type: 'location', rule: 'location-head', forced: false };
      if (entry?.iso) item.iso = entry.iso;
      items.push(item);
      i += len;
      continue;
    }
    // "Báo Xylo Post đưa tin": a head that only says what kind of body follows is a cue, capital or not
    // (not where a known name starts with it and the rest alone is none: "Hãng thông tấn Trung ương Triều Tiên",
    // but "Hãng thông tấn | TASS")
    const classifier = t.cap ? classifierAt(ctx, i) : 0;
    const whole = classifier ? (gazetteerAt(ctx, i, n)?.len ?? 0) : 0;
    if (classifier && capWordAt(tokens, i + classifier) && !(whole > classifier && (gazetteerAt(ctx, i + classifier, n)?.len ?? 0) < whole - classifier)) {
      items.push({ k: 'org-cue', s: i, e: i + classifier });
      i += classifier;
      continue;
    }
    const event = eventAt(ctx, i);
    if (event) {
      items.push(event);
      i = event.e;
      continue;
    }
    // "Anh Tuấn nói …": at the start of a sentence, a country's name that is also an honorific, before a
    // Vietnamese given name that begins no known name, is the honorific
    if (lex.lang === 'vi' && ctx.forced[i] && t.cap && lex.honorifics.len(tokens, i, n) === 1 && honorificBeforeName(ctx, i)) {
      items.push({ k: 'hon', s: i, e: i + 1 });
      i++;
      continue;
    }
    const next = longestAt(ctx, i);
    if (next) {
      items.push(next);
      i = next.e;
      continue;
    }
    // "Mr Ivo Marenko", "Sheikh Ivo Marenko": English capitalises its honorifics, and Vietnamese the foreign ones;
    // they are not part of the name
    const hon = t.cap && (lex.lang === 'en' || !isVietnameseSyllable(t.text)) ? lex.honorifics.len(tokens, i, n) : 0;
    if (hon && capWordAt(tokens, i + hon)) {
      items.push({ k: 'hon', s: i, e: i + hon });
      i += hon;
      continue;
    }
    // "Ms von der Leyen": a name that starts with a particle after an honorific
    let p = i + hon;
    while (hon && tokens[p]?.kind === Kind.Word && NAME_PARTICLES.has(tokens[p]!.key)) p++;
    if (p > i + hon && capWordAt(tokens, p)) {
      const end = capRunEnd(ctx, p);
      items.push({ k: 'hon', s: i, e: i + hon }, { k: 'name', s: i + hon, e: end, type: 'person', rule: 'honorific', forced: false });
      i = end;
      continue;
    }
    // "TP Biên Hòa", "TX. Xuyên Mộc": an abbreviated place noun is a cue, not an acronym
    const abbr = t.upper ? lex.locationHeads.len(tokens, i, n) : 0;
    if (abbr && tokens[i + abbr]?.cap) {
      items.push({ k: 'loc-cue', s: i, e: i + abbr });
      i += abbr;
      continue;
    }
    // "Tổng tư lệnh Các lực lượng vũ trang Xylia": a plural marker in sentence case begins no one's name
    if (sentenceCasePlural(tokens, i, lex)) {
      items.push({ k: 'word', s: i, e: i + 1, key: t.key, time: false });
      i++;
      continue;
    }
    // "Nghị quyết số 01/NQ-CP", "Quyết định 123/QĐ-UBND": the letters of a document's number name nothing
    if (t.upper && t.glued && tokens[i - 1]?.text === '/' && tokens[i - 2]?.kind === Kind.Number) {
      let end = i + 1;
      while (isGluedHyphen(tokens, end)) end += 2;
      items.push({ k: 'word', s: i, e: end, key: t.key, time: false });
      i = end;
      continue;
    }
    // "al-Ahli Arab Hospital", "told al-Zorvani": an Arabic article glued to a capitalised word begins the name
    if (ARABIC_ARTICLES.has(t.text) && isGluedHyphen(tokens, i + 1) && tokens[i + 2]!.cap) {
      const end = capRunEnd(ctx, i + 2);
      items.push(...segmentRun(ctx, i, end));
      i = end;
      continue;
    }
    // an acronym is capitalised because it is one, wherever it stands ("… (XKTV) cho biết")
    if (t.cap && !shouting && !AMOUNT.test(t.text) && !(ctx.forced[i] && !isAcronym(t.text) && demoted(ctx, i))) {
      const end = capRunEnd(ctx, i);
      // "tại Khu di tích …", "đến Trung tâm dự báo …": a place or organization noun capitalised alone before a
      // lowercase word begins a name written in sentence case, not a place or body named by that noun
      const next = tokens[end];
      if (end === i + 1 && lex.lang === 'vi' && !t.upper && next?.kind === Kind.Word && !next.cap && (lex.locationHeads.len(tokens, i) > 0 || lex.orgHeads.len(tokens, i) > 0)) {
        items.push({ k: 'word', s: i, e: end, key: t.key, time: false });
        i = end;
        continue;
      }
      items.push(...segmentRun(ctx, i, end));
      i = end;
      continue;
    }
    const cue = cueAt(ctx, i);
    items.push(cue);
    i = cue.e;
  }
  if (lex.lang === 'vi') joinForeignOrgs(ctx, items);
  else {
    joinOrgOfCountry(items, tokens, lex);
    joinPlaceOf(items, tokens, lex);
  }
  if (lex.languageMarkers.size) languagesNotCountries(items, lex);
  quotedNamesNotEntities(items, tokens, lex);
  return items;
}

/**
 * "cuộc tập trận mang tên “Eo biển Xylo 2024B”", "an exercise dubbed “Xylo Shield”": the quoted words
 * after a naming word (data/<lang>/naming-words.txt) are the name of an operation or a product, not entities.
 */
function quotedNamesNotEntities(items: Item[], tokens: readonly Token[], lex: LangLexicon): void {
  for (let x = 1; x + 1 < items.length; x++) {
    const open = items[x]!;
    if (open.k !== 'punct' || !QUOTE_OPENERS.has(open.ch) || items[x + 1]!.k !== 'name') continue;
    // (the naming words end right before the quote)
    if (lex.namingWords.startBefore(tokens, open.s) < 0) continue;
    for (let y = x + 1; y < items.length && !(items[y]!.k === 'punct' && QUOTE_ENDS.has((items[y] as { ch: string }).ch)); y++) {
      const it = items[y]!;
      if (it.k === 'name') items[y] = { k: 'word', s: it.s, e: it.e, key: '', time: false };
    }
  }
}

/**
 * "Carnegie Endowment for International Peace", "Bank of America", "Council on Foreign Relations" quoted
 * in a Vietnamese text: two names joined by an English word ("of", "for", "&") are one organization's
 * name when neither is Vietnamese and one has an organization's word first or last.
 */
function joinForeignOrgs(ctx: ScanContext, items: Item[]): void {
  const { tokens, lex } = ctx;
  for (let x = 0; x + 2 < items.length; x++) {
    const a = items[x]!;
    const join = items[x + 1]!;
    const b = items[x + 2]!;
    if (a.k !== 'name' || b.k !== 'name' || join.s !== a.e || join.e !== b.s || join.e - join.s !== 1) continue;
    const word = tokens[join.s]!.key;
    if (word === 'the' || !EN_CONNECTORS.has(word) || !foreignWords(tokens, a) || !foreignWords(tokens, b)) continue;
    const orgWord = (k: number) => lex.orgSuffixes.len(tokens, k, k + 1) === 1;
    if (!orgWord(a.s) && !orgWord(a.e - 1) && !orgWord(b.e - 1)) continue;
    items.splice(x, 3, { k: 'name', s: a.s, e: b.e, type: 'organization', rule: 'foreign-org', forced: a.forced });
    x--; // "Bill & Melinda Gates Foundation for …": the joined name may join again
  }
}

/**
 * "Security Service of Ukraine", "Armed Forces of Xylia": in English a body named by its last word ("Service",
 * "Forces"), "of" and a country are one organization's name; so are such a body, "for"/"of" and capitalised words
 * no list knows ("Xylo Center for Financial Research", "Xylo University of Technology"), or a topic's body, "on" and
 * its topic ("Xylia National Commission on Human Rights": data/en/topic-heads.txt).
 */
function joinOrgOfCountry(items: Item[], tokens: readonly Token[], lex: LangLexicon): void {
  for (let x = 0; x + 2 < items.length; x++) {
    const a = items[x]!;
    const of = items[x + 1]!;
    const b = items[x + 2]!;
    // ("Xylia National Commission on Human Rights": "on" after a head of bodies named after a topic)
    const on = of.k === 'word' && of.key === 'on' && a.k === 'name' && lex.topicHeads.has(tokens[a.e - 1]!.key);
    if (a.k !== 'name' || a.rule !== 'org-suffix' || of.k !== 'word' || (of.key !== 'of' && of.key !== 'for' && !on) || b.k !== 'name') continue;
    const field = untypedName(b) || (!b.ref && b.type === 'organization' && b.rule === 'org-suffix' && of.key === 'for');
    if (!(b.type === 'country' && of.key === 'of') && !field) continue;
    if (of.s !== a.e || b.s !== of.e || tokens[b.e]?.text === "'s") continue; // ("… of Xylia's army": the country is the army's)
    items.splice(x, 3, { k: 'name', s: a.s, e: b.e, type: 'organization', rule: 'org-suffix', forced: a.forced });
  }
}

/** A name no list typed: untyped, or a person's by its shape alone (not known, not after a title or an honorific). */
function untypedName(it: Item): boolean {
  return it.k === 'name' && !it.ref && (it.type === null || (it.type === 'person' && it.rule !== 'title' && it.rule !== 'honorific'));
}

/**
 * English places named with "of" or a possessive: a place's noun alone (data/en/place-heads-of.txt), "of" and a
 * name no list types, or a place's ("Basilica of Santa Maria Maggiore", "Province of Xylo"); a name no list types,
 * "'s" and a place's last word alone ("St Peter's Square", "Xylo's Cathedral"; not one that names a body: "X's House colleagues").
 */
function joinPlaceOf(items: Item[], tokens: readonly Token[], lex: LangLexicon): void {
  for (let x = 0; x + 2 < items.length; x++) {
    const a = items[x]!;
    const link = items[x + 1]!;
    const b = items[x + 2]!;
    if (a.k !== 'name' || b.k !== 'name' || link.s !== a.e || b.s !== link.e || tokens[b.e]?.text === "'s") continue;
    const of = link.k === 'word' && link.key === 'of' && a.type === null && a.e === a.s + 1 && lex.placeHeadsOf.has(tokens[a.s]!.key) && (untypedName(b) || b.type === 'location');
    const possessive = link.k === 'punct' && link.ch === "'s" && untypedName(a) && b.type === null && b.e === b.s + 1 && lex.locationSuffixes.has(tokens[b.s]!.key) && !lex.genericAffiliations.has(tokens[b.s]!.key);
    if (of || possessive) items.splice(x, 3, { k: 'name', s: a.s, e: b.e, type: 'location', rule: 'place-of', forced: a.forced });
  }
}

/** "Yong-hyun", "Jae-myung" at k: a capitalised word, a glued hyphen and a glued lowercase word. */
function hyphenatedGivenName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const after = tokens[k + 2];
  return t !== undefined && t.kind === Kind.Word && t.cap && !t.upper && isGluedHyphen(tokens, k + 1) && after !== undefined && !after.cap;
}

/** No word of the name is a Vietnamese syllable. */
function foreignWords(tokens: readonly Token[], it: NameItem): boolean {
  return foreignRun(tokens, it.s, it.e);
}

/** "tiếng Anh", "tiếng Nga": a language, not the country (the name becomes a plain word). */
function languagesNotCountries(items: Item[], lex: LangLexicon): void {
  for (let x = 1; x < items.length; x++) {
    const it = items[x]!;
    const prev = items[x - 1]!;
    if (it.k === 'name' && it.type === 'country' && prev.k === 'word' && lex.languageMarkers.has(prev.key)) items[x] = { k: 'word', s: it.s, e: it.e, key: '', time: false };
  }
}

/** tokens[i] is a one-word ambiguous gazetteer name, and a capitalised Vietnamese word no list knows follows it. */
function honorificBeforeName(ctx: ScanContext, i: number): boolean {
  const { tokens } = ctx;
  const gaz = gazetteerAt(ctx, i, tokens.length);
  const next = tokens[i + 1];
  return gaz?.len === 1 && gaz.values[0]!.ambiguous && next?.kind === Kind.Word && next.cap && !next.upper && isVietnameseSyllable(next.text) && !gazetteerAt(ctx, i + 1, tokens.length) && !startsOrgOrTitle(ctx, i + 1);
}

/**
 * "Chuyên gia phân tích của Chứng khoán Xylo Lê Văn Khoa": a title, up to three lowercase words of it, then
 * "của": the name after is the title's affiliation and its holder, as right after a title.
 */
function titleThenOf(items: readonly Item[], lex: LangLexicon): boolean {
  const last = items.at(-1);
  if (lex.lang !== 'vi' || last?.k !== 'word' || last.key !== CUA) return false;
  for (let k = items.length - 2; k >= Math.max(0, items.length - 5); k--) {
    const it = items[k]!;
    if (it.k === 'title') return true;
    if (it.k !== 'word') return false;
  }
  return false;
}

/** Four or more words, every one of them in capitals (one-letter words aside). */
function isShouting(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.kind !== Kind.Word) continue;
    if (!t.upper && !(t.cap && t.text.length === 1)) return false;
    words++;
  }
  return words >= 4;
}

/** "tờ", "hãng tin": the length of an organization head at i that is not part of the name after it (0 if none). */
function classifierAt(ctx: ScanContext, i: number): number {
  const len = ctx.lex.orgClassifiers.len(ctx.tokens, i, ctx.tokens.length);
  return len > 0 && ctx.lex.orgHeads.len(ctx.tokens, i, ctx.tokens.length) === len ? len : 0;
}

/** The keys of the words of tokens[s, e), joined by spaces (as foldName gives them: "co-founder" → "co founder"). */
export function wordKeys(tokens: readonly Token[], s: number, e: number): string {
  let out = '';
  for (let k = s; k < e; k++) if (tokens[k]!.kind === Kind.Word) out += (out ? ' ' : '') + tokens[k]!.key;
  return out;
}

/** Only a legal form's letters ("CP", "TNHH MTV") in tokens [a, b). */
function legalFormOnly(tokens: readonly Token[], a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) if (tokens[k]!.kind !== Kind.Word || !tokens[k]!.upper || tokens[k]!.text.length > 4) return false;
  return true;
}

/** The item of a known name: its first reading; another that is a state ("Georgia") is kept as its alternative. */
function gazetteerItem(values: readonly GazetteerEntry[], s: number, e: number, forced: boolean): NameItem {
  const entry = values[0]!;
  const item: NameItem = { k: 'name', s, e, type: entry.type, rule: 'gazetteer', ref: entry.ref, forced };
  if (entry.iso) item.iso = entry.iso;
  if (entry.ambiguous) item.ambiguous = true;
  if (entry.weakStart) item.weakStart = true;
  if (entry.kind) item.kind = entry.kind;
  const alt = values.find((v) => v !== entry && v.kind === 'state');
  if (alt) item.alt = alt.ref;
  return item;
}

/** The longest name, organization pattern, place pattern or title starting at i. */
function longestAt(ctx: ScanContext, i: number): Item | null {
  const { tokens } = ctx;
  const n = tokens.length;
  // "Russian President X", "North Korean troops": an adjective of nationality names the country
  if (tokens[i]!.cap && ctx.lex.demonyms.startsAt(tokens, i)) {
    const dem = ctx.lex.demonyms.match(tokens, i, n, (_v, len) => tokens.slice(i, i + len).every((t) => t.kind !== Kind.Word || t.cap));
    if (dem && !gazetteerAt(ctx, i, n)) {
      const entry = dem.values[0]!;
      return { k: 'name', s: i, e: i + dem.len, type: 'country', rule: 'demonym', ref: entry.ref, iso: entry.iso!, forced: ctx.forced[i]! };
    }
  }
  const cap = tokens[i]!.cap;
  const phrase = ctx.lex.phraseStarts.has(tokens[i]!);
  // "Former Polish foreign minister X", "Former Texas Governor X": a title's modifier before an adjective of
  // nationality or a known place is no name's first word
  if (cap && phrase && tokens[i + 1]?.cap && ctx.lex.titleModifiers.len(tokens, i, i + 1) === 1 && (ctx.lex.demonyms.startsAt(tokens, i + 1) || gazetteerAt(ctx, i + 1, n))) {
    return { k: 'word', s: i, e: i + 1, key: tokens[i]!.key, time: false };
  }
  if (!cap && !phrase && !startsLower(ctx, i)) return null; // a plain lowercase word
  const nonEntity = phrase ? ctx.lex.nonEntities.len(tokens, i, n) : 0;
  const gaz = cap || startsLower(ctx, i) ? gazetteerAt(ctx, i, n) : null;
  let org = tokens[i]!.cap ? orgPattern(ctx, i) : null;
  // "Tổng thư ký Liên Hợp Quốc António Guterres": after a title, a known body's name ends where its holder's begins
  if (org && gaz && ctx.afterTitle && gaz.values[0]!.type === 'organization' && org > gaz.len && capRun(tokens, i + gaz.len) >= i + org && !gazetteerAt(ctx, i + gaz.len, n)) org = null;
  const loc = tokens[i]!.cap ? placePattern(ctx, i) : null;
  const title = phrase ? titleAt(ctx, i) : null;
  const nameLen = Math.max(gaz?.len ?? 0, org ?? 0, loc ?? 0);
  // a non-entity phrase ("Thứ ba", "GMT", "miền Đông") unless it begins a longer name ("Đông Hà");
  // an acronym among them begins none ("PV Thanh Niên": the newspaper's reporter)
  const acronym = nonEntity === 1 && isAcronym(tokens[i]!.text);
  // (a known name after it begins a name of its own: "phong trào Hồi giáo Hamas")
  // (a reporting verb in lowercase stays one: "chia sẻ" is page furniture as a line, "X chia sẻ: …" a statement)
  const verb = nonEntity && !tokens[i]!.cap && ctx.lex.reportingVerbs.len(tokens, i, n) >= nonEntity;
  // (a phrase with a word in lowercase, "Trụ sở", ends any run of capitals: the name after it is another)
  const runsOn = () => capWords(tokens, i) >= nonEntity && capWordAt(tokens, i + nonEntity) && !gazetteerAt(ctx, i + nonEntity, n);
  if (nonEntity && !verb && (acronym || (nonEntity >= nameLen && nonEntity >= (title ?? 0) && !runsOn()))) {
    return { k: 'word', s: i, e: i + nonEntity, key: '', time: false };
  }
  // "General Staff": a title word before an organization's last word that ends the run begins an organization's name
  if (title && title >= nameLen && !titleBeginsBody(ctx, i, title)) return { k: 'title', s: i, e: i + title };
  if (nameLen === 0) return null;
  const forced = ctx.forced[i]!;
  if (gaz && gaz.len === nameLen) {
    const entry = gaz.values[0]!;
    let e = i + gaz.len;
    // "ASEAN Cup", "ASEAN Mitsubishi Electric Cup", "Paris Open": a known name that begins an event's is no name
    const eventRun = capWords(tokens, e);
    if (eventRun > 0 && eventRun <= 4 && ctx.lex.eventSuffixes.len(tokens, e + eventRun - 1, e + eventRun) === 1) return { k: 'word', s: i, e: e + eventRun, key: '', time: false };
    // "Apple Inc", "Tesla Motors": a known organization with its legal or trade suffix
    // ("JPMorgan Chase & Co")
    if (entry.type === 'organization') {
      for (;;) {
        if (orgLastWord(ctx, e)) e++;
        else if (tokens[e]?.text === '&' && orgLastWord(ctx, e + 1)) e += 2;
        // "VOV.VN", "VnExpress.net": an outlet's name with its web domain
        else if (tokens[e]?.text === '.' && tokens[e]!.glued && tokens[e + 1]?.glued && WEB_DOMAIN.test(tokens[e + 1]!.text)) e += 2;
        else break;
      }
      // "Amazon Web Services": a known organization and two or three capitalised words ending in an
      // organization's last word name another body (its unit)
      const run = e === i + gaz.len ? capWords(tokens, e) : 0;
      if (run >= 2 && run <= 3 && orgLastWord(ctx, e + run - 1)) return { k: 'name', s: i, e: e + run, type: 'organization', rule: 'org-suffix', forced };
      // "Democratic Party of Korea": a known party's name, "of" and a country's name another country's party
      const country = tokens[e]?.key === 'of' && orgLastWord(ctx, e - 1) && capWordAt(tokens, e + 1) ? gazetteerAt(ctx, e + 1, tokens.length) : null;
      if (country?.values.some((v) => v.type === 'country')) return { k: 'name', s: i, e: e + 1 + country.len, type: 'organization', rule: 'org-suffix', forced };
    }
    // "Israel Defense Forces", "Vietnam Airlines", "Kyiv City Council": a country or place
    // and capitalised words that end in an organization's last word name the organization
    // (in English also an ambiguous one: "Korea Development Institute", "Jordan Valley Authority")
    else if (!entry.ambiguous || ctx.lex.lang === 'en') {
      // (up to a title: "U.S. Steel | CEO X")
      let run = capWords(tokens, e);
      for (let k = e + 1; k < e + run; k++) {
        if (ctx.lex.titles.len(tokens, k) > 0) {
          run = k - e;
          break;
        }
      }
      // ("Saigon Joint Stock Commercial Bank": four words in English)
      if (run >= 1 && run <= (ctx.lex.lang === 'en' ? 4 : 3) && orgLastWord(ctx, e + run - 1)) return { k: 'name', s: i, e: e + run, type: 'organization', rule: 'org-suffix', forced };
      // "Dnipro River", "Los Angeles County Sheriff X": a known name and a place's last word right after it name
      // another place; so do a known name and words ending in one ("Vientiane New Stadium")
      // (not where a title starts: "U.S. District Judge X")
      const placeWords = run === 0 || ctx.lex.titles.len(tokens, e) > 1 ? 0 : ctx.lex.locationSuffixes.has(tokens[e]!.key) ? 1 : run <= 3 && ctx.lex.locationSuffixes.has(tokens[e + run - 1]!.key) ? run : 0;
      if (placeWords) return { k: 'name', s: i, e: e + placeWords, type: 'location', rule: 'location-suffix', forced };
      // "Jordan Henderson", "Chad Okafor": in English a place name that is also a given name, and then
      // one capitalised word that no list knows, is a person's name (not after "in": "in Georgia Trump won")
      if (entry.ambiguous && run === 1 && tokens[e]!.mask === 0 && !tokens[e]!.upper && !ctx.lex.placePrepositions.len(tokens, i - 1, i)) return { k: 'name', s: i, e: e + 1, type: null, rule: 'given-name', forced };
    }
    return gazetteerItem(gaz.values, i, e, forced);
  }
  if (org === nameLen) return { k: 'name', s: i, e: i + org, type: 'organization', rule: 'org-head', forced };
  return { k: 'name', s: i, e: i + nameLen, type: 'location', rule: 'place-head', forced };
}

/**
 * An event name, which is not an entity: "bão Yagi", "Hội nghị Thượng đỉnh Xylia",
 * "Xylo Cup 2024". Returned as a plain word item spanning it, or null.
 */
function eventAt(ctx: ScanContext, i: number): Item | null {
  const { tokens, lex } = ctx;
  const n = tokens.length;
  const head = lex.eventHeads.len(tokens, i, n);
  if (!head) return null;
  // "tại Đại hội toàn quốc đảng Xylo": a capitalised head of several words and a lowercase word after it is the
  // event's noun, not a name ("Đại" would be a place after "tại")
  // (and a capitalised head of several words that no name follows is the event's whole name, with its year:
  // "Miss International 2024")
  const after = tokens[i + head];
  if (head > 1 && tokens[i]!.cap && !(after?.kind === Kind.Word && after.cap)) {
    const year = after?.kind === Kind.Number && /^\d{4}$/.test(after.text) ? 1 : 0;
    return { k: 'word', s: i, e: i + head + year, key: '', time: false };
  }
  if (!tokens[i + head]?.cap || tokens[i + head]!.kind !== Kind.Word) return null;
  // a known name after the head is not swallowed ("chiến tranh Nga - Ukraine"), nor is a known
  // organization that starts with the head ("Chương trình Lương thực Thế giới")
  if ((gazetteerAt(ctx, i, n)?.len ?? 0) > head) return null;
  // (the head alone is the event's noun then: "Olympic Paris 2024", "Hội nghị Thượng đỉnh ASEAN")
  if (gazetteerAt(ctx, i + head, n)) return { k: 'word', s: i, e: i + head, key: '', time: false };
  return { k: 'word', s: i, e: capRunEnd(ctx, i + head), key: '', time: false };
}

/** Lowercase-initial gazetteer names ("châu Âu", "sông Mekong") may start on a lowercase word. */
function startsLower(ctx: ScanContext, i: number): boolean {
  // ("bán đảo Triều Tiên": the capitals may start at the third word)
  return ctx.gaz.startsAt(ctx.tokens, i) && ((ctx.tokens[i + 1]?.cap ?? false) || (ctx.tokens[i + 2]?.cap ?? false));
}

function gazetteerAt(ctx: ScanContext, i: number, end: number): { len: number; values: GazetteerEntry[] } | null {
  const { tokens } = ctx;
  return ctx.gaz.match(tokens, i, end, (entry, len) => {
    for (let m = 0; m < len; m++) {
      const tok = tokens[i + m]!;
      if (entry.caps[m] && !tok.cap) return false;
      if (entry.upper[m] && tok.text !== tok.text.toUpperCase()) return false;
    }
    // At the start of a sentence "Mỹ phẩm", "Ý kiến" are common words, not "Mỹ", "Ý".
    if (entry.ambiguous && ctx.forced[i] && len === 1 && ctx.lex.ambiguousCompounds.len(tokens, i, tokens.length)) return false;
    const after = tokens[i + len];
    // "the opposition XYLIA alliance": a known name in capitals it is not written in, before a noun English puts
    // after a body's name, is that body's acronym
    if (len === 1 && !entry.upper[0] && tokens[i]!.upper && tokens[i]!.text.length >= 4 && after?.kind === Kind.Word && !after.cap && ctx.lex.orgHeadsAfter.has(after.key)) return false;
    // A name must not end inside a hyphenated word ("Lào" of "Lào-Cai" is fine, "Anh" of "Anh-đô" is not).
    const afterNext = tokens[i + len + 1];
    if (after && after.glued && after.text === '-' && afterNext?.glued && afterNext.kind === Kind.Word && !afterNext.cap && !ctx.lex.hyphenSuffixes.len(tokens, i + len + 1, i + len + 2)) return false;
    return true;
  });
}

/** Title phrase at i: modifiers* title domain? ("cựu Bộ trưởng Ngoại giao"). Returns its length. */
function titleAt(ctx: ScanContext, i: number): number | null {
  const { tokens, lex } = ctx;
  const n = tokens.length;
  let j = i;
  for (;;) {
    const mod = lex.titleModifiers.len(tokens, j, n);
    // ("nguyên Phó Viện trưởng": a modifier before another)
    if (!mod || !(lex.titles.len(tokens, j + mod) > 0 || lex.titleModifiers.len(tokens, j + mod) > 0)) break;
    j += mod;
  }
  let title = lex.titles.len(tokens, j, n);
  if (!title) return null;
  // ("leader Hun Sen.": an abbreviation's dot that ends the sentence ends a name, not a title)
  if (j + title === n && tokens[n - 1]!.text === '.') return null;
  // "the General Statistics Office": in English a capitalised title after "the" and words that end in an
  // organization's last word begin that organization's name (the title would have named no one)
  if (lex.lang === 'en' && j === i && tokens[i]!.cap && tokens[i - 1]?.key === 'the' && connectsOrgEnd(ctx, i + title, 3)) return null;
  const titleStart = j;
  // "Trưởng Ban Tổ chức Trung ương": a capitalised head that ends the title begins the body's name after it
  const last = j + title - 1;
  if (title > 1 && tokens[last]!.cap && lex.orgHeads.len(tokens, last, n) > 0 && tokens[last + 1]?.cap && (orgPattern(ctx, last) ?? 0) > 1) title--;
  j += title + titleSuffixAt(tokens, lex, j + title);
  // "Minister of Public Security X", "Minister for Trade X": in English the portfolio after "of"/"for", capitalised
  if (lex.lang === 'en' && (tokens[j]?.key === 'of' || tokens[j]?.key === 'for') && tokens[j + 1]?.cap) {
    const portfolio = lex.titleDomains.len(tokens, j + 1, n);
    if (portfolio && tokens[j + portfolio]!.cap) return j + 1 + portfolio - i;
  }
  const domain = lex.titleDomains.len(tokens, j, n);
  // "Bộ trưởng Ngoại giao Xylia", but not "Giám đốc | Công an tỉnh Xylia" (an organization starts there)
  if (domain && !gazetteerAt(ctx, j, n) && !(tokens[j]!.cap && (lex.orgHeads.len(tokens, j) > 0) && orgPattern(ctx, j))) {
    j += domain;
    // "Bộ trưởng An ninh Kinh tế X": two portfolios make one
    const second = lex.lang === 'vi' && tokens[j]?.cap ? lex.titleDomains.len(tokens, j, n) : 0;
    if (second && !gazetteerAt(ctx, j, n)) j += second;
    if (lex.lang === 'vi') j += portfolioChain(ctx, j);
    j += titleSuffixAt(tokens, lex, j);
  }
  else {
    // "Trưởng phòng Cảnh sát hình sự Công an tỉnh Xylo": an organization word in sentence case (no name's
    // words are) is the title's division, unless an organization's name starts with it
    const len = lowerCompoundLen(ctx, j);
    if (len && tokens[j]!.cap && !gazetteerAt(ctx, j, n) && !tokens[j + len - 1]!.cap && (lex.orgHeads.len(tokens, j) > 0 ? (orgPattern(ctx, j) ?? 0) : 0) <= len) j += len;
    else j += sentenceCasePortfolio(ctx, titleStart, titleStart + title, j);
  }
  return j - i;
}

/**
 * "Bộ trưởng Văn hóa, Thể thao và Du lịch X", "Bộ trưởng Lao động - Thương binh và Xã hội X": after a
 * portfolio, more capitalised portfolios joined by commas, dashes and a last "và" are one portfolio.
 * Returns their length after j, 0 unless the chain ends in "và" and a portfolio.
 */
function portfolioChain(ctx: ScanContext, j: number): number {
  const { tokens, lex } = ctx;
  let k = j;
  let end = j;
  for (;;) {
    const sep = tokens[k];
    if (!sep || !(sep.text === 'và' || (sep.kind === Kind.Punct && (sep.text === ',' || sep.text === '-' || sep.text === '–')))) break;
    const len = tokens[k + 1]?.cap ? lex.titleDomains.len(tokens, k + 1, tokens.length) : 0;
    if (!len || gazetteerAt(ctx, k + 1, tokens.length)) break;
    k += 1 + len;
    if (sep.text === 'và') { end = k; break; }
  }
  return end - j;
}

/**
 * "Bộ trưởng Thống nhất Xylia X": after a minister's title (data/vi/portfolio-titles.txt), a capitalised
 * Vietnamese syllable and a lowercase one before another capital are a portfolio in sentence case (no
 * name is written so), unless they are a body's or place's head or a title. Returns its length (2), else 0.
 */
function sentenceCasePortfolio(ctx: ScanContext, titleStart: number, titleEnd: number, j: number): number {
  const { tokens, lex } = ctx;
  const [a, b, c] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!a?.cap || a.upper || b?.kind !== Kind.Word || b.cap || !c?.cap || !isVietnameseSyllable(a.text) || !isVietnameseSyllable(b.text)) return 0;
  // (not a body's head: "Thứ trưởng Ngân hàng Xylo X" names the bank)
  if (lex.orgHeads.len(tokens, j) > 0 || lex.locationHeads.len(tokens, j) > 0 || lex.titles.len(tokens, j) > 0) return 0;
  let key = tokens[titleStart]!.key;
  for (let k = titleStart + 1; k < titleEnd; k++) key += ' ' + tokens[k]!.key;
  return lex.portfolioTitles.has(key) ? 2 : 0;
}

/** A plural marker capitalised in a sentence-case name, before a lowercase word ("Các lực lượng …"). */
function sentenceCasePlural(tokens: readonly Token[], j: number, lex: LangLexicon): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  return t.kind === Kind.Word && t.cap && !t.upper && lex.pluralMarkers.has(t.key) && next?.kind === Kind.Word && !next.cap;
}

/** The capitalised run at j is a Vietnamese full name (personTail's shape, three or four syllables) and no known place. */
function fullVietnameseName(ctx: ScanContext, j: number): boolean {
  const run = capWords(ctx.tokens, j);
  return run >= 3 && run <= 4 && personTail(ctx, j, j + run) === j && !gazetteerAt(ctx, j, j + run);
}

/** Length of an organization word of several tokens whose second is lowercase at j ("Tối cao", "Đào tạo"), else 0. */
function lowerCompoundLen(ctx: ScanContext, j: number): number {
  const next = ctx.tokens[j + 1];
  if (next === undefined || next.cap || next.kind !== Kind.Word) return 0;
  const len = ctx.lex.orgWords.len(ctx.tokens, j, ctx.tokens.length);
  return len >= 2 ? len : 0;
}

/**
 * Length of a qualifier after a title at j ("Tổng thống đắc cử", "President-elect"), 0 if none:
 * written in lowercase, and a hyphen that begins it glued to the title.
 */
export function titleSuffixAt(tokens: readonly Token[], lex: LangLexicon, j: number): number {
  const t = tokens[j];
  if (!t || (t.kind === Kind.Punct && !t.glued)) return 0;
  const len = lex.titleSuffixes.len(tokens, j, tokens.length);
  // (in sentence case too, "Phó Giám đốc Thường trực": a capital on its first word only)
  return len && !tokens[j + len - 1]!.cap && (!t.cap || (len > 1 && !t.upper)) ? len : 0;
}

/**
 * Organization written with a head noun: a capitalised head followed by
 * capitalised parts, ending with an optional country or place qualifier.
 *   "Bộ Quốc phòng Nga", "Ủy ban Nhân dân tỉnh Quảng Nam", "Bộ Văn hóa, Thể thao và Du lịch"
 * Returns its length in tokens, or null.
 */
function orgPattern(ctx: ScanContext, i: number): number | null {
  const { tokens, lex } = ctx;
  const n = tokens.length;
  const head = lex.orgHeads.len(tokens, i, n);
  if (!head) return null;
  if (lex.lang === 'en') return englishOrg(ctx, i, head);
  // "Đài Loan": a head word that begins a known country's or place's name is that name's
  const known = gazetteerAt(ctx, i, n);
  if (known && known.len > head && known.values.some((v) => v.type !== 'organization' && !v.ambiguous)) return null;
  let j = i + head;
  let foreign = false; // a part that is not a Vietnamese word: the name of a company, not a common noun's qualifier
  let parts = 0;
  let compounds = 0; // parts that are known organization words ("Quốc phòng", "Y tế")
  let proper = false; // a part that is a name of its own, not organization words ("Bạch Mai")
  let headProper = 0; // "Ủy ban Nhân dân": capitals inside the head show it is a name
  let nameAnyway = false; // a name even where capitals are forced: head + administrative word + place, or a long head + a lowercase part
  let titled = false; // the last part is a title ("Văn phòng Tổng thống", "Ban Bí thư"): the name may be complete
  let nationalPart = false; // a part is a national body's head ("Ủy ban Đối ngoại Thượng viện"): complete after a title
  let wordParts = 0; // parts that are organization words or titles (of the compounds)
  let run = 0;
  for (let k = i + 1; k < j; k++) if (tokens[k]!.cap) headProper = 1;
  if (tokens[i]!.upper) headProper = 1; // "CLB", "UBND": an abbreviation is in capitals wherever it stands
  while (j < n) {
    const t = tokens[j]!;
    // "Quân khu 2", "Lữ đoàn 155", "Bệnh viện 108": a head and a number name a numbered unit (data/vi/numbered-heads.txt)
    if (parts === 0 && t.kind === Kind.Number && /^\d+$/.test(t.text) && lex.numberedHeads.len(tokens, i, j) === head) {
      j++;
      parts++;
      nameAnyway = true;
      break;
    }
    // "Bệnh viện Nhi đồng 1", "Bệnh viện Quân y 175": a numbered unit's name and its number, before a punctuation mark
    // or after a name of organization words only ("Bệnh viện Xylo 2 ngày qua": the number is not the name's)
    if (parts > 0 && t.kind === Kind.Number && /^\d{1,3}$/.test(t.text) && (!tokens[j + 1] || tokens[j + 1]!.kind === Kind.Punct || !proper) && lex.numberedHeads.len(tokens, i, i + head) === head) {
      j++;
      break;
    }
    // "Lữ đoàn Đổ bộ Đường không số 95", "Sư đoàn Dù số 84": a numbered unit's name, then "số" and its number
    const num = tokens[j + 1];
    if (parts > 0 && t.key === SO && num?.kind === Kind.Number && /^\d+$/.test(num.text) && lex.numberedHeads.len(tokens, i, i + head) === head) {
      j += 2;
      break;
    }
    // "UBND tỉnh Quảng Nam", "Ủy ban Nhân dân tỉnh Xuyên Mộc", "Công an tỉnh Xuyên Mộc", "Tòa án nhân dân TP Xylo"
    if (parts === 0 && t.kind === Kind.Word && (!t.cap || t.upper) && (head > 1 || tokens[i]!.upper)) {
      const admin = lex.locationHeads.len(tokens, j, n);
      // ("X, Phó Giám đốc Công an tỉnh, cho biết": the administrative word alone before a comma or the sentence's end)
      const after = tokens[j + admin];
      const bare = admin > 0 && closesName(tokens, j + admin);
      if (admin && (after?.cap || bare)) {
        // "Chủ tịch HĐND thành phố Nguyễn Ngọc Tuấn": after a title, a Vietnamese full name is the holder, not the place
        // (not the rest of a place known with its administrative word: "Chủ tịch UBND TP Hồ Chí Minh")
        const holder = bare || (ctx.afterTitle && fullVietnameseName(ctx, j + admin) && !gazetteerAt(ctx, j, j + admin + capWords(tokens, j + admin)));
        j += admin + (holder ? 0 : placeLength(ctx, j + admin));
        // ("Ủy hội sông Mê Kông quốc tế (MRC)": a lowercase part of names after the place is the name's)
        if (!holder) j += lowerOrgRun(ctx, j);
        parts++;
        nameAnyway = true;
        break;
      }
    }
    // "Bộ Tổng tham mưu Các lực lượng vũ trang Ukraine": a plural marker in sentence case before a body's head
    // in lowercase goes on the name; before anything else it ends it
    if (sentenceCasePlural(tokens, j, lex)) {
      const inner = lex.orgHeads.len(tokens, j + 1, n);
      const k = inner ? j + 1 + inner + lex.orgLowerParts.len(tokens, j + 1 + inner, n) : j;
      if (k === j || !tokens[k]?.cap || tokens[k]!.kind !== Kind.Word) break;
      j = k;
      continue;
    }
    if (t.kind === Kind.Word && t.cap) {
      // "Bộ trưởng Bộ Xây dựng Lê Anh": after a title, a family name and one to three more words start the person
      // (not a known place that is all the run: "Giám đốc Sở Y tế Hà Nội, …" is the city's)
      // (not where the holder is named before the title and the run closes the apposition: "Trương Văn An, cựu
      // Tổng giám đốc Công ty Bất động sản Hoàng Phát, …")
      const person = ctx.afterTitle && parts > 0 && lex.surnames.has(t.key) ? capWords(tokens, j) : 0;
      if (person > 0 && !(closesName(tokens, j + person) && holderNamedBefore(ctx))) {
        const place = gazetteerAt(ctx, j, n);
        const placeOnly = place?.len === person && place.values.some((v) => v.type === 'location' || v.type === 'country');
        if (!placeOnly && vietnameseFullName(ctx, j, j + person)) break;
      }
      // "Giám đốc Văn phòng An ninh Quốc gia Kim Yong-hyun": a word and a given name joined by a hyphen
      // in lowercase ("Yong-hyun") are a Korean person's name, not a part of the body's
      if (ctx.afterTitle && parts > 0 && hyphenatedGivenName(tokens, j + 1)) break;
      const gaz = gazetteerAt(ctx, j, n);
      // (not the first syllable of an organization word: "Hội Mỹ thuật Xylia" is not the United States')
      if (gaz && gaz.values[0]!.type !== 'organization' && lowerCompoundLen(ctx, j) <= gaz.len) {
        j += gaz.len;
        parts++;
        break; // a country or place ends the name: "Bộ Ngoại giao Ukraine | Andrii Sybiha"
      }
      // "Chủ tịch Tập đoàn Samsung | Lee Jae-yong": after a title, a known company's name ends
      // the name when more capitalised words follow (its holder's name)
      // (and one at the end of a longer name: "Người phát ngôn Hội đồng An ninh Quốc gia Nhà Trắng | John Kirby")
      const next = gaz ? tokens[j + gaz.len] : undefined;
      if (gaz && ctx.afterTitle && next?.kind === Kind.Word && next.cap) {
        j += gaz.len;
        parts++;
        break;
      }
      // "Văn phòng Chính phủ", "Văn phòng Quốc hội": a known organization whose name has a lowercase
      // word goes on the name whole (the capitalised run would stop at "phủ")
      if (gaz && parts === 0 && gaz.len > capWords(tokens, j)) {
        j += gaz.len;
        parts++;
        compounds++;
        continue;
      }
      // "Ủy ban Đối ngoại Thượng viện": a national body's head in sentence case goes on the name whole
      const national = parts > 0 ? lex.orgHeadsNational.len(tokens, j, n) : 0;
      if (national > capWords(tokens, j)) {
        j += national;
        parts++;
        nationalPart = true;
        continue;
      }
      // "Công ty CP Tập đoàn Xylo Thép": after a head and only a legal form's letters, another head goes on the name
      // (and right after a head that ends in a legal form in lowercase: "Công ty cổ phần Tập đoàn Xylo")
      const legalHead = j === i + head && head > 2 && !tokens[j - 1]!.cap;
      if (lex.orgHeads.len(tokens, j) > 0 && (legalHead || legalFormOnly(tokens, j === i + head ? j - 1 : i + head, j))) {
        const inner = orgPattern(ctx, j);
        if (inner) {
          j += inner;
          parts++;
          break;
        }
      }
      if (parts > 0 && lex.orgHeads.len(tokens, j) > 0) {
        const body = orgPattern(ctx, j);
        // "Cơ quan Cảnh sát điều tra Bộ Công an", "Tổng cục Hải quan Bộ Tài chính": a unit named by its field alone,
        // right before the body it belongs to, is named with it (each ministry and province has one)
        if (body && !proper && wordParts === parts && !titled) {
          j += body;
          parts++;
          break;
        }
        if (body) break; // "Bộ A và Bộ B"
      }
      // "Văn phòng Tập đoàn Xylo", "Chi nhánh Ngân hàng Xylo": after the head of a body's part, a whole body's name
      // (a head of several words: one of one word is read as a part below: "Văn phòng Bộ Xylo")
      if (parts === 0 && j === i + head && lex.orgHeads.len(tokens, j) > 1 && lex.orgPartHeads.has(wordKeys(tokens, i, j))) {
        const inner = orgPattern(ctx, j);
        if (inner) {
          j += inner;
          parts++;
          nameAnyway = true; // (a body's name is one anywhere: "Cục Cảnh sát Xylo …" at the start of a sentence)
          break;
        }
      }
      // "Văn phòng Tổng thống", "Bộ Tham mưu trưởng Liên quân": a title right after the head is part of the name
      const word = Math.max(lex.orgWords.len(tokens, j, n), lex.titleDomains.len(tokens, j, n));
      const title = word || parts > 0 ? 0 : lex.titles.len(tokens, j, n);
      if (word || title) {
        j += word || title;
        // "Công ty Thực phẩm sạch Xylo": a trade in sentence case (an organization word no minister's portfolio
        // is) and one more lowercase syllable, when the name goes on after it with words no list knows
        // (not "Bộ Y tế thăm Xuyên Mộc", "Công ty Dược phẩm thăm Hà Nội")
        if (word && !tokens[j - 1]!.cap && plainSyllable(ctx, j) && tokens[j]!.key !== CUA && tokens[j + 1]?.kind === Kind.Word && tokens[j + 1]!.cap && !termAt(tokens, j)
          && lex.titleDomains.len(tokens, j - word, j) !== word && !gazetteerAt(ctx, j + 1, n)) j++;
        compounds++;
        wordParts++;
        titled = title > 0;
      } else {
        proper = true;
        const start = j;
        // ("Trường Nghiên cứu Quốc tế S. Rajaratnam": a person's initial in the body's name)
        j += initialBeforeWord(tokens, j) ? 3 : 1;
        // a known place or country ends the part ("Bộ Nội vụ Xylia Đức"), but not a name that is also
        // a given name ("… Trịnh Anh"): the person's name is cut off below
        for (;;) {
          // "Park Ji-hoon": a hyphen-glued part belongs to the word before it
          if (isGluedHyphen(tokens, j)) j += 2;
          // ("Lữ đoàn Xylo al-Zorva": the Arabic article glued to the next word)
          else if (ARABIC_ARTICLES.has(tokens[j]?.key ?? '') && isGluedHyphen(tokens, j + 1) && tokens[j + 2]!.cap) j += 3;
          else if (initialBeforeWord(tokens, j)) j += 3;
          else if (cityNounInName(tokens, j)) j += 2;
          else if (j < n && legalFormOnly(tokens, i + head, j) && lex.orgHeads.len(tokens, j) > 0) break; // "Công ty CP | Tập đoàn …"
          // ("Chủ tịch Tập đoàn SK Chey Tae-won": after a title, a word and a given name joined by a hyphen are the holder's)
          else if (ctx.afterTitle && hyphenatedGivenName(tokens, j + 1)) break;
          // "Viện KSND Tối cao": an organization word with a lowercase part begins a part of its own
          else if (j < n && tokens[j]!.kind === Kind.Word && tokens[j]!.cap && !gazetteerAt(ctx, j, n)?.values.some((v) => !v.ambiguous) && !lowerCompoundLen(ctx, j)) j++;
          else break;
        }
        // "Giám đốc Tập đoàn Xylotek Phước Trần Văn An": after a title the person's name ends the run;
        // after a head that is a name by itself it may be the whole run ("Chủ tịch Quốc hội Trần Văn An"),
        // title or not ("Chủ nhiệm Ủy ban Kinh tế của Quốc hội Trần Văn An")
        // a body whose name is complete before this run ("Hạ viện", "Văn phòng Tổng thống", "Ban Bí thư"): a
        // person's name, Vietnamese or foreign, may be the whole run ("Chủ tịch Hạ viện Mike Johnson")
        // (or a national body's name of several words: "Bộ Ngoại giao Ivo Marenko")
        const national = lex.orgHeadsNational.len(tokens, i, n);
        const whole = (parts === 0 && national === head) || (national > head && national === start - i);
        // ("Chủ tịch Ủy ban Quốc phòng Hạ viện Ivo Marenko": after a title, a name after a national body's head is its holder's)
        const complete = whole || (parts === 1 && titled) || (nationalPart && ctx.afterTitle);
        // (after a title, two or three capitalised words no list knows after a complete body are its holder's name,
        // whatever their shape: "Người phát ngôn Bộ Ngoại giao Mao Ninh")
        // (not after a local body's head: "Bí thư Huyện ủy Bảo Yên" is the district's, data/vi/org-heads-local.txt)
        const holder = complete && ctx.afterTitle && j - start >= 2 && j - start <= 3 && wordIndices(tokens, start, j).length === j - start && lex.orgHeadsLocal.len(tokens, i, n) !== head ? start : null;
        // (nor where the holder is named before the title and the run closes the apposition)
        const heldBefore = ctx.afterTitle && closesName(tokens, j) && holderNamedBefore(ctx);
        const cut = (ctx.afterTitle || complete) && !heldBefore ? (personTail(ctx, complete ? start : start + 1, j) ?? (complete ? foreignPerson(ctx, start, j) : null) ?? holder) : null;
        if (cut !== null) {
          j = cut;
          parts++;
          break;
        }
        // "Bộ Năng lượng Xylia": a one-syllable capitalised part and one lowercase syllable form a
        // Vietnamese compound when the name clearly goes on or stops right after it
        const after = tokens[j + 1];
        if (j - start >= 2) compounds++; // "Bệnh viện Bạch Mai": several capitalised words are a name
        else if (!isVietnameseSyllable(tokens[start]!.text)) foreign = true; // "Tập đoàn Masan": no Vietnamese word
        // "Trung tâm Bệnh nhiệt đới,", "Viện Vệ sinh dịch tễ Trung ương", "Bệnh viện Ung bướu Hà Nội": a name in
        // sentence case, its first syllable capitalised, when a comma or the like, a known place or a capitalised
        // part of names ends it
        else if ((run = sentenceCaseRun(ctx, j))) {
          j += run;
          compounds++;
        } else if (plainSyllable(ctx, j)) {
          if (!after || after.kind === Kind.Punct || after.cap || termAt(tokens, j + 1)) j++;
          // "Công ty TNHH Bất động sản Xylo Phát": a three-syllable word, when the name goes on after it
          // (not "của": "Phái bộ Hỗ trợ | của Liên hợp quốc")
          // (nor a term's number: "Bộ Chính trị | khóa XII")
          else if (plainSyllable(ctx, j + 1) && tokens[j + 1]!.key !== CUA && tokens[j + 2]?.kind === Kind.Word && tokens[j + 2]!.cap && !termAt(tokens, j + 1)) j += 2;
        }
      }
      parts++;
      continue;
    }
    if (parts > 0 && t.kind === Kind.Word && !t.cap) {
      // "tỉnh Quảng Nam": an administrative word and its place end the name
      const admin = lex.locationHeads.len(tokens, j, n);
      if (admin && tokens[j + admin]?.cap) {
        j += admin + placeLength(ctx, j + admin);
        parts++;
        break;
      }
      // "Cơ quan Hợp tác quốc tế Nhật Bản", "Chương trình Lương thực thế giới (WFP)", "Trung tâm Dự báo khí tượng
      // thủy văn quốc gia", "Công ty Vàng bạc đá quý Sài Gòn": a name in sentence case runs on through organization
      // words in lowercase
      const run = lowerOrgRun(ctx, j);
      if (run) {
        j += run;
        continue;
      }
      // "và" / "," between two capitalised parts of one name: "Bộ Tài nguyên và Môi trường"
      // (and "vì", for: "Quỹ Xylo vì Hòa bình Quốc tế")
      if ((t.text === 'và' || t.text === VI_FOR) && continuesName(ctx, j + 1)) {
        j++;
        continue;
      }
    }
    if (parts > 0 && t.kind === Kind.Punct && (t.text === ',' || t.text === '-') && continuesName(ctx, j + 1)) {
      j++;
      continue;
    }
    // "Trung tâm Nghiên cứu Xylo Việt - Đức", "Trường Đại học Việt - Nhật": Việt Nam's short name, a dash and
    // another country's name end the name together
    const partner = parts > 0 && t.kind === Kind.Punct && (t.text === '-' || t.text === '–') && tokens[j - 1]?.text === VIET ? gazetteerAt(ctx, j + 1, n) : undefined;
    if (partner && partner.values[0]!.type === 'country') {
      j += 1 + partner.len;
      parts++;
      break;
    }
    // "Viện Kiểm sát nhân dân tối cao", "Lực lượng vũ trang Ukraine": a head of several words and a lowercase part
    if (parts === 0 && t.kind === Kind.Word && !t.cap && head > 1) {
      const lower = lex.orgLowerParts.len(tokens, j, n);
      if (lower) {
        j += lower;
        parts++;
        nameAnyway = head >= 3; // a head this long ("Tòa án nhân dân") is a name even at the start of a sentence
        continue;
      }
    }
    break;
  }
  // "Người phát ngôn Bộ Tư lệnh, …": a head of several words with capitals inside names a body alone;
  // so does a national one after a title ("Ủy viên Trung ương Đảng, …")
  // (and after a title, a capitalised head alone before a comma: "Ông X, Giám đốc Trung tâm, cho biết" speaks of the
  // centre the story names; resolution joins the two, or drops the head where the story names no such body;
  // not the last word of the holder's name: "Giám đốc Nguyễn Văn Trường, …")
  if (parts === 0) {
    const alone = commaOrParen(tokens[j]) && tokens[i]!.cap && !(tokens[i - 1]?.kind === Kind.Word && tokens[i - 1]!.cap);
    return (headProper && head > 1 && !tokens[i]!.upper) || (ctx.afterTitle && (lex.orgHeadsNational.len(tokens, i, n) === head || alone)) ? head : null;
  }
  // (or, title or not, with its acronym after the place: "Hội Kinh doanh vàng Việt Nam (VGTA)")
  if (compounds > 0) j += placeAfterLowerRun(ctx, j);
  // Capitalised only by position, the head may be a common noun: "Quân đội Triều Tiên …",
  // "Phòng Lan …". It is a name when a part is a known organization or organization word
  // ("Văn phòng Chính phủ"), a word that is not Vietnamese ("Tập đoàn Masan"), or the
  // head itself carries capitals ("Ủy ban Nhân dân").
  // A head, an administrative word and a place ("Hội đồng nhân dân tỉnh Xuyên Mộc") is a name anyway.
  if (ctx.forced[i] && compounds + headProper === 0 && !foreign && !nameAnyway && lex.orgHeadsNational.len(tokens, i, n) !== head) return null;
  // "Vụ Xylo Phát: …" opening a headline is a case; "Vụ Hợp tác quốc tế" a ministry's department (data/vi/org-heads-common.txt)
  if (ctx.forced[i] && wordParts === 0 && lex.orgHeadsCommon.len(tokens, i, n) === head) return null;
  return j - i;
}

/** One to `most` capitalised words at k, no known name among them, the last an organization's last word ("… and Exchange Commission"). */
function connectsOrgEnd(ctx: ScanContext, k: number, most: number): boolean {
  const run = capWords(ctx.tokens, k);
  if (run < 1 || run > most || !orgLastWord(ctx, k + run - 1)) return false;
  for (let x = k; x < k + run; x++) if (gazetteerAt(ctx, x, ctx.tokens.length)) return false;
  return true;
}

/** A capitalised word at k that ends organizations' names ("Images", "Bank", "Forces", "Staff"). */
function orgLastWord(ctx: ScanContext, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.kind === Kind.Word && t.cap && ctx.lex.orgSuffixes.len(ctx.tokens, k, k + 1) > 0;
}

/**
 * After a title, a body's name in sentence case runs on in lowercase to the place it belongs to
 * ("X - Giám đốc Trung tâm Quản lý hạ tầng kỹ thuật TP.HCM - cho biết"): the length of one to five
 * plain syllables and a known place at j, when the holder's name or a dash or bracket closing the
 * apposition follows, or a comma that closes an apposition after a name (not any comma or a full
 * stop: "Giám đốc Sở Y tế thăm Hà Nội, …"), or, title or not, the body's acronym in parentheses; else 0.
 */
function placeAfterLowerRun(ctx: ScanContext, j: number): number {
  const { tokens } = ctx;
  let k = j;
  while (k - j < 5 && plainSyllable(ctx, k) && !ctx.lex.locationHeads.len(tokens, k) && !ctx.lex.placePrepositions.len(tokens, k)) k++;
  if (k === j) return 0;
  const place = gazetteerAt(ctx, k, tokens.length);
  const entry = place?.values[0];
  if (!place || !entry || (entry.type !== 'location' && entry.type !== 'country')) return 0;
  const after = tokens[k + place.len];
  // (the title in an apposition after a name: "Ông X, Giám đốc …, cho biết")
  const closes = after?.kind === Kind.Punct && (after.text === '-' || after.text === '–' || after.text === '—' || after.text === ')' || (after.text === ',' && holderNamedBefore(ctx)));
  return (ctx.afterTitle && (closes || (after?.kind === Kind.Word && after.cap))) || newAcronymAt(ctx, k + place.len) ? k + place.len - j : 0;
}

/** "(VGTA)" at k: an acronym of three letters or more alone in parentheses that names nothing known ("(VN)" does). */
function newAcronymAt(ctx: ScanContext, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k + 1];
  return tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && t?.kind === Kind.Word && t.text.length >= 3 && isAcronym(t.text) && !gazetteerAt(ctx, k + 1, k + 2);
}

/**
 * Length of a run of organization words in lowercase at j (data/vi/org-words.txt, org-lower-parts.txt) that
 * continues a name in sentence case, else 0: one before a known place ("Công ty Vàng bạc đá quý Sài Gòn"); one
 * of the lowercase parts of names (org-lower-parts.txt) before a punctuation mark, a capital, the end or a reporting
 * verb ("Chương trình Lương thực thế giới (WFP)", "Vụ Hợp tác quốc tế cho biết"); two or more before those
 * ("Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết"). Not one before anything else: "Bộ Xylo điều tra vụ án".
 */
function lowerOrgRun(ctx: ScanContext, j: number): number {
  const { tokens, lex } = ctx;
  const n = tokens.length;
  let k = j;
  let units = 0;
  let part = false; // the only unit is a lowercase part of names
  for (;;) {
    const lower = lex.orgLowerParts.len(tokens, k, n);
    const len = lex.lang === 'vi' ? Math.max(lex.orgWords.len(tokens, k, n), lower) : lower;
    if (!len || tokens[k]!.cap || tokens[k + len - 1]!.cap || units >= 6) break;
    part = units === 0 && lower === len;
    k += len;
    units++;
  }
  if (units === 0) return 0;
  const next = tokens[k];
  const place = next?.cap ? gazetteerAt(ctx, k, n)?.values[0] : undefined;
  if (place && (place.type === 'location' || place.type === 'country')) return k - j;
  const closes = !next || next.kind === Kind.Punct || (next.kind === Kind.Word && next.cap);
  return (units > 1 || part) && (closes || lex.reportingVerbs.len(tokens, k) > 0) ? k - j : 0;
}

/**
 * The length of the lowercase syllables at j that go on a name in sentence case: at most five, no function word
 * (data/vi/name-run-breaks.txt) or reporting verb among them, that end in a lowercase part of names ("quốc gia")
 * or before the end, punctuation, a term ("khóa XII"), a known place or country, or a capitalised word of names
 * ("Trung ương"); 0 if none.
 */
function sentenceCaseRun(ctx: ScanContext, j: number): number {
  const { tokens, lex } = ctx;
  const n = tokens.length;
  let k = j;
  let partEnd = 0; // ("Viện Dinh dưỡng quốc gia khuyến cáo": a lowercase part of names ends it, whatever follows)
  for (; k < j + 5; k++) {
    const t = tokens[k];
    if (!t || t.kind !== Kind.Word || t.cap || !isVietnameseSyllable(t.text) || lex.nameRunBreaks.has(t.key) || lex.reportingVerbs.len(tokens, k) > 0) break;
    const part = k > j ? lex.orgLowerParts.len(tokens, k, n) : 0;
    if (part) partEnd = k + part;
  }
  if (partEnd > 0 && partEnd <= k) return partEnd - j;
  if (k - j < 2) return 0;
  const next = tokens[k];
  if (!next || next.kind === Kind.Punct || termAt(tokens, k)) return k - j;
  if (!next.cap) return 0;
  const known = gazetteerAt(ctx, k, n)?.values[0];
  const place = known !== undefined && (known.type === 'location' || known.type === 'country');
  return place || lex.orgWords.len(tokens, k, n) > 0 || lex.locationHeads.len(tokens, k, n) > 0 ? k - j : 0;
}

const KHOA = foldToken('khóa');

/** "khóa XII", "khóa 15": a term's number after a body's name, which ends it. */
function termAt(tokens: readonly Token[], k: number): boolean {
  const number = tokens[k + 1];
  return tokens[k]?.key === KHOA && number !== undefined && (number.kind === Kind.Number || ROMAN.test(number.text));
}

/** A lowercase Vietnamese syllable at j that may end a capitalised word of a name: not a common word or a reporting verb. */
function plainSyllable(ctx: ScanContext, j: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[j];
  return !!t && t.kind === Kind.Word && !t.cap && isVietnameseSyllable(t.text) && !lex.commonWords.len(tokens, j, tokens.length) && !(lex.reportingVerbs.len(tokens, j) > 0);
}

/** A capitalised part that belongs to the same organization name (not a new name or organization). */
function continuesName(ctx: ScanContext, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t || t.kind !== Kind.Word || !t.cap) return false;
  if (gazetteerAt(ctx, j, ctx.tokens.length)) return false;
  if (ctx.lex.orgHeads.len(ctx.tokens, j) > 0) return false;
  return ctx.lex.orgWords.len(ctx.tokens, j) > 0 || ctx.lex.titleDomains.len(ctx.tokens, j) > 0;
}

/** "Ministry of Defence", "Bank of Xylia": head + (of|for|and) + capitalised words. */
function englishOrg(ctx: ScanContext, i: number, headLen: number): number | null {
  const { tokens } = ctx;
  let j = i + headLen;
  let parts = 0;
  // "Court on Thursday": a weekday or a month is not a part of the name
  const part = (k: number) => tokens[k]?.kind === Kind.Word && tokens[k]!.cap && !ctx.lex.nonEntities.len(tokens, k, k + 1);
  // "Bank of England Governor Andrew Bailey": a title before a name ends the body's name (not after "of": "Department of Justice")
  const titleBeforeName = (k: number) => {
    const title = ctx.lex.titles.len(tokens, k, tokens.length);
    return title > 0 && part(k + title) && !EN_CONNECTORS.has(tokens[k - 1]!.key);
  };
  // "Party General Secretary X", "Senate Majority Leader X": a title right after the head leaves the head alone
  if (ctx.lex.titles.len(tokens, j) > 0 && titleAt(ctx, j)) return null;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (parts > 0 && titleBeforeName(j)) break;
    // "the People's Committee Bui Xuan Cuong": a Vietnamese full name written without marks is the holder's
    if (fullVietnameseName(ctx, j)) return parts > 0 ? j - i : headLen;
    if (part(j)) {
      j++;
      parts++;
    } else if (parts > 0 && isGluedHyphen(tokens, j)) j += 2; // "Co-operation"
    else if (t.kind === Kind.Word && EN_CONNECTORS.has(t.text.toLowerCase()) && part(j + 1)) j++;
    // "Court of Appeals for the District of Columbia Circuit", "Institute for the Study of War": "for the", "of the"
    // before a part
    else if (t.kind === Kind.Word && (t.key === 'for' || t.key === 'of') && tokens[j + 1]?.key === 'the' && part(j + 2)) j += 2;
    else break;
  }
  return parts > 0 && !(ctx.forced[i] && parts === 0) ? j - i : null;
}

/**
 * The title just read follows a name and a comma ("Trương Văn An, cựu Tổng giám đốc …"): its holder is named already;
 * not in a list of titles and names ("Trưởng Ban Xylo Lê Văn An, Chánh Văn phòng …"), where the name closes another's title.
 */
function holderNamedBefore(ctx: ScanContext): boolean {
  const { items } = ctx;
  const t = items.length - 1;
  const comma = items[t - 1];
  const before = items[t - 3]?.k;
  return items[t]?.k === 'title' && comma?.k === 'punct' && comma.ch === ',' && items[t - 2]?.k === 'name' && before !== 'title' && before !== 'name';
}

/** A name ends at k: the sentence's end, a comma, a closing parenthesis, a semicolon or a full stop. */
function closesName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !t || commaOrParen(t) || (t.kind === Kind.Punct && (t.text === ';' || t.text === '.'));
}

/** A comma or a closing parenthesis (an apposition's end). */
function commaOrParen(t: Token | undefined): boolean {
  return t?.kind === Kind.Punct && (t.text === ',' || t.text === ')');
}

/** "vì" (for), between two parts of a body's name ("Quỹ Xylo vì Hòa bình Quốc tế"). */
const VI_FOR = 'vì';

/** Việt Nam's short name in names of two countries' bodies ("Việt - Đức"). */
const VIET = 'Việt';

/** "Bán đảo Xam", "Biển Ngọc": a capitalised place noun that begins its own name. */
function placePattern(ctx: ScanContext, i: number): number | null {
  const { tokens, lex } = ctx;
  const head = lex.locationHeadsInName.len(tokens, i, tokens.length);
  if (!head) return null;
  // ("Deir al-Balah": the Arabic article glued to the name)
  const article = ARABIC_ARTICLES.has(tokens[i + head]?.key ?? '') && isGluedHyphen(tokens, i + head + 1) ? 2 : 0;
  const j = i + head + article;
  if (!tokens[j]?.cap || tokens[j]!.kind !== Kind.Word) return null;
  const gaz = gazetteerAt(ctx, j, tokens.length);
  let len = gaz ? gaz.len : capWords(tokens, j);
  // ("Nhà tang lễ Quốc gia": and a lowercase part of names that the capitalised words begin)
  if (!gaz && (lex.orgLowerParts.len(tokens, j + len - 1, j + len + 1) === 2 || cityNounInName(tokens, j + len - 1))) len++;
  return head + article + len;
}

/** "Nhà tang lễ Thành phố", "Bệnh viện Nhi Thành phố": the city's noun, its first word capitalised, inside a name. */
function cityNounInName(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === 'Thành' && tokens[k + 1]?.text === 'phố';
}

/** Length of the place name at j: a gazetteer name, or capitalised words up to a person's name ("tỉnh Xuyên Mộc | Trần Văn Khải"). */
function placeLength(ctx: ScanContext, j: number): number {
  const gaz = gazetteerAt(ctx, j, ctx.tokens.length);
  let run = capWords(ctx.tokens, j);
  // "sân Philippe-Chatrier", "thành phố Ivano-Frankivsk": a first word joined by hyphens to capitalised words is the
  // place's; after a title and its place noun, the words after it are its holder's ("Thống đốc tỉnh Ivano-Frankivsk X Y")
  if (run === 1 && !gaz && isGluedHyphen(ctx.tokens, j + 1) && ctx.tokens[j + 2]!.cap) {
    let compound = 1;
    while (isGluedHyphen(ctx.tokens, j + compound) && ctx.tokens[j + compound + 1]!.cap) compound += 2;
    const rest = capWords(ctx.tokens, j + compound);
    const holder = rest > 0 && placeNounAfterTitle(ctx.items);
    return rest === 0 || holder ? compound : compound + rest;
  }
  // "bang Tamil Nadu M.K. Stalin": an initial begins the holder's name
  for (let k = j + 1; k < j + run; k++) if (isInitial(ctx.tokens, k)) run = k - j;
  // a known name that is the whole run, or only the start of it ("tỉnh Mỹ Sơn" is not "Mỹ")
  if (gaz && gaz.len >= run) return gaz.len;
  if (run < 3) return run;
  // "Thống đốc tỉnh Xylovsk Ivan Petrov": after a title and its place noun, three foreign words are a
  // one-word place and its holder's two-word name
  if (run === 3 && !gaz && placeNounAfterTitle(ctx.items) && foreignRun(ctx.tokens, j, j + run)) return 1;
  // "Chủ tịch UBND TP Xuyên Mộc Lương Nguyễn Minh Triết": after a title, a known place and then a Vietnamese person's
  // name that is all the rest (a double family name too: the tail alone would leave "Lương" to the place)
  // (not a known name of one word, which may begin a longer place's: "tỉnh Mỹ Lâm Bùi Ngọc Đạt")
  const rest = gaz && gaz.len >= 2 && ctx.afterTitle && gaz.values.some((v) => v.type === 'location' || v.type === 'country') ? run - gaz.len : 0;
  if (rest > 0 && vietnameseFullName(ctx, j + gaz!.len, j + run)) return gaz!.len;
  const cut = (ctx.afterTitle || run >= 4 ? (personTail(ctx, j + 1, j + run) ?? foreignTail(ctx, j, j + run)) : null) ?? personStart(ctx, j, j + run);
  if (cut !== null) return cut - j;
  // "Thống đốc bang South Dakota Xavier Dumont": a known place, then two or three words of a name that is not a place's
  return gaz && (run - gaz.len === 2 || run - gaz.len === 3) && knownPlaceEnds(ctx, j + gaz.len, j + run) ? gaz.len : run;
}

/** The items read so far end in a title and a place noun ("Thống đốc tỉnh", "Chủ tịch huyện"): a holder may follow the place. */
function placeNounAfterTitle(items: readonly Item[]): boolean {
  return items.at(-1)?.k === 'loc-cue' && items.at(-2)?.k === 'title';
}

/** No word of tokens[s, e) is a Vietnamese syllable. */
function foreignRun(tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k]!.kind === Kind.Word && isVietnameseSyllable(tokens[k]!.text)) return false;
  return true;
}

/** tokens[k] is a capital letter alone with a dot glued after it ("M." of "M.K. Stalin"). */
function isInitial(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const dot = tokens[k + 1];
  return t?.kind === Kind.Word && t.cap && t.text.length === 1 && dot?.text === '.' && dot.glued;
}

/** A place's abbreviation and its dot at i ("St.", "Mt.": data/en/name-abbreviations.txt). */
function placeAbbreviation(ctx: ScanContext, i: number): boolean {
  return ctx.tokens[i + 1]?.text === '.' && ctx.lex.nameAbbreviations.has(ctx.tokens[i]!.key);
}

/** An initial and its dot at k, then a capitalised word ("S. Rajaratnam"). */
function initialBeforeWord(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 2];
  return isInitial(tokens, k) && after?.kind === Kind.Word && after.cap;
}

/** The capitalised words [k, e) begin no known name and none is in capitals: a person's name after a known place. */
function knownPlaceEnds(ctx: ScanContext, k: number, e: number): boolean {
  const { tokens } = ctx;
  if (gazetteerAt(ctx, k, tokens.length) || ctx.lex.locationSuffixes.has(tokens[e - 1]!.key)) return false; // ("sân Vientiane New Stadium")
  for (let m = k; m < e; m++) if (tokens[m]!.kind === Kind.Word && (tokens[m]!.upper || tokens[m]!.text.length < 2)) return false;
  return true;
}

/**
 * "khu vực Đông Địa Trung Hải Hanan Balkhy": a place in Vietnamese words (two or
 * more), then two or three words that are not Vietnamese syllables ending the run:
 * a foreign person's name, where that starts. Null if not this shape.
 */
function foreignTail(ctx: ScanContext, j: number, e: number): number | null {
  const { tokens } = ctx;
  for (const size of [2, 3]) {
    const k = e - size;
    if (k - j < 2) continue;
    const vietnamese = (t: Token) => t.kind === Kind.Word && isVietnameseSyllable(t.text);
    if (tokens.slice(j, k).every(vietnamese) && tokens.slice(k, e).every((t) => t.kind === Kind.Word && !vietnamese(t)) && !orgLastWord(ctx, e - 1)) return k;
  }
  return null;
}

/** tokens[s, e) are a Vietnamese person's full name: a family name and one to three more Vietnamese words. */
function vietnameseFullName(ctx: ScanContext, s: number, e: number): boolean {
  const { tokens, lex } = ctx;
  if (e - s < 2 || e - s > 4 || !lex.surnames.has(tokens[s]!.key)) return false;
  for (let k = s; k < e; k++) if (tokens[k]!.kind !== Kind.Word || !isVietnameseSyllable(tokens[k]!.text)) return false;
  return true;
}

/**
 * After a title, where the person's name starts at the end of the capitalised
 * words [from, e): a family name followed by one to three Vietnamese words that
 * end the run; three-word names (the commonest) first. Null if none.
 */
function personTail(ctx: ScanContext, from: number, e: number): number | null {
  for (const size of [3, 4, 2]) {
    const k = e - size;
    if (k < from) continue;
    if (vietnameseFullName(ctx, k, e)) return k;
  }
  return null;
}

/** The run [s, e) has a foreign person's shape: two or three words, not all Vietnamese, none a known name or organization word. Returns s, or null. */
function foreignPerson(ctx: ScanContext, s: number, e: number): number | null {
  const { tokens, lex } = ctx;
  const words = wordIndices(tokens, s, e);
  if (words.length < 2 || words.length > 3 || words.every((k) => isVietnameseSyllable(tokens[k]!.text))) return null;
  for (const k of words) if (gazetteerAt(ctx, k, e) || lex.orgWords.len(tokens, k, e) || orgLastWord(ctx, k)) return null;
  return s;
}

/**
 * Where a Vietnamese person's name starts inside a run of capitalised words that
 * does not itself start with a family name ("Xuyên Mộc Trần Văn Khải" → at "Trần"):
 * a family name followed by two or three more words ending the run, after two words,
 * or after one that is not Vietnamese ("Xylobank Lê Quang Vinh").
 */
function personStart(ctx: ScanContext, s: number, e: number): number | null {
  const { tokens, lex } = ctx;
  if (lex.surnames.has(tokens[s]!.key)) return null;
  for (let k = isVietnameseSyllable(tokens[s]!.text) ? s + 2 : s + 1; k < e; k++) {
    const rest = e - k;
    if (rest >= 3 && rest <= 4 && lex.surnames.has(tokens[k]!.key) && wordIndices(tokens, k, e).length === rest &&
        tokens.slice(k, e).every((t) => isVietnameseSyllable(t.text))) return k;
  }
  return null;
}

/** End of the run of capitalised words from j, hyphen-glued parts included ("Park Ji-hoon"). */
function capRun(tokens: readonly Token[], j: number): number {
  let k = j;
  for (;;) {
    const t = tokens[k];
    if (t?.kind === Kind.Word && t.cap) k++;
    else if (k > j && isGluedHyphen(tokens, k)) k += 2;
    else return k;
  }
}

function capWords(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k < tokens.length && tokens[k]!.kind === Kind.Word && tokens[k]!.cap) k++;
  return k - j;
}

/**
 * A word capitalised by position is a common word ("Việc", "Tuy nhiên", "Phía Mỹ")
 * unless it could start a name: a family name, or a word that is not Vietnamese
 * ("Putin cho biết") followed by more of the name.
 */
function demoted(ctx: ScanContext, i: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[i]!;
  if (lex.commonWords.len(tokens, i, tokens.length)) return !surnameFirst(ctx, i);
  if (lex.lang === 'en') return false;
  // ("Mã XLP của Công ty Xylo tăng": a ticker's cue before a ticker, though "Mã" is also a family name)
  const cue = lex.tickerCues.len(tokens, i, tokens.length);
  if (cue && tokens[i + cue]?.upper && isAcronym(tokens[i + cue]!.text)) return true;
  if (!isVietnameseSyllable(t.text)) return false;
  const next = tokens[i + 1];
  const nextIsName = !!next && next.kind === Kind.Word && next.cap;
  if (!nextIsName) return true;
  if (lex.surnames.has(t.key)) return false;
  return !!knownAt(ctx, i + 1);
}

/** The name, body, place or title longest at i, as where capitals are not forced. */
function knownAt(ctx: ScanContext, i: number): Item | null {
  return longestAt({ ...ctx, forced: ctx.forced.map(() => false) }, i);
}

/**
 * A family name that is also a common word ("Đoàn", "Từ"), then two or three capitalised
 * Vietnamese syllables that begin no known name, body or title: a person's full name
 * ("Đoàn Văn Hậu", not "Từ Hà Nội", "Đoàn Việt Nam").
 */
function surnameFirst(ctx: ScanContext, i: number): boolean {
  const { tokens, lex } = ctx;
  if (lex.lang !== 'vi' || !lex.surnames.has(tokens[i]!.key)) return false;
  const run = capWords(tokens, i + 1);
  if (run < 2 || run > 3) return false;
  for (let k = i + 1; k <= i + run; k++) if (!isVietnameseSyllable(tokens[k]!.text)) return false;
  return !knownAt(ctx, i + 1);
}

/** End (exclusive) of the run of capitalised words starting at i. */
function capRunEnd(ctx: ScanContext, i: number): number {
  const { tokens, lex } = ctx;
  const n = tokens.length;
  const englishOrgHead = lex.lang === 'en' && (lex.orgHeads.len(tokens, i) > 0);
  let innerHead = false;
  let j = i + 1;
  while (j < n) {
    const t = tokens[j]!;
    if (t.kind === Kind.Word && t.cap) {
      // ("Stephen King said", "Julie Bishop met": a title that is also a family name, after a name and before no other)
      if (startsOrgOrTitle(ctx, j) && !(lex.surnameTitles.has(t.key) && !capWordAt(tokens, j + 1))) break;
      // ("Xylo Bank of Commerce": a head inside the run takes "of" after it too)
      if (lex.lang === 'en' && lex.orgHeads.len(tokens, j) > 0) innerHead = true;
      j++;
      continue;
    }
    const next = tokens[j + 1];
    // "St. Louis", "Mt. Fuji": the dot of an abbreviation that begins a place's name (data/en/name-abbreviations.txt);
    // and the saint's possessive before the place's last word ("St. Peter's Square")
    if (j === i + 1 && t.glued && next?.kind === Kind.Word && next.cap && placeAbbreviation(ctx, i)) {
      j++;
      continue;
    }
    if (j === i + 3 && t.kind === Kind.Punct && /^['’]s$/.test(t.text) && next?.kind === Kind.Word && next.cap && placeAbbreviation(ctx, i)) {
      j += 2;
      continue;
    }
    // "Robert F. Kennedy": a middle initial and its dot
    if (t.text === '.' && t.glued && tokens[j - 1]!.kind === Kind.Word && tokens[j - 1]!.text.length === 1 && tokens[j - 1]!.cap && next?.kind === Kind.Word && next.cap && !next.glued && !hasVietnameseMarks(next.text)) {
      j++;
      continue;
    }
    // "Jong-un", "Mát-xcơ-va", "O.J": glued punctuation inside a name
    if (t.kind === Kind.Punct && t.glued && (t.text === '-' || t.text === '.' || t.text === '‐') && next?.glued && next.kind === Kind.Word && !(t.text !== '.' && lex.hyphenSuffixes.len(tokens, j + 1, n))) {
      j += 2;
      continue;
    }
    if (t.kind === Kind.Word && !t.cap) {
      // "Helga van der Berg", "Abu Bakr al Baghdadi": particles between the parts of a foreign name
      let k = j;
      while (k < n && tokens[k]!.kind === Kind.Word && NAME_PARTICLES.has(tokens[k]!.text.toLowerCase())) k++;
      // (and after a capitalised particle: "Von der Leyen said"; not before a known name: "cảng Salif do Houthi kiểm soát")
      if (k > j && k - j <= 3 && capWordAt(tokens, k) && (!isVietnameseSyllable(tokens[j - 1]!.text) || NAME_PARTICLES.has(tokens[j - 1]!.key)) && !gazetteerAt(ctx, k, n)) {
        j = k;
        continue;
      }
      // "Majed al-Ansari", "Abdel Fattah el-Sisi": a particle glued to the next part by a hyphen
      const part = tokens[j + 2];
      if (k === j + 1 && next?.glued && (next.text === '-' || next.text === '‐') && part?.glued && part.kind === Kind.Word && part.cap && !isVietnameseSyllable(tokens[j - 1]!.text)) {
        j += 3;
        continue;
      }
      // (not before an honorific: "Xylo Bank for | Mr. X")
      if ((englishOrgHead ? EN_CONNECTORS : innerHead ? INNER_CONNECTORS : null)?.has(t.text.toLowerCase()) && capWordAt(tokens, j + 1) && !lex.nonEntities.len(tokens, j + 1, j + 2) && !lex.honorifics.len(tokens, j + 1)) {
        j++;
        continue;
      }
      // "Securities and Exchange Commission", "Food and Drug Administration": after one word, "and" before one
      // or two capitalised words that end in an organization's last word joins them to the run
      if (lex.lang === 'en' && t.text === 'and' && j === i + 1 && connectsOrgEnd(ctx, j + 1, 2)) {
        j++;
        continue;
      }
      // "Joint Chiefs of Staff": "of" before an organization's last word alone joins it too
      if (lex.lang === 'en' && t.text === 'of' && connectsOrgEnd(ctx, j + 1, 1)) {
        j++;
        continue;
      }
    }
    break;
  }
  return j;
}

/** The title of `title` words at j is followed by an organization's last word that ends the run: together a body's name ("General Staff"). */
function titleBeginsBody(ctx: ScanContext, j: number, title: number): boolean {
  return orgLastWord(ctx, j + title) && capWords(ctx.tokens, j + title) === 1;
}

function startsOrgOrTitle(ctx: ScanContext, j: number): boolean {
  const { tokens, lex } = ctx;
  // "Xylo General Hospital": in English a title word and an organization's last word that ends the run
  // go on a name no list knows before them (as "General Staff" begins a body's name)
  const title = lex.lang === 'en' ? lex.titles.len(tokens, j) : 0;
  if (title && titleBeginsBody(ctx, j, title) && tokens[j - 1]?.kind === Kind.Word && !gazetteerAt(ctx, j - 1, j)) return false;
  // "Martin Luther King Jr.": a word before a generational suffix is a name
  if ((lex.titles.len(tokens, j) > 0 || lex.titleModifiers.len(tokens, j) > 0) && titleAt(ctx, j) && !lex.nameSuffixes.has(tokens[j + 1]?.key ?? '')) return true;
  // "Raiffeisen Bank International", "Zorvak Bank Group": in English a head that also ends names ("Bank")
  // after a word no list knows goes on the name before it
  if (lex.lang === 'en' && lex.orgSuffixes.len(tokens, j, j + 1) === 1 && tokens[j - 1]?.kind === Kind.Word && !gazetteerAt(ctx, j - 1, j)) return false;
  if ((lex.orgHeads.len(tokens, j) > 0) && orgPattern(ctx, j)) return true;
  return false;
}

/** "World War Two", "Xylo War II": an event's last word, then its number (a Roman numeral or a common word: "Two"). */
function eventNumbered(ctx: ScanContext, words: readonly number[], end: number): boolean {
  const { tokens, lex } = ctx;
  if (words.length < 3) return false;
  const at = words[words.length - 1]!;
  const suffix = words[words.length - 2]!;
  return at === end - 1 && (ROMAN.test(tokens[at]!.text) || lex.commonWords.len(tokens, at, end) === 1) && lex.eventSuffixes.len(tokens, suffix, suffix + 1) === 1;
}

/**
 * Splits a run of capitalised words where gazetteer names start:
 *   "Nga Vladimir Putin" → Nga (country) | Vladimir Putin (untyped)
 * but keeps a person's name whole: "Nguyễn Thị Nga" (family name first).
 * A run that ends in an organization word is one organization: "Getty Images".
 */
function segmentRun(ctx: ScanContext, i: number, end: number): Item[] {
  const { tokens, lex } = ctx;
  const forced = ctx.forced[i]!;
  const words = wordIndices(tokens, i, end);
  const last = words[words.length - 1]!;
  if (lex.eventSuffixes.len(tokens, last, end) === end - last || eventNumbered(ctx, words, end)) {
    return [{ k: 'word', s: i, e: end, key: '', time: false }]; // "Xylo Cup", "Xylo War II": an event
  }
  // "Easter Monday", "Super Tuesday": a word and a weekday name a day; after a longer or a known name
  // the weekday is the sentence's ("Ivo Marenko Monday said")
  if (lex.lang === 'en' && words.length >= 2 && last === end - 1 && lex.weekdays.has(tokens[last]!.key)) {
    const day: Item = { k: 'word', s: last, e: end, key: '', time: false };
    const before = words[words.length - 2]! + 1;
    return words.length === 2 && !gazetteerAt(ctx, i, before) ? [{ ...day, s: i }] : [...segmentRun(ctx, i, before), day];
  }
  if (words.length >= 2 && lex.orgSuffixes.len(tokens, last, end) === end - last) {
    return [{ k: 'name', s: i, e: end, type: 'organization', rule: 'org-suffix', forced }];
  }
  // "St. Louis", "St. Peter's Basilica": a name that begins with a place's abbreviation and its dot
  if (end > i + 2 && placeAbbreviation(ctx, i)) {
    return [{ k: 'name', s: i, e: end, type: 'location', rule: 'location-abbreviation', forced }];
  }
  // "Dnipro River", "Silicon Valley", "Xylo Island": a place's last word (or two: "Xylo City Hall")
  const lastTwo = words.length >= 3 ? `${tokens[words[words.length - 2]!]!.key} ${tokens[last]!.key}` : '';
  if (words.length >= 2 && last === end - 1 && (lex.locationSuffixes.has(tokens[last]!.key) || lex.locationSuffixes.has(lastTwo))) {
    return [{ k: 'name', s: i, e: end, type: 'location', rule: 'location-suffix', forced }];
  }
  // "Raiffeisen Bank International": in English an organization's word inside the run, after a word no list knows
  if (lex.lang === 'en' && words.length >= 3 && words.slice(1, -1).some((k) => lex.orgSuffixes.len(tokens, k, k + 1) === 1 && !gazetteerAt(ctx, i, k))) {
    return [{ k: 'name', s: i, e: end, type: 'organization', rule: 'org-suffix', forced }];
  }
  // "UNRWA Philippe Lazzarini": a leading acronym is a name of its own; but after a title, two capitals
  // and one foreign word are a person's initials and family name ("Senator JD Vance")
  const initials = ctx.afterTitle && words.length === 2 && tokens[i]!.text.length === 2 && !isVietnameseSyllable(tokens[words[1]!]!.text);
  // ("MB Bank": an acronym with an organization's last word is one name)
  if (words.length >= 2 && isAcronym(tokens[i]!.text) && !tokens[i + 1]!.upper && tokens[i + 1]!.kind === Kind.Word && !initials && !lex.orgSuffixes.len(tokens, i + 1, end)) {
    return [unknown(ctx, i, i + 1), ...segmentRun(ctx, i + 1, end)];
  }
  const out: Item[] = [];
  let pending = i;
  let k = i;
  while (k < end) {
    const gaz = tokens[k]!.kind === Kind.Word ? gazetteerAt(ctx, k, end) : null;
    if (gaz) {
      const entry = gaz.values[0]!;
      const pendingWords = wordIndices(tokens, pending, k).length;
      const personSoFar = pendingWords > 0 && lex.surnames.has(tokens[pending]!.key) && pendingWords < 3;
      // "Nguyễn Hòa Bình", "Nguyễn Thị Hà Nam", "Nguyen Thi Ha Nam": a family name (and a middle name only persons
      // have: not "Hoàng Anh Gia Lai", a club), then a place's name in Vietnamese that ends the run, is a full name
      const middle = pendingWords === 1 || lex.middleNames.has(tokens[k - 1]!.key);
      const givenName = personSoFar && middle && gaz.len === 2 && k + gaz.len === end && entry.type === 'location' && tokens.slice(pending, k + 2).every((x) => x.kind !== Kind.Word || isVietnameseSyllable(x.text));
      if (pendingWords === 0 || (!entry.ambiguous && !(personSoFar && gaz.len === 1) && !givenName)) {
        if (pendingWords > 0) out.push(unknown(ctx, pending, k));
        out.push(gazetteerItem(gaz.values, k, k + gaz.len, ctx.forced[k]!));
        k += gaz.len;
        pending = k;
        continue;
      }
    }
    k++;
  }
  if (wordIndices(tokens, pending, end).length > 0) {
    const cut = personStart(ctx, pending, end);
    // "Tổng Giám đốc Xylobank Lê Quang Vinh": after a title, one word that is not Vietnamese
    // before its holder's name is the body (countries and places are known: companies are not)
    const body = cut === pending + 1 && ctx.afterTitle && !isVietnameseSyllable(tokens[pending]!.text);
    if (cut !== null) out.push(body ? { ...unknown(ctx, pending, cut), type: 'organization', rule: 'title-body' } : unknown(ctx, pending, cut), unknown(ctx, cut, end));
    else out.push(unknown(ctx, pending, end));
  }
  return out;
}

function unknown(ctx: ScanContext, s: number, e: number): NameItem {
  const { tokens } = ctx;
  while (s < e && tokens[s]!.kind !== Kind.Word) s++;
  while (e > s && tokens[e - 1]!.kind !== Kind.Word) e--;
  return { k: 'name', s, e, type: null, rule: 'capitalised', forced: ctx.forced[s]! };
}

function wordIndices(tokens: readonly Token[], s: number, e: number): number[] {
  const out: number[] = [];
  for (let k = s; k < e; k++) if (tokens[k]!.kind === Kind.Word) out.push(k);
  return out;
}

/** A word that is not part of a name: a cue for what follows, a verb, or just a word. */
/** A capitalised word at k. */
function capWordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === Kind.Word && t.cap;
}

/**
 * A cue types the name at k after it, unless that "name" is one capitalised syllable running on
 * in lowercase: the start of a compound the cue word belongs to ("Trung tâm Dự báo khí tượng").
 */
function nameAfterCue(tokens: readonly Token[], k: number): boolean {
  if (!capWordAt(tokens, k)) return false;
  const after = tokens[k + 1];
  return !(isVietnameseSyllable(tokens[k]!.text) && !after?.cap && after?.kind === Kind.Word);
}

function cueAt(ctx: ScanContext, i: number): Item {
  const { tokens, lex } = ctx;
  const n = tokens.length;
  if (!lex.cueStarts.has(tokens[i]!)) return { k: 'word', s: i, e: i + 1, key: tokens[i]!.key, time: false };
  const plain = lex.plainCompounds.len(tokens, i, n);
  if (plain) return { k: 'word', s: i, e: i + plain, key: tokens[i]!.key, time: false };
  const hon = lex.honorifics.len(tokens, i, n);
  if (hon && capWordAt(tokens, i + hon)) return { k: 'hon', s: i, e: i + hon };
  const pron = lex.pronouns.match(tokens, i, n);
  if (pron && !capWordAt(tokens, i + pron.len)) return { k: 'pron', s: i, e: i + pron.len, gender: pron.values[0]! };
  const not = lex.reportingNot.len(tokens, i, n);
  const verb = lex.reportingVerbs.len(tokens, i, n);
  if (verb && !(not && not >= verb)) {
    let text = tokens[i]!.text.toLowerCase();
    for (let k = i + 1; k < i + verb; k++) text += ' ' + tokens[k]!.text.toLowerCase();
    return { k: 'verb', s: i, e: i + verb, nominal: isNominal(ctx, i, verb), text };
  }
  const org = lex.orgHeads.len(tokens, i, n);
  // "đảng Dân chủ", "đảng Cộng hòa": a head in lowercase and known organization words in sentence case
  // (only those: "ứng viên đảng Cộng hòa Donald Trump")
  if (org && !tokens[i]!.cap && capWordAt(tokens, i + org) && lex.orgHeadsLowercase.len(tokens, i, n) === org && lex.orgWords.len(tokens, i + org, n) > 1) {
    let e = i + org;
    for (let w = lex.orgWords.len(tokens, e, n); w > 0 && tokens[e]!.cap; w = lex.orgWords.len(tokens, e, n)) e += w;
    return { k: 'name', s: i, e, type: 'organization', rule: 'org-head', forced: ctx.forced[i]! };
  }
  // ("the thinktank Xylo Futures": a kind of body in lowercase; capitalised it may be a person's name)
  const kind = !org && !tokens[i]!.cap ? lex.orgClassifiers.len(tokens, i, n) : 0;
  if (kind && nameAfterCue(tokens, i + kind)) return { k: 'org-cue', s: i, e: i + kind };
  const notCue = lex.orgCuesNot.len(tokens, i, n);
  if (org && nameAfterCue(tokens, i + org) && (!(notCue && notCue >= org) || foreignBodyAfter(ctx, i + org))) return { k: 'org-cue', s: i, e: i + org };
  const loc = lex.locationHeads.len(tokens, i, n);
  if (loc && nameAfterCue(tokens, i + loc)) return { k: 'loc-cue', s: i, e: i + loc };
  const prep = lex.placePrepositions.len(tokens, i, n);
  if (prep && capWordAt(tokens, i + prep)) return { k: 'place-prep', s: i, e: i + prep, key: prep === 1 ? tokens[i]!.key : null };
  const time = lex.timeWords.len(tokens, i, n);
  if (time) return { k: 'word', s: i, e: i + time, key: tokens[i]!.key, time: true };
  return { k: 'word', s: i, e: i + 1, key: tokens[i]!.key, time: false };
}

/**
 * "nhóm Hayat Tahrir al-Sham", "lực lượng Xylo Zarova Front": three or more capitalised words, not
 * all of them Vietnamese syllables, that begin no known name are a body's own name, even after a
 * head that alone does not make one ("lực lượng Xylia": a country's forces).
 */
function foreignBodyAfter(ctx: ScanContext, j: number): boolean {
  const { tokens } = ctx;
  if (gazetteerAt(ctx, j, tokens.length)) return false;
  const words = wordIndices(tokens, j, capRunEnd(ctx, j));
  return words.length >= 3 && words.every((k) => tokens[k]!.cap || /^[a-z]{1,3}$/.test(tokens[k]!.text)) && !words.every((k) => isVietnameseSyllable(tokens[k]!.text));
}

/** "đưa ra tuyên bố", "bản tuyên bố", "tuyên bố của X": the reporting word is a noun. */
function isNominal(ctx: ScanContext, i: number, len: number): boolean {
  const { tokens, lex } = ctx;
  for (let back = 1; back <= 2; back++) {
    if (i - back < 0) break;
    const m = lex.nominalMarkers.len(tokens, i - back, i);
    if (m && m === back) return true;
  }
  const after = tokens[i + len];
  return !!after && after.kind === Kind.Word && NOUN_FOLLOWERS.has(after.key);
}

/** Is this all-caps word an acronym (a name) rather than shouting? */
export function isAcronym(word: string): boolean {
  // ("GD&ĐT", "KH&CN": initials joined by "&" may hold a Đ)
  const letters = word.includes('&') ? word.replace(/[Đ&]/g, '') : word;
  return word.length >= 2 && word.length <= 8 && word === word.toUpperCase() && /\p{Lu}/u.test(word) && !hasVietnameseMarks(letters) && !ROMAN.test(word) && !AMOUNT.test(word);
}
// "VND300", "USD12": a currency code written onto an amount
const AMOUNT = /^\p{Lu}{3}\d/u;
