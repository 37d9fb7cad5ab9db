// extract stage: PreparedDoc → names (mentions), roles and the item sequence of
// each sentence. A pure function of the document, so it can run in any worker
// and be cached by content hash.
import type { DocExtraction, Item, Mention, NameItem, PreparedDoc, RoleCue, TitleRef } from '../types.js';
import { afterVehicleNoun, classifySentence, companiesBeforeKnownOne, CUA, isPossessive, isPunct, relativeBefore, SHAPE_RULES, type TitleChain } from './classify.js';
import { getLexicon, type GazetteerInfo, type LangLexicon, type Lexicon } from './lexicon.js';
import { foldName, isNameSeparator } from './normalize.js';
import { isVietnameseSyllable } from './orthography.js';
import { isAcronym, scanSentence, wordKeys } from './scan.js';
import { Kind, tokenize, type Token } from './tokenize.js';

/** Bump when extraction output changes: it invalidates cached extractions. */
export const EXTRACTOR_VERSION = '375';

interface SentenceScan {
  tokens: Token[];
  items: Item[];
  chains: TitleChain[];
}

export function extractDocument(doc: PreparedDoc, lexicon: Lexicon = getLexicon()): DocExtraction {
  const lex = lexicon[doc.lang];
  const scans: SentenceScan[] = doc.sentences.map((s) => {
    const tokens = tokenize(doc.text, s.start, s.end, lex.masks);
    return { tokens, items: scanSentence(tokens, lexicon, lex), chains: [] };
  });
  splitAfterTitles(scans, lex);
  statesNotCountries(scans);
  // (English word orders: "the 47th Brigade", "the People's Assembly", "Russia's Defence Ministry")
  if (lex.lang === 'en') {
    numberedUnits(scans, lex);
    collectiveBodies(scans, lex);
    countryBodies(scans, lexicon, doc.text);
  }
  definedAcronyms(scans);
  for (const scan of scans) scan.chains = classifySentence(scan.items, scan.tokens, lex);
  listedCompanies(scans);
  affiliationsNotPersons(scans);
  vehicleNames(scans, lex);
  const aliases = otherNames(scans, lex);
  // A name that is a common word at the start of a sentence ("Anh" = he) counts there
  // only if the document also uses it as that name where capitals are not forced.
  const confirmed = new Set<string>();
  for (const { items } of scans) for (const it of items) if (it.k === 'name' && it.ref && !it.forced) confirmed.add(it.ref);
  // (and so does the dateline: "TBILISI, Georgia (AP) — Georgia's ruling party …")
  if (doc.dateline) for (const ref of datelineRefs(doc.text.slice(doc.dateline.start, doc.dateline.end), lexicon)) confirmed.add(ref);

  const unconfirmed = unconfirmedInHeadline(doc, scans, lex);

  const mentions: Mention[] = [];
  const roles: RoleCue[] = [];
  const titleRefs: TitleRef[] = [];
  scans.forEach(({ tokens, items, chains }, sentence) => {
    const offices: { of: number; holder: NameItem; title: string }[] = [];
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.k !== 'name') continue;
      it.mention = !unconfirmed?.has(it) && keep(it, tokens, confirmed) ? mentions.push(toMention(doc.text, tokens, it, sentence)) - 1 : -1;
      // (a full name's only: the mark tells resolution not to give it a family name used alone)
      if (it.mention >= 0 && it.type === 'person' && it.e - it.s >= 2 && relativeBefore(tokens, it.s, lex)) mentions[it.mention]!.relative = true;
      // ("ông Trump", "bà Kim": the honorific's gender, where it is a pronoun's too, tells people of one family name apart)
      const hon = items[i - 1];
      const gender = it.mention >= 0 && it.rule === 'honorific' && hon?.k === 'hon' ? lex.pronouns.match(tokens, hon.s, hon.e)?.values[0] : undefined;
      if (gender === 'male' || gender === 'female') mentions[it.mention]!.gender = gender;
      // "Văn phòng Thủ tướng Israel Benjamin Netanyahu": the title inside an office's name is its holder's, of the
      // place (a mention of its own, in the office's)
      const office = it.mention >= 0 && it.type === 'organization' ? officeOfHolder(it, items[i + 1], tokens, lex, lexicon) : null;
      if (office) offices.push({ of: mentions.push(toMention(doc.text, tokens, office.place, sentence)) - 1, holder: office.holder, title: doc.text.slice(tokens[office.title[0]]!.start, tokens[office.title[1] - 1]!.end) });
    }
    for (const o of offices) {
      const person = mentionOf(o.holder);
      if (person !== null) roles.push({ person, of: o.of, title: o.title, sentence, item: -1 });
    }
    for (const c of chains) {
      const label = doc.text.slice(tokens[c.labelStart]!.start, tokens[c.labelEnd - 1]!.end);
      const title = c.modifier >= 0 ? `${tokens[c.modifier]!.text.toLowerCase()} ${label}` : label; // "former foreign minister"
      const of = c.of === null ? null : mentionOf(items[c.of]);
      if (c.person !== null) {
        const person = mentionOf(items[c.person]);
        if (person !== null) roles.push({ person, of, title, sentence, item: c.title });
      } else titleRefs.push({ sentence, item: c.title, title, of }); // "Tổng thống Xylia cho biết", "Thủ tướng đề nghị"
    }
  });
  for (const [other, first] of aliases) if (first.mention! >= 0 && other.mention! >= 0) mentions[other.mention!]!.sameAs = first.mention!;
  return { mentions, roles, titleRefs, items: scans.map((s) => s.items) };
}

