// Types the names of one sentence from their context, and reads the title
// phrases that give roles. Each decision records its rule on the name.
//
//   title chain   "Tổng thống Nga Ivan Petrov"        → Ivan Petrov: person, role Tổng thống of Nga
//                 "Bộ trưởng Bộ Tài chính Lào Somsak Vong" → role Bộ trưởng of Bộ Tài chính Lào
//                 "Tổng thư ký NATO ông Xa Ren"         → person after title, org, honorific
//   honorific     "ông Xa Ren", "bà Nga"                → person (even a country's name)
//   cue word      "tỉnh Xuyên Lâm" → location; "công ty Xylotec" → organization; "ở Xylia" → location
//   acronym       "XKCD" → organization
//   name shape    "Nguyễn Văn Xa" (family name) → person; "Ivan Petrov" (not Vietnamese) → person
// Anything else stays untyped for the corpus to decide (resolve/).
import type { Item, NameItem } from '../types.js';
import { getLexicon, knownBy, type LangLexicon } from './lexicon.js';
import { foldToken, stripAccents } from './normalize.js';
import { hasVietnameseMarks, isVietnameseSyllable } from './orthography.js';
import { ARABIC_ARTICLES, isAcronym, SO, titleSuffixAt, wordKeys } from './scan.js';
import { isGluedHyphen, Kind, type Token } from './tokenize.js';
import { keyTokens } from './trie.js';

export interface TitleChain {
  /** Item index of the title. */
  title: number;
  /** Token range of the whole title label ("Chánh văn phòng của Tổng thống"). */
  labelStart: number;
  labelEnd: number;
  /** Token of a modifier before the affiliation that precedes the title ("a former | Polish | foreign minister"), or -1. */
  modifier: number;
  /** Item index of the first named organization/country/place the title is of. */
  of: number | null;
  /** Item index of the person, or null when the title stands for a name ("Tổng thống Ukraine cho biết"). */
  person: number | null;
}

export const AFFILIATION_LINKS = new Set(['của', 'of'].map(foldToken));
export const CUA = foldToken('của');
/** Words before a title that open a clause naming a source or the one spoken to ("Theo …", "Trao đổi với …"). */
const SOURCE_OPENERS = new Set(['theo', 'với'].map(foldToken));
const THUOC = foldToken('thuộc');
/** "X, 52 tuổi, …": years of age. */
const TUOI = foldToken('tuổi');
const VA = foldToken('và');
export const VE = foldToken('về');
const POSTED = new Set(['tại', 'ở', 'về', 'in', 'to'].map(foldToken));
/** English: "a professor at X", "the spokeswoman for X", "the head of the X": what follows the title is its affiliation. */
export const EN_AFFILIATION = new Set(['at', 'for', 'of']);
export const EN_ARTICLES = new Set(['a', 'an', 'the']);
/** English: "Special Coordinator for Lebanon", "Commissioner for Xylia": the title's portfolio after these. */
const EN_PORTFOLIO_LINKS = new Set(['for', 'of']);
const APPOSITION = new Set([',', '-', '–', '(']);

export function classifySentence(items: Item[], tokens: readonly Token[], lex: LangLexicon): TitleChain[] {
  joinNicknames(items, tokens);
  mergeRegionCompounds(items);
  countryGivenNames(items, tokens, lex);
  if (lex.lang === 'vi') countryWordNames(items, tokens);
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.k !== 'name' || it.type !== null) continue;
    if (it.e - it.s === 1 && isAcronym(tokens[it.s]!.text) && !dashNumberAt(tokens, it.e)) {
      if (!termAbbreviation(items, i, tokens, lex)) set(it, 'organization', 'acronym');
    }
    // "the far-right Xylo Rally", "the ruling Zorva Union": after "the" and a political leaning, a party's or a movement's
    else if (lex.lang === 'en' && leaningBefore(tokens, it.s, lex)) set(it, 'organization', 'leaning');
    else if (joinAfterKnownBody(items, i, tokens)) i--;
    else if (joinAmpersand(items, i)) continue; // (one typed name in their place)
    else if (lex.lang === 'vi' && headedApposition(items, i, tokens, lex)) set(it, 'organization', 'body-apposition');
    else if (lex.lang === 'vi' && subjectOfPronoun(items, i, tokens)) setPerson(it, 'pronoun');
  }
  // (names joined before acronyms are read, and before the title chains are: they hold item indices)
  joinOfficeAtPlace(items, tokens, lex);
  if (lex.lang === 'en') joinAfterClassifier(items);
  acronymsOfOrganizations(items, tokens);
  joinByInitials(items, tokens, lex);
  if (lex.lang === 'en') {
    joinWordBeforeKnownBody(items, tokens);
    countryPartyNames(items, lex);
    modifiersBeforeAffiliations(items, tokens, lex);
    affiliationsBeforeTitles(items, tokens, lex);
    placesBeforeTheirNoun(items, tokens, lex);
    bodiesByApposition(items, tokens);
  }
  const chains = readTitleChains(items, tokens, lex);
  for (let idx = 0; idx < items.length; idx++) {
    const it = items[idx]!;
    if (it.k !== 'name') continue;
    const prev = items[idx - 1];
    // "anh N.V.H. (35 tuổi)": initials alone are how a report keeps a person anonymous, not a name
    // (one "N.V.H" node would join every such person of a corpus)
    if ((it.type === null || (it.type === 'person' && !it.ref)) && initialsOnly(tokens, it.s, it.e)) {
      it.type = null;
      it.rule = 'initials';
      continue;
    }
    if (prev?.k === 'hon' && (it.type === null || it.ambiguous)) {
      setPerson(it, 'honorific');
      continue;
    }
    if (it.type !== null) continue;
    const next = items[idx + 1];
    // "in Boca Xylo, Texas,": after a preposition, a name and, after a comma, the state or country it is in
    if (lex.lang === 'en' && prev?.k === 'place-prep' && isPunct(next, ',') && inRegion(items[idx + 2]) && (items[idx + 3] === undefined || items[idx + 3]!.k === 'punct')) {
      set(it, 'location', 'place-in-region');
      continue;
    }
    // "his Xylo Social platform", "the Xylo party": and the organization's noun (not one that a name follows: "the
    // Islamist group Hayat Tahrir al-Sham" is that name's)
    if (next?.k === 'word' && lex.orgHeadsAfter.has(next.key) && prev?.k !== 'title' && items[idx + 2]?.k !== 'name') {
      set(it, 'organization', 'org-head-after');
      continue;
    }
    // "North Xylian leader X", "Burkinabe President X": in English a name right before a title is the title's affiliation
    if (lex.lang === 'en' && next?.k === 'title') continue;
    // "the Latin words “Habemus Papam.”": capitalised words alone in quotation marks are a phrase, not a person's name
    if (quotedAlone(items, idx)) continue;
    // "cao tốc Cam Lộ - Xuyên Sơn": after a dash, the other end of a route a place's noun named (not a person's name)
    const routeStart = items[idx - 2];
    if (lex.lang === 'vi' && (isPunct(prev, '-') || isPunct(prev, '–')) && !tokens[prev!.s]!.glued && routeStart?.k === 'name' && routeStart.type === 'location' && routeStart.rule === 'location-head' && lex.routeHeads.startBefore(tokens, routeStart.s) >= 0) {
      set(it, 'location', 'route-end');
      continue;
    }
    if (lex.lang === 'vi' && !it.ref && afterHouseNumber(it, tokens, lex)) {
      set(it, 'location', 'address');
      continue;
    }
    typeFromShape(it, prev, next, tokens, lex);
  }
  markAcronyms(items, tokens, lex);
  typeLists(items, tokens, lex);
  typeBetweenLikes(items);
  if (lex.lang === 'vi') peopleLists(items, tokens);
  typeSuchAsLists(items, tokens, lex);
  return chains;
}

/**
 * "các tuyến phố như Trần Hưng Đạo, Lê Thánh Tông", "các công ty gồm Xylo và Bexa": after a place or body
 * noun and "như"/"gồm" (data/<lang>/such-as.txt), the names listed are places or bodies, whatever their shape.
 */
function typeSuchAsLists(items: Item[], tokens: readonly Token[], lex: LangLexicon): void {
  for (let c = 1; c + 1 < items.length; c++) {
    const link = items[c]!;
    if (items[c + 1]!.k !== 'name' || link.k !== 'word' || items[c - 1]!.k !== 'word' || lex.suchAs.len(tokens, link.s, link.e) !== link.e - link.s) continue;
    // (the noun ends right before the link: "tuyến phố", "các công ty")
    const type = lex.locationHeads.startBefore(tokens, link.s) >= 0 ? 'location' : lex.orgHeads.startBefore(tokens, link.s) >= 0 ? 'organization' : null;
    if (type === null) continue;
    for (let k = c + 1; k < items.length; k += 2) {
      const name = items[k]!;
      if (name.k !== 'name' || (name.type !== null && name.type !== type && !SHAPE_RULES.has(name.rule))) break;
      if (name.type !== type) set(name, type, 'list-after-such-as');
      if (!joinsList(items[k + 1])) break;
    }
  }
}

/**
 * "số 5 Trần Thánh Tông", "số 12/3 Lê Văn Khoa": a name after "số" and a house number is the street of an address
 * (streets bear people's names), whatever its shape says.
 */
function afterHouseNumber(it: NameItem, tokens: readonly Token[], lex: LangLexicon): boolean {
  let k = it.s - 1;
  if (tokens[k]?.kind !== Kind.Number) return false;
  while (k > 0 && (tokens[k]!.kind === Kind.Number || (tokens[k]!.glued && (tokens[k]!.text === '/' || tokens[k]!.text === '-')))) k--;
  // ("hạt giống số 3 Akane X", "tay vợt số 1 X": a rank, not a house number)
  return tokens[k]?.key === SO && lex.rankedNouns.startBefore(tokens, k) < 0;
}

export const OPEN_QUOTES: ReadonlySet<string> = new Set(['“', '"', '«', '‘']);
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['”', '"', '»', '’']);

/**
 * 'Joaquín "El Chapo" Guzmán', "Earvin “Magic” Johnson": a given name, a nickname in quotation marks and a family
 * name, side by side, are one person's name; its key leaves the nickname out ("joaquin guzman"), so the person's
 * plain name and family name elsewhere find it. None of the three may be a known name.
 */
function joinNicknames(items: Item[], tokens: readonly Token[]): void {
  for (let i = 0; i + 4 < items.length; i++) {
    const open = items[i + 1]!;
    if (open.k !== 'punct' || !OPEN_QUOTES.has(open.ch)) continue;
    const first = items[i]!;
    const nick = items[i + 2]!;
    const close = items[i + 3]!;
    const last = items[i + 4]!;
    if (first.k !== 'name' || nick.k !== 'name' || last.k !== 'name' || close.k !== 'punct') continue;
    if (!CLOSE_QUOTES.has(close.ch) || first.ref || nick.ref || last.ref) continue;
    if (first.e - first.s > 3 || nick.e - nick.s > 2 || last.e - last.s > 2 || items[i + 5]?.k === 'name') continue;
    // (spaced as a name is: 'Ivo "Bexa" Zorva', not a quotation glued to the words around it)
    const spaced = (a: number, b: number) => tokens[b]!.start === tokens[a]!.end + 1;
    if (!spaced(first.e - 1, open.s) || !spaced(close.s, last.s) || tokens[nick.s]!.start !== tokens[open.s]!.end || tokens[close.s]!.start !== tokens[nick.e - 1]!.end) continue;
    const key = `${wordKeys(tokens, first.s, first.e)} ${wordKeys(tokens, last.s, last.e)}`;
    items.splice(i, 5, { k: 'name', s: first.s, e: last.e, type: 'person', rule: 'nickname', forced: first.forced, key });
  }
}

/** The item at k is all a quotation holds, but for a closing full stop or exclamation mark. */
function quotedAlone(items: readonly Item[], k: number): boolean {
  const before = items[k - 1];
  if (before?.k !== 'punct' || !OPEN_QUOTES.has(before.ch)) return false;
  let after = items[k + 1];
  if (after?.k === 'punct' && (after.ch === '.' || after.ch === '!')) after = items[k + 2];
  return after?.k === 'punct' && CLOSE_QUOTES.has(after.ch);
}

/** Rules that type a name by its shape alone, which a list after a plural cue overrides. */
export const SHAPE_RULES = new Set(['capitalised', 'family-name', 'foreign-name']);

/**
 * "các tỉnh Xuyên Mộc, Hòa Xylo và Lâm Zara", "các công ty Xylotech, Zorvak và Bexcorp", "the villages
 * of Xylovka, Bexino and Zorivka": after a plural cue noun, the names listed with commas and "và"/"and"
 * share the first one's type.
 */
