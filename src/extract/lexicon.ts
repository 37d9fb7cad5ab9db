// Loads the lexicons and gazetteers of data/ into token tries.
//
// Phrase lists (data/<lang>/*.txt) match case-insensitively on folded keys.
// Gazetteer names (countries, places, organizations) also keep their
// capitalisation: a capitalised word of a name only matches a capitalised word
// of the text ("Nga" the country, not "nga"), an acronym only an acronym.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType, Lang } from '../types.js';
import { DATA_DIR } from '../util/paths.js';
import { foldName, foldToken, slug } from './normalize.js';
import { hasVietnameseMarks } from './orthography.js';
import { tokenize, Kind } from './tokenize.js';
import { FirstKeyMasks, PhraseList, RarePhraseList, StartKeys, TokenTrie } from './trie.js';

export type Gender = 'male' | 'female' | 'any';

export interface GazetteerEntry {
  /** Stable id: "country:RU", "location:moscow", "organization:nato". */
  ref: string;
  type: EntityType;
  iso?: string;
  /** Per token of the name: the text's token must be capitalised / all-caps. */
  caps: boolean[];
  upper: boolean[];
  /** A common word or given name too ("Nga", "Đức"): a person after an honorific. */
  ambiguous: boolean;
  /** A common word at the start of a sentence ("Anh" = he): there it needs support from the document. */
  weakStart: boolean;
  /** For places: city, province, region, continent, sea, … (data/locations.json). */
  kind?: string;
}