/** Names listed before a known company are companies (classify.companiesBeforeKnownOne), but for the words of people's names. */
function listedCompanies(scans: SentenceScan[]): void {
  // (the words of people's names, gathered once and only where a list closes on a known company)
  let personWords: Set<string> | null = null;
  const gather = (): ReadonlySet<string> => {
    if (personWords) return personWords;
    personWords = new Set();
    for (const { tokens, items } of scans) for (const it of items) if (it.k === 'name' && it.type === 'person') for (let k = it.s; k < it.e; k++) personWords.add(tokens[k]!.key);
    return personWords;
  };
  for (const { tokens, items } of scans) companiesBeforeKnownOne(items, tokens, gather);
}

/**
 * An office's name made of the head of a body's part, a title and a known place ("Văn phòng Thủ tướng Israel",
 * "Văn phòng Tổng thống Ukraine"; data/vi/org-heads-part.txt), right before a person's name: the title's token
 * range and the place as a name item of its own (its mention is the role's affiliation), or null.
 */
function officeOfHolder(office: NameItem, next: Item | undefined, tokens: readonly Token[], lex: LangLexicon, lexicon: Lexicon): { title: [number, number]; place: NameItem; holder: NameItem } | null {
  if (next?.k !== 'name' || next.type !== 'person') return null;
  const head = lex.orgHeads.len(tokens, office.s, office.e);
  if (!head || !lex.orgPartHeads.has(wordKeys(tokens, office.s, office.s + head))) return null;
  const t = office.s + head;
  const title = lex.titles.len(tokens, t, office.e);
  if (!title) return null;
  const place = lexicon.gazetteer.match(tokens, t + title, office.e, (v, len) => t + title + len === office.e && (v.type === 'country' || v.type === 'location'));
  const entry = place?.values[0];
  if (!entry) return null;
  const item: NameItem = { k: 'name', s: t + title, e: office.e, type: entry.type, rule: 'office-place', forced: false, ref: entry.ref };
  if (entry.iso) item.iso = entry.iso;
  return { title: [t, t + title], place: item, holder: next };
}

/**
 * "Abu Mohammed al-Jolani, tên thật là Ahmed al-Sharaa", "Golani, whose real name is Ahmed al-Sharaa",
 * "Xylo (born Jane Roe)": a name right after an alias marker (data/<lang>/alias-markers.txt) that
 * follows a person's name, after a comma or an opening parenthesis, is another name of that person
 * (and an acronym there another name of the body before it: "Xylo Commercial Bank, known as XCB").
 * Returns each such name with the name it is another of; untyped ones become persons.
 */