function typeLists(items: Item[], tokens: readonly Token[], lex: LangLexicon): void {
  for (let c = 1; c + 1 < items.length; c++) {
    const cue = items[c]!;
    const plural = items[c - 1]!;
    // (English: a plural noun in the cue itself, "villages of", "towns of")
    const pluralCue = cue.k === 'place-prep' && cue.e - cue.s === 2 && /s$/.test(tokens[cue.s]!.key);
    if (!pluralCue && ((cue.k !== 'loc-cue' && cue.k !== 'org-cue') || plural.k !== 'word' || !lex.pluralMarkers.has(plural.key))) continue;
    const head = items[c + 1];
    if (head?.k !== 'name' || head.type === null || head.type === 'person') continue;
    for (let k = c + 2; k + 1 < items.length; k += 2) {
      const sep = items[k]!;
      const name = items[k + 1]!;
      if (!joinsList(sep) || name.k !== 'name') break;
      if (name.type === null || (SHAPE_RULES.has(name.rule) && name.type !== head.type)) set(name, head.type, 'list-after-cue');
      if (sep.k === 'word') break; // "và" ends the list
    }
  }
}

/**
 * "tỉnh Bryansk, Xylovsk và Belgorod", "Mỹ, Xylia và Anh": a name no rule typed, listed between two names of one
 * type (places, countries or bodies) with commas and "và"/"and", is of that type too.
 */
function typeBetweenLikes(items: Item[]): void {
  for (let k = 2; k + 2 < items.length; k++) {
    const it = items[k]!;
    if (it.k !== 'name' || it.type !== null || !isPunct(items[k - 1], ',') || !joinsList(items[k + 1])) continue;
    const before = items[k - 2]!;
    const after = items[k + 2]!;
    if (before.k !== 'name' || after.k !== 'name' || before.type !== after.type) continue;
    if (before.type === 'location' || before.type === 'country' || before.type === 'organization') set(it, before.type, 'list-between');
  }
}

/**
 * "investors including Xylorock, Bexity and Nvidia", "Xylo, Bexa và Vingroup": one-word names no rule typed,
 * listed before a known organization that closes the list after "and"/"và", are organizations too (two at least:
 * "Xylorock and Nvidia" alone may pair a person with it), unless the document names a person with that word
 * ("Musk, Bezos and Google" after "Elon Musk"); so is one closing a list of two known ones ("Viettel, VNPT và Xylofone").
 */
export function companiesBeforeKnownOne(items: Item[], tokens: readonly Token[], personWords: () => ReadonlySet<string>): void {
  const known = (it: Item | undefined) => it?.k === 'name' && it.type === 'organization' && !!it.ref;
  const lone = (it: Item | undefined): it is NameItem => it?.k === 'name' && it.type === null && it.e - it.s === 1 && !personWords().has(tokens[it.s]!.key);
  for (let k = 2; k < items.length; k++) {
    if (!isAndWord(items[k - 1])) continue;
    const last = items[k];
    if (known(last)) {
      const names: NameItem[] = [];
      for (let j = k - 2; j >= 0; j -= 2) {
        const name = items[j];
        if (!lone(name)) break;
        names.push(name);
        if (!isPunct(items[j - 1], ',')) break;
      }
      if (names.length >= 2) for (const name of names) set(name, 'organization', 'list-before-known');
    }
    // (and one closing a list of two known ones or more: "các nhà mạng Viettel, VNPT và Xylofone")
    else if (lone(last) && known(items[k - 2]) && isPunct(items[k - 3], ',') && known(items[k - 4])) set(last, 'organization', 'list-after-known');
  }
}

/**
 * "đội trưởng Duy Mạnh và Tiến Linh": in Vietnamese, a name of two or three Vietnamese syllables that no rule typed,
 * listed after a person's name, is a person's too; so is one foreign word listed between two people's names.
 */
function peopleLists(items: Item[], tokens: readonly Token[]): void {
  for (let i = 0; i + 2 < items.length; i++) {
    if (items[i]!.k !== 'name' || (items[i] as NameItem).type !== 'person') continue;
    for (let k = i + 1; k + 1 < items.length && joinsList(items[k]); k += 2) {
      const name = items[k + 1]!;
      if (name.k !== 'name' || (name.type !== null && name.type !== 'person')) break;
      const words = name.e - name.s;
      if (name.type === null && words >= 2 && words <= 3 && tokens.slice(name.s, name.e).every((t) => t.kind === Kind.Word && isVietnameseSyllable(t.text))) setPerson(name, 'list-of-people');
      // ("Kylian Mbappe, Rodrygo và Brahim Diaz": one foreign word between two people)
      const after = items[k + 3];
      if (name.type === null && words === 1 && !isVietnameseSyllable(tokens[name.s]!.text) && joinsList(items[k + 2]) && after?.k === 'name' && after.type === 'person') setPerson(name, 'list-of-people');
      if (items[k]!.k === 'word') break; // "và" ends the list
    }
  }
}

/** One to three lowercase words right before token s follow a head of data/vi/kind-heads.txt ("tập đoàn | công nghệ | X"). */
function kindOfBodyBefore(tokens: readonly Token[], s: number, lex: LangLexicon): boolean {
  // (not through "của": "công ty quản lý của X" is X's company, and X may be anyone)
  if (tokens[s - 1]?.key === CUA) return false;
  // (nor a weapon's: "hệ thống phòng không Patriot")
  if (afterVehicleNoun(tokens, s, lex)) return false;
  for (let k = s - 1; k >= Math.max(0, s - 6); k--) {
    const t = tokens[k]!;
    if (t.kind !== Kind.Word) return false;
    const head = lex.kindHeads.len(tokens, k, s);
    if (head > 0 && k + head < s && s - (k + head) <= 4) return true;
    if (t.cap && k < s - 1) return false; // (only the head's first word may be capitalised, at a sentence's start)
  }
  return false;
}

/** A noun of ships, aircraft or weapons ends right before token s ("tàu", "hệ thống phòng không": data/<lang>/vehicle-nouns.txt). */
export function afterVehicleNoun(tokens: readonly Token[], s: number, lex: LangLexicon): boolean {
  return lex.vehicleNounEnds.has(tokens[s - 1]?.key ?? '') && lex.vehicleNouns.startBefore(tokens, s, 4) >= 0;
}

/** "the far-right", "the ruling", "Le Pen's far-right" right before token s (data/en/political-leanings.txt). */
function leaningBefore(tokens: readonly Token[], s: number, lex: LangLexicon): boolean {
  const k = lex.politicalLeanings.startBefore(tokens, s);
  return k > 0 && (tokens[k - 1]!.key === 'the' || /^['’]s$/.test(tokens[k - 1]!.text));
}

/** Single capital letters joined by dots and nothing else: "N.V.H", "T.T.M." (two letters at least). */
function initialsOnly(tokens: readonly Token[], s: number, e: number): boolean {
  let letters = 0;
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if ((k - s) % 2 === 0) {
      if (t.kind !== Kind.Word || t.text.length !== 1 || !t.cap) return false;
      letters++;
    } else if (t.text !== '.' || !t.glued) return false;
  }
  return letters >= 2;
}

function setPerson(it: NameItem, rule: string): void {
  it.type = 'person';
  it.rule = rule;
  delete it.ref;
  delete it.iso;
  delete it.ambiguous;
}

function typeFromShape(it: NameItem, prev: Item | undefined, next: Item | undefined, tokens: readonly Token[], lex: LangLexicon): void {
  const words: Token[] = [];
  for (let k = it.s; k < it.e; k++) if (tokens[k]!.kind === Kind.Word) words.push(tokens[k]!);
  const single = words.length === 1;
  const first = words[0]!;
  const vietnamese = words.every((w) => isVietnameseSyllable(w.text));
  if (prev?.k === 'loc-cue') return set(it, 'location', 'location-head');
  if (prev?.k === 'org-cue') return set(it, 'organization', 'org-head-word');
  const surname = lex.surnames.has(first.key) || (!it.forced && first.cap && lex.midSentenceSurnames.has(first.key));
  // after a preposition of place only, any name is a place: "tại West Palm Beach", "ở Lý Sơn", "tại Trần Hưng Đạo" (a street)
  if (prev?.k === 'place-prep' && prev.key !== null && lex.locativePrepositions.has(prev.key) && words.length <= 4) return set(it, 'location', 'place-preposition');
  if (surname && vietnamese && words.length >= 2 && words.length <= 4) return set(it, 'person', 'family-name');
  // "trang The Xylo Zone", "tờ The Xylo Times": in Vietnamese text an English name opening on "The" is a publication's or a body's
  if (lex.lang === 'vi' && first.text === 'The' && words.length >= 2) return set(it, 'organization', 'english-the');
  // "tập đoàn công nghệ Xylo", "Tập đoàn vận tải biển Xylo": a body's head and its kind in lowercase before the name
  if (lex.lang === 'vi' && prev?.k === 'word' && kindOfBodyBefore(tokens, it.s, lex)) return set(it, 'organization', 'org-head-kind');
  // "in the village of Xylo-Bexovo", "the city of Zarov Yar": after an English place noun and "of", a place
  if (lex.lang === 'en' && prev?.k === 'place-prep' && prev.e - prev.s >= 2 && words.length <= 4) return set(it, 'location', 'place-preposition');
  // "Ukraine's Air Force said": a name that is a body's head and nothing more
  if (words.length >= 2 && lex.orgHeads.len(tokens, it.s, it.e) === it.e - it.s) return set(it, 'organization', 'org-head-alone');
  // "analysts at Xylo": where people work is a body
  if (prev?.k === 'place-prep' && prev.key === 'at' && single && lex.staffNouns.has(tokens[prev.s - 1]?.key ?? '')) return set(it, 'organization', 'staff-at');
  if (prev?.k === 'place-prep' && (single || (vietnamese && !surname))) return set(it, 'location', 'place-preposition');
  // ("at Villa Park", "in Notting Hill": and in English two or three words ending in a place's word that is a family name too)
  // (not after "to": "the award went to Grace Park")
  if (lex.lang === 'en' && prev?.k === 'place-prep' && prev.key !== 'to' && words.length <= 3 && lex.familyPlaceSuffixes.has(words[words.length - 1]!.key)) return set(it, 'location', 'place-preposition');
  // "Xylo Bank", "VP Bank": an organization's last word, whatever comes before it; after an honorific,
  // or a title with no other name to hold it, a person's ("ông Jean Bank", "Giám đốc Anna Post")
  let last = it.e - 1;
  while (last > it.s && tokens[last]!.kind !== Kind.Word) last--;
  const holderAfter = prev?.k === 'title' && isPersonCandidate(next);
  if (words.length >= 2 && lex.orgSuffixes.len(tokens, last, it.e) === it.e - last && prev?.k !== 'hon' && (prev?.k !== 'title' || holderAfter)) return set(it, 'organization', 'org-suffix');
  // (not the body between a title and its holder: "Chủ tịch HĐQT Xylo Thép Trần Đình Lâm")
  // (nor a name after "the": "the Xylo Store", "the Zarov Forum"; nor a brand with a letter before a hyphen: "V-Green")
  const afterArticle = lex.lang === 'en' && it.s > 0 && tokens[it.s - 1]!.key === 'the';
  const letterPrefix = first.text.length === 1 && isGluedHyphen(tokens, it.s + 1);
  // (nor a product's: a number, a word of three capitals or capitals run inside a word, a single letter or
  // a product's word at the end: "Galaxy S24", "IRIS-T", "ChatGPT Enterprise", "Model Y", "Gemini Ultra")
  const lastWord = words[words.length - 1]!;
  const product =
    words.some((w) => /\d/.test(w.text) || (w.upper && w.text.length >= 3) || /\p{Ll}\p{Lu}{2,}/u.test(w.text)) || lastWord.text.length === 1 || lex.productSuffixes.has(lastWord.key);
  // (nor an English compound of one capitalised word and a lowercase one after a hyphen: "Long-term", "Factory-gate")
  const compound = words.length === 2 && !words[1]!.cap && isGluedHyphen(tokens, it.s + 1) && it.e - it.s === 3;
  if (lex.lang === 'en' && !single && words.length <= 3 && prev?.k !== 'hon' && !holderAfter) {
    // "North Xylia", "Western Bexland": in English a compass word begins a place's name, not a person's
    if (lex.compassWords.has(first.key)) return set(it, 'location', 'compass-name');
    // "in Xylo Zorva, the capital of Bexland": a name a place's noun and "of" describe in an apposition
    if (tokens[it.e]?.text === ',' && tokens[it.e + 1]?.key === 'the' && lex.placeAppositions.len(tokens, it.e + 2)) return set(it, 'location', 'place-apposition');
  }
  // "Lashkar-e-Taiba", "Jaish-e-Xylo": a Persian or Urdu izafe ("-e-") joins a body's name, not a person's
  if (izafe(tokens, it.s, it.e) && !holderAfter && prev?.k !== 'hon') return set(it, 'organization', 'izafe');
  // (nor a series' or a league's before its number: "World Tour Super 100", "Xylo Liga 2"; a score is no such number:
  // "beating Ivo Marenko 6-3, 6-4")
  const numbered = tokens[it.e]?.kind === Kind.Number && !dashNumberAt(tokens, it.e + 1);
  // (nor an Arabic article and one word: "al-Xylo" may be a family name, a group or a place)
  if (words.length === 2 && !first.cap && ARABIC_ARTICLES.has(first.text)) return;
  if (words.length >= 2 && !vietnamese && !holderAfter && !afterArticle && !letterPrefix && !product && !compound && !numbered && words.every((w) => w.cap || /^[a-z]{1,4}$/.test(w.text))) return set(it, 'person', 'foreign-name');
  // "Kim Yong-hyun", "Choe Son-hui": a Korean given name joined by a hyphen, though its syllables look Vietnamese
  if (words.length === 3 && first.cap && words[1]!.cap && !words[2]!.cap && isGluedHyphen(tokens, it.e - 2)) return set(it, 'person', 'hyphenated-given-name');
}


/** A glued "-e-" between two capitalised words in [s, e). */
function izafe(tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s + 2; k + 2 < e; k++) if (tokens[k]!.text === 'e' && isGluedHyphen(tokens, k - 1) && isGluedHyphen(tokens, k + 1) && tokens[k - 2]!.cap && tokens[k + 2]!.cap) return true;
  return false;
}