export interface LangLexicon {
  lang: Lang;
  titles: PhraseList;
  titleModifiers: PhraseList;
  /** Words after a title that qualify it ("đắc cử", "-elect"): part of the title, or skipped between its affiliation and holder. */
  titleSuffixes: PhraseList;
  titleDomains: PhraseList;
  /** Folded title → the head word of the body a title with a portfolio after it leads ("bộ trưởng" → "bộ"). */
  portfolioTitles: Map<string, string>;
  honorifics: PhraseList;
  pronouns: TokenTrie<Gender>;
  orgHeads: PhraseList;
  /** Heads that begin names when capitalised but say nothing of a name after them ("lực lượng Xylia"). */
  orgCuesNot: PhraseList;
  /** Heads that with only a country after them still name an institution ("Chính phủ Nhật Bản"). */
  orgHeadsNational: PhraseList;
  orgHeadsCommon: PhraseList;
  orgHeadsLocal: PhraseList;
  /** Abbreviations that begin a place's name with their dot ("st" of "St. Louis"). */
  nameAbbreviations: Set<string>;
  /** Titles that are also family names ("king", "bishop"). */
  surnameTitles: Set<string>;
  /** Heads written in lowercase before a sentence-case name that starts with an organization word ("đảng Dân chủ"). */
  orgHeadsLowercase: PhraseList;
  /** Heads that say what kind of body follows but are not part of its name ("tờ", "hãng tin"). */
  orgClassifiers: PhraseList;
  /** Folded words that stand before a stock ticker in parentheses ("mã", "HoSE", "NYSE"; data/ticker-markers.txt, both languages). */
  tickerMarkers: Set<string>;
  /** Folded last words of products' names ("pro", "ultra"; data/en/product-suffixes.txt, both languages). */
  productSuffixes: Set<string>;
  /** Folded last words of places' names ("river", "valley"; data/en/location-suffixes.txt, both languages). */
  locationSuffixes: Set<string>;
  /** Folded words that make a cue noun plural ("các tỉnh A, B và C"). */
  pluralMarkers: Set<string>;
  /** Folded generational suffixes that end a person's name ("jr"). */
  nameSuffixes: Set<string>;
  /** Folded words that join two titles of one holder ("kiêm"). */
  titleJoiners: Set<string>;
  /** Titles held in companies and institutions ("chief executive", "analyst"), folded: see classify's affiliationsBeforeTitles. */
  orgTitles: Set<string>;
  /** Of those, titles held in companies only ("ceo", "co-founder"), folded: a word ending like a demonym before them is still the company. */
  companyTitles: Set<string>;
  /** People who work at a body ("analysts", "economist"), folded: "analysts at X" makes an unknown X a body (English). */
  staffNouns: Set<string>;
  /** Titles held over a place ("governor", "mayor"), folded: an unknown one-word name before them is the place (English). */
  placeTitles: Set<string>;
  /** Offices a story names bare for its own country's holders ("thủ tướng"), folded: see relate's homeOffice. */
  homeTitles: Set<string>;
  /** Of those, offices named with the state's own word ("chủ tịch nước"), folded: no dominance test (relate's homeOffice). */
  stateTitles: Set<string>;
  /** Capitalised common nouns before a title that name no body ("Opposition leader X"). */
  genericAffiliations: Set<string>;
  /** Family names that are also common words, read as such only where a capital is not forced ("replaces To Lam"). */
  midSentenceSurnames: Set<string>;
  /** Middle names that only persons' names have ("thị", "văn"): a place's name after a family name and one of them is the given name. */
  middleNames: Set<string>;
  /** Lowercase nouns after a name that make it an organization's ("the Xylo platform"). */
  orgHeadsAfter: Set<string>;
  /** Words before a country's name that make it a language ("tiếng Anh"). */
  languageMarkers: Set<string>;
  /** Titles that name whoever heads a body ("người đứng đầu", "chief"), folded. */
  headTitles: Set<string>;
  /** A relative of a title's holder ("em gái", "sister"): the name after the comma is the relative's. */
  kinship: PhraseList;
  /** Between a person and a post they are given ("làm", "trở thành", "as"): the title is theirs. */
  appointmentLinks: PhraseList;
  /** Folded words that open a sentence speaking for a country ("Phía Trung Quốc, …"; data/vi/side-markers.txt, both languages). */
  sideMarkers: Set<string>;
  /** Before a quoted name of an operation or exercise ("mang tên", "dubbed"): the quoted words are that name. */
  namingWords: PhraseList;
  /** Between two names of one person ("tên thật là", "whose real name is"): the names are one entity in the document. */
  aliasMarkers: PhraseList;
  nameTaking: PhraseList;
  /** Between a place or body noun and a list of its names ("như", "gồm"): the names are of that kind. */
  suchAs: PhraseList;
  /** Heads after which a body's kind in lowercase, then its name, may follow ("tập đoàn công nghệ X"). */
  kindHeads: PhraseList;
  /** Folded copulas ("là", "is"): an appointment link only right after the holder's name. */
  copulas: Set<string>;
  /** Folded English names of bodies every country has ("defence ministry") → the name they are keyed by ("bộ quốc phòng"): after a country's name, that country's (data/en/country-bodies.txt). */
  countryBodies: Map<string, string>;
  /** Folded words of more than three letters a headline in title case may leave in lowercase (data/en/title-case-minor.txt). */
  titleCaseMinor: Set<string>;
  /** Words before a stock ticker in running text ("cổ phiếu": data/vi/ticker-cues.txt; none in English). */
  tickerCues: PhraseList;
  /** Nouns of ships, aircraft and weapons: a name no list knows right after one is the thing's (data/<lang>/vehicle-nouns.txt). */
  vehicleNouns: PhraseList;
  /** People ranked by a number ("hạt giống", "tay vợt": data/vi/ranked-nouns.txt): "hạt giống số 3 X" is no house number. */
  rankedNouns: PhraseList;
  /** The last words of vehicleNouns (a cheap test before looking back for one). */
  vehicleNounEnds: Set<string>;
  /** Words before a title left out of a role's label ("now", "new", "hiện là": data/{en,vi}/title-label-skips.txt). */
  titleLabelSkips: Set<string>;
  /** Lowercase words between the capitalised words of a long form its acronym spells (data/en/acronym-connectors.txt). */
  acronymConnectors: Set<string>;
  /** Place nouns of regions ("miền", "vùng"): after one, a direction before a known name qualifies it (data/vi/region-cues.txt). */
  regionCues: PhraseList;
  regionCenters: PhraseList;
  /** Heads that name a body by a number after them ("Lữ đoàn 155": data/vi/numbered-heads.txt). */
  numberedHeads: PhraseList;
  /** Nouns whose possessive begins a body's name ("People's Consultative Assembly": data/en/collective-possessives.txt). */
  collectivePossessives: Set<string>;
  /** Political leanings ("far-right", "ruling"): after "the" and one, a name is a party's (data/en/political-leanings.txt). */
  politicalLeanings: PhraseList;
  /** Folded prepositions of place only ("tại"): a foreign name of several words after them is a place. */
  locativePrepositions: Set<string>;
  /** Folded heads that, before a known organization's name, name another body ("văn phòng"; for resolve/, not scanning). */
  orgPartHeads: Set<string>;
  /** Legal forms after a company's name ("Inc", "Ltd"): the name without one is the same company's. */
  legalForms: Set<string>;
  /** Words of a company's trade after its short name ("Motor"): "Xylo Motor" is "Xylo" when one company fits. */
  tradeWords: Set<string>;
  /** Words after a place in a club's name that stand alone for it ("City" for "Manchester City"). */
  clubWords: Set<string>;
  /** Heads of bodies named after a topic with "on" ("Commission on Human Rights"). */
  topicHeads: Set<string>;
  /** English compass words that begin a place's name ("North Xylia", "Western Bexland"; data/en/compass-words.txt). */
  compassWords: Set<string>;
  /** English weekdays: a run that ends in one names a day, or the weekday is no part of the name (data/en/weekdays.txt). */
  weekdays: Set<string>;
  /** English nouns that begin a place's name with "of" ("Basilica of X"; data/en/place-heads-of.txt). */
  placeHeadsOf: Set<string>;
  /** English last words of places' names that are family names too, read after a preposition of place (data/en/location-suffixes-family.txt). */
  familyPlaceSuffixes: Set<string>;
  /** Nouns of roads and lines named by their two ends ("cao tốc A - B"; data/vi/route-heads.txt). */
  routeHeads: PhraseList;
  /** English place nouns and "of" after ", the" that make the name before them a place (data/en/place-appositions.txt). */
  placeAppositions: PhraseList;
  /** Function words that end a body's name in sentence case ("của", "và", "đã"). */
  nameRunBreaks: Set<string>;
  /** Folded heads that name the same body as a shorter one before the same name: "trường đại học" → "đại học". */
  orgHeadVariants: Map<string, string>;
  /** Folded legal-form heads that may wrap a whole body's name ("công ty cp"). */
  orgWrappingHeads: Set<string>;
  /** Heads and last words of event names ("bão Yagi", "Xylo Cup"): events are not entities. */
  eventHeads: PhraseList;
  eventSuffixes: PhraseList;
  /** Compounds read as plain words though a cue word ends them ("trụ sở"). */
  plainCompounds: PhraseList;
  /** Words after a hyphen that turn a name into an adjective ("California-based"). */
  hyphenSuffixes: PhraseList;
  /** Adjectives of nationality → country gazetteer entry ("Russian" → country:RU); English only. */
  demonyms: TokenTrie<GazetteerEntry>;
  /** Sets Token.mask for this language's lists and the gazetteer (extract fills it once per token). */
  masks: FirstKeyMasks;
  /** Keys that begin a cue word of some kind: any other lowercase word is just a word. */
  cueStarts: StartKeys;
  /** Keys that begin a title, a title modifier or a non-entity phrase. */
  phraseStarts: StartKeys;
  orgWords: PhraseList;
  /** Lowercase words that continue an organization's name ("Cơ quan Hợp tác quốc tế Nhật Bản"). */
  orgLowerParts: PhraseList;
  orgSuffixes: PhraseList;
  locationHeads: PhraseList;
  /** Words of Vietnamese administrative units ("tỉnh", "thành phố"; data/vi/admin-units.txt, for both languages). */
  adminUnits: PhraseList;
  locationHeadsInName: PhraseList;
  reportingVerbs: PhraseList;
  reportingNot: PhraseList;
  nominalMarkers: PhraseList;
  commonWords: PhraseList;
  surnames: Set<string>;
  /** "mỹ phẩm", "ý kiến": a country's name followed by these is a common word. */
  ambiguousCompounds: PhraseList;
  nonEntities: PhraseList;
  timeWords: PhraseList;
  placePrepositions: PhraseList;
}