function otherNames(scans: SentenceScan[], lex: LangLexicon): Map<NameItem, NameItem> {
  const links = new Map<NameItem, NameItem>();
  for (const { tokens, items } of scans) {
    const nameAt = (s: number) => items.find((it) => it.s === s);
    const personLike = (it: Item | undefined): it is NameItem => it?.k === 'name' && (it.type === 'person' || it.type === null);
    /** The sentence's first person so far. */
    let subject: NameItem | null = null;
    for (let a = 0; a < items.length; a++) {
      const it = items[a]!;
      // "Cardinal X was elected pope, taking the name Y", "X …, lấy tông hiệu Y": a name taken by the sentence's first
      // person, after a comma (data/<lang>/name-taking.txt)
      if (it.k === 'punct' && it.ch === ',' && subject && a + 1 < items.length) {
        const marker = lex.nameTaking.len(tokens, items[a + 1]!.s);
        const other = marker ? nameAt(items[a + 1]!.s + marker) : undefined;
        if (personLike(other)) {
          other.type = 'person';
          links.set(other, subject);
        }
        continue;
      }
      const body = it.k === 'name' && it.type === 'organization';
      if (!personLike(it) && !body) continue;
      if (it.type === 'person') subject ??= it;
      let j = it.e;
      if (tokens[j]?.text === ',' || tokens[j]?.text === '(') j++;
      const marker = lex.aliasMarkers.len(tokens, j);
      const other = marker ? nameAt(j + marker) : undefined;
      // ("Xylo Commercial Bank, known as XCB": a body's other name is its acronym)
      if (body) {
        if (other?.k === 'name' && (other.type === null || other.type === 'organization') && !other.ref && other.e - other.s === 1 && isAcronym(tokens[other.s]!.text)) {
          other.type = 'organization';
          it.acronym ??= tokens[other.s]!.text; // (defined as "(SCB)" would define it: other documents' "SCB" join it)
          links.set(other, it);
        }
        continue;
      }
      if (!personLike(other)) continue;
      it.type = other.type = 'person';
      links.set(other, it);
    }
    // "Ngân hàng X (Xylobank, mã XLB)": a ticker given beside the short name (classify's markAcronyms)
    for (const it of items) if (it.k === 'name' && it.sameAs) links.set(it, it.sameAs);
    // "cổ phiếu XLP của Công ty Xylo Phát": a ticker, "của" and the company, after a cue earlier in the sentence
    // (data/vi/ticker-cues.txt; looked for only where the rest is there)
    for (let a = 0; lex.lang === 'vi' && a + 2 < items.length; a++) {
      const link = items[a + 1]!;
      if (link.k !== 'word' || link.key !== CUA) continue;
      const ticker = items[a]!;
      const body = items[a + 2]!;
      if (ticker.k !== 'name' || ticker.type !== 'organization' || ticker.ref || ticker.e - ticker.s !== 1 || body.k !== 'name' || body.type !== 'organization') continue;
      if (!isAcronym(tokens[ticker.s]!.text) || !items.some((it, k) => k < a && it.k === 'word' && lex.tickerCues.len(tokens, it.s) > 0)) continue;
      links.set(ticker, body);
    }
  }
  return links;
}

/**
 * "Georgia" in a document that names other states ("Pennsylvania", "Arizona"), or right after a town and a
 * comma ("Plains, Georgia"), is the US state, not the country: a name with a state's reading besides its
 * first (NameItem.alt) takes it there.
 */
function statesNotCountries(scans: SentenceScan[]): void {
  let states = false;
  let alts = false;
  for (const { items } of scans) {
    for (const it of items) {
      if (it.k !== 'name') continue;
      if (it.alt !== undefined) alts = true;
      else if (it.kind === 'state') states = true;
    }
  }
  if (!alts) return;
  for (const { items } of scans) {
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.k !== 'name' || it.alt === undefined || it.type !== 'country') continue;
      // (and anywhere after a place no list knows and a comma: "in Plains, Georgia")
      const town = items[i - 2];
      const inState = isPunct(items[i - 1], ',') && town?.k === 'name' && !town.ref && (town.type === null || town.type === 'location');
      if (!states && !inState) continue;
      it.type = 'location';
      it.ref = it.alt;
      it.kind = 'state';
      delete it.iso;
      delete it.ambiguous;
    }
  }
}

/**
 * "đảng Quyền lực Quốc dân (PPP) … quyền lãnh đạo PPP X": an acronym the lexicon reads as a common term
 * (purchasing power parity) that the document defines in parentheses after a name is a name wherever it
 * stands (classifySentence types it an organization).
 */
function definedAcronyms(scans: SentenceScan[]): void {
  const defined = new Set<string>();
  const acronymWord = (it: Item | undefined, tokens: readonly Token[]) => it?.k === 'word' && it.e - it.s === 1 && isAcronym(tokens[it.s]!.text);
  for (const { tokens, items } of scans) {
    for (let i = 1; i + 2 < items.length; i++) {
      if (isPunct(items[i], '(') && items[i - 1]!.k === 'name' && acronymWord(items[i + 1], tokens) && isPunct(items[i + 2], ')')) defined.add(tokens[items[i + 1]!.s]!.text);
    }
  }
  if (!defined.size) return;
  for (const { tokens, items } of scans) {
    items.forEach((it, i) => {
      if (acronymWord(it, tokens) && defined.has(tokens[it.s]!.text)) items[i] = { k: 'name', s: it.s, e: it.e, type: null, rule: 'capitalised', forced: false };
    });
  }
}