/**
 * The person item before an appointment link right before the title a ("X làm", "X được bổ nhiệm làm",
 * "X trở thành", "X as"): at most three plain words between the person and the link; -1 if none.
 */
function appointee(items: readonly Item[], a: number, tokens: readonly Token[], lex: LangLexicon): number {
  const s = items[a]!.s;
  let link = lex.appointmentLinks.startBefore(tokens, s);
  // (an article may stand between a copula and the title: "X, 62, is the prime minister of Y")
  const copula = s - (lex.lang === 'en' && EN_ARTICLES.has(tokens[s - 1]?.key ?? '') ? 2 : 1);
  const byCopula = link < 0 && lex.copulas.has(tokens[copula]?.key ?? '');
  if (byCopula) link = copula;
  if (link < 0) return -1;
  const most = byCopula ? 0 : 3;
  let x = a - 1;
  while (x >= 0 && items[x]!.s >= link) x--;
  for (let gap = 0; x >= 0 && gap <= most; x--, gap++) {
    const it = items[x]!;
    if (it.k === 'name') return isPersonCandidate(it) && !it.ambiguous ? x : -1;
    // "Bà X, 37 tuổi, là Thủ tướng Y": an aside of a few words between commas (an adverb or two may follow it:
    // "Ông X, 80 tuổi, từng giữ chức Y")
    if (isPunct(it, ',') && gap <= 2) {
      let open = x - 1;
      while (open > x - 5 && items[open]?.k === 'word') open--;
      if (open < x - 1 && isPunct(items[open], ',')) {
        x = open;
        gap = -1;
        continue;
      }
    }
    // "chọn X, người có quan điểm cứng rắn với Y, làm Z": a relative clause between commas, names and all; or the
    // person's own titles between commas: "bầu ông X, Ủy viên Ban Y, giữ chức Z"
    if (isPunct(it, ',') && gap === 0) {
      let open = relativeClauseStart(items, x);
      if (open <= 0) open = titleAppositionStart(items, x);
      if (open > 0) {
        x = open;
        gap = -1;
        continue;
      }
    }
    // (a time word too: "Ông X, 80 tuổi, từng giữ chức Y"; not "và": in "Ông từng dẫn đoàn kịch Xylo và sau này giữ
    // chức Y" the name before it is the first verb's object)
    if (it.k !== 'word' || isAndWord(it)) return -1;
  }
  return -1;
}

/** Index of the comma after a person's name that opens titles and their bodies ending at the comma j (", Ủy viên Ban Y, Bí thư Z,"), or -1. */
function titleAppositionStart(items: readonly Item[], j: number): number {
  for (let k = j - 1; k > 0 && k > j - 12; k--) {
    const it = items[k]!;
    if (it.k === 'title' || (it.k === 'name' && it.type !== null && it.type !== 'person')) continue;
    if (!isPunct(it, ',') || items[k + 1]?.k !== 'title') return -1;
    if (isPersonCandidate(items[k - 1])) return k;
  }
  return -1;
}

/** Index of the comma that opens a relative or participle clause ending at the comma j (", người …,", ", who …,"), or a list of examples (", including …,"), or -1. */
export function relativeClauseStart(items: readonly Item[], j: number): number {
  const words = getLexicon().statementWords;
  // a link word inside makes it an apposition: "X, em gái của Y, …", "X, the head of the Y Institute, …",
  // "X, giám đốc của Viện Y, …", "X, a professor at Y, …"
  let linked = false;
  for (let k = j - 1; k > 0; k--) {
    const it = items[k]!;
    // (a hyphen between two plain words joins them: "a cost-cutting effort")
    // (and so does a possessive: "a fellow at Singapore's Xylo Institute")
    const joiner = (isPunct(it, '-') && items[k - 1]?.k === 'word' && items[k + 1]?.k === 'word') || isPossessive(it);
    if (it.k === 'verb' || (it.k === 'punct' && it.ch !== ',' && it.ch !== '(' && it.ch !== ')' && !joiner)) return -1;
    // (also any preposition: "X, the top Democrat on the Y Committee, …", "X, who was tapped by Y, …")
    if (it.k === 'place-prep' || (it.k === 'word' && (AFFILIATION_LINKS.has(it.key) || EN_AFFILIATION.has(it.key) || words.prepositions.has(it.key)))) linked = true;
    if (it.k === 'punct' && it.ch === ',') {
      const next = items[k + 1];
      const opens =
        (next?.k === 'word' && (words.relativeOpeners.has(next.key) || (/^[a-z]{3,}ing$/.test(next.key) && next.key !== 'during') || linked)) ||
        (next?.k === 'title' && linked);
      // ("Foreign investors, including X and Y, urged …": an aside that lists examples, whatever comes before it)
      const listing = next?.k === 'word' && words.listOpeners.has(next.key);
      return (opens && items[k - 1]?.k === 'name') || listing ? k : -1;
    }
  }
  return -1;
}

/** A relative's word ends right before the title at token s, or before "của"/"of" there ("em gái (của)", "sister of"). */
export function relativeBefore(tokens: readonly Token[], s: number, lex: LangLexicon): boolean {
  const end = AFFILIATION_LINKS.has(tokens[s - 1]?.key ?? '') ? s - 1 : s;
  const kin = lex.kinship.startBefore(tokens, end);
  // (not a body's parent or child: "công ty mẹ của X", a parent company)
  return kin >= 0 && lex.orgHeads.startBefore(tokens, kin) < 0;
}

/**
 * The body named at k, right after a link word ("of", "at", "của"), or -1: an article may come first, and
 * after it an adjective or two ("leader of the liberal Xylo Party", "a professor at the private Xylo University",
 * "leader of the far-right Xylo Rally").
 */
function bodyAfterLink(items: readonly Item[], k: number, tokens: readonly Token[]): number {
  let c = items[k]?.k === 'word' && EN_ARTICLES.has((items[k] as { key: string }).key) ? k + 1 : k;
  // ("director of the Nairobi-based thinktank X": a place before a glued word describes the body, it is not the body)
  if (c > k && isPlace(items[c]) && isPunct(items[c + 1], '-') && isLowerWord(items[c + 2], tokens) && tokens[items[c + 2]!.s]!.glued) {
    c += 3;
    if (items[c]?.k === 'org-cue') c++;
  }
  for (let adj = 0; c > k && adj < 2 && isLowerWord(items[c], tokens) && !(items[c] as { time: boolean }).time; adj++) {
    if (isPunct(items[c + 1], '-') && isLowerWord(items[c + 2], tokens) && tokens[items[c + 2]!.s]!.glued) c += 3;
    else if (items[c + 1]?.k !== 'punct') c++;
    else break;
  }
  // ("a fellow at Xylia's Bexa Institute": the body after a place's possessive)
  const owned = items[c + 2];
  if (isPossessive(items[c + 1]) && owned?.k === 'name' && owned.type === 'organization') c += 2;
  const org = items[c];
  if (org?.k === 'name' && org.type === null && items[c - 1]?.k === 'org-cue') return c;
  if (org?.k !== 'name' || org.type === null || org.type === 'person') return -1;
  // ("the leader of the Xylo Union's sister party": what the body owns is led, not the body)
  if (isPossessive(items[c + 1])) return -1;
  // ("HLV X của Lào": a one-word country that is also a given name is the country after a link word, unless a name follows)
  const country = org.type === 'country' && org.e - org.s === 1 && items[c + 1]?.k !== 'name';
  return !org.ambiguous || country ? c : -1;
}

/** At k, maybe where the body is ("ở Liban"), then a comma, an honorific and a person's name (", ông Ivo Marenko"). */
function honoredAfter(items: readonly Item[], k: number): boolean {
  if (items[k]?.k === 'place-prep' && items[k + 1]?.k === 'name' && (items[k + 1] as NameItem).type !== 'person') k += 2;
  return isPunct(items[k], ',') && items[k + 1]?.k === 'hon' && isPersonCandidate(items[k + 2]);
}

/** A country, or a state or province of one (the second half of "Boca Xylo, Texas"). */
function inRegion(it: Item | undefined): boolean {
  return it?.k === 'name' && (it.type === 'country' || (it.type === 'location' && (it.kind === 'state' || it.kind === 'province')));
}

function isPlace(it: Item | undefined): it is NameItem {
  return it?.k === 'name' && (it.type === 'country' || it.type === 'location');
}

/** Tokens [s, e) are a title with a portfolio after it (data/vi/portfolio-titles.txt: "Bộ trưởng Công Thương"). */
function withPortfolio(tokens: readonly Token[], s: number, e: number, lex: LangLexicon): boolean {
  if (lex.portfolioTitles.size === 0) return false;
  for (let k = e - 1; k > s; k--) if (lex.portfolioTitles.has(wordKeys(tokens, s, k))) return true;
  return false;
}

/** The item after a name ends an apposition: a comma, a closing parenthesis, the sentence's end or a reporting verb. */
function closesApposition(it: Item | undefined): boolean {
  return it === undefined || it.k === 'verb' || (it.k === 'punct' && (it.ch === ',' || it.ch === ')' || it.ch === '.'));
}

/** Item predicates the title chains and the statement rules share. */
export function isPunct(it: Item | undefined, ch: string): boolean {
  return it?.k === 'punct' && it.ch === ch;
}

/**
 * "Phía Trung Quốc, …", "Về phía Xylia, …": a sentence that opens speaking for a country
 * (data/vi/side-markers.txt). The item index of the country (its comma follows), or -1.
 */
export function sideOpening(items: readonly Item[], markers: ReadonlySet<string>): number {
  let k = 0;
  while (k < 2 && items[k]?.k === 'word' && !markers.has((items[k] as { key: string }).key)) k++;
  const marker = items[k];
  const country = items[k + 1];
  return marker?.k === 'word' && markers.has(marker.key) && country?.k === 'name' && country.type === 'country' && isPunct(items[k + 2], ',') ? k + 1 : -1;
}

