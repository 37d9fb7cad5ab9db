// Who said what about whom, from the item sequence of each sentence.
//
//   X <verb> (rằng) …            "Ivan Petrov cho biết Xylia …"           → Petrov → Xylia
//   “…” - X <verb>               "“… Xylia …” - người phát ngôn Petrov nói" → Petrov → Xylia
//   … - X <verb>                 "… Xylia … - Tổng thống Petrov nói"      → same, without quotes
//   X: “…” / X: …                "Xylia: Bexland đã …" (headline)         → Xylia → Bexland
//   X <verb>. “…”                the quote in the next sentence is what X said
//   “…,” <verb> X / …, <verb> X  "“… Poland …,” said Ivo Marenko" (English)  → Marenko → Poland
//   …, X <verb> <where/how>      "…, Ivo Marenko said in a statement on Monday." → what is before the comma
//   Theo X, … / …, theo X        "Theo Bộ Ngoại giao Xylia, …", "…, according to Ivo Marenko."
//   follow-ups                   "ông nói", "Tổng thống Xylia cho biết" → the person meant, when unambiguous
// A reporting word used as a noun ("đưa ra tuyên bố", "bản tuyên bố") is not a statement.
import type { EntityType, Item, Lang, NameItem } from '../types.js';
import { CLOSE_QUOTES, EN_ARTICLES, isAndWord, isPossessive, isPunct, joinsList, OPEN_QUOTES, relativeClauseStart, sideOpening, VE } from '../extract/classify.js';
import { getLexicon, type StatementWords } from '../extract/lexicon.js';
import { foldName, foldToken } from '../extract/normalize.js';
import { keyTokens } from '../extract/trie.js';
import { isVietnameseWord } from '../resolve/names.js';

export interface SentenceView {
  items: Item[];
  /** Entity index of each name item's mention (-1 when dropped). */
  entityOf: (it: NameItem) => number;
}

export interface DocView {
  lang: Lang;
  sentences: SentenceView[];
  entityType: (e: number) => EntityType | null;
  /** Title used for a name in sentence s at item i → the person entity it means, if the document makes it clear. */
  titleRefPerson: (sentence: number, item: number) => number | null;
}

export interface StatementHit {
  speaker: number;
  target: number;
  verb: string;
  /** The speaker's sentence, and the last sentence of what was said (the next one holds the quote in "X cho biết. “…”"). */
  sentence: number;
  through: number;
}

const MAX_GAP = 8; // words allowed between a speaker and its verb ("hôm 24/10 đã không")
const OPENING_MAX = 5; // words of an opening phrase before a bare title that speaks ("Tại phiên họp, Thủ tướng …")
// function words, from data/<lang>/statement-words.json: "và"/"and" before a second verb, "rằng"/"that", "với"/"to" before a
// listener, "theo"/"according", words between a subject and its verb, prepositions, words opening a relative clause,
// possessives before a title ("his spokesman X")
// (read when first needed: importing this module reads no data)
let words: StatementWords | null = null;
const W = (): StatementWords => (words ??= getLexicon().statementWords);
const THEO = foldToken('theo');
const DASHES = new Set(['-', '–', '—']);
const OF = foldToken('của');

type Speaker = { entities: number[]; start: number } | null;

/** A pronoun ("ông nói") takes up the person who last spoke, within this many sentences. */
const PRONOUN_REACH = 3;

export function findStatements(doc: DocView): StatementHit[] {
  const hits: StatementHit[] = [];
  let last: { person: number; sentence: number } | null = null;
  doc.sentences.forEach((sv, s) => {
    const { items } = sv;
    const lastSpeaker = last && s - last.sentence <= PRONOUN_REACH ? last.person : null;
    const speakers: { verb: number; speaker: Speaker }[] = [];
    for (let v = 0; v < items.length; v++) {
      const it = items[v]!;
      if (it.k !== 'verb') continue;
      // "được … dẫn lời nói": "lời nói" looks like the noun (speech), but here it is the verb
      const quoted = passiveQuoted(doc, sv, v);
      if (it.nominal && !quoted) continue;
      // "X congratulated Y, saying …": a participle after a comma has the sentence's subject, not the nearest name
      const participle = /ing$/.test(it.text) && items[v - 1]?.k === 'punct' && (items[v - 1] as { ch: string }).ch === ',';
      // "Ông X tiếp Y tại Z, cam kết …": Vietnamese says so with the verb right after the comma
      const subjectless = doc.lang === 'vi' && afterComma(items, v);
      const speaker =
        quoted ??
        (participle
          ? openingSubject(doc, sv, v - 1)
          : (invertedSpeaker(doc, sv, v) ??
            coordinated(items, v, speakers) ??
            // "Ông X chúc mừng Y và cho biết …", "X congratulated Y and said …": the sentence's subject, not its object
            (subjectless || coordinatorBefore(items, v) === 'and' ? openingSubject(doc, sv, v - 1) : null) ??
            findSpeaker(doc, sv, s, v, lastSpeaker) ??
            sharedSubject(doc, sv, v)));
      speakers.push({ verb: v, speaker });
    }
    const contentStop = speakers.some((sp) => sp.speaker) ? contentEnd(sv) : items.length;
    speakers.forEach(({ verb, speaker }, idx) => {
      if (!speaker || negated(items, verb)) return;
      // "“…,” said X": what was said is before the verb
      const content = speaker.start > verb ? { targets: invertedContent(sv, verb, speaker.start) } : contentOf(doc, s, verb, speaker, speakers.slice(idx + 1), contentStop);
      const label = (items[verb] as { text: string }).text;
      const through = content.fromNext ? s + 1 : s;
      for (const sp of speaker.entities) for (const t of content.targets) if (t !== sp) hits.push({ speaker: sp, target: t, verb: label, sentence: s, through });
      const person = speaker.entities.find((e) => doc.entityType(e) === 'person');
      if (person !== undefined) last = { person, sentence: s };
    });
    // "X: …", "Theo X, …" and "…, according to X." need no verb
    const lead = speakers.some((sp) => sp.speaker) ? null : (leadingSpeaker(doc, sv) ?? trailingSpeaker(sv));
    if (lead) {
      const targets = namesIn(sv, lead.from, lead.to);
      for (const sp of lead.entities) for (const t of targets) if (!lead.entities.includes(t)) hits.push({ speaker: sp, target: t, verb: lead.label, sentence: s, through: s });
      // ("Theo ông X, … Người này cho biết …": a person who speaks so is taken up by a pronoun too)
      if (lead.entities.length === 1 && doc.entityType(lead.entities[0]!) === 'person') last = { person: lead.entities[0]!, sentence: s };
    } else if (!speakers.some((sp) => sp.speaker)) {
      // ("Đại sứ X cảm ơn … Ông cho biết …": so is a person who opens a sentence without speaking)
      const subject = openingSubject(doc, sv, items.length);
      if (subject) last = { person: subject.entities[0]!, sentence: s };
    }
  });
  return hits;
}