export interface GazetteerInfo {
  type: EntityType;
  label: string;
  labelEn: string;
  iso?: string;
  names: string[];
}

/** The word lists of data/<lang>/statement-words.json (see there). */
export const STATEMENT_WORD_LISTS = ['coordinators', 'that', 'contentThat', 'listenerLinks', 'according', 'adverbs', 'prepositions', 'relativeOpeners', 'possessives', 'venue', 'sourceNouns', 'clauseBreaks', 'quoting', 'inverting', 'settings', 'negations', 'speaking', 'telling', 'listOpeners', 'bodyNouns', 'modals', 'bodyParticiples'] as const;
/** The statement word lists whose entries may have several words ("ước tính", "trong khi", "dẫn lời"). */
export const STATEMENT_PHRASE_LISTS = new Set<string>(['sourceNouns', 'clauseBreaks', 'quoting', 'settings', 'negations', 'speaking']);
export type StatementWords = Record<(typeof STATEMENT_WORD_LISTS)[number], Set<string>>;

export interface Lexicon {
  vi: LangLexicon;
  en: LangLexicon;
  /** Folded keys of the statement rules' function words, both languages together. */
  statementWords: StatementWords;
  gazetteer: TokenTrie<GazetteerEntry>;
  /** ref → display data of gazetteer entities (labelEn: the English name, for English corpora). */
  entries: Map<string, GazetteerInfo>;
}