/**
 * "tàu sân bay USS Xylo Vell", "tàu BFAR Bexa Marenko", "the frigate Xylo Vell": a name no list knows right after a
 * noun of ships, aircraft or weapons (data/<lang>/vehicle-nouns.txt; after a body's acronym, too) names the thing, not
 * a person or a place. Known names and organizations stay ("tàu Trung Quốc", "máy bay Xylo Airlines").
 */
function vehicleNames(scans: SentenceScan[], lex: LangLexicon): void {
  for (const { tokens, items } of scans) {
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.k !== 'name' || it.ref || it.type === 'organization' || it.type === 'country') continue;
      const prev = items[i - 1];
      // (after a body's acronym or a ship's prefix: "USS")
      const acronym = prev && prev.e === it.s && prev.e - prev.s === 1 && isAcronym(tokens[prev.s]!.text) && (prev.k === 'word' || (prev.k === 'name' && prev.type === 'organization'));
      const at = acronym ? prev.s : it.s;
      // (not a name's last words: "Tư lệnh Lực lượng Tên lửa Lý Ngọc Siêu" names the body's holder)
      if (!acronym && prev?.k === 'name' && prev.e === it.s) continue;
      if (!afterVehicleNoun(tokens, at, lex)) continue;
      it.type = null;
      it.rule = 'vehicle-name';
      delete it.ambiguous;
    }
  }
}

/**
 * "the 47th Mechanized Brigade", "the 155th Brigade": an ordinal before a name ending in an organization's last
 * word is part of the name (without it every "Mechanized Brigade" would be one node).
 */
function numberedUnits(scans: SentenceScan[], lex: LangLexicon): void {
  for (const { tokens, items } of scans) {
    for (let i = 1; i < items.length; i++) {
      const it = items[i]!;
      const ordinal = items[i - 1]!;
      if (it.k !== 'name' || ordinal.k !== 'word' || ordinal.e !== it.s || !/^\d+(?:st|nd|rd|th)$/i.test(tokens[ordinal.s]!.text)) continue;
      if (lex.orgSuffixes.len(tokens, it.e - 1, it.e) !== 1) continue;
      it.s = ordinal.s;
      it.type = 'organization';
      it.rule = 'numbered-unit';
      items.splice(i - 1, 1);
      i--;
    }
  }
}

/**
 * "the People's Consultative Assembly", "the Workers' Party of Korea": a collective noun's possessive
 * (data/en/collective-possessives.txt) right before an organization's name, or before a body's head
 * alone ("People's Committee", "People's Court"), begins that name; so do the words and the place
 * written right before the noun ("the Supreme People's Procuracy", "the Xylo City People's Committee").
 * A head alone after the noun names a body only with words or a place before the noun.
 */