/**
 * "“Xylia will respond,” said Ivo Marenko", "…, said the Xylian Foreign Ministry",
 * "…, said Poland's Foreign Minister X": after a comma (and a closing quote) the
 * verb comes before its speaker. Null if not this order.
 */
function invertedSpeaker(doc: DocView, sv: SentenceView, v: number): Speaker {
  if (doc.lang !== 'en') return null; // Vietnamese keeps the speaker first ("…, ông X nói")
  const { items } = sv;
  // ("…, said X", "…, told X": not "…, criticized X", whose X is the object)
  if (!W().inverting.has((items[v] as { text: string }).text)) return null;
  let p = v - 1;
  if (isQuoteEnd(items[p])) p--;
  if (items[p]?.k !== 'punct' || (items[p] as { ch: string }).ch !== ',') return null;
  let k = v + 1;
  for (;;) {
    const it = items[k];
    const next = items[k + 1];
    if ((it?.k === 'word' && EN_ARTICLES.has(it.key)) || it?.k === 'title' || it?.k === 'hon') k++;
    // the affiliation before a title or a body: "Poland's Foreign Minister X", "Xylian President X", "the Polish Foreign Ministry"
    else if (it?.k === 'name' && (next?.k === 'title' || next?.k === 'name')) k++;
    else if (it?.k === 'name' && isPossessive(next)) k += 2;
    else break;
  }
  const name = items[k];
  // the speaker ends the clause ("X, who met Y, said Poland had agreed": Poland begins what was said)
  const after = items[k + 1];
  if (name?.k !== 'name' || (after !== undefined && after.k !== 'punct')) return null;
  const e = sv.entityOf(name);
  if (e < 0 || doc.entityType(e) === 'location' || doc.entityType(e) === null) return null;
  return { entities: [e], start: k };
}

/** "… và nói rằng …", "…, nhưng cho biết …": a verb coordinated with the previous one shares its speaker. */
function coordinated(items: Item[], v: number, earlier: { verb: number; speaker: Speaker }[]): Speaker | undefined {
  if (!coordinatorBefore(items, v)) return undefined;
  for (let k = earlier.length - 1; k >= 0; k--) if (earlier[k]!.speaker) return earlier[k]!.speaker;
  return undefined;
}

/** A coordinating conjunction ("và", "and"; statement-words "coordinators"). */
function isCoordinator(it: Item | undefined): boolean {
  return it?.k === 'word' && W().coordinators.has(it.key);
}

/** What joins verb v to the clause before it (time words aside): "và"/"and", a comma, or nothing. */
function coordinatorBefore(items: Item[], v: number): 'and' | ',' | null {
  let j = v - 1;
  while (j >= 0 && items[j]!.k === 'word' && (items[j] as { time: boolean }).time) j--;
  const prev = items[j];
  if (isCoordinator(prev)) return 'and';
  return prev?.k === 'punct' && prev.ch === ',' ? ',' : null;
}

const DAN = foldToken('dẫn');
const LOI = foldToken('lời');
const DUOC = foldToken('được');

/** "Ông X được hãng tin Y dẫn lời nói …": the person quoted is X, not the agency. Null if not this shape. */
function passiveQuoted(doc: DocView, sv: SentenceView, v: number): Speaker {
  const { items } = sv;
  const isWord = (at: number, key: string) => items[at]?.k === 'word' && (items[at] as { key: string }).key === key;
  if (!isWord(v - 1, LOI) || !isWord(v - 2, DAN)) return null;
  for (let k = v - 3; k >= 1 && k >= v - 8; k--) {
    if (!isWord(k, DUOC)) continue;
    const name = items[k - 1];
    if (name?.k !== 'name') return null;
    const e = sv.entityOf(name);
    return e >= 0 && doc.entityType(e) === 'person' ? { entities: [e], start: phraseStart(items, k - 1) } : null;
  }
  return null;
}

/**
 * "X called the move an escalation and said …", "Ông X gặp Y và cho biết …": after "and",
 * the verb shares the subject that opens the sentence (a person, after its titles and affiliation).
 */
function sharedSubject(doc: DocView, sv: SentenceView, v: number): Speaker {
  const { items } = sv;
  let j = v - 1;
  while (j >= 0 && items[j]!.k === 'word' && W().adverbs.has((items[j] as { key: string }).key)) j--;
  const prev = items[j];
  if (prev?.k !== 'word' || !W().coordinators.has(prev.key)) return null;
  return openingSubject(doc, sv, j);
}

/**
 * "X chưa bình luận", "X từ chối bình luận", "X did not say": a verb of speaking with a negation among the three
 * words before it (not "X không xác nhận …": what X would not confirm is still what X spoke about).
 */
function negated(items: Item[], v: number): boolean {
  if (!W().speaking.has(foldName((items[v] as { text: string }).text))) return false;
  for (let k = v - 1; k >= Math.max(0, v - 3) && items[k]!.k === 'word'; k--) {
    const n = phraseOf(items, k, W().negations);
    if (n > 0 && k + n <= v) return true;
  }
  return false;
}

/** Verb v comes right after a comma (adverbs aside). */
function afterComma(items: Item[], v: number): boolean {
  let j = v - 1;
  while (j >= 0 && items[j]!.k === 'word' && W().adverbs.has((items[j] as { key: string }).key)) j--;
  return isPunct(items[j], ',');
}

/** The person that opens the sentence (after its titles and affiliation), if it comes before item j. */
function openingSubject(doc: DocView, sv: SentenceView, j: number): Speaker {
  const { items } = sv;
  // (after an opening adverbial: "Trong khi đó, Tổng thống X …", "Cùng ngày, X …")
  let k = openingAdverbialEnd(items);
  // (the affiliation before a title, "Xylian President X", or after it, "Tổng thống Xylia X")
  const affiliation = (at: number) => items[at]?.k === 'name' && (items[at + 1]?.k === 'title' || (items[at - 1]?.k === 'title' && items[at + 1]?.k === 'name'));
  while (items[k]?.k === 'title' || items[k]?.k === 'hon' || affiliation(k)) k++;
  const subject = items[k];
  if (subject?.k !== 'name' || k >= j) return null;
  const e = sv.entityOf(subject);
  return e >= 0 && doc.entityType(e) === 'person' ? { entities: [e], start: k } : null;
}