let cached: Lexicon | null = null;

/** The lexicon of data/, loaded once per process (each worker thread loads its own). */
export function getLexicon(): Lexicon {
  cached ??= loadLexicon(DATA_DIR);
  return cached;
}

/** The gazetteer's entry `ref` has `name` among its names. */
export function knownBy(ref: string, name: string): boolean {
  const folded = foldName(name);
  return (getLexicon().entries.get(ref)?.names ?? []).some((n) => foldName(n.normalize('NFC')) === folded);
}

export function loadLexicon(dataDir: string): Lexicon {
  const entries = new Map<string, GazetteerInfo>();
  const gazetteer = new TokenTrie<GazetteerEntry>();
  const countries = readJson(join(dataDir, '_countries.json')) as {
    ambiguous: string[];
    supportAtSentenceStart: string[];
    countries: { iso: string; label: string; en: string; names: string[] }[];
  };
  const ambiguous = new Set(countries.ambiguous.map((n) => n.normalize('NFC')));
  const weakStart = new Set(countries.supportAtSentenceStart.map((n) => n.normalize('NFC')));
  const addAll = (ref: string, type: EntityType, names: string[], extra: { iso?: string; kind?: string } = {}, labelEn?: string) => {
    if (entries.has(ref)) throw new Error(`extract/lexicon: duplicate gazetteer id ${ref}`);
    const english = labelEn ?? names.find((n) => !hasVietnameseMarks(n) && n !== n.toUpperCase()) ?? names[0]!;
    entries.set(ref, { type, label: names[0]!, labelEn: english, names, ...(extra.iso ? { iso: extra.iso } : {}) });
    for (const name of names) {
      const n = name.normalize('NFC');
      addName(gazetteer, n, { ref, type, ...extra, ambiguous: ambiguous.has(n), weakStart: weakStart.has(n) });
    }
  };
  for (const c of countries.countries) addAll(`country:${c.iso}`, 'country', c.names, { iso: c.iso }, c.en);
  const places = readJson(join(dataDir, 'locations.json')) as { ambiguous: string[]; places: { kind: string; names: string[] }[] };
  for (const n of places.ambiguous) ambiguous.add(n.normalize('NFC'));
  for (const p of places.places) addAll(`location:${slug(p.names[0]!)}`, 'location', p.names, { kind: p.kind });
  const orgs = readJson(join(dataDir, 'organizations.json')) as { supportAtSentenceStart: string[]; organizations: { names: string[] }[] };
  for (const n of orgs.supportAtSentenceStart) weakStart.add(n.normalize('NFC'));
  for (const o of orgs.organizations) addAll(`organization:${slug(o.names[0]!)}`, 'organization', o.names);
  return { vi: loadLang(dataDir, 'vi', gazetteer), en: loadLang(dataDir, 'en', gazetteer), statementWords: loadStatementWords(dataDir), gazetteer, entries };
}

/** data/en/country-bodies.txt: folded English name → the name it is keyed by (the Vietnamese one after a tab, else itself). */
function countryBodyKeys(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [en, vi] of tabPairs(path, 'english name[<TAB>vietnamese name]', false)) out.set(foldName(en), (vi ?? en).normalize('NFC'));
  return out;
}

/** Lines of a list of one or two columns split by a tab ("first[<TAB>second]"); the second required when `both`. */
function tabPairs(path: string, shape: string, both: boolean): [string, string | undefined][] {
  return readList(path).map((line) => {
    const cols = line.split('\t');
    if (!cols[0] || cols.length > 2 || (both && !cols[1])) throw new Error(`extract/lexicon: ${path}: expected "${shape}", got "${line}"`);
    return [cols[0], cols[1]];
  });
}