function collectiveBodies(scans: SentenceScan[], lex: LangLexicon): void {
  for (const { tokens, items } of scans) {
    for (let i = 2; i < items.length; i++) {
      const body = items[i]!;
      const mark = items[i - 1]!;
      const noun = items[i - 2]!;
      if (body.k !== 'name' || mark.k !== 'punct' || !/^['’]s?$/.test(mark.ch) || noun.k !== 'name') continue;
      if (body.type !== 'organization' && !(body.type === null && lex.orgSuffixes.len(tokens, body.e - 1, body.e) === 1)) continue;
      const last = noun.e - 1;
      if (!lex.collectivePossessives.has(tokens[last]!.key) || noun.e !== mark.s || mark.e !== body.s || !tokens[last]!.cap) continue;
      if (noun.type !== null && noun.e - noun.s > 1) continue;
      const place = items[i - 3];
      const before = place?.k === 'name' && place.e === noun.s && place.type !== 'person' && place.type !== 'organization' ? place : null;
      // (a head alone after the noun names a body only with its place: "the municipal People's Committee" is every city's)
      if (body.type === null && !before && noun.e - noun.s === 1) continue;
      const from = before ? i - 3 : i - 2;
      body.s = items[from]!.s;
      body.forced = (items[from] as NameItem).forced;
      body.type = 'organization';
      delete body.ref;
      items.splice(from, i - from);
      i = from;
    }
  }
}

/**
 * A headline in title case ("Mr. Xylo's Gamble: Bexland Faces Political Deadlock") tells nothing
 * by its capitals: of its names, those neither the gazetteer knows nor the rest of the document
 * names (alone or in a longer name) are no names. English only (data/en/title-case-minor.txt: the
 * longer words such a headline leaves in lowercase); null when the document opens otherwise.
 */
function unconfirmedInHeadline(doc: PreparedDoc, scans: SentenceScan[], lex: LangLexicon): Set<Item> | null {
  if (lex.lang !== 'en' || scans.length < 2 || !doc.text.slice(doc.sentences[0]!.end, doc.sentences[1]!.start).includes('\n')) return null;
  const { tokens, items } = scans[0]!;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== Kind.Word || !/^\p{L}/u.test(t.text)) continue;
    if (t.cap) caps++;
    else if (t.text.length > 3 && !lex.titleCaseMinor.has(t.key)) return null;
  }
  if (caps < 3) return null;
  const body: string[] = [];
  for (const scan of scans.slice(1)) for (const it of scan.items) if (it.k === 'name') body.push(` ${keyOf(scan.tokens, it.s, it.e)} `);
  const named = (s: number, e: number) => {
    const name = ` ${keyOf(tokens, s, e)} `;
    return body.some((b) => b.includes(name));
  };
  const out = new Set<Item>();
  for (const it of items) {
    if (it.k !== 'name' || it.ref || named(it.s, it.e)) continue;
    // the longest part the body names ("Zorva Kell Warns" → "Zorva Kell"), else nothing
    const part = longestPart(wordStarts(tokens, it.s, it.e), it.e, named);
    if (part) {
      [it.s, it.e] = part;
      // (a type read from the whole run's shape is not the part's: the body's use of it decides)
      if (SHAPE_RULES.has(it.rule)) it.type = null;
    } else out.add(it);
  }
  return out;
}

/** The longest run of whole words (starting at the given tokens, ending at end) that passes the test. */
function longestPart(words: readonly number[], end: number, test: (s: number, e: number) => boolean): [number, number] | null {
  for (let len = words.length - 1; len > 0; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const s = words[i]!;
      const e = i + len < words.length ? words[i + len]! : end;
      if (test(s, e)) return [s, e];
    }
  }
  return null;
}

/**
 * "Russia's Defence Ministry", "the Russian Foreign Ministry": a body every country has one of
 * (data/en/country-bodies.txt) right after a country's name or demonym is that country's: one
 * organization, keyed as Vietnamese names it, body first (by its Vietnamese name where the list
 * gives one) and then the country ("Bộ Quốc phòng Nga"), so that two countries' foreign ministries
 * stay two nodes, the English and Vietnamese names of one are one node, and a bare "the Defence
 * Ministry" later in the document can stand for the one it named (resolve/local).
 * An adjective of nationality right before any other body's name no list knows is part of that
 * name too, keyed the same way: "the Japanese Communist Party", "the American Civil Liberties Union"
 * (without it every country's "Communist Party" is one node).
 */