/** After an opening adverbial of words only and its comma ("Trong khi đó,", "On Monday,"): where the rest starts; else 0. */
function openingAdverbialEnd(items: Item[]): number {
  for (let k = 0; k < 5 && k < items.length; k++) {
    const it = items[k]!;
    if (isPunct(it, ',')) return k > 0 ? k + 1 : 0;
    if (it.k !== 'word') return 0;
  }
  return 0;
}

/** The speaker before verb v: the nearest name (or pronoun, or title standing for a name) in the same clause. */
function findSpeaker(doc: DocView, sv: SentenceView, s: number, v: number, lastSpeaker: number | null): Speaker {
  const { items } = sv;
  let words = 0;
  /** Plain words between the verb and the nearest comma before it (-1 once a comma is passed). */
  let clauseWords = 0;
  for (let j = v - 1; j >= 0; j--) {
    const it = items[j]!;
    // "TS. X (Viện Y) cho biết": a parenthesis after the speaker's name is an aside
    if (it.k === 'punct' && it.ch === ')') {
      let k = j - 1;
      while (k > 0 && !(items[k]!.k === 'punct' && (items[k] as { ch: string }).ch === '(')) k--;
      // (but "Tình báo quân đội Ukraine (HUR) cho biết": an organization's acronym after a country or place is the body
      // the words before it describe, and speaks)
      const inner = items[k + 1];
      const place = items[k - 1]?.k === 'name' ? doc.entityType(sv.entityOf(items[k - 1] as NameItem)) : null;
      const acronym = j === k + 2 && inner?.k === 'name' && doc.entityType(sv.entityOf(inner)) === 'organization' && (place === 'country' || place === 'location');
      if (k > 0 && items[k - 1]?.k === 'name' && !acronym) {
        j = k;
        continue;
      }
    }
    if (it.k === 'word' && clauseWords >= 0 && !it.time && !W().adverbs.has(it.key)) clauseWords++;
    // "…, trong bối cảnh phương Tây cáo buộc …", "…, as the West accused …": the verb's own clause has an unnamed subject
    if (it.k === 'punct' && it.ch === ',' && clauseWords >= 0) {
      if (clauseWords > 0) return null;
      clauseWords = -1;
      // "X, người vừa thăm Y, cho rằng …", "X, who toured Y, said …", "X, speaking in Y, said …": the speaker is before the clause
      const rel = relativeClauseStart(items, j);
      if (rel >= 0) j = rel;
      continue;
    }
    if (it.k === 'name') {
      const e = sv.entityOf(it);
      // "Bộ Y tế Gaza do Hamas điều hành cho biết": a name after a preposition is not the subject, nor is one
      // after a preposition and a few words ("X thuộc tổ chức nghiên cứu Y nhận định", "X of the Y Institute said")
      const prev = items[j - 1];
      if ((prev?.k === 'word' && W().prepositions.has(prev.key)) || prev?.k === 'place-prep' || afterPrepositionPhrase(items, j)) {
        words++;
        continue;
      }
      // "Rep. X, D-N.Y., criticized Y": a dropped name between commas is an aside
      if (e < 0 && isPunct(items[j - 1], ',') && (isPunct(items[j + 1], ',') || (isPunct(items[j + 1], '.') && isPunct(items[j + 2], ',')))) {
        j--;
        continue;
      }
      if (e < 0) return null;
      const type = doc.entityType(e);
      // "Tờ X trích lời một quan chức Ukraine cho biết": an unnamed source's country or body; the outlet quoting it speaks
      const outlet = type === 'person' ? -1 : quotingOutlet(items, j);
      if (outlet >= 0 && sv.entityOf(items[outlet] as NameItem) >= 0) return { entities: [sv.entityOf(items[outlet] as NameItem)], start: phraseStart(items, outlet) };
      // "Giáo sư Ivan Petrov, Đại học Xylia, nhận định": the body in an apposition is the person's affiliation
      const holder = appositionHolder(doc, sv, j);
      if (holder) return holder.person >= 0 ? { entities: [holder.person], start: phraseStart(items, holder.at) } : null;
      // a country or body named in a title ("Tổng thống Xylia cho biết", "X, Giám đốc Công an Y, cho biết")
      // stands for the title's holder (so does a body no rule typed: "X, Chủ tịch UBND thành phố, cho biết")
      if (prev?.k === 'title' && type !== 'person') {
        const person = doc.titleRefPerson(s, j - 1);
        return person === null ? null : { entities: [person], start: phraseStart(items, j - 1) };
      }
      // "…, a Britain-based war monitor, said": a place before a hyphen and a word describes the speaker, it is not one
      if ((type === 'country' || type === 'location') && isPunct(items[j + 1], '-') && items[j + 2]?.k === 'word') {
        words++;
        continue;
      }
      if (type === 'location') return null;
      // "…, the Spanish club announced": a nationality before a body's noun describes that body; the country did not speak
      if (type === 'country' && bodyNounAfter(items, j)) return null;
      const entities = [e];
      // coordinated subjects: "các quan chức Xylia và Bexland cho biết"; people with their titles:
      // "Bộ trưởng Ba Lan X và người đồng cấp Séc Y cho biết"
      // (for people only "và"/"and": "Em gái ông Kim, bà Kim Yo-jong, cảnh báo" is one speaker)
      let k = type === 'person' ? phraseStart(items, j) - 1 : j - 1;
      while (k >= 1 && joinsList(items[k]) && (type !== 'person' || items[k]!.k === 'word') && items[k - 1]!.k === 'name') {
        const other = sv.entityOf(items[k - 1] as NameItem);
        if (other >= 0 && doc.entityType(other) === type) entities.unshift(other);
        k = type === 'person' ? phraseStart(items, k - 1) - 1 : k - 2;
      }
      return { entities, start: phraseStart(items, k + 1) };
    }
    if (it.k === 'pron') {
      if (lastSpeaker === null) return null;
      return { entities: [lastSpeaker], start: j };
    }
    if (it.k === 'verb') {
      if (!it.nominal) return null;
      continue;
    }
    if (it.k === 'punct') {
      if (it.ch === ':' || it.ch === ';' || OPEN_QUOTES.has(it.ch) || CLOSE_QUOTES.has(it.ch)) return null;
      continue;
    }
    if (it.k === 'word') {
      if (!it.time && ++words > MAX_GAP) return null;
      if (W().that.has(it.key)) return null;
      continue;
    }
    // "Thủ tướng đề nghị …", "The president said …": a bare title that opens the sentence stands for its holder named before
    // (or follows a short opening phrase of plain words and its comma: "Tại phiên họp, Thủ tướng nhấn mạnh …")
    if (it.k === 'title' && (items.slice(0, j).every((x) => x.k === 'punct' || (x.k === 'word' && (x.time || EN_ARTICLES.has(x.key)))) || openingPhrase(items, j))) {
      const person = doc.titleRefPerson(s, j);
      return person === null ? null : { entities: [person], start: j };
    }
    // "The Xylo chief said …": a body's title with no name after it stands for its holder, when the document names one
    if (it.k === 'title' && doc.lang === 'en' && items[j - 1]?.k === 'name') {
      const person = doc.titleRefPerson(s, j);
      if (person !== null) return { entities: [person], start: phraseStart(items, j) };
      // ("the Ukrainian president said …" with no holder named: the country did not speak)
      const before = sv.entityOf(items[j - 1] as NameItem);
      if (before >= 0 && doc.entityType(before) === 'country') return null;
    }
    if (it.k === 'title' || it.k === 'hon') continue;
    if (it.k === 'place-prep') {
      if (++words > MAX_GAP) return null;
      continue;
    }
    return null;
  }
  return null;
}