export function isPossessive(it: Item | undefined): boolean {
  return it?.k === 'punct' && /^['’]s$/.test(it.ch);
}

/** A plain word written in lowercase letters only ("senior", "portfolio"). */
function isLowerWord(it: Item | undefined, tokens: readonly Token[]): boolean {
  return it?.k === 'word' && /^\p{Ll}+$/u.test(tokens[it.s]!.text);
}

/** "và" or "and". */
export function isAndWord(it: Item | undefined): boolean {
  return it?.k === 'word' && (it.key === VA || it.key === 'and');
}

function opensSource(it: Item | undefined): boolean {
  return it?.k === 'word' && SOURCE_OPENERS.has(it.key);
}

/** The first person's name from k on, past a title's affiliation and an honorific, is followed by a comma. */
function holderThenComma(items: readonly Item[], k: number): boolean {
  for (let c = k; c < k + 4 && c < items.length; c++) {
    const it = items[c]!;
    if (isPersonCandidate(it)) return isPunct(items[c + 1], ',');
    if (it.k !== 'hon' && !(it.k === 'name' && it.type !== null)) return false;
  }
  return false;
}

/** A comma, "và" or "and" between the names of a list. */
export function joinsList(it: Item | undefined): boolean {
  return isPunct(it, ',') || isAndWord(it);
}

function isWord(it: Item | undefined, key: string): boolean {
  return it?.k === 'word' && it.key === key;
}

function set(it: NameItem, type: NameItem['type'], rule: string): void {
  it.type = type;
  it.rule = rule;
}

/**
 * Title chains: title (của title)* affiliation* honorific? person.
 * English also puts the affiliation first: "NATO Secretary General Xa Ren".
 */
function readTitleChains(items: Item[], tokens: readonly Token[], lex: LangLexicon): TitleChain[] {
  const chains: TitleChain[] = [];
  /** Chain number → the title item after its comma: that title's holder holds this one too. */
  const sharedHolder = new Map<number, number>();
  /** Title item → the chain whose holder also holds it ("Phó Chủ tịch Tập đoàn X kiêm Tổng Giám đốc Y"). */
  const heldAlso = new Map<number, number>();
  /** Chains whose title is joined right to the next ("Thủ tướng kiêm Ngoại trưởng Xylia"): that title's affiliation is theirs too. */
  const sharedOf = new Set<number>();
  let consumed = -1; // "Chánh văn phòng của Tổng thống Ukraine": the inner title belongs to the outer chain
  /** Title item → the title item before it and a place ("chief | China | economist"): the label and the apposition start there. */
  const fieldBefore = new Map<number, number>();
  for (let a = 0; a < items.length; a++) {
    const title = items[a]!;
    if (title.k !== 'title' || a <= consumed) continue;
    // "X, chief China economist at Y": in English a title, a place and a second title are one title, the place its
    // field; the chain is the second title's
    if (lex.lang === 'en' && isPlace(items[a + 1]) && items[a + 2]?.k === 'title') {
      fieldBefore.set(a + 2, a);
      continue;
    }
    let labelEnd = title.e;
    let of: number | null = null;
    let person: number | null = null;
    // English puts the affiliation first: "NATO Secretary General X", "South Korea's Foreign Minister X"
    let possessive = isPossessive(items[a - 1]);
    // "EU competition chief X", "U.N. human rights chief X": lowercase words between the affiliation and the title are the title's
    let words = lex.lang === 'en' && !possessive ? portfolioLead(items, a, tokens, lex) : 0;
    // "Ukraine's top commander, X": and after a possessive
    if (lex.lang === 'en' && !possessive && !words) {
      let k = a - 1;
      while (k > a - 3 && isLowerWord(items[k], tokens)) k--;
      if (k < a - 1 && isPossessive(items[k])) {
        words = a - 1 - k;
        possessive = true;
      }
    }
    // "European Central Bank (ECB) President X": the acronym in parentheses before the title
    const closes = isPunct(items[a - 1], ')') && isPunct(items[a - 3], '(');
    const at = possessive ? a - 2 - words : closes ? a - 2 : a - 1 - words;
    const before = items[at];
    const field = fieldBefore.get(a);
    if (lex.lang === 'en' && field === undefined && before?.k === 'name' && before.type !== null && before.type !== 'person') of = at;
    // "Amnesty International Kenya's executive director, X": a body's national section, named by the body and the
    // country right after it, is the body's
    const owner = items[at - 1];
    if (of === at && possessive && before?.k === 'name' && (before.type === 'country' || before.type === 'location') && owner?.k === 'name' && owner.type === 'organization' && owner.e === before.s) of = at - 1;
    let labelStart = field !== undefined ? items[field]!.s : of === at && words ? items[a - words]!.s : title.s;
    // "em gái nhà lãnh đạo Xylia, bà X": X, after the comma, is the holder's relative
    const kin = relativeBefore(tokens, title.s, lex);
    let b = a + 1;
    // "Giám đốc điều hành (CEO) của Apple X": the title's short form in parentheses belongs to it
    if (isPunct(items[b], '(') && items[b + 1]?.k === 'title' && isPunct(items[b + 2], ')')) {
      consumed = b + 1;
      b += 3;
    }
    // "Chuyên gia phân tích của Xylo Lê Văn Khoa", "Người đứng đầu chính sách đối ngoại Xylo Ivo Marenko": lowercase
    // words between the title and "của", or the body right before its holder, are the title's field (a brief after
    // "về" may be longer: "Đại diện cấp cao về chính sách đối ngoại và an ninh của Xylo X"; words that begin with a
    // body's head are that body's kind, read below)
    if (lex.lang === 'vi' && isLowerWord(items[b], tokens) && !lex.orgHeads.len(tokens, items[b]!.s)) {
      const most = isWord(items[b], VE) ? 8 : 4;
      let c = b;
      while (c < b + most && isLowerWord(items[c], tokens) && !isWord(items[c], CUA)) c++;
      const body = items[c];
      const direct = body?.k === 'name' && body.type !== null && body.type !== 'person' && !body.ambiguous && isPersonCandidate(items[c + 1]);
      if (c > b && (isWord(body, CUA) || direct)) {
        labelEnd = items[c - 1]!.e;
        b = c;
      }
    }
    // "X, head of commodity strategy at Saxo Bank": in English the title's field after "of", in lowercase, before
    // the link to the body
    // ("deputy director of the Asia programme at X": an article and a place's name before the field's noun too)
    if (lex.lang === 'en' && isWord(items[b], 'of')) {
      let start = b + 1;
      const lead = isLowerWord(items[start], tokens) && EN_ARTICLES.has((items[start] as { key: string }).key) ? start + 1 : start;
      const place = items[lead];
      if (place?.k === 'name' && (place.type === 'location' || place.type === 'country') && isLowerWord(items[lead + 1], tokens)) start = lead + 1;
      let c = start;
      const stops = (it: Item | undefined) => EN_ARTICLES.has((it as { key: string }).key) || (start > b + 1 && EN_AFFILIATION.has((it as { key: string }).key));
      while (c < start + 3 && isLowerWord(items[c], tokens) && !stops(items[c])) c++;
      const link = items[c];
      // (after a place's field, "of" links the body too: "head of the Europe department of the X Institute")
      if (c > start && (link?.k === 'place-prep' || (link?.k === 'word' && (link.key !== 'of' || start > b + 1) && EN_AFFILIATION.has(link.key)))) {
        labelEnd = items[c - 1]!.e;
        b = c;
      }
    }
    const afterTitle = b;
    let placeField: number | undefined; // the place before the title when the affiliation comes after it
    for (; b < items.length; b++) {
      const it = items[b]!;
      // "a professor at X", "giám đốc của Viện X": the affiliation after a link word
      const link = it.k === 'word' && (lex.lang === 'en' ? EN_AFFILIATION.has(it.key) : it.key === CUA);
      // ("chuyên gia tại Viện Xylo": in Vietnamese only a body after "tại", not a place: "Đại sứ tại Việt Nam")
      const at = it.k === 'place-prep' && (lex.lang === 'en' || (items[b + 1]?.k === 'name' && (items[b + 1] as NameItem).type === 'organization'));
      // "X, Korea chair at the Xylo Center": in English a place right before the title and a body after the link
      // word: the place is the title's field, the body its affiliation
      if (lex.lang === 'en' && of !== null && of === a - 1 && !possessive && isPlace(items[of]) && b === afterTitle && (link || at)) {
        const c = bodyAfterLink(items, b + 1, tokens);
        if (c >= 0 && (items[c] as NameItem).type === 'organization') {
          labelStart = items[of]!.s;
          placeField = of;
          of = c;
          b = c;
          continue;
        }
      }
      if (of === null && b === afterTitle && (link || at)) {
        const c = bodyAfterLink(items, b + 1, tokens);
        if (c >= 0) {
          of = c;
          b = c;
          continue;
        }
        // "X, Chief Executive Officer of Xylocore.": in English, in an apposition to a person, a name no rule typed
        // after "of" that closes it is the body the title is held in
        const body = items[b + 1];
        if (lex.lang === 'en' && isWord(it, 'of') && body?.k === 'name' && body.type === null && closesApposition(items[b + 2]) && isPunct(items[a - 1], ',') && isPersonCandidate(items[a - 2])) {
          set(body, 'organization', 'title-affiliation');
          of = b + 1;
          b++;
          continue;
        }
      }
      if (it.k === 'name' && it.type !== null && it.type !== 'person' && !it.ambiguous && of === null) {
        of = b;
        continue;
      }
      // "UN Special Coordinator for Lebanon X": in English, after the affiliation before the title, "for"/"of" and a
      // name before the holder's are the title's portfolio
      // ("U.S. Ambassador to the United Nations X": "to" and an article too)
      const article = lexArticle(items[b + 1]) ? 1 : 0;
      const portfolio = items[b + 1 + article];
      if (lex.lang === 'en' && b === a + 1 && of !== null && of < a && it.k === 'word' && (EN_PORTFOLIO_LINKS.has(it.key) || it.key === 'to') && portfolio?.k === 'name' && portfolio.type !== null && portfolio.type !== 'person' && isPersonCandidate(items[b + 2 + article])) {
        labelEnd = portfolio.e;
        b += 1 + article;
        continue;
      }
      // "Xylotek's president of global affairs, X": in English the title's own field after "of", in lowercase
      if (lex.lang === 'en' && b === a + 1 && of !== null && it.k === 'word' && it.key === 'of') {
        let c = b + 1;
        while (c < b + 4 && isLowerWord(items[c], tokens)) c++;
        if (c > b + 1 && isPunct(items[c], ',') && isPersonCandidate(items[c + 1])) {
          labelEnd = items[c - 1]!.e;
          b = c - 1;
          continue;
        }
      }
      // "Tổng tham mưu trưởng quân đội Nga X", "Tổng tư lệnh Các lực lượng vũ trang Ukraine X": a body's head in
      // lowercase (after a plural marker) before the country is the title's
      const bodyAt = it.k === 'word' && lex.pluralMarkers.has(it.key) ? it.s + 1 : it.s;
      const body = lex.lang === 'vi' && it.k === 'word' && b === a + 1 && !tokens[bodyAt]?.cap ? lex.orgHeads.len(tokens, bodyAt, tokens.length) : 0;
      if (body) {
        let c = b;
        const end = bodyAt + body + lex.orgLowerParts.len(tokens, bodyAt + body, tokens.length);
        while (items[c]?.k === 'word' && items[c]!.e <= end) c++;
        const country = items[c];
        // (the holder named after the country, or before the title: "X làm Tổng tư lệnh … Ukraine")
        // (or after a comma and a rank: "Tổng tư lệnh Các lực lượng vũ trang Ukraine, Đại tướng X")
        const ranked = isPunct(items[c + 1], ',') && (items[c + 2]?.k === 'title' || items[c + 2]?.k === 'hon') && isPersonCandidate(items[c + 3]);
        if (items[c - 1]!.e === end && country?.k === 'name' && country.type === 'country' && (isPersonCandidate(items[c + 1]) || ranked || appointee(items, a, tokens, lex) >= 0)) {
          labelEnd = end;
          b = c - 1;
          continue;
        }
      }
      // "Giám đốc cơ quan tình báo Xylo X", "Thủ lĩnh phong trào Hồi giáo Xylo X": a body's kind in lowercase
      // (a head and up to three more words) before the organization's name is not part of the title
      const kind = lex.lang === 'vi' && b === a + 1 && (it.k === 'word' || it.k === 'org-cue') && !tokens[it.s]!.cap && lex.orgHeads.len(tokens, it.s, tokens.length) > 0;
      if (kind && of === null) {
        let c = b;
        while (c < b + 4 && (items[c]?.k === 'word' || items[c]?.k === 'org-cue')) c++;
        const org = items[c];
        // (a name right after a cue word "tập đoàn", "hãng" is typed by it later)
        // (the holder may follow the body's short form in parentheses: "Chủ tịch đảng X (XP) Y")
        const holder = isPunct(items[c + 1], '(') && isPunct(items[c + 3], ')') ? c + 4 : c + 1;
        // (or before the title, in an apposition: "bà X, lãnh đạo đảng Liên minh Y (Z).")
        const apposition = isPunct(items[a - 1], ',') && isPersonCandidate(items[a - 2]) && closesApposition(items[holder]);
        // (or after a comma and an honorific, past where the body is: "Thủ lĩnh phong trào X ở Liban, ông Y")
        if (c > b && org?.k === 'name' && (org.type === 'organization' || (org.type === null && items[c - 1]!.k === 'org-cue')) && (isPersonCandidate(items[holder]) || apposition || honoredAfter(items, c + 1) || appointee(items, a, tokens, lex) >= 0)) {
          of = c;
          b = c;
          continue;
        }
      }
      if (it.k === 'name' && it.type !== null && it.type !== 'person' && of !== null && items[b - 1]?.k === 'name') continue;
      // "Chủ nhiệm Ủy ban Kinh tế của Quốc hội X": the body the affiliation belongs to
      const parent = items[b + 1];
      if (it.k === 'word' && of === b - 1 && AFFILIATION_LINKS.has(it.key) && parent?.k === 'name' && parent.type !== null && parent.type !== 'person' && !parent.ambiguous) {
        b++;
        continue;
      }
      if (it.k === 'word' && AFFILIATION_LINKS.has(it.key) && items[b + 1]?.k === 'title' && of === null) {
        labelEnd = (items[b + 1] as { e: number }).e;
        b++;
        consumed = b;
        continue;
      }
      if (it.k === 'hon') continue;
      // "Phó Chủ tịch Tập đoàn X kiêm Tổng Giám đốc Y", "Xylo founder and chief executive X": the next title is
      // the same holder's (in English only between titles in lowercase: "President and Prime Minister X")
      const joined = items[b + 1];
      if (it.k === 'word' && (of !== null || b === a + 1) && lex.titleJoiners.has(it.key) && joined?.k === 'title' && (lex.lang !== 'en' || (!tokens[title.s]!.cap && !tokens[joined.s]!.cap))) {
        heldAlso.set(b + 1, chains.length);
        sharedHolder.set(chains.length, b + 1);
        // "Thủ tướng kiêm Ngoại trưởng Xylia X": right after the title, the next title's affiliation is this one's too
        if (of === null) sharedOf.add(chains.length);
        break;
      }
      // "Chủ tịch tỉnh Xuyên Mộc Lê Văn Khoa", "Thống đốc bang Texas X": the place noun before the affiliation
      if (it.k === 'loc-cue' && b === a + 1 && items[b + 1]?.k === 'name' && (items[b + 1] as NameItem).type === 'location') continue;
      // "Tổng thống Mỹ đắc cử Ivo Marenko": the title's qualifier after its affiliation
      // ("Lãnh đạo đảng Xylo (XP) đối lập X": also after the affiliation's short form in parentheses)
      const afterOf = of === b - 1 || (of === b - 4 && isPunct(items[b - 1], ')') && isPunct(items[b - 3], '('));
      const suffix = it.k === 'word' && afterOf ? titleSuffixAt(tokens, lex, it.s) : 0;
      if (suffix) {
        while ((items[b + 1]?.e ?? Infinity) <= it.s + suffix) b++;
        continue;
      }
      // "Pentagon press secretary Maj. Gen. X": a rank after the post; one holder for both
      if (it.k === 'title') {
        sharedHolder.set(chains.length, b);
        break;
      }
      // "Đại sứ Nhật Bản tại Việt Nam Ito Naoki": the posting place is not the affiliation; nor is the brief
      // ("Đặc phái viên Liên hợp quốc về Syria X")
      if ((it.k === 'place-prep' || (it.k === 'word' && POSTED.has(it.key))) && of !== null && items[b + 1]?.k === 'name' && (items[b + 1] as NameItem).type !== 'person') {
        b++;
        continue;
      }
      // "Tổng thống Xylia Ivan Petrov" split by the document: an untyped name right before another is the affiliation
      if (it.k === 'name' && it.type === null && of === null && items[b + 1]?.k === 'name' && isPersonCandidate(items[b + 1])) {
        of = b;
        continue;
      }
      if (it.k === 'punct' && (it.ch === '-' || it.ch === '–' || it.ch === ',') && isPersonCandidate(items[b + 1]) && !kin) continue;
      // "Thứ trưởng Bộ Y tế, ông Trần Văn Nam"
      if (isPunct(it, ',') && of !== null && honoredAfter(items, b) && !kin) continue;
      // "Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giang": one person's titles, joined by commas
      // (after "Theo" or "với" only where that clause ends after the holder: "Theo phóng viên TTXVN tại Berlin, Thủ tướng
      // Đức X tuyên bố …" and "Trao đổi với phóng viên báo Y, Thứ trưởng X cho biết …" name a source or the one spoken to
      // first; "Theo Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội X, …" does not)
      if (it.k === 'punct' && it.ch === ',' && of !== null && items[b + 1]?.k === 'title' && (!opensSource(items[a - 1]) || holderThenComma(items, b + 2))) sharedHolder.set(chains.length, b + 1);
      // "Tổng thư ký Liên hợp quốc (LHQ) António Guterres": the affiliation's short form in parentheses
      const inner = items[b + 1];
      const close = items[b + 2];
      // ("the chair of the Alliance of Xylo States (Axys)": one word no rule typed, after an organization's name)
      const short = inner?.k === 'name' && (inner.type === null ? (items[of ?? b] as NameItem).type === 'organization' : inner.type !== 'person');
      // ("Chủ tịch Công ty cổ phần Hàng không Xylo Việt (Xylo Airways) X": a body's brand of a few words)
      const shortName = inner?.k === 'name' && (inner.e - inner.s === 1 || brandOf(items[of ?? b] as NameItem, inner, tokens, lex));
      if (it.k === 'punct' && it.ch === '(' && of === b - 1 && short && shortName && close?.k === 'punct' && close.ch === ')') {
        b += 2;
        continue;
      }
      if (it.k === 'punct' && it.ch === '(' && items[b + 1]?.k === 'name') continue; // "(Tổng thống) Putin" handled by the closing paren
      // "Ông Lê Văn Khoa, Giám đốc Xylotek, cho biết": in an apposition to a person, an unknown name that closes it
      // right after the title is the title's affiliation, not a second person (unless it begins with a family name)
      if (it.k === 'name' && it.type === null && of === null && b === a + 1 && isPunct(items[a - 1], ',') && items[a - 2]?.k === 'name' && ((items[a - 2] as NameItem).type === 'person' || items[a - 3]?.k === 'hon') && closesApposition(items[b + 1]) && !lex.surnames.has(tokens[it.s]!.key)) {
        of = b;
        continue;
      }
      // "CEO Xylo, anh Lê Văn Khoa": one word no rule typed right after the title, then a comma, an honorific and a
      // name, is the title's affiliation; the holder is the one after the honorific
      if (it.k === 'name' && it.type === null && of === null && b === a + 1 && it.e - it.s === 1 && isPunct(items[b + 1], ',') && items[b + 2]?.k === 'hon' && isPersonCandidate(items[b + 3])) {
        of = b;
        continue;
      }
      if (isPersonCandidate(it)) {
        const name = it as NameItem;
        // "Ông X, chuyên gia của Xylo Trade, nhận định": in an apposition to a person, one untyped word that closes it
        // after the affiliation is part of the affiliation's name, not a second holder
        const apposition = isPunct(items[a - 1], ',') && items[a - 2]?.k === 'name' && ((items[a - 2] as NameItem).type === 'person' || items[a - 3]?.k === 'hon');
        if (apposition && of !== null && name.type === null && name.e - name.s === 1 && closesApposition(items[b + 1])) break;
        // an ambiguous country right after a title is the affiliation unless a name follows it
        if (name.ambiguous && name.type !== 'person' && !(items[b - 1]?.k === 'hon')) {
          if (of === null) {
            of = b;
            continue;
          }
        }
        if (name.type === null || name.type === 'person' || name.ambiguous) {
          if (name.type !== 'person') setPerson(name, 'title');
          person = b;
        }
      }
      break;
    }
    // "Phó Tổng thống Ivo Marenko của đảng Xylo", "Prime Minister Ivo Marenko of Xylia": the affiliation after the holder
    if (person !== null && of === null) {
      const link = items[person + 1];
      // ("Nhà phân tích X thuộc Quỹ Y": "thuộc", belonging to, there too)
      const c = link?.k === 'word' && (AFFILIATION_LINKS.has(link.key) || link.key === THUOC) ? bodyAfterLink(items, person + 2, tokens) : -1;
      // (in English a state or city there is the holder's home, unless the title is held over it: "Senate
      // Democratic Leader X of New York", but "Sen. X of Maine", "Mayor X of Xylo City")
      const home = lex.lang === 'en' && c >= 0 && (items[c] as NameItem).type === 'location' && !lex.placeTitles.has(wordKeys(tokens, title.s, title.e));
      if (c >= 0 && !home) of = c;
    }
    // "(Tổng thống) Putin": a title in parentheses before a name
    if (person === null && items[a - 1]?.k === 'punct' && (items[a - 1] as { ch: string }).ch === '(' && items[a + 1]?.k === 'punct' && isPersonCandidate(items[a + 2])) {
      const name = items[a + 2] as NameItem;
      if (name.type !== 'person') setPerson(name, 'title');
      person = a + 2;
    }
    // "Vũ Hồng Văn, Giám đốc Công an tỉnh Xuyên Mộc, cho biết", "Ivan Petrov, a professor at Xylia University, said": the title follows the name
    // "X, the Czech foreign minister, said", "X, a former Xylia governor,": the affiliation before the title, and a modifier before it
    let first = field ?? placeField ?? (of !== null && of < a ? of : a);
    let modifier = -1;
    if (first < a && items[first - 1]?.k === 'word' && lex.titleModifiers.len(keyTokens([(items[first - 1] as { key: string }).key]), 0)) modifier = items[--first]!.s;
    // "X, senior portfolio manager at Y, said": in English one or two lowercase words before the title are its own
    if (lex.lang === 'en' && first === a && of !== null) {
      let k = a;
      while (k > a - 2 && isLowerWord(items[k - 1], tokens) && !EN_ARTICLES.has((items[k - 1] as { key: string }).key)) k--;
      // (and after an article: "X, an urban planning expert at Y, said")
      const article = items[k - 1]?.k === 'word' && EN_ARTICLES.has((items[k - 1] as { key: string }).key) ? 1 : 0;
      if (k < a && isPunct(items[k - 1 - article], ',')) {
        first = k;
        labelStart = items[k]!.s;
      }
    }
    // "X, hiện là Phó chủ tịch Y, viết": in Vietnamese "currently" and a copula before the title in the apposition
    if (lex.lang === 'vi' && first === a && of !== null) {
      let k = a;
      while (k > a - 3 && items[k - 1]?.k === 'word' && lex.titleLabelSkips.has((items[k - 1] as { key: string }).key)) k--;
      if (k < a && isPunct(items[k - 1], ',')) first = k;
    }
    // "X, the founder and chairman of Y, said": back over titles joined to this one
    while (of !== null && items[first - 1]?.k === 'word' && lex.titleJoiners.has((items[first - 1] as { key: string }).key) && items[first - 2]?.k === 'title') first -= 2;
    const article = lex.lang === 'en' && items[first - 1]?.k === 'word' && EN_ARTICLES.has((items[first - 1] as { key: string }).key) ? 1 : 0;
    const lead = items[first - 1 - article];
    // "Trần Văn Hùng (42 tuổi, trú tại …), Giám đốc Công ty X": an aside in parentheses after the name
    // ("Lê Văn Tám, 52 tuổi, Phó giám đốc Sở X", "Ivo Marenko, 61, chief executive of X": or the age between commas)
    const holderAt = ageAsideStart(items, asideStart(items, first - 2 - article));
    const holder = items[holderAt];
    // (in English not where a verb follows the title at once: "Asked about X, the Xylian coach said …" begins a clause)
    const clause = article === 1 && items[b]?.k === 'verb';
    if (person === null && of !== null && lead?.k === 'punct' && APPOSITION.has(lead.ch) && isPersonCandidate(holder) && !(holder as NameItem).ambiguous && !clause) {
      const name = holder as NameItem;
      if (name.type !== 'person') setPerson(name, 'title-apposition');
      person = holderAt;
    }
    // "Thượng tá X, Trưởng phòng Cảnh sát hình sự, nói": a title with its portfolio and no body, closing an apposition
    // to the name (the body is the one the document names by that portfolio: relate's portfolioBody)
    if (person === null && of === null && first === a && isPunct(lead, ',') && isPersonCandidate(holder) && !(holder as NameItem).ambiguous && !clause && closesApposition(items[a + 1]) && withPortfolio(tokens, title.s, title.e, lex)) {
      const name = holder as NameItem;
      if (name.type !== 'person') setPerson(name, 'title-apposition');
      person = holderAt;
    }
    // "X, cựu Chủ tịch UBND Y, cựu Bộ trưởng Bộ Z": a second title in the apposition, after the first one's body
    const previous = chains.at(-1);
    if (person === null && of !== null && isPunct(lead, ',') && previous && previous.person !== null && previous.person < previous.title && previous.of === first - 2 - article) person = previous.person;
    // ("X, Phó Thủ tướng, Bộ trưởng Bộ Z": or right after a title with no body, in the apposition after the name)
    const bareTitle = previous && previous.of === null && previous.person === null && previous.title === first - 2 - article;
    if (person === null && of !== null && isPunct(lead, ',') && bareTitle && isPunct(items[previous.title - 1], ',') && isPersonCandidate(items[previous.title - 2]) && !(items[previous.title - 2] as NameItem).ambiguous) {
      const name = items[previous.title - 2] as NameItem;
      if (name.type !== 'person') setPerson(name, 'title-apposition');
      person = previous.title - 2;
    }
    // "Trương Văn Khoa (SN 1956, Chủ tịch Tập đoàn X)": the title closes an aside in parentheses after the name
    const asideOf = person === null && of !== null && of > a && isPunct(items[of + 1], ')') ? asideOpener(items, first) : -1;
    if (asideOf > 0 && isPersonCandidate(items[asideOf - 1]) && !(items[asideOf - 1] as NameItem).ambiguous) {
      const name = items[asideOf - 1] as NameItem;
      if (name.type !== 'person') setPerson(name, 'title-aside');
      person = asideOf - 1;
    }
    // "bổ nhiệm Đại tướng X làm Tổng tư lệnh Y", "X trở thành Thủ tướng Y": the post given to the person before the link
    const appointed = person === null && of !== null ? appointee(items, a, tokens, lex) : -1;
    if (appointed >= 0) {
      const name = items[appointed] as NameItem;
      if (name.type !== 'person') setPerson(name, 'appointed');
      person = appointed;
    }
    // "Trưởng Ban Xylo là ông Lê Văn Khoa": the post and its body, a copula, then the holder and the end of the clause
    if (person === null && of !== null && of > a && items[of + 1]?.k === 'word' && lex.copulas.has((items[of + 1] as { key: string }).key)) {
      const at = items[of + 2]?.k === 'hon' ? of + 3 : of + 2;
      const holder = items[at];
      if (isPersonCandidate(holder) && !(holder as NameItem).ambiguous && closesApposition(items[at + 1])) {
        if ((holder as NameItem).type !== 'person') setPerson(holder as NameItem, 'title-copula');
        person = at;
      }
    }
    // ("X, now deputy head of Y": "now" is no part of the post)
    while (labelStart < title.s && lex.titleLabelSkips.has(tokens[labelStart]!.key)) labelStart++;
    chains.push({ title: a, labelStart, labelEnd, modifier, of, person });
  }
  for (const [c, next] of sharedHolder) {
    const chain = chains[c]!;
    const other = chains.find((x) => x.title === next);
    const holder = other?.person ?? null;
    if (chain.person === null && holder !== null) chain.person = holder;
    if (sharedOf.has(c) && chain.of === null) chain.of = other?.of ?? null;
  }
  for (const [title, c] of heldAlso) {
    const chain = chains.find((x) => x.title === title);
    if (chain && chain.person === null) chain.person = chains[c]!.person;
  }
  return chains;
}

/**
 * English: how many lowercase words (at most two) stand between a typed name and the
 * lowercase title at item a ("EU competition chief", "UN human rights chief"): plain
 * words, not function words, participles or adverbs ("Xylo named chief executive X").
 */
function portfolioLead(items: readonly Item[], a: number, tokens: readonly Token[], lex: LangLexicon): number {
  if (tokens[items[a]!.s]!.cap) return 0;
  let lead = 0;
  for (; lead < 2; lead++) {
    const it = items[a - 1 - lead];
    if (it?.k !== 'word' || it.time || !/^[a-z]{3,}$/.test(it.key) || /(?:ed|ly|ing)$/.test(it.key)) break;
    if (lex.commonWords.len(tokens, it.s, it.e) || lex.placePrepositions.len(tokens, it.s, it.e)) break;
  }
  const name = items[a - 1 - lead];
  return lead && name?.k === 'name' && name.type !== null && name.type !== 'person' ? lead : 0;
}

/** Index of the "(" that opens the aside item k stands in (words, numbers, commas and where the person lives before it), or -1. */
function asideOpener(items: readonly Item[], k: number): number {
  for (let p = k - 1; p > 0; p--) {
    const it = items[p]!;
    if (it.k === 'punct' && it.ch === '(') return p;
    const plain = it.k === 'word' || (it.k === 'punct' && it.ch === ',') || it.k === 'place-prep' || it.k === 'loc-cue' || (it.k === 'name' && it.type === 'location');
    if (!plain) return -1;
  }
  return -1;
}

/** Index of the item before the parenthesis that item k closes, or k if it closes none. */
function asideStart(items: readonly Item[], k: number): number {
  const close = items[k];
  if (close?.k !== 'punct' || close.ch !== ')') return k;
  for (let p = k - 1; p > 0; p--) {
    const it = items[p]!;
    if (it.k === 'punct' && (it.ch === ')' || it.ch === '“' || it.ch === '"')) return k;
    if (it.k === 'punct' && it.ch === '(') return p - 1;
  }
  return k;
}

/** Index of the item before the comma that opens an age ending at item k ("X, 52 tuổi,", "X, 61,"), or k. */
function ageAsideStart(items: readonly Item[], k: number): number {
  const years = isWord(items[k], TUOI) ? k - 1 : k;
  const age = items[years];
  return age?.k === 'word' && /^\d{1,3}$/.test(age.key) && isPunct(items[years - 1], ',') ? years - 2 : k;
}

/** An acronym ("AIT") or a short name with an inner capital ("EuroCham", "AmCham"). */
function shortNameShape(word: string): boolean {
  return isAcronym(word) || (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) && !hasVietnameseMarks(word));
}