/** data/vi/org-head-variants.txt: a longer head's folded words → the shorter head's. */
function headVariants(path: string): Map<string, string> {
  return new Map(tabPairs(path, 'longer head<TAB>shorter head', true).map(([long, short]) => [phraseKeys(long).join(' '), phraseKeys(short!).join(' ')]));
}

function loadStatementWords(dataDir: string): StatementWords {
  const out = Object.fromEntries(STATEMENT_WORD_LISTS.map((k) => [k, new Set<string>()])) as StatementWords;
  for (const lang of ['vi', 'en'] as const) {
    const path = join(dataDir, lang, 'statement-words.json');
    const lists = readJson(path) as Record<string, unknown>;
    for (const k of STATEMENT_WORD_LISTS) {
      const list = lists[k];
      if (!Array.isArray(list)) throw new Error(`extract/lexicon: ${path}: no "${k}" list`);
      for (const w of list) {
        const words = typeof w === 'string' ? w.normalize('NFC').split(' ') : [];
        if (words.length === 0 || words.some((x) => !/^\S+$/.test(x)) || (words.length > 1 && !STATEMENT_PHRASE_LISTS.has(k))) throw new Error(`extract/lexicon: ${path}: "${k}" holds ${JSON.stringify(w)}, not one word`);
        out[k].add(words.map(foldToken).join(' '));
      }
    }
  }
  return out;
}

function addName(trie: TokenTrie<GazetteerEntry>, name: string, base: Omit<GazetteerEntry, 'caps' | 'upper'>): void {
  const toks = tokenize(name);
  const caps = toks.map((t) => t.kind === Kind.Word && t.cap);
  const upper = toks.map((t) => t.kind === Kind.Word && t.upper && t.text.length <= 5);
  trie.add(toks.map((t) => t.key), { ...base, caps, upper });
}