/** A body's noun after the name at j, or after one more word ("the Spanish club", "the Spanish football club"). */
function bodyNounAfter(items: Item[], j: number): boolean {
  const a = items[j + 1];
  const b = items[j + 2];
  return a?.k === 'word' && (W().bodyNouns.has(a.key) || (b?.k === 'word' && W().bodyNouns.has(b.key)));
}

/** Up to four plain words between the name at j and a preposition before them ("thuộc tổ chức nghiên cứu", "of the"). */
function afterPrepositionPhrase(items: Item[], j: number): boolean {
  let k = j - 1;
  while (k > 0 && j - k <= 4 && items[k]!.k === 'word' && !(items[k] as { time: boolean }).time && !W().prepositions.has((items[k] as { key: string }).key)) k--;
  const it = items[k];
  return k < j - 1 && it?.k === 'word' && W().prepositions.has(it.key);
}

/**
 * The person a name at j stands in apposition to, or null: "X, Đại học Y, …",
 * "X, the Czech foreign minister, …", "X, Xylo's chief executive, …" (the name, with an
 * article before it or titles after it, between two commas after a person's name). Appositions with a
 * link word ("X, the head of the Y Institute, …") are skipped by relativeClauseStart.
 */
function appositionHolder(doc: DocView, sv: SentenceView, j: number): { person: number; at: number } | null {
  // (person -1: a holder that is no entity)
  const { items } = sv;
  let a = j - 1;
  // ("X, the outgoing US climate envoy, said": a word or two before the name describe the post)
  for (let w = 0; w < 2 && items[a]?.k === 'word' && !EN_ARTICLES.has((items[a] as { key: string }).key) && !(items[a] as { time: boolean }).time; w++) a--;
  if (items[a]?.k === 'word' && EN_ARTICLES.has((items[a] as { key: string }).key)) a--;
  let b = j + 1;
  // "X, Xylo's chief executive, said", "X, the EU's new foreign policy chief, warned", "X, Xylia's top diplomat,
  // said": a possessive, up to three plain words, then titles or not
  if (isPossessive(items[b])) {
    let w = b + 1;
    while (w - b <= 3 && items[w]?.k === 'word' && !(items[w] as { time: boolean }).time) w++;
    if (w > b + 1 || items[w]?.k === 'title') b = w;
  } else {
    // "X, the US climate envoy, said": a title's field in a word or two before it
    let w = b;
    while (w - b < 2 && items[w]?.k === 'word' && !(items[w] as { time: boolean }).time) w++;
    if (w > b && items[w]?.k === 'title') b = w;
  }
  // ("X, Xylo's founder and chief executive, said": titles joined by "and")
  while (items[b]?.k === 'title' || (b > j + 1 && items[b - 1]?.k === 'title' && isCoordinator(items[b]) && items[b + 1]?.k === 'title')) b++;
  const [before, holder, after] = [items[a], items[a - 1], items[b]];
  if (before?.k !== 'punct' || before.ch !== ',' || after?.k !== 'punct' || after.ch !== ',' || holder?.k !== 'name') return null;
  const e = sv.entityOf(holder);
  if (doc.entityType(sv.entityOf(items[j] as NameItem)) === 'person') return null;
  const type = e >= 0 ? doc.entityType(e) : null;
  if (type === 'person') return { person: e, at: a - 1 };
  // ("Xylo, Japan's powerful business lobby, said": with a possessive, the apposition describes the subject before
  // it, a body or a name no rule typed; the country there does not speak)
  if (!isPossessive(items[j + 1])) return null;
  return type === 'organization' ? { person: e, at: a - 1 } : type === null ? { person: -1, at: a - 1 } : null;
}

/** Words of a phrase of the list at k (one to three word items, a reporting verb among them): their count, 0 if none. */
function phraseOf(items: Item[], k: number, list: ReadonlySet<string>): number {
  // (most items begin no phrase: the first word turns them away without building a key)
  const first = items[k];
  const firsts = firstWordsOf(list);
  if (first?.k === 'word' ? !firsts.has(first.key) : first?.k !== 'verb') return 0;
  let key = '';
  let found = 0;
  // (a reporting verb used as a noun is one item: "ước tính", "đánh giá")
  for (let n = 1; n <= 3; n++) {
    const it = items[k + n - 1];
    if (it?.k === 'word') key += (n > 1 ? ' ' : '') + it.key;
    else if (it?.k === 'verb') key += (n > 1 ? ' ' : '') + foldName(it.text);
    else break;
    if (list.has(key)) found = n;
  }
  return found;
}

const firstWords = new WeakMap<ReadonlySet<string>, Set<string>>();

/** The first words of a list's phrases. */
function firstWordsOf(list: ReadonlySet<string>): Set<string> {
  let f = firstWords.get(list);
  if (!f) firstWords.set(list, (f = new Set([...list].map((p) => p.split(' ')[0]!))));
  return f;
}

/** A word of the given list. */
function lexWord(it: Item | undefined, list: ReadonlySet<string>): boolean {
  return it?.k === 'word' && list.has(it.key);
}