function countryBodies(scans: SentenceScan[], lexicon: Lexicon, text: string): void {
  const bodies = lexicon.en.countryBodies;
  /** Each listed body the document names with its country: its key's base → the countries' keys. */
  const qualified = new Map<string, Set<string>>();
  /** Makes the body that country's: the gazetteer's if it knows one by these names, else keyed body, then country. */
  const qualify = (body: NameItem, name: string, base: string | undefined, info: GazetteerInfo, names: string[]) => {
    const known = knownBody(lexicon, base === undefined ? names : [...names, `${base} ${info.label}`]);
    if (known) {
      body.ref = known;
      delete body.key;
      return;
    }
    delete body.ref;
    // (keyed by the Vietnamese name where the list gives one: "Russia's Defence Ministry" is "Bộ Quốc phòng Nga")
    body.key = base === undefined ? `${name} ${foldName(info.label)}` : foldName(`${base} ${info.label}`);
    if (base !== undefined) qualified.set(base, (qualified.get(base) ?? new Set()).add(body.key));
  };
  for (const { tokens, items } of scans) {
    lowercaseBodies(items, tokens, bodies);
    for (let i = 1; i < items.length; i++) {
      const body = items[i]!;
      if (body.k !== 'name' || body.type !== 'organization') continue;
      // ("the Czech Defence Ministry" read as one name: the country's name begins it)
      const lead = body.ref || body.key ? null : lexicon.gazetteer.match(tokens, body.s, body.e, (v, len) => v.type === 'country' && len < body.e - body.s);
      const rest = lead ? keyOf(tokens, body.s + lead.len, body.e) : '';
      const leadBase = lead ? bodies.get(rest) : undefined;
      const leadInfo = leadBase === undefined ? undefined : lexicon.entries.get(lead!.values.find((v) => v.type === 'country')!.ref);
      if (leadInfo) {
        qualify(body, rest, leadBase, leadInfo, []);
        continue;
      }
      const c = isPossessive(items[i - 1]) ? i - 2 : i - 1;
      const country = items[c];
      if (country?.k !== 'name' || country.type !== 'country' || !country.ref || items[c + 1]!.s !== country.e) continue;
      const name = keyOf(tokens, body.s, body.e);
      // (a known body is itself, unless every country has one of that name: "Russia's Security Council")
      const base = bodies.get(name);
      const listed = base !== undefined;
      if (body.ref && !listed) continue;
      const info = lexicon.entries.get(country.ref);
      if (!info || !(listed || (country.rule === 'demonym' && c === i - 1))) continue;
      // the gazetteer may know this country's body by name: "Vietnam's Communist Party" is the "Communist Party of Vietnam"
      const span = (it: NameItem) => text.slice(tokens[it.s]!.start, tokens[it.e - 1]!.end);
      qualify(body, name, base, info, [`${span(body)} of ${info.labelEn}`, `${span(country)} ${span(body)}`]);
      body.s = country.s;
      body.forced = country.forced;
      items.splice(c, i - c);
      i = c;
    }
  }
  // a bare "the Defence Ministry" after the document named one country's takes the same base, so that it can
  // stand for that one as a bare "Bộ Quốc phòng" does (resolve/local); not where it named several
  for (const { tokens, items } of scans) {
    for (const it of items) {
      if (it.k !== 'name' || it.type !== 'organization' || it.key !== undefined || it.ref) continue;
      const base = bodies.get(keyOf(tokens, it.s, it.e));
      if (base !== undefined && qualified.get(base)?.size === 1) it.key = foldName(base);
    }
  }
}

/**
 * "Russia's defence ministry", "the Ukrainian parliament": a listed body in lowercase words right after a country's
 * name and its possessive, or its adjective, is an organization's name (then that country's, as capitalised).
 */
function lowercaseBodies(items: Item[], tokens: readonly Token[], bodies: ReadonlyMap<string, string>): void {
  for (let c = 0; c + 1 < items.length; c++) {
    const country = items[c]!;
    if (country.k !== 'name' || country.type !== 'country' || !country.ref) continue;
    const b = isPossessive(items[c + 1]) ? c + 2 : c + 1;
    let key = '';
    let found = 0;
    for (let k = b; k < b + 5 && items[k]?.k === 'word' && !tokens[items[k]!.s]!.cap; k++) {
      key += (key ? ' ' : '') + keyOf(tokens, items[k]!.s, items[k]!.e);
      if (bodies.has(key)) found = k + 1 - b;
    }
    if (!found) continue;
    items.splice(b, found, { k: 'name', s: items[b]!.s, e: items[b + found - 1]!.e, type: 'organization', rule: 'country-body', forced: false });
  }
}

/** The ref of the known organization one of these names is, if any. */
function knownBody(lexicon: Lexicon, names: readonly string[]): string | undefined {
  for (const name of names) {
    const toks = tokenize(name, 0, name.length, lexicon.en.masks);
    const hit = lexicon.gazetteer.match(toks, 0, toks.length);
    const entry = hit?.len === toks.length ? hit.values.find((v) => v.type === 'organization') : undefined;
    if (entry) return entry.ref;
  }
  return undefined;
}

/**
 * "Thủ tướng Xylia" in a headline, "Thủ tướng Xylia Ivo Marenko" in the body: a name the
 * document uses as a title's affiliation (with the holder named) is not a person where a title
 * alone made it one; there the title stands for its holder ("Thủ tướng Xylia cho biết").
 */