function lexArticle(it: Item | undefined): boolean {
  return it?.k === 'word' && EN_ARTICLES.has(it.key);
}

function isPersonCandidate(it: Item | undefined): boolean {
  return it?.k === 'name' && (it.type === null || it.type === 'person' || it.ambiguous === true);
}

/**
 * "Viện Mỹ tại Đài Loan (AIT)", "Phòng Thương mại châu Âu tại Việt Nam (EuroCham)": an organization no list
 * knows, "tại"/"in" and a place, then an acronym or a short name in parentheses: the place is part of the name it
 * stands for (a known body's office somewhere keeps its own name: "Tổ chức Y tế Thế giới tại Việt Nam (WHO)").
 */
function joinOfficeAtPlace(items: Item[], tokens: readonly Token[], lex: LangLexicon): void {
  const at = foldToken(lex.lang === 'vi' ? 'tại' : 'in');
  for (let i = 2; i + 3 < items.length; i++) {
    const prep = items[i - 1]!;
    if (prep.k !== 'place-prep' || prep.key !== at) continue;
    const org = items[i - 2]!;
    const place = items[i]!;
    if (org.k !== 'name' || org.type !== 'organization' || org.ref) continue;
    if (!isPlace(place) || !isPunct(items[i + 1], '(') || !isPunct(items[i + 3], ')')) continue;
    const acr = items[i + 2]!;
    if (acr.k !== 'name' || acr.e - acr.s !== 1 || !shortNameShape(tokens[acr.s]!.text)) continue;
    items.splice(i - 2, 3, { ...org, e: place.e });
    i = Math.max(1, i - 2);
  }
}