/**
 * Start of the speaker's phrase: back over its title, affiliation and honorific,
 * and over an apposition ("Chánh văn phòng của Tổng thống Xylia - Ivan Petrov - nhận xét").
 */
function phraseStart(items: Item[], j: number): number {
  let k = j;
  while (k > 0) {
    const prev = items[k - 1]!;
    const titled = (at: number) => items[at]?.k === 'title' || (items[at]?.k === 'name' && items[at - 1]?.k === 'title');
    if (prev.k === 'title' || prev.k === 'hon' || (prev.k === 'name' && items[k - 2]?.k === 'title')) k--;
    // "Ukrainian President X", "Poland's Foreign Minister X": the affiliation before the title
    else if (prev.k === 'name' && items[k]?.k === 'title') k--;
    // ("Xylia's Deputy U.N. Ambassador X": a title's modifier before the affiliation)
    else if (isModifier(prev) && items[k]?.k === 'name' && items[k + 1]?.k === 'title') k--;
    else if (isPossessive(prev) && items[k - 2]?.k === 'name' && (items[k]?.k === 'title' || isModifier(items[k]))) k -= 2;
    else if (prev.k === 'word' && prev.key === OF && items[k - 2]?.k === 'title') k--;
    // (not from an article: "… leader X, the Kremlin said" names two phrases)
    else if (prev.k === 'punct' && (DASHES.has(prev.ch) || prev.ch === ',') && titled(k - 2) && items[k]?.k !== 'word') k--;
    // "…, his spokesman X told reporters."
    else if (prev.k === 'word' && W().possessives.has(prev.key) && items[k]?.k === 'title') k--;
    // "“…,” department spokesman X said": a word of the title's own right after the quote or a comma
    else if (prev.k === 'word' && !prev.time && items[k]?.k === 'title' && (isQuoteEnd(items[k - 2]) || isPunct(items[k - 2], ','))) k--;
    // "…, the Xylo Ministry said.": the article goes with the phrase
    else if (prev.k === 'word' && EN_ARTICLES.has(prev.key) && (items[k]?.k === 'name' || items[k]?.k === 'title')) k--;
    else break;
  }
  return k;
}

/** An English title's modifier as a word of its own ("Deputy" in "Deputy U.N. Ambassador"). */
function isModifier(it: Item | undefined): boolean {
  return it?.k === 'word' && getLexicon().en.titleModifiers.len(keyTokens([it.key]), 0) === 1;
}

/** Entities spoken about by the speaker of verb v. */
function contentOf(doc: DocView, s: number, v: number, speaker: NonNullable<Speaker>, later: readonly { verb: number; speaker: Speaker }[], last: number): { targets: number[]; fromNext?: boolean } {
  const sv = doc.sentences[s]!;
  const { items } = sv;
  // (the speaker's own verb, not a later one it shares: "“…”, X phát biểu tại Y, và cho biết Z …" said Z)
  let own = true;
  for (let k = speaker.start + 1; k < v && own; k++) if (items[k]!.k === 'verb') own = false;
  const before = own ? items[speaker.start - 1] : undefined;
  // "“…,” X said": what the quote just before the speaker says (and a quotation that goes on in the next sentence)
  if (isQuoteEnd(before) && speaker.start - 1 < v) return withQuoteAfter(doc, s, namesIn(sv, 0, speaker.start - 1));
  // "“…” - X nói", "“…”, X nói", "… - X nói.": what precedes the dash or comma was said
  // (not after "Phía Xylia,": the country the sentence speaks for was not said)
  const side = before?.k === 'punct' && before.ch === ',' ? sideOpening(items, getLexicon().vi.sideMarkers) : -1;
  if (before?.k === 'punct' && (DASHES.has(before.ch) || before.ch === ',') && speaker.start - 1 < v && (side < 0 || side + 2 !== speaker.start)) {
    const quoted = isQuoteEnd(items[speaker.start - 2]);
    if (quoted) return withQuoteAfter(doc, s, namesIn(sv, 0, speaker.start - 1));
    const after = clauseAfterVerb(items, v);
    if (endsAfter(items, v) || listenerThenEnd(items, v) || onlyAdjunctsAfter(items, v) || after === 'aside') return { targets: namesIn(sv, 0, speaker.start - 1) };
    // "…, X said, adding that …": what was said before and after
    if (after === 'goes-on') return { targets: [...new Set([...namesIn(sv, 0, speaker.start - 1), ...namesIn(sv, v + 2, last)])] };
  }
  // otherwise what follows the verb, up to the next clause with its own speaker or the source named at the end ("…, theo X.")
  let end = last;
  // (a clause the writer adds before it ends what was said too)
  for (let j = v + 1; j < end; j++) if (isPunct(items[j], ',') && addedClauseAt(items, j + 1)) end = j;
  // (and so does a semicolon outside quotation marks: "X said it would act; Y called it …")
  end = semicolonAfter(items, v, end);
  for (const l of later) if (l.speaker && l.speaker.start > v) end = Math.min(end, l.speaker.start);
  // "Ông X nói với báo Y.", "X told the Xylo Times.": only the listener follows, not what was said
  const listenerOnly = listenerThenEnd(items, v);
  const names = listenerOnly ? [] : namesIn(sv, thatAfter(items, v, end) ?? afterVenue(items, v), end);
  if (names.length === 0 && (endsAfter(items, v) || listenerOnly)) {
    // "X cho biết. “…”", "X nói với báo Y: …" on the next line: the quote that follows
    const next = doc.sentences[s + 1];
    if (next && next.items[0]?.k === 'punct' && OPEN_QUOTES.has(next.items[0].ch)) return { targets: namesIn(next, 0, next.items.length), fromNext: true };
  }
  return { targets: names };
}

/** The outlet named before "dẫn lời"/"trích lời"/"quoting" and a few words before the name at j ("Tờ X trích lời một quan chức <j>"), or -1. */
function quotingOutlet(items: Item[], j: number): number {
  for (let k = j - 1; k > 0 && j - k <= 6 && items[k]!.k === 'word'; k--) {
    if (phraseOf(items, k, W().quoting) === 0) continue;
    const outlet = items[k - 1];
    return outlet?.k === 'name' && outlet.type !== 'location' && outlet.type !== 'person' ? k - 1 : -1;
  }
  return -1;
}