function loadLang(dataDir: string, lang: Lang, gazetteer: TokenTrie<GazetteerEntry>): LangLexicon {
  const dir = join(dataDir, lang);
  const phrases = (file: string, List: typeof PhraseList = PhraseList): PhraseList => phraseList(join(dir, file), List);
  const pronouns = new TokenTrie<Gender>();
  for (const line of readList(join(dir, 'pronouns.txt'))) {
    const [phrase, gender] = line.split('\t');
    if (!phrase || (gender !== 'male' && gender !== 'female' && gender !== 'any')) {
      throw new Error(`extract/lexicon: ${lang}/pronouns.txt: expected "pronoun<TAB>male|female|any", got "${line}"`);
    }
    pronouns.add(phraseKeys(phrase), gender);
  }
  const portfolioTitles = new Map<string, string>();
  for (const line of readList(join(dir, 'portfolio-titles.txt'))) {
    const [title, head] = line.split('\t');
    if (!title || !head) throw new Error(`extract/lexicon: ${lang}/portfolio-titles.txt: expected "title<TAB>head", got "${line}"`);
    portfolioTitles.set(phraseKeys(title).join(' '), head);
  }
  const lists = {
    titles: phrases('titles.txt'),
    portfolioTitles,
    titleModifiers: phrases('title-modifiers.txt'),
    titleSuffixes: phrases('title-suffixes.txt'),
    titleDomains: phrases('title-domains.txt'),
    honorifics: phrases('honorifics.txt'),
    pronouns,
    orgHeads: phrases('org-heads.txt'),
    orgCuesNot: phrases('org-cues-not.txt'),
    orgHeadsNational: phrases('org-heads-national.txt'),
    orgHeadsCommon: phrases('org-heads-common.txt', RarePhraseList),
    orgHeadsLocal: phrases('org-heads-local.txt', RarePhraseList),
    nameAbbreviations: wordSet(join(dataDir, 'en', 'name-abbreviations.txt')),
    surnameTitles: wordSet(join(dataDir, 'en', 'surname-titles.txt')),
    orgHeadsLowercase: phrases('org-heads-lowercase.txt'),
    orgClassifiers: phrases('org-classifiers.txt'),
    tickerMarkers: wordSet(join(dataDir, 'ticker-markers.txt')),
    nameSuffixes: wordSet(join(dir, 'name-suffixes.txt')),
    pluralMarkers: wordSet(join(dir, 'plural-markers.txt')),
    locationSuffixes: wordSet(join(dataDir, 'en', 'location-suffixes.txt')),
    productSuffixes: wordSet(join(dataDir, 'en', 'product-suffixes.txt')),
    titleJoiners: wordSet(join(dir, 'title-joiners.txt')),
    orgTitles: new Set(readList(join(dir, 'org-titles.txt')).map(foldName)),
    companyTitles: new Set(readList(join(dir, 'company-titles.txt')).map(foldName)),
    placeTitles: new Set(readList(join(dataDir, 'en', 'place-titles.txt')).map(foldName)),
    homeTitles: new Set(readList(join(dir, 'home-titles.txt')).map(foldName)),
    stateTitles: new Set(readList(join(dir, 'state-titles.txt')).map(foldName)),
    staffNouns: wordSet(join(dataDir, 'en', 'staff-nouns.txt')),
    genericAffiliations: wordSet(join(dir, 'generic-affiliations.txt')),
    midSentenceSurnames: wordSet(join(dir, 'surnames-mid-sentence.txt')),
    middleNames: wordSet(join(dir, 'middle-names.txt')),
    orgHeadsAfter: wordSet(join(dir, 'org-heads-after.txt')),
    languageMarkers: wordSet(join(dir, 'language-markers.txt')),
    headTitles: new Set(readList(join(dir, 'head-titles.txt')).map(foldName)),
    kinship: phrases('kinship-words.txt', RarePhraseList),
    appointmentLinks: phrases('appointment-links.txt', RarePhraseList),
    copulas: wordSet(join(dir, 'copulas.txt')),
    countryBodies: countryBodyKeys(join(dataDir, 'en', 'country-bodies.txt')),
    titleCaseMinor: wordSet(join(dataDir, 'en', 'title-case-minor.txt')),
    tickerCues: phrases('ticker-cues.txt'),
    vehicleNouns: phrases('vehicle-nouns.txt', RarePhraseList),
    rankedNouns: phrases('ranked-nouns.txt', RarePhraseList),
    vehicleNounEnds: new Set(readList(join(dir, 'vehicle-nouns.txt')).map((line) => phraseKeys(line).at(-1)!)),
    titleLabelSkips: wordSet(join(dir, 'title-label-skips.txt')),
    acronymConnectors: wordSet(join(dataDir, 'en', 'acronym-connectors.txt')),
    numberedHeads: phraseList(join(dataDir, 'vi', 'numbered-heads.txt'), RarePhraseList),
    regionCues: phraseList(join(dataDir, 'vi', 'region-cues.txt'), RarePhraseList),
    regionCenters: phraseList(join(dataDir, 'vi', 'region-centers.txt'), RarePhraseList),
    collectivePossessives: wordSet(join(dataDir, 'en', 'collective-possessives.txt')),
    politicalLeanings: phraseList(join(dataDir, 'en', 'political-leanings.txt'), RarePhraseList),
    kindHeads: phrases('kind-heads.txt', RarePhraseList),
    suchAs: phrases('such-as.txt', RarePhraseList),
    namingWords: phrases('naming-words.txt', RarePhraseList),
    aliasMarkers: phrases('alias-markers.txt', RarePhraseList),
    nameTaking: phrases('name-taking.txt', RarePhraseList),
    sideMarkers: wordSet(join(dataDir, 'vi', 'side-markers.txt')),
    locativePrepositions: wordSet(join(dir, 'locative-prepositions.txt')),
    orgPartHeads: new Set(readList(join(dir, 'org-heads-part.txt')).map((p) => phraseKeys(p).join(' '))),
    legalForms: new Set(readList(join(dir, 'legal-forms.txt')).map((p) => phraseKeys(p).join(' '))),
    tradeWords: wordSet(join(dir, 'trade-words.txt')),
    nameRunBreaks: wordSet(join(dir, 'name-run-breaks.txt')),
    clubWords: wordSet(join(dir, 'club-words.txt')),
    topicHeads: wordSet(join(dir, 'topic-heads.txt')),
    compassWords: wordSet(join(dataDir, 'en', 'compass-words.txt')),
    weekdays: wordSet(join(dataDir, 'en', 'weekdays.txt')),
    placeHeadsOf: wordSet(join(dataDir, 'en', 'place-heads-of.txt')),
    familyPlaceSuffixes: wordSet(join(dataDir, 'en', 'location-suffixes-family.txt')),
    routeHeads: phraseList(join(dataDir, 'vi', 'route-heads.txt'), RarePhraseList),
    placeAppositions: phraseList(join(dataDir, 'en', 'place-appositions.txt'), RarePhraseList),
    orgHeadVariants: headVariants(join(dataDir, 'vi', 'org-head-variants.txt')),
    orgWrappingHeads: new Set(readList(join(dataDir, 'vi', 'org-heads-wrapping.txt')).map((p) => phraseKeys(p).join(' '))),
    eventHeads: phrases('event-heads.txt'),
    eventSuffixes: phrases('event-suffixes.txt'),
    plainCompounds: phrases('plain-compounds.txt'),
    hyphenSuffixes: phrases('hyphen-suffixes.txt'),
    demonyms: loadDemonyms(join(dir, 'demonyms.json')),
    orgWords: phrases('org-words.txt'),
    orgLowerParts: phrases('org-lower-parts.txt'),
    // Organization suffixes are mostly English words ("Getty Images", "Hà Nội TV") in either language.
    orgSuffixes: phraseList(join(dataDir, 'en', 'org-suffixes.txt')),
    locationHeads: phrases('location-heads.txt'),
    adminUnits: phraseList(join(dataDir, 'vi', 'admin-units.txt'), RarePhraseList),
    locationHeadsInName: phrases('location-heads-in-name.txt'),
    reportingVerbs: phrases('reporting-verbs.txt'),
    reportingNot: phrases('reporting-verbs-not.txt'),
    nominalMarkers: phrases('nominal-markers.txt'),
    commonWords: phrases('common-words.txt'),
    surnames: new Set(readList(join(dir, 'surnames.txt')).map((s) => foldToken(s))),
    ambiguousCompounds: phrases('ambiguous-compounds.txt'),
    nonEntities: phrases('non-entities.txt'),
    timeWords: phrases('time-words.txt'),
    placePrepositions: phrases('place-prepositions.txt'),
  };
  // the gazetteer, shared by both languages, registers first in each: it has bit 1 in both
  const masks = new FirstKeyMasks();
  masks.register(gazetteer);
  for (const list of Object.values(lists)) if (list instanceof TokenTrie && !(list instanceof RarePhraseList)) masks.register(list);
  const cueStarts = new StartKeys([lists.honorifics, lists.pronouns, lists.reportingVerbs, lists.reportingNot, lists.orgHeads, lists.orgClassifiers, lists.locationHeads, lists.placePrepositions, lists.timeWords, lists.plainCompounds]);
  const phraseStarts = new StartKeys([lists.titles, lists.titleModifiers, lists.nonEntities]);
  return { lang, ...lists, masks, cueStarts, phraseStarts };
}