function affiliationsNotPersons(scans: SentenceScan[]): void {
  const affiliations = new Set<string>();
  for (const { tokens, items, chains } of scans) {
    for (const c of chains) {
      const of = c.of === null ? null : items[c.of];
      if (c.person !== null && of?.k === 'name' && of.type === null) affiliations.add(keyOf(tokens, of.s, of.e));
    }
  }
  if (affiliations.size === 0) return;
  for (const { tokens, items, chains } of scans) {
    for (const c of chains) {
      const it = c.person === null ? null : items[c.person];
      if (it?.k !== 'name' || it.rule !== 'title' || c.of !== null || !affiliations.has(keyOf(tokens, it.s, it.e))) continue;
      it.type = null;
      it.rule = 'affiliation-elsewhere';
      c.of = c.person;
      c.person = null;
    }
  }
}

/**
 * After a title, a run of capitalised words may hold a body's name and its holder's,
 * which the rest of the document tells apart:
 *   - "Tổng thư ký Viện Xylo Antoine Dubreuil … ông Dubreuil": a foreign name used after
 *     an honorific elsewhere ends the run, and is split off;
 *   - "Tổng thống Xylia Ivan Petrov … đến Xylia": a place or body not in the gazetteer
 *     that the document names on its own begins it, and is split off (in Vietnamese, and
 *     not a family name: "nhà lãnh đạo Kim Jong Un … Kim").
 */
function splitAfterTitles(scans: SentenceScan[], lex: LangLexicon): void {
  // names the document uses bare (not after an honorific or title, which would make them a person's)
  const alone = new Set<string>();
  // foreign names the document uses after an honorific: a person's ("ông Guterres", "bà Park"; not "ông Hòa",
  // whose Vietnamese given name also ends names of places and bodies)
  const honored = new Set<string>();
  for (const { tokens, items } of scans) {
    items.forEach((it, i) => {
      const prev = items[i - 1]?.k;
      if (it.k === 'name' && prev !== 'hon' && prev !== 'title' && it.e - it.s <= 3) alone.add(keyOf(tokens, it.s, it.e));
      if (it.k === 'name' && prev === 'hon' && it.e - it.s <= 3 && !allVietnamese(tokens, it.s, it.e)) honored.add(keyOf(tokens, it.s, it.e));
    });
  }
  for (const { tokens, items } of scans) {
    for (let i = 1; i < items.length; i++) {
      const it = items[i]!;
      if (it.k !== 'name' || items[i - 1]!.k !== 'title' || (it.type !== null && it.rule !== 'org-head')) continue;
      const words = wordStarts(tokens, it.s, it.e); // "Sang-sik" is one word
      if (words.length < 3) continue;
      // "Tổng thư ký Viện Xylo António Guterres … ông Guterres": a body's name, then its holder's
      const tail = personAtEnd(tokens, it, words, honored);
      if (tail !== null) {
        items.splice(i, 1, { ...it, e: tail }, { k: 'name', s: tail, e: it.e, type: null, rule: 'honored-tail', forced: false });
        continue;
      }
      // English writes the place before the title ("Xylian President X"): "leader Kim Jong Un … praised Kim" is one name
      if (it.type !== null || lex.lang !== 'vi') continue;
      for (const cut of [1, 2]) {
        if (words.length - cut < 2 || !alone.has(keyOf(tokens, it.s, words[cut]!))) continue;
        if (lex.surnames.has(tokens[it.s]!.key)) break; // "nhà lãnh đạo Kim Jong Un … Kim": a family name begins a person's name
        if (!tokens[words[cut]!]!.cap) break; // "tiền đạo Lucão do Break … Lucão": a particle goes on a person's name
        const head: NameItem = { ...it, e: words[cut]! };
        const rest: NameItem = { ...it, s: words[cut]!, forced: false };
        items.splice(i, 1, head, rest);
        break;
      }
    }
  }
}

/**
 * Where a person's name known from an honorific elsewhere ends the name item: a
 * tail of two or three words whose first or last word, or the whole, is that name,
 * and which is not all Vietnamese syllables (those are the names of places and
 * bodies too: "Ngân hàng Phú Hòa … ông Hòa"; scan cuts Vietnamese names by their family name).
 */
function personAtEnd(tokens: readonly Token[], it: NameItem, words: readonly number[], honored: ReadonlySet<string>): number | null {
  for (const size of [2, 3]) {
    const cut = words.length - size;
    if (cut < 1) continue;
    // ("President-elect Donald J. Trump … Mr. Trump": a middle initial begins no one's name)
    if (tokens[words[cut]!]!.text.length === 1 && tokens[words[cut]! + 1]?.text === '.') continue;
    const tail = keyOf(tokens, words[cut]!, it.e);
    const first = keyOf(tokens, words[cut]!, words[cut + 1]!);
    const last = keyOf(tokens, words.at(-1)!, it.e);
    if (allVietnamese(tokens, words[cut]!, it.e)) continue;
    if (honored.has(tail) || honored.has(first) || honored.has(last)) return words[cut]!;
  }
  return null;
}