/** The first semicolon after the verb v and before end, outside quotation marks; end if none. */
function semicolonAfter(items: Item[], v: number, end: number): number {
  let quoted = false;
  for (let j = v + 1; j < end; j++) {
    const it = items[j]!;
    if (it.k !== 'punct') continue;
    if (it.ch === '"') quoted = !quoted;
    else if (OPEN_QUOTES.has(it.ch)) quoted = true;
    else if (CLOSE_QUOTES.has(it.ch)) quoted = false;
    else if (it.ch === ';' && !quoted) return j;
  }
  return end;
}

/** Where what a speaker says can end at the latest: before the source named at the end ("…, theo X."). */
function contentEnd(sv: SentenceView): number {
  return trailingSpeaker(sv)?.to ?? sv.items.length;
}

/** "…, while Y …", "…, while the Y's chief …", "…, trong khi Y …": a clause the writer adds, with its own subject, starts at k. */
function addedClauseAt(items: Item[], k: number): boolean {
  const n = phraseOf(items, k, W().clauseBreaks);
  if (n === 0) return false;
  const subject = items[k + n];
  return subject?.k === 'name' || (subject?.k === 'word' && EN_ARTICLES.has(subject.key) && items[k + n + 1]?.k === 'name');
}

/**
 * "X told reporters in Vienna that …", "X nói với Y tại Z rằng …": what was said starts
 * after "that"/"rằng" when it comes a few words after the verb (the listener and the place are not what was said).
 */
function thatAfter(items: Item[], v: number, end: number): number | null {
  // (further after a verb whose listener follows it, who may be described: "X told Y, the head of Z, that …")
  const listener = W().telling.has(foldName((items[v] as { text: string }).text)) || lexWord(items[v + 1], W().listenerLinks);
  for (let j = v + 2; j < end && j <= v + (listener ? 12 : 8); j++) {
    const it = items[j]!;
    if (it.k === 'word' && W().contentThat.has(it.key)) return j + 1;
    // (nor after a modal: "X said Y would recognize a government that …", the clause said began at Y)
    if (it.k === 'verb' || (it.k === 'punct' && it.ch !== ',') || (it.k === 'word' && W().modals.has(it.key))) return null;
  }
  return null;
}

/**
 * "X phát biểu tại Seoul ngày 30/10", "X phát biểu tại một sự kiện ở Washington", "X said in Bexgrad on
 * Monday": where it was said, right after the verb, is not what was said. Returns where the content
 * may start: after the words of that phrase and the names that follow "tại"/"ở"/"in"/"at" in it.
 */
function afterVenue(items: Item[], v: number): number {
  if (!isVenue(items[v + 1])) return v + 1;
  let j = v + 2;
  for (; j < items.length; j++) {
    const it = items[j]!;
    // (a name after a plain Vietnamese word of the venue is the venue's too: "tại Đại hội toàn quốc đảng Xylo ở Y,
    // bang Z", and after a phrase of several words the lexicon reads as plain words: "tại trụ sở Ban Thư ký X";
    // not after "về", the topic: "tại hội nghị về Y")
    const prev = items[j - 1]!;
    if (it.k === 'name') {
      const inVenue = isVenue(prev) || prev.k === 'loc-cue' || prev.k === 'org-cue' || (isPunct(prev, ',') && items[j - 2]?.k === 'name') ||
        (prev.k === 'word' && !prev.time && !W().that.has(prev.key) && prev.key !== VE && ((prev.key === '' && prev.e - prev.s > 1) || isVietnameseWord(prev.key)));
      if (!inVenue) break;
      continue;
    }
    // (the venue's words, prepositions and place nouns, and a comma before a place noun: "ở Y, bang Z")
    const goesOn = it.k === 'place-prep' || it.k === 'loc-cue' || it.k === 'org-cue' || (isPunct(it, ',') && items[j + 1]?.k === 'loc-cue') || (it.k === 'word' && !W().that.has(it.key));
    if (!goesOn) break;
  }
  return j;
}

function isVenue(it: Item | undefined): boolean {
  return (it?.k === 'place-prep' || it?.k === 'word') && it.key !== null && W().venue.has(it.key);
}

function isQuoteEnd(it: Item | undefined): boolean {
  return it?.k === 'punct' && CLOSE_QUOTES.has(it.ch);
}

/**
 * '"The people have spoken," X told supporters. "Xylia will return to Europe."': a sentence
 * that is only a quotation, right after a quotation the speaker was named for, goes on with it.
 */
function withQuoteAfter(doc: DocView, s: number, targets: number[]): { targets: number[]; fromNext?: boolean } {
  const next = doc.sentences[s + 1];
  if (!next) return { targets };
  const { items } = next;
  let last = items.length - 1;
  while (last > 0 && items[last]!.k === 'punct' && !isQuoteEnd(items[last])) last--;
  const first = items[0];
  if (first?.k !== 'punct' || !OPEN_QUOTES.has(first.ch) || !isQuoteEnd(items[last]) || items.some((it) => it.k === 'verb')) return { targets };
  const more = namesIn(next, 0, items.length).filter((t) => !targets.includes(t));
  return more.length ? { targets: [...targets, ...more], fromNext: true } : { targets };
}

/** A preposition ("in", "tại") or a place preposition. */
const isPrep = (it: Item | undefined) => it?.k === 'place-prep' || (it?.k === 'word' && W().prepositions.has(it.key));

/**
 * "Poland has agreed, X said in a statement on Monday.", "…, X said at a news conference in Vienna.":
 * after the verb only where and how it was said (a phrase opening on a preposition), and the
 * sentence does not open with such a phrase ("In Vienna, X said …"), so what was said is before the comma.
 */
function onlyAdjunctsAfter(items: Item[], v: number): boolean {
  return !isPrep(items[0]) && adjunctsFrom(items, v + 1);
}

/**
 * From item j to the end, phrases opening on a preposition: no "that", no quotation, names only after a
 * preposition; up to a clause on where or when it was said ("…, X told reporters in Laos, where he …").
 */
function adjunctsFrom(items: Item[], j: number): boolean {
  if (!isPrep(items[j])) return false;
  for (; j < items.length; j++) {
    const it = items[j]!;
    if (it.k === 'punct') {
      if (OPEN_QUOTES.has(it.ch) || it.ch === ':') return false;
      if (it.ch === ',' && phraseOf(items, j + 1, W().settings) > 0) return true;
    } else if (it.k === 'word') {
      if (W().that.has(it.key)) return false;
    } else if (it.k === 'name') {
      if (!isPrep(items[j - 1])) return false;
    } else if (it.k !== 'place-prep') return false;
  }
  return true;
}