function loadDemonyms(path: string): TokenTrie<GazetteerEntry> {
  const trie = new TokenTrie<GazetteerEntry>();
  if (!existsSync(path)) return trie;
  const data = readJson(path) as { demonyms: Record<string, string> };
  for (const [word, iso] of Object.entries(data.demonyms)) {
    const entry: Omit<GazetteerEntry, 'caps' | 'upper'> = { ref: `country:${iso}`, type: 'country', iso, ambiguous: false, weakStart: false };
    addName(trie, word.normalize('NFC'), entry);
    // the people of the country: "Georgians", "North Koreans" (not after "-ese", "-sh", "-ch": "Chinese", "British", "French")
    if (!/(?:s|ese|sh|ch)$/.test(word)) addName(trie, `${word}s`.normalize('NFC'), entry);
  }
  return trie;
}

/** A list file's phrases (one a line) in a trie. */
function phraseList(path: string, List: typeof PhraseList = PhraseList): PhraseList {
  const trie = new List();
  for (const line of readList(path)) trie.add(phraseKeys(line), true);
  return trie;
}

/** The folded words of a list file, one word a line. */
function wordSet(path: string): Set<string> {
  return new Set(readList(path).map((w) => foldToken(w.normalize('NFC'))));
}

/** Folded token keys of a lexicon phrase (tokenized like text, so "pgs.ts" → pgs . ts). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase.normalize('NFC')).map((t) => t.key);
}

/** Lines of a list file: trimmed, without blank lines and # comments. */
export function readList(path: string): string[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`extract/lexicon: cannot read ${path}: ${(err as Error).message}`);
  }
  return raw
    .split('\n')
    .map((l) => l.replace(/\r$/, '').trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`extract/lexicon: cannot read ${path}: ${(err as Error).message}`);
  }
}