/**
 * English puts the place noun after the name: "the Kursk region", "Xylia province", "the Xylo refugee camp" (read before the title chains:
 * "chief minister of Xylo state").
 */
function placesBeforeTheirNoun(items: Item[], tokens: readonly Token[], lex: LangLexicon): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const it = items[i]!;
    const next = items[i + 1]!;
    if (it.k !== 'name' || it.type !== null || items[i - 1]?.k === 'hon') continue;
    if (next.k === 'word' && lex.locationHeads.len(tokens, next.s)) set(it, 'location', 'location-head-after');
  }
}

/**
 * "Xylocorp, the Taiwanese electronics maker, said", "Bexa, a Xylian lender.": in English an apposition that
 * is an article, a description (lowercase words, places or demonyms, a possessive: "the world's third-largest") and a
 * body's noun (statement-words "bodyNouns") makes the name no rule typed before it an organization.
 */
function bodiesByApposition(items: Item[], tokens: readonly Token[]): void {
  const words = getLexicon().statementWords;
  // (a preposition, a conjunction or a relative pronoun ends the description: "a member of the team")
  const stop = (key: string) => words.prepositions.has(key) || words.coordinators.has(key) || words.relativeOpeners.has(key) || words.that.has(key) || EN_AFFILIATION.has(key) || EN_ARTICLES.has(key);
  for (let i = 0; i + 3 < items.length; i++) {
    const it = items[i]!;
    // "Blue Xylo, founded by Y", "X, co-founded by Y": a participle only a body takes, right after the name (even one
    // its shape made a person's)
    if (it.k === 'name' && (it.type === null || (it.type === 'person' && it.rule === 'foreign-name')) && isPunct(items[i + 1], ',') && bodyParticipleAt(items, i + 2, tokens)) {
      set(it, 'organization', 'body-participle');
      continue;
    }
    const article = items[i + 2];
    if (it.k !== 'name' || it.type !== null || !isPunct(items[i + 1], ',') || article?.k !== 'word' || !EN_ARTICLES.has(article.key)) continue;
    for (let k = i + 3; k < i + 10 && k < items.length; k++) {
      const w = items[k]!;
      // (or before a participle and its preposition: "a healthcare startup owned by Y", "a chipmaker based in Z")
      // (not before a reporting verb: in "Nvidia bought X, the company said" the body is the one speaking)
      const next = items[k + 1];
      if (w.k === 'word' && words.bodyNouns.has(w.key) && isLowerWord(w, tokens) && ((closesApposition(next) && next?.k !== 'verb') || participleBefore(items, k + 1, tokens))) {
        set(it, 'organization', 'body-apposition');
        break;
      }
      // (an abbreviation in capitals describes too: "an AI startup")
      const abbreviation = (w.k === 'word' || (w.k === 'name' && w.type === null)) && w.e - w.s === 1 && tokens[w.s]!.upper && tokens[w.s]!.text.length <= 3;
      const described = (isLowerWord(w, tokens) && !stop((w as { key: string }).key)) || isPlace(w) || isPossessive(w) || isPunct(w, '-') || abbreviation;
      // (a demonym no list knows: "a Xylian lender")
      const demonym = w.k === 'name' && w.type === null && w.e - w.s === 1 && ADJECTIVE_END.test(tokens[w.s]!.key);
      if (!described && !demonym) break;
    }
  }
}

/**
 * A dash and a number glued at k: capitals before them name a model, not a body ("GPT-5", "KXR-7"); after a number
 * they make a score ("6-3").
 */
function dashNumberAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (t?.text === '-' || t?.text === '–') && t.glued && tokens[k + 1]?.kind === Kind.Number && tokens[k + 1]!.glued;
}

/** A participle only a body takes at k ("founded by", "co-founded by", "headquartered in"; statement-words "bodyParticiples"), with its preposition. */
function bodyParticipleAt(items: readonly Item[], k: number, tokens: readonly Token[]): boolean {
  const co = items[k];
  if (co?.k === 'word' && co.key === 'co' && isPunct(items[k + 1], '-')) k += 2;
  const w = items[k];
  return w?.k === 'word' && getLexicon().statementWords.bodyParticiples.has(w.key) && participleBefore(items, k, tokens);
}

/** A past participle in English and its preposition at k ("owned by", "based in"). */
function participleBefore(items: readonly Item[], k: number, tokens: readonly Token[]): boolean {
  const w = items[k];
  const prep = items[k + 1];
  return w?.k === 'word' && isLowerWord(w, tokens) && w.key.endsWith('ed') && (prep?.k === 'place-prep' || (prep?.k === 'word' && getLexicon().statementWords.prepositions.has(prep.key)));
}

/**
 * "Theo IQAir, công ty giám sát chất lượng không khí, …": in Vietnamese a name no rule typed at i, then a comma and a
 * body's head in lowercase that a description follows (and a comma closes), is that body's name.
 */
function headedApposition(items: readonly Item[], i: number, tokens: readonly Token[], lex: LangLexicon): boolean {
  const head = items[i + 2];
  if (head?.k !== 'word' || tokens[head.s]!.cap || !isPunct(items[i + 1], ',')) return false;
  // (a head of two syllables or "hãng": one syllable begins compounds, "hội viên"; not after a family name)
  const len = lex.orgHeads.len(tokens, head.s);
  if (len < 2 && tokens[head.s]!.key !== HANG) return false;
  // (a description after the head, not a clause: "Theo X, quân đội đã rút"; not a holder after a title)
  const after = tokens[head.s + len];
  if (after?.kind !== Kind.Word || after.cap || lex.nameRunBreaks.has(after.key) || items[i - 1]?.k === 'title' || lex.surnames.has(tokens[items[i]!.s]!.key) || lex.titles.len(tokens, head.s) > 0) return false;
  for (let k = i + 3; k < items.length; k++) if (isPunct(items[k], ',')) return true;
  return false;
}

const HANG = foldToken('hãng');

/**
 * "kỳ thi đánh giá năng lực (HSA)", "the purchasing managers' index (PMI)": capitals in parentheses right after
 * lowercase words shorten a term, not a body, unless a body's head begins those words ("cơ quan phòng chống ma
 * túy (DEA)", "the anti-graft agency (KPK)").
 */