/**
 * "…, X told the Xylo Times.", "ông X nói với báo Y.", "X told reporters in Vienna.": after the verb
 * only its listener, then the end of the sentence or where it was said: the listener is not what was said.
 */
function listenerThenEnd(items: Item[], v: number): boolean {
  let j = v + 1;
  const link = items[j];
  if (link?.k === 'word' && W().listenerLinks.has(link.key)) j++;
  else if ((items[v] as { text: string }).text !== 'told') return false;
  // the listener: "báo Y", "the Xylo Times", "reporters", "các phóng viên"
  let words = 0;
  for (let x = items[j]; x; x = items[++j]) {
    if (x.k === 'org-cue' || x.k === 'hon' || x.k === 'title' || (x.k === 'word' && EN_ARTICLES.has(x.key))) continue;
    if (x.k === 'word' && !x.time && !isPrep(x) && ++words <= 2) continue;
    break;
  }
  if (items[j]?.k === 'name') j++;
  return j > v + 1 && (endsAfter(items, j - 1) || adjunctsFrom(items, j));
}

/**
 * What follows verb v after a comma: a participle that goes on saying ("…, X said, adding that …", "…, X said,
 * citing …"), the writer's aside ("…, South Korea's military said, days before the election"), or nothing of
 * the kind (no comma, or another reporting verb).
 */
function clauseAfterVerb(items: Item[], v: number): 'goes-on' | 'aside' | null {
  const next = items[v + 2];
  if (!isPunct(items[v + 1], ',') || next === undefined || next.k === 'verb') return null;
  return next.k === 'word' && /ing$/.test(next.key) ? 'goes-on' : 'aside';
}

/**
 * What "“…,” said X" says: what comes before the verb, and, where the sentence goes on with a participle
 * after the speaker and the words about them ("…, said X, the Xylian leader, adding that Y …"), what follows it.
 */
function invertedContent(sv: SentenceView, verb: number, start: number): number[] {
  const { items } = sv;
  const before = namesIn(sv, 0, verb);
  for (let k = start + 1; k < items.length; k++) {
    if (items[k]!.k === 'verb') break;
    if (isPunct(items[k], ',') && clauseAfterVerb(items, k - 1) === 'goes-on' && !lexWord(items[k + 1], W().according)) return [...new Set([...before, ...namesIn(sv, k + 2, items.length)])];
  }
  return before;
}

/** Nothing after item v but punctuation and time words ("… cho biết ngày 6/6."). */
function endsAfter(items: Item[], v: number): boolean {
  for (let j = v + 1; j < items.length; j++) {
    const it = items[j]!;
    if (it.k === 'punct' || (it.k === 'word' && (it.time || /^[0-9]/.test(it.key)))) continue;
    return false;
  }
  return true;
}

function namesIn(sv: SentenceView, from: number, to: number): number[] {
  const out: number[] = [];
  for (let j = from; j < to; j++) {
    const it = sv.items[j]!;
    if (it.k !== 'name') continue;
    const e = sv.entityOf(it);
    if (e >= 0 && !out.includes(e)) out.push(e);
  }
  return out;
}

type Lead = { entities: number[]; from: number; to: number; label: string };

/** "X: …" at the start of a sentence (after X's title), or "Theo X, …" / "According to X, …". */
function leadingSpeaker(doc: DocView, sv: SentenceView): Lead | null {
  const { items } = sv;
  // ("Cũng theo ông X, …": an adverb before it)
  const at = items[0]?.k === 'word' && W().adverbs.has(items[0].key) ? 1 : 0;
  const first = items[at];
  if (first?.k === 'word' && W().according.has(first.key)) {
    // "Theo X, …", "Theo ông X, …", "Theo Bộ trưởng Quốc phòng Xylia Ivan Petrov, …", "Theo hãng tin X, …",
    // "According to the X, …": the last name of the phrase; "Theo ước tính của X, …", "According to figures from X, …": what X said
    let k = at + 1;
    // ("According to a statement from X": an article before the kind of source)
    if (lexWord(items[k], EN_ARTICLES) && phraseOf(items, k + 1, W().sourceNouns)) k++;
    const noun = phraseOf(items, k, W().sourceNouns);
    if (noun) {
      k += noun;
      if (!lexWord(items[k], W().prepositions)) return null;
      k++;
    }
    let speaker = -1;
    const inPhrase = (it: Item | undefined) => it?.k === 'name' || it?.k === 'title' || it?.k === 'hon' || it?.k === 'org-cue' || (it?.k === 'word' && EN_ARTICLES.has(it.key));
    for (; inPhrase(items[k]); k++) if (items[k]!.k === 'name') speaker = k;
    if (speaker < 0) return null;
    // "Theo ước tính của Mỹ, Hàn Quốc và Ukraine, …": several sources, listed with commas and closed by "và"/"and"
    const sources = [speaker];
    const listed: number[] = [];
    // (only where a comma follows the list: "Theo Ba Lan, Séc và Áo đã đồng ý" names one source)
    for (let c = k; joinsList(items[c]) && items[c + 1]?.k === 'name'; c += 2) {
      listed.push(c + 1);
      if (isAndWord(items[c])) {
        if (isPunct(items[c + 2], ',')) {
          sources.push(...listed);
          k = c + 2;
        }
        break;
      }
    }
    // "Theo Viện Xylo (VXC), …": its short form in parentheses
    if (isPunct(items[k], '(') && items[k + 1]?.k === 'name' && isPunct(items[k + 2], ')')) k += 3;
    const entities = sources.map((x) => sv.entityOf(items[x] as NameItem));
    const e = Math.min(...entities);
    // "Theo ông X - chuyên gia phân tích của Y, …": an apposition after a dash, closed by a comma or a dash
    const dash = items[k];
    if (dash?.k === 'punct' && DASHES.has(dash.ch) && items[k + 1]?.k === 'title') {
      const close = appositionEnd(items, k, 10, true);
      return e < 0 || close < 0 ? null : { entities, from: close + 1, to: items.length, label: accordingLabel(first.key) };
    }
    const comma = items.findIndex((it, i) => i >= k && it.k === 'punct' && it.ch === ',');
    // (a few words may describe the source before the comma: "Theo Viện Xylo có trụ sở tại Mỹ, …")
    if (e < 0 || comma < 0 || comma - k > 6 || items.slice(k, comma).some((it) => it.k === 'verb' || it.k === 'punct')) return null;
    // "Theo ông X, chuyên gia của Viện Y, …": what was said starts after the apposition
    let from = comma + 1;
    // ("According to the X Institute, a London-based think tank, …": an apposition with an article too)
    if (lexWord(items[from], EN_ARTICLES)) {
      const close = appositionEnd(items, from, 8, false);
      // (not the first of a list: "According to X, the Poles, Czechs and Slovaks agreed")
      const list = (items[from] as { key: string }).key === 'the' && items.slice(close).some((it) => isAndWord(it));
      if (close > 0 && !list) from = close + 1;
    }
    // ("Theo bác sĩ X, Trung tâm Y, …": a person's body alone between commas, not the first of a list of names)
    const affiliation = items[from];
    const firstOfList = items[from + 2]?.k === 'name' && (isPunct(items[from + 3], ',') || isAndWord(items[from + 3]));
    if (affiliation?.k === 'name' && affiliation.type === 'organization' && isPunct(items[from + 1], ',') && !firstOfList && entities.every((x) => doc.entityType(x) === 'person')) from += 2;
    if (items[from]?.k === 'title') {
      const close = items.findIndex((it, i) => i > from && it.k === 'punct' && it.ch === ',');
      if (close > 0 && close - from <= 8) from = close + 1;
      // ("Theo ông X, Trưởng khoa Y, Đại học Z, …": and the body it belongs to, between commas)
      const body = items[from];
      if (close > 0 && body?.k === 'name' && body.type === 'organization' && isPunct(items[from + 1], ',')) from += 2;
    }
    return { entities, from, to: items.length, label: accordingLabel(first.key) };
  }
  // only a title, its affiliation, honorifics and the speaker may come before the colon
  // (after the dash that opens a turn of an interview: "- TS X: …")
  const turn = items[0]?.k === 'punct' && DASHES.has(items[0].ch) ? 1 : 0;
  for (let j = turn; j < items.length && j < 8 + turn; j++) {
    const it = items[j]!;
    if (it.k === 'punct' && it.ch === ':') {
      const speaker = items[j - 1];
      if (speaker?.k !== 'name') return null;
      const e = sv.entityOf(speaker);
      if (e < 0) return null;
      // (in English a place alone before the colon heads the story: "Syria: Rebels seize Damascus"; in Vietnamese a
      // place that is no country does: "Hà Nội: Khởi công cầu X", where "Nga: …" is Russia speaking)
      const type = doc.entityType(e);
      const place = type === 'location' || (doc.lang === 'en' && type === 'country');
      return place && j === turn + 1 ? null : { entities: [e], from: j + 1, to: items.length, label: ':' };
    }
    if (it.k !== 'title' && it.k !== 'hon' && it.k !== 'name') return null;
  }
  return null;
}