function allVietnamese(tokens: readonly Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (tokens[k]!.kind === Kind.Word && !isVietnameseSyllable(tokens[k]!.text)) return false;
  return true;
}

/** Token indices where the words of [s, e) start; hyphen-glued parts belong to one word. */
function wordStarts(tokens: readonly Token[], s: number, e: number): number[] {
  const out: number[] = [];
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (t.kind !== Kind.Word) continue;
    const prev = tokens[k - 1];
    if (k > s && t.glued && prev?.glued && prev.kind === Kind.Punct) continue;
    out.push(k);
  }
  return out;
}

function textOf(tokens: readonly Token[], s: number, e: number): string {
  return tokens.slice(s, e).map((t) => t.text).join(' ');
}

/**
 * foldName(textOf(tokens, s, e)) from the tokens' keys, without making the text
 * and folding it again: words (no dot inside) and separators only; else the long way.
 */
function keyOf(tokens: readonly Token[], s: number, e: number): string {
  let out = '';
  for (let k = s; k < e; k++) {
    const t = tokens[k]!;
    if (t.kind === Kind.Word && !t.text.includes('.')) out += out ? ` ${t.key}` : t.key;
    else if (t.kind !== Kind.Punct || !isNameSeparator(t.text)) return foldName(textOf(tokens, s, e));
  }
  return out;
}

/** The key of a mention's text: keyOf its tokens where a single space or nothing separates them (then the text adds nothing). */
function mentionKey(text: string, tokens: readonly Token[], s: number, e: number, surface: string): string {
  for (let k = s + 1; k < e; k++) {
    const t = tokens[k]!;
    if (!t.glued && (t.start !== tokens[k - 1]!.end + 1 || text.charCodeAt(t.start - 1) !== 32)) return foldName(surface);
  }
  return keyOf(tokens, s, e);
}

function mentionOf(it: Item | undefined): number | null {
  return it?.k === 'name' && it.mention !== undefined && it.mention >= 0 ? it.mention : null;
}

/** The known names a dateline holds ("TBILISI, Georgia (AP) —" → Tbilisi, Georgia). */
function datelineRefs(dateline: string, lexicon: Lexicon): string[] {
  const tokens = tokenize(dateline);
  const refs: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = tokens[i]!.kind === Kind.Word ? lexicon.gazetteer.match(tokens, i, tokens.length) : null;
    if (hit) refs.push(...hit.values.map((v) => v.ref));
  }
  return refs;
}

function keep(it: NameItem, tokens: readonly Token[], confirmed: ReadonlySet<string>): boolean {
  if (it.weakStart && it.forced && it.ref && !confirmed.has(it.ref)) return false;
  let words = 0;
  let letters = 0;
  for (let k = it.s; k < it.e; k++) {
    const t = tokens[k]!;
    if (t.kind !== Kind.Word) continue;
    words++;
    letters += t.text.length;
  }
  if (words === 0 || (letters < 2 && !it.ref)) return false; // "X", "A" (but a known name: "Ý", Italy)
  if (words === 1 && /^[IVX]+$/.test(tokens[it.s]!.text)) return false; // "II"
  // "Sen. Jane Roe, R-S.C., said", "D-Calif.": a US party and state, not a name
  const first = tokens[it.s]!;
  if (first.text.length === 1 && 'DRI'.includes(first.text) && tokens[it.s + 1]?.text === '-' && tokens[it.s + 1]!.glued && it.e - it.s <= 6) return false;
  return true;
}

function toMention(text: string, tokens: readonly Token[], it: NameItem, sentence: number): Mention {
  const start = tokens[it.s]!.start;
  const end = tokens[it.e - 1]!.end;
  const surface = text.slice(start, end);
  const m: Mention = { start, end, text: surface, type: it.type, sentence, rule: it.rule, key: it.key ?? mentionKey(text, tokens, it.s, it.e, surface) };
  if (it.ref) m.ref = it.ref;
  if (it.iso) m.iso = it.iso;
  if (it.acronym) m.acronym = it.acronym;
  return m;
}