function termAbbreviation(items: readonly Item[], i: number, tokens: readonly Token[], lex: LangLexicon): boolean {
  const before = items[i - 2];
  if (!isPunct(items[i - 1], '(') || !isPunct(items[i + 1], ')') || before?.k !== 'word' || tokens[before.s]!.cap) return false;
  for (let k = before.s; k >= 0 && k > before.s - 8; k--) {
    const t = tokens[k]!;
    if (t.kind !== Kind.Word || lex.orgHeads.len(tokens, k) > 0 || lex.kindHeads.len(tokens, k) > 0 || (lex.lang === 'en' && lex.orgSuffixes.len(tokens, k, k + 1) > 0)) return false;
    // (a function word ends the term: "… ngoài bệnh viện nhờ kỹ thuật tim phổi nhân tạo (ECMO)" names no hospital)
    if (t.cap || lex.nameRunBreaks.has(t.key)) break;
  }
  return true;
}

/**
 * "Trấn Xylo cho biết anh bất ngờ": in Vietnamese a name of Vietnamese syllables no rule typed at i, a reporting verb
 * and a pronoun of a man or a woman after it (the one speaking, of himself) is a person's (a stage name, a pen name).
 */
function subjectOfPronoun(items: readonly Item[], i: number, tokens: readonly Token[]): boolean {
  const verb = items[i + 1];
  const pron = items[i + 2];
  if (verb?.k !== 'verb' || verb.nominal || pron?.k !== 'pron' || pron.gender === 'any') return false;
  const it = items[i]!;
  for (let k = it.s; k < it.e; k++) if (!isVietnameseSyllable(tokens[k]!.text)) return false;
  return true;
}

/**
 * "the thinktank Xylo Shift Africa", "its subsidiary Xylo Smart Cloud": after a kind of body in lowercase, a known
 * place right after a name no rule typed, or such a name right after a known body's, with nothing between, is one
 * body's name.
 */
function joinAfterClassifier(items: Item[]): void {
  for (let i = 1; i + 1 < items.length; i++) {
    const name = items[i]!;
    const next = items[i + 1]!;
    if (items[i - 1]!.k !== 'org-cue' || name.k !== 'name' || next.k !== 'name' || next.s !== name.e || items[i + 2]?.k === 'name') continue;
    if (!(name.type === null && isPlace(next)) && !(name.type === 'organization' && next.type === null)) continue;
    items.splice(i, 2, { k: 'name', s: name.s, e: next.e, type: null, rule: 'capitalised', forced: name.forced });
  }
}

/**
 * "Hoàng Anh Gia Lai (HAGL)": names side by side whose words' initials spell the acronym
 * in parentheses after them are one organization's name, whatever each was read as; in English
 * also with lowercase connectors between them ("Committee to Protect Journalists (CPJ)":
 * data/en/acronym-connectors.txt).
 */
/**
 * The first letters of the capitalised words of tokens[s, e), in capitals ("AMXO" for "Andrés Manuel Xylo Obrador"),
 * and the same with words in capitals whole ("HAGL" for "Hoàng Anh Gia Lai", "UNFCCC" for "UN Framework Convention …").
 */
function capitalInitials(tokens: readonly Token[], s: number, e: number): { initials: string; spelled: string } {
  let initials = '';
  let spelled = '';
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (t.kind !== Kind.Word || !t.cap) continue;
    initials += t.text[0];
    spelled += t.upper ? t.text : t.text[0];
  }
  return { initials: initials.toUpperCase(), spelled: spelled.toUpperCase() };
}

function joinByInitials(items: Item[], tokens: readonly Token[], lex: LangLexicon): void {
  const connector = (it: Item) => lex.lang === 'en' && (it.k === 'word' || it.k === 'place-prep') && it.e - it.s === 1 && lex.acronymConnectors.has(tokens[it.s]!.key);
  for (let i = 1; i + 3 < items.length; i++) {
    const open = items[i + 1]!;
    const acr = items[i + 2]!;
    const close = items[i + 3]!;
    if (open.k !== 'punct' || open.ch !== '(' || acr.k !== 'name' || acr.e - acr.s !== 1 || close.k !== 'punct' || close.ch !== ')') continue;
    const letters = tokens[acr.s]!.text;
    if (!isAcronym(letters)) continue;
    if (items[i]!.k !== 'name') continue;
    // (and capitalised words no rule named: "UN Framework Convention on Climate Change (UNFCCC)")
    const named = (it: Item) => it.k === 'name' || (lex.lang === 'en' && it.k === 'word' && capitalisedRun(tokens, it.s, it.e));
    let a = i;
    while (a > 0 && (named(items[a - 1]!) || (connector(items[a - 1]!) && a - 2 >= 0 && (named(items[a - 2]!) || connector(items[a - 2]!))))) a--;
    if (a === i) continue;
    // the shortest run of names ending at i whose initials spell it (an acronym among them by all its letters)
    for (let b = i - 1; b >= a; b--) {
      if (!named(items[b]!)) continue;
      const { initials, spelled } = capitalInitials(tokens, items[b]!.s, items[i]!.e);
      if (initials !== letters && spelled !== letters) continue;
      if (items.slice(b, i + 1).every((x) => x.k !== 'name' || x.type === 'country')) break; // countries side by side stay countries
      const first = items[b] as NameItem;
      items.splice(b, i - b + 1, { k: 'name', s: first.s, e: items[i]!.e, type: 'organization', rule: 'acronym-initials', forced: first.forced });
      i = b;
      break;
    }
  }
}

/**
 * "the opposition Christian Democrats (CDU)", "the Free Democrats (FDP)": in English a capitalised word right before a
 * known body's name, where the acronym in parentheses after them begins with that word's letter, is the first word of
 * another body's name (one the acronym stands for, in its own language).
 */
function joinWordBeforeKnownBody(items: Item[], tokens: readonly Token[]): void {
  for (let i = 1; i + 3 < items.length; i++) {
    const word = items[i - 1]!;
    const body = items[i]!;
    const acr = items[i + 2]!;
    if (word.k !== 'name' || word.e - word.s !== 1 || word.e !== body.s || word.type === 'person' || word.ref) continue;
    if (body.k !== 'name' || body.type !== 'organization' || !body.ref || !isPunct(items[i + 1], '(') || !isPunct(items[i + 3], ')')) continue;
    if (acr.k !== 'name' || acr.e - acr.s !== 1 || acr.ref || !isAcronym(tokens[acr.s]!.text) || tokens[acr.s]!.text[0] !== tokens[word.s]!.text[0]) continue;
    items.splice(i - 1, 2, { k: 'name', s: word.s, e: body.e, type: 'organization', rule: 'word-before-body', forced: word.forced });
  }
}

/**
 * "Procter & Gamble", "Bain & Company": a name no rule typed at i, an ampersand and another such name (or a body's)
 * are one body's name. Joins them.
 */
function joinAmpersand(items: Item[], i: number): boolean {
  const it = items[i]!;
  const other = items[i + 2];
  if (!isPunct(items[i + 1], '&') || other?.k !== 'name' || (other.type !== null && other.type !== 'organization') || other.ref) return false;
  items.splice(i, 3, { k: 'name', s: it.s, e: other.e, type: 'organization', rule: 'ampersand', forced: (it as NameItem).forced });
  return true;
}

/**
 * "Samsung Electro-Mechanics": a known company's name and right after it, at i, foreign words joined by hyphens that
 * no rule typed (they would read as a person's name), the name ending there or at a known place, are another body's
 * name (a subsidiary's, a unit's). One word alone stays apart ("Apple Intelligence", "NATO Rutte"). Joins them.
 */
function joinAfterKnownBody(items: Item[], i: number, tokens: readonly Token[]): boolean {
  const body = items[i - 1];
  const next = items[i]!;
  if (body?.k !== 'name' || body.type !== 'organization' || !body.ref || next.s !== body.e || next.e - next.s < 3) return false;
  for (let k = next.s; k < next.e; k++) if ((k - next.s) % 2 === 0 ? tokens[k]!.kind !== Kind.Word || isVietnameseSyllable(tokens[k]!.text) : !isGluedHyphen(tokens, k)) return false;
  // (the name ends there, or a known place follows: "Samsung Electro-Mechanics Việt Nam"; not a holder: "Tổng thư ký NATO X-Y")
  const after = items[i + 1];
  if (items[i - 2]?.k === 'title' || (after?.k === 'name' && after.s === next.e && after.type !== 'country' && after.type !== 'location')) return false;
  items.splice(i - 1, 2, { k: 'name', s: body.s, e: next.e, type: 'organization', rule: 'known-body-name', forced: body.forced });
  return true;
}

/** Every word of tokens [s, e) is capitalised. */
function capitalisedRun(tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k]!.kind === Kind.Word && !tokens[k]!.cap) return false;
  return true;
}

/** The gazetteer gives the body `ref` acronyms, and `text` is not one of its names. */
function knownByOtherAcronyms(ref: string, text: string): boolean {
  return (getLexicon().entries.get(ref)?.names ?? []).some(isAcronym) && !knownBy(ref, text);
}

/**
 * "Vinamilk (VNM) và Xylora (XLR) tăng điểm": after a one-word company's name, three to five capitals in parentheses
 * are its stock ticker; after a name no rule typed, only capitals it holds in that order ("XLR" in "Xylora").
 */