/**
 * The comma that closes an apposition opened at item `from` within `most` items, with no verb before it, or -1;
 * with `dashes`, a dash closes it too and any other punctuation mark before it means there is none.
 */
function appositionEnd(items: readonly Item[], from: number, most: number, dashes: boolean): number {
  for (let i = from + 1; i < items.length && i - from <= most; i++) {
    const it = items[i]!;
    if (it.k === 'verb') return -1;
    if (it.k !== 'punct') continue;
    if (it.ch === ',' || (dashes && DASHES.has(it.ch))) return i;
    if (dashes) return -1;
  }
  return -1;
}

/** "…, according to X." / "…, theo X.": the source named at the end of the sentence. */
function trailingSpeaker(sv: SentenceView): Lead | null {
  const { items } = sv;
  let end = items.length;
  while (end > 0 && items[end - 1]!.k === 'punct' && (items[end - 1] as { ch: string }).ch !== ',') end--;
  // ("…, according to X, a consulting firm in Y.": an apposition after the source)
  let c = end - 1;
  while (c > 1 && end - c <= 10 && !isPunct(items[c], ',') && items[c]!.k !== 'verb') c--;
  if (isPunct(items[c], ',') && items[c - 1]?.k === 'name' && lexWord(items[c + 1], EN_ARTICLES)) end = c;
  const name = items[end - 1];
  // (the kind of source, a title or an article between: "…, theo hãng thông tấn Xylo.", "…, according to the Xylo Times.",
  // up to four words describing it, "…, according to state broadcaster X.", and a title's affiliation, "…, theo Tổng thống Xylia X.")
  let w = end - 2;
  let described = 0;
  const inPhrase = (k: number) => {
    const it = items[k]!;
    if (it.k === 'name') return it.type !== 'person' && items[k - 1]?.k === 'title';
    return it.k === 'org-cue' || it.k === 'title' || it.k === 'hon' || lexWord(it, EN_ARTICLES) || (it.k === 'word' && !it.time && !lexWord(it, W().according) && !lexWord(it, W().prepositions) && ++described <= 4);
  };
  while (w > 0 && inPhrase(w)) w--;
  // ("…, according to a statement from the Xylo Ministry.": the kind of source and its preposition)
  if (lexWord(items[w], W().prepositions) && w > 1) {
    let n = w - 1;
    // ("…, theo thông báo của X": a verb of speaking used as the noun)
    while (n > 0 && (items[n]!.k === 'word' || items[n]!.k === 'verb') && !lexWord(items[n], W().according) && w - n <= 3) n--;
    const start = lexWord(items[n + 1], EN_ARTICLES) ? n + 2 : n + 1;
    if (lexWord(items[n], W().according) && phraseOf(items, start, W().sourceNouns)) {
      w = n;
      while (w > 0 && inPhrase(w)) w--;
    }
  }
  const word = items[w];
  const comma = items[w - 1];
  if (name?.k !== 'name' || word?.k !== 'word' || !W().according.has(word.key) || comma?.k !== 'punct' || comma.ch !== ',') return null;
  const e = sv.entityOf(name);
  return e >= 0 ? { entities: [e], from: 0, to: w - 1, label: accordingLabel(word.key) } : null;
}

/** The label of a statement read from "theo" / "according to". */
function accordingLabel(key: string): string {
  return key === THEO ? 'theo' : 'according to';
}

/** The items before j are a short opening phrase of plain words and its comma ("Tại phiên họp,", "At the meeting,"). */
function openingPhrase(items: readonly Item[], j: number): boolean {
  const article = items[j - 1];
  const end = article?.k === 'word' && EN_ARTICLES.has(article.key) ? j - 1 : j; // ", the prime minister said"
  const comma = items[end - 1];
  if (end < 2 || end > OPENING_MAX + 1 || comma?.k !== 'punct' || comma.ch !== ',') return false;
  for (let k = 0; k < end - 1; k++) if (items[k]!.k !== 'word') return false;
  return true;
}