function tickerAfterOneWord(name: NameItem, acr: NameItem, tokens: readonly Token[]): boolean {
  const ticker = tokens[acr.s]!.text;
  if (name.e - name.s !== 1 || acr.ref || !isAcronym(ticker) || ticker.length < 3 || ticker.length > 5 || !/^[A-Z]+$/.test(ticker)) return false;
  const word = stripAccents(tokens[name.s]!.text).toUpperCase();
  // (the ticker begins with the name's letter: "The Democrats (XNC)" is another party's acronym)
  if (ticker[0] !== word[0]) return false;
  if (name.type === 'organization') return true;
  if (name.type !== null) return false;
  let at = 0;
  for (const ch of ticker) {
    at = word.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}


/**
 * "Công ty cổ phần Hàng không Xylo Việt (Xylo Airways)": a name of one to three words a rule read as a body's, in
 * parentheses after a body's name, is its brand; not a body with its own head ("Cục Thống kê (Bộ Tài chính)" names
 * the body the first belongs to).
 */
function brandOf(body: NameItem, short: NameItem, tokens: readonly Token[], lex: LangLexicon): boolean {
  return body.type === 'organization' && short.type === 'organization' && short.e - short.s <= 3 && !lex.orgHeads.len(tokens, short.s, short.e);
}

/** A unit's number: one to three digits. */
function unitNumber(t: Token): boolean {
  return t.kind === Kind.Number && /^\d{1,3}$/.test(t.text);
}

/** The text of tokens s..e as written (a space between tokens the text did not glue). */
function spanText(tokens: readonly Token[], s: number, e: number): string {
  let out = tokens[s]!.text;
  for (let k = s + 1; k < e; k++) out += (tokens[k]!.glued ? '' : ' ') + tokens[k]!.text;
  return out;
}

/** "Tổ chức Y tế Thế giới (WHO)": the parenthesised acronym names the same thing. */
function markAcronyms(items: Item[], tokens: readonly Token[], lex: LangLexicon): void {
  const marker = (it: Item) => (it.k === 'word' || it.k === 'name') && it.e - it.s === 1 && lex.tickerMarkers.has(tokens[it.s]!.key);
  for (let i = 0; i + 3 < items.length; i++) {
    const name = items[i]!;
    // ("Xylo Inc. (NASDAQ: XYL)": past an abbreviation's period)
    const dot = name.k === 'name' && name.type === 'organization' && isPunct(items[i + 1], '.') && tokens[items[i + 1]!.s]!.glued ? 1 : 0;
    const open = items[i + 1 + dot]!;
    if (name.k !== 'name' || open.k !== 'punct' || open.ch !== '(') continue;
    if (dot) items.splice(i + 1, 1);
    // "Công ty CP Xylo Phát (mã XLP)", "(HoSE: XLP)": a stock ticker after its marker names the company too
    let a = i + 2;
    while (a < items.length && (marker(items[a]!) || (a > i + 2 && items[a]!.k === 'punct' && (items[a] as { ch: string }).ch === ':'))) a++;
    if (a > i + 2 && name.type !== 'organization') continue;
    const acr = items[a];
    let close = items[a + 1];
    // "Ngân hàng TMCP Xylo (Xylobank, mã XLB)": the short name, then the ticker, another name of the company
    // (of a body's: after a person's or a place's name it names nothing)
    let m = a + 3;
    while (m < items.length && marker(items[m]!)) m++;
    const ticker = isPunct(close, ',') && m > a + 2 && items[m]?.k === 'name' && items[m]!.e - items[m]!.s === 1 && isPunct(items[m + 1], ')') ? m : -1;
    if (ticker >= 0) {
      const t = items[ticker] as NameItem;
      if (name.type === 'organization' && isAcronym(tokens[t.s]!.text)) Object.assign(t, { type: 'organization', rule: 'ticker-definition', sameAs: name });
      else items[ticker] = { k: 'word', s: t.s, e: t.e, key: tokens[t.s]!.key, time: false };
      close = items[ticker + 1];
    }
    if (acr?.k !== 'name' || close?.k !== 'punct' || close.ch !== ')') continue;
    // an acronym, or a brand after an organization's full name ("Công ty Cổ phần Sữa Việt Nam (Vinamilk)", "Công ty
    // cổ phần Hàng không Xylo Việt (Xylo Airways)": of more words only one read as a body's, known or by its suffix, after a
    // name with its head: "Công ty Xylo (Xuân Mộc Hòa)" may be where the company is)
    const short = acr.e - acr.s === 1
      ? isAcronym(tokens[acr.s]!.text) || (name.type === 'organization' && (acr.type === null || acr.type === 'organization'))
      : name.rule === 'org-head' && name.e - name.s >= 3 && brandOf(name, acr, tokens, lex);
    // (a one-word name defines no acronym, but a company names its stock ticker so: "Vinamilk (VNM)", "Xylora (XLR)")
    const oneWordTicker = name.e - name.s < 2 && short && tickerAfterOneWord(name, acr, tokens);
    if (!short || (name.e - name.s < 2 && !oneWordTicker)) continue;
    if (oneWordTicker && name.type === null) set(name, 'organization', 'ticker');
    // (a person's name defines its initials only: "Andrés Manuel X Obrador (AMXO)"; in "Ông X (UBND)" it is where X works)
    if (name.type === 'person' && capitalInitials(tokens, name.s, name.e).initials !== tokens[acr.s]!.text.toUpperCase()) continue;
    // a known country or place is not defined in the text: "… Liên quân Hàn Quốc (JCS)" is a body cut short
    if (name.rule === 'gazetteer' && name.type !== 'organization' && (acr as NameItem).ref !== name.ref) continue;
    // nor is a known body by another known body's acronym: "Quỹ Nhi đồng Liên hợp quốc (UNICEF)" cut short
    if (name.ref && acr.ref && acr.ref !== name.ref) continue;
    // nor a known body known by other acronyms, after a word of a longer name in lowercase: "lực lượng gìn giữ hòa bình
    // Liên Hợp Quốc (UNIFIL)" names the force, not the United Nations (the UN, LHQ)
    const prev = tokens[name.s - 1];
    if (!oneWordTicker && name.ref && !acr.ref && prev?.kind === Kind.Word && !prev.cap && !lex.nameRunBreaks.has(prev.key) && knownByOtherAcronyms(name.ref, tokens[acr.s]!.text)) continue;
    name.acronym = spanText(tokens, acr.s, acr.e);
    if (name.type !== null) {
      acr.type = name.type;
      acr.rule = 'acronym-definition';
    }
  }
}

/**
 * "Đảng Quyền lực Quốc dân (PPP)": in parentheses right after an organization's name of two words or more, an
 * acronym the lexicon reads as a common term (purchasing power parity) is the organization's.
 */
function acronymsOfOrganizations(items: Item[], tokens: readonly Token[]): void {
  for (let i = 0; i + 3 < items.length; i++) {
    const name = items[i]!;
    const acr = items[i + 2]!;
    if (name.k !== 'name' || name.type !== 'organization' || name.e - name.s < 2 || !isPunct(items[i + 1], '(') || !isPunct(items[i + 3], ')')) continue;
    if (acr.k === 'word' && acr.e - acr.s === 1 && isAcronym(tokens[acr.s]!.text)) items[i + 2] = { k: 'name', s: acr.s, e: acr.e, type: 'organization', rule: 'acronym', forced: false };
  }
  // "Tổng công ty Xây dựng Xylo 4 (Xylenco 4)": a word and a unit's number in parentheses after a body's name of
  // three words or more is its short name (not the holder of a title before the body)
  for (let i = 0; i + 4 < items.length; i++) {
    const name = items[i]!;
    const short = items[i + 2]!;
    const num = items[i + 3]!;
    if (name.k !== 'name' || name.type !== 'organization' || name.e - name.s < 3 || !isPunct(items[i + 1], '(') || !isPunct(items[i + 4], ')')) continue;
    if (short.k !== 'name' || short.type !== null || short.e - short.s !== 1 || num.k !== 'word' || num.s !== short.e || !unitNumber(tokens[num.s]!)) continue;
    items.splice(i + 2, 2, { k: 'name', s: short.s, e: num.e, type: 'organization', rule: 'short-name', forced: false });
  }
}

const REGION_KINDS = new Set(['region', 'continent', 'sea']);

/** "châu Âu - Đại Tây Dương" (Euro-Atlantic): two regions joined by a dash name one region. Countries stay apart ("Nga - Ukraine"). */
/**
 * "Spotify Chief Executive Daniel Ek", "Xylotek CEO X", "Xylotek's chief financial officer, X": in English an
 * unknown one-word name before a title and its holder is the holder's organization, for titles held in companies and institutions
 * (data/en/org-titles.txt: not "Putin spokesman X"); not a demonym or an adjective ("Xylian President X"), nor a common noun
 * ("Opposition leader X": data/en/generic-affiliations.txt).
 */
function affiliationsBeforeTitles(items: Item[], tokens: readonly Token[], lex: LangLexicon): void {
  for (let i = 0; i + 2 < items.length; i++) {
    const it = items[i]!;
    // (one word, or two or three before a body's title: "Pheu Thai leader X")
    if (it.k !== 'name' || it.type !== null || it.e - it.s > 3) continue;
    // ("Xylotek's chief financial officer, X": with a possessive, lowercase words and a comma between)
    let t = i + 1;
    if (isPossessive(items[t])) {
      t++;
      while (t < i + 5 && isLowerWord(items[t], tokens)) t++;
    }
    let holder = isPunct(items[t + 1], ',') && t > i + 1 ? t + 2 : t + 1;
    if (items[holder]?.k === 'hon') holder++; // ("Xylo Democrat leader Sir X")
    const title = items[t];
    if (title?.k !== 'title' || !isPersonCandidate(items[holder])) continue;
    const word = tokens[it.s]!;
    const held = wordKeys(tokens, title.s, title.e);
    if (it.e - it.s > 1) {
      // (not a demonym no list knows: "North Xylian leader X"; "Pheu Thai" ends like "Thai" and is a party)
      if (t === i + 1 && lex.orgTitles.has(held) && !MULTI_ADJECTIVE_END.test(tokens[it.e - 1]!.key)) set(it, 'organization', 'affiliation-before-title');
      continue;
    }
    if (word.upper || (ADJECTIVE_END.test(word.key) && !lex.companyTitles.has(held)) || lex.genericAffiliations.has(word.key)) continue;
    // "Xylovsk Gov. X", "Bexgrad Mayor X": a title held over a place (not after a possessive: "Xylotek's governor")
    if (t === i + 1 && lex.placeTitles.has(held) && !lex.orgHeads.len(tokens, it.s, it.e) && !lex.orgSuffixes.len(tokens, it.s, it.e)) set(it, 'location', 'place-before-title');
    else if (lex.orgTitles.has(held)) set(it, 'organization', 'affiliation-before-title');
  }
}

/**
 * "the hard-left France Unbowed party", "the Xylia Forward party": in English a country's name, words no list
 * knows right after it and a party's noun ("party", "movement": data/en/org-heads-after.txt) are one party's name.
 */
function countryPartyNames(items: Item[], lex: LangLexicon): void {
  for (let i = 0; i + 2 < items.length; i++) {
    const country = items[i]!;
    const rest = items[i + 1]!;
    const noun = items[i + 2]!;
    if (country.k !== 'name' || country.type !== 'country' || rest.k !== 'name' || rest.s !== country.e || rest.ref) continue;
    if (rest.type !== null && rest.type !== 'person') continue;
    if (noun.k !== 'word' || !lex.orgHeadsAfter.has(noun.key)) continue;
    items.splice(i, 2, { k: 'name', s: country.s, e: rest.e, type: 'organization', rule: 'org-head-after', forced: country.forced });
  }
}

/**
 * "Russia's Deputy U.N. Ambassador X": in English a title's modifier ("Deputy", "Acting") before the affiliation
 * that precedes the title is a word of the title, not a name.
 */
function modifiersBeforeAffiliations(items: Item[], tokens: readonly Token[], lex: LangLexicon): void {
  for (let i = 0; i + 2 < items.length; i++) {
    const it = items[i]!;
    if (it.k !== 'name' || it.type !== null || it.e - it.s !== 1 || lex.titleModifiers.len(tokens, it.s, it.e) !== 1) continue;
    if (items[i + 1]!.k !== 'name' || items[i + 2]!.k !== 'title') continue;
    items[i] = { k: 'word', s: it.s, e: it.e, key: tokens[it.s]!.key, time: false };
  }
}

/** Endings of demonyms and adjectives ("Xylian", "Burmese", "Saudi", "Conservative", "Federal", "Socialist"): not a body's own name. */
const ADJECTIVE_ENDINGS = ['an', 'ese', 'ish', 'ic', 'ive', 'al', 'ary', 'ist'];
const ADJECTIVE_END = new RegExp(`(?:${[...ADJECTIVE_ENDINGS, 'i'].join('|')})$`);
/** The same for the last word of a name of several words, which may end in "-i" ("Pheu Thai"). */
const MULTI_ADJECTIVE_END = new RegExp(`(?:${ADJECTIVE_ENDINGS.join('|')})$`);

/**
 * "Ngoại trưởng Israel Israel Katz", "Foreign Minister Israel Katz": after a title, a country's name of one
 * word right before the holder's one-word name is the holder's given name. Vietnamese then writes the
 * country twice (the affiliation, then the name); English puts no affiliation there.
 */
function countryGivenNames(items: Item[], tokens: readonly Token[], lex: LangLexicon): void {
  for (let i = 1; i + 1 < items.length; i++) {
    const given = items[i]!;
    const last = items[i + 1]!;
    if (given.k !== 'name' || given.type !== 'country' || given.e - given.s !== 1 || last.k !== 'name' || last.s !== given.e || last.e - last.s !== 1) continue;
    if (last.type !== null && last.type !== 'person') continue;
    if (items[i + 2]?.k === 'name' && (items[i + 2] as NameItem).s === last.e) continue;
    const prev = items[i - 1]!;
    const twice = lex.lang === 'vi' && prev.k === 'name' && prev.type === 'country' && tokens[prev.s]!.key === tokens[given.s]!.key && prev.e - prev.s === 1 && items[i - 2]?.k === 'title';
    if (!twice && !(lex.lang === 'en' && prev.k === 'title')) continue;
    items.splice(i, 2, { k: 'name', s: given.s, e: last.e, type: 'person', rule: 'country-given-name', forced: given.forced });
  }
}

/**
 * "ca sĩ Mỹ Tâm", "Mỹ Tâm cho biết", "huyện Nga Sơn": a country's name that is also a Vietnamese word
 * ("Mỹ", "Nga", "Đức") right before one capitalised Vietnamese syllable begins a Vietnamese name (a foreign
 * holder's name after a country is not a Vietnamese syllable: "Tổng thống Mỹ Biden").
 */
function countryWordNames(items: Item[], tokens: readonly Token[]): void {
  for (let i = 0; i + 1 < items.length; i++) {
    const first = items[i]!;
    const next = items[i + 1]!;
    if (first.k !== 'name' || first.type !== 'country' || !first.ambiguous || first.e - first.s !== 1) continue;
    if (next.k !== 'name' || next.s !== first.e || next.e - next.s !== 1 || (next.type !== null && next.type !== 'person') || !isVietnameseSyllable(tokens[next.s]!.text)) continue;
    if (items[i + 2]?.k === 'name' && (items[i + 2] as NameItem).s === next.e) continue;
    const prev = items[i - 1];
    const type = prev?.k === 'title' || prev?.k === 'hon' ? 'person' : next.type;
    items.splice(i, 2, { k: 'name', s: first.s, e: next.e, type, rule: type ? 'country-word-name' : 'capitalised', forced: first.forced });
  }
}

function mergeRegionCompounds(items: Item[]): void {
  for (let i = 0; i + 2 < items.length; i++) {
    const a = items[i]!;
    const dash = items[i + 1]!;
    const b = items[i + 2]!;
    if (a.k !== 'name' || b.k !== 'name' || dash.k !== 'punct' || !(dash.ch === '-' || dash.ch === '–')) continue;
    if (!REGION_KINDS.has(a.kind ?? '') || !REGION_KINDS.has(b.kind ?? '')) continue;
    const merged: NameItem = { k: 'name', s: a.s, e: b.e, type: 'location', rule: 'region-compound', forced: a.forced, kind: 'region' };
    items.splice(i, 3, merged);
  }
}
