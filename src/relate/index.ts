// relate stage: the relations of one document between its entities, each with
// the sentences that support it.
//   co-mention  two entities in one sentence (undirected; one count per sentence)
//   statement   speaker → each entity named in what was said (relate/statements.ts)
//   role        person → the organization/country of their title, labelled with the title as written
import type { DocAnalysis, DocExtraction, LocalRelation, PreparedDoc, RelationType, RoleCue } from '../types.js';
import { RELATION_INDEX } from '../types.js';
import { getLexicon, phraseKeys } from '../extract/lexicon.js';
import { foldName } from '../extract/normalize.js';
import type { LocalResolution } from '../resolve/local.js';
import { findStatements, type DocView } from './statements.js';
import { isVietnameseWord } from '../resolve/names.js';
import { keyTokens } from '../extract/trie.js';

/** The country of a Vietnamese story's bare offices (data/vi/home-titles.txt). */
const HOME = 'country:VN';

/** How many of the entities named after it in its sentence an entity is co-mentioned with. */
export const COMENTION_REACH = 30;

export function relateDocument(doc: PreparedDoc, x: DocExtraction, res: LocalResolution, opts: { mentions?: boolean } = {}): DocAnalysis {
  // keyed by a number: relation, source, target (entity indices)
  const rel = new Map<number, LocalRelation>();
  const E = res.entities.length;
  const add = (relation: RelationType, source: number, target: number, sentence: number, label?: string, through = sentence) => {
    if (source < 0 || target < 0 || source === target) return;
    if (relation === 'co-mention' && source > target) [source, target] = [target, source];
    const key = (RELATION_INDEX[relation] * E + source) * E + target;
    let r = rel.get(key);
    if (!r) {
      r = { relation, source, target, sentences: [] };
      if (label !== undefined) r.labels = [];
      rel.set(key, r);
    }
    if (r.sentences.includes(sentence)) {
      // "Thủ tướng kiêm Ngoại trưởng Xylia X": two titles of one holder for one body in one sentence
      if (relation === 'role' && label !== undefined && !r.labels!.includes(label)) r.labels!.push(label);
      return;
    }
    r.sentences.push(sentence);
    if (label !== undefined) r.labels!.push(label);
    if (through !== sentence) {
      r.through ??= r.sentences.slice(0, -1);
      r.through.push(through);
    } else r.through?.push(sentence);
  };
  const entityOfMention = (m: number | null | undefined) => (m === null || m === undefined || m < 0 ? -1 : res.mentionEntity[m]!);

  // co-mentions (in a sentence that names more than COMENTION_REACH others, each with those named nearest it:
  // a list of hundreds is not hundreds squared of relations)
  const perSentence: number[][] = doc.sentences.map(() => []);
  x.mentions.forEach((m, i) => {
    const e = res.mentionEntity[i]!;
    if (e >= 0 && !perSentence[m.sentence]!.includes(e)) perSentence[m.sentence]!.push(e);
  });
  perSentence.forEach((es, s) => {
    for (let a = 0; a < es.length; a++) for (let b = a + 1; b < es.length && b - a <= COMENTION_REACH; b++) add('co-mention', es[a]!, es[b]!, s);
  });

  // roles ("Bộ trưởng Công Thương X" with no body beside the title: the body the document names elsewhere)
  for (const r of x.roles) {
    let of = entityOfMention(r.of);
    if (r.of === null) {
      const keys = phraseKeys(r.title);
      of = portfolioBody(keys, doc.lang, res);
      if (of < 0) of = onlyBodyOfKind(keys, r, x, res, doc.lang);
      if (of < 0) of = homeOffice(keys, r, x, res, doc.lang);
    }
    add('role', entityOfMention(r.person), of, r.sentence, r.title);
  }

  // statements
  const view: DocView = {
    lang: doc.lang,
    sentences: x.items.map((items) => ({ items, entityOf: (it) => entityOfMention(it.mention) })),
    entityType: (e) => res.entities[e]?.type ?? null,
    titleRefPerson: (sentence, item) => titleHolder(x, res, sentence, item, doc.lang),
  };
  for (const h of findStatements(view)) add('statement', h.speaker, h.target, h.sentence, h.verb, h.through);

  // evidence text of the sentences the relations and entities rely on
  const sentences: DocAnalysis['sentences'] = {};
  const need = (s: number) => {
    const span = doc.sentences[s]!;
    sentences[s] ??= { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
  };
  for (const r of rel.values()) {
    r.sentences.forEach(need);
    r.through?.forEach(need);
  }
  // per entity: surface forms with counts, and the first sentence naming it (its evidence)
  const surfaces = res.entities.map(() => new Map<string, number>());
  const first = res.entities.map(() => -1);
  let mentionCount = 0;
  x.mentions.forEach((m, i) => {
    const e = res.mentionEntity[i]!;
    if (e < 0) return;
    mentionCount++;
    surfaces[e]!.set(m.text, (surfaces[e]!.get(m.text) ?? 0) + 1);
    if (first[e]! < 0) {
      first[e] = m.sentence;
      need(m.sentence);
    }
  });
  const analysis: DocAnalysis = {
    id: doc.id,
    meta: doc.meta,
    lang: doc.lang,
    sentences,
    entities: res.entities.map((e, i) => ({ ...e, surfaces: [...surfaces[i]!], first: first[i]! })),
    mentionCount,
    relations: [...rel.values()],
  };
  if (opts.mentions) analysis.mentions = x.mentions.map((m, i) => ({ start: m.start, end: m.end, text: m.text, entity: res.mentionEntity[i]!, sentence: m.sentence, rule: m.rule }));
  return analysis;
}

/**
 * The person a title at (sentence, item) belongs to: the one named with it
 * ("X, Giám đốc Công an tỉnh Y, cho biết"), or for a title standing alone
 * ("Tổng thống Xylia cho biết") the one person this document gives that title of that body,
 * or for a bare title ("Thủ tướng đề nghị") the one person named with that title before.
 */
function titleHolder(x: DocExtraction, res: LocalResolution, sentence: number, item: number, lang: PreparedDoc['lang']): number | null {
  const own = x.roles.find((r) => r.sentence === sentence && r.item === item);
  if (own) return res.mentionEntity[own.person]!;
  const ref = x.titleRefs.find((t) => t.sentence === sentence && t.item === item);
  if (!ref) return null;
  const title = foldName(ref.title);
  const holders = new Set<number>();
  if (ref.of !== null) {
    const of = res.mentionEntity[ref.of]!;
    // ("Người đứng đầu NATO" after "Tổng thư ký NATO X": a title that names whoever heads the body)
    const head = getLexicon()[lang].headTitles.has(title);
    for (const r of x.roles) {
      if (r.of === null || res.mentionEntity[r.of] !== of) continue;
      if (head || foldName(r.title) === title || foldName(r.title).endsWith(' ' + title)) holders.add(res.mentionEntity[r.person]!);
    }
  } else {
    // "Thủ tướng đề nghị …" after "Thủ tướng Phạm Minh Khôi": the one person named with this very title before
    for (const r of x.roles) if (r.sentence <= sentence && foldName(r.title) === title) holders.add(res.mentionEntity[r.person]!);
    // (or, of several, the one named with it bare as well: "Thủ tướng Ấn Độ X … Thủ tướng Y dự hội nghị. Tại phiên
    // họp, Thủ tướng nhấn mạnh …" is Y, the home country's)
    if (holders.size > 1) {
      holders.clear();
      for (const r of x.roles) if (r.sentence <= sentence && r.of === null && foldName(r.title) === title) holders.add(res.mentionEntity[r.person]!);
    }
  }
  return holders.size === 1 ? [...holders][0]! : null;
}

/**
 * The country of an office a Vietnamese story names bare for its own holders: "Thủ tướng Lê Văn Khoa" → Việt
 * Nam, where the document names it, no other country three times as often, the holder's name is in Vietnamese syllables
 * and the document gives the holder no post of another body or country ("Thủ tướng Trung Quốc Lý Cường … Thủ tướng
 * Lý Cường"); -1 if none. `keys`: the title's folded words.
 */
function homeOffice(keys: readonly string[], r: RoleCue, x: DocExtraction, res: LocalResolution, lang: PreparedDoc['lang']): number {
  const lex = getLexicon()[lang];
  if (lex.homeTitles.size === 0) return -1;
  const toks = keyTokens(keys);
  let i = 0;
  for (let m = lex.titleModifiers.len(toks, 0); m > 0; m = lex.titleModifiers.len(toks, i)) i += m;
  const office = keys.slice(i).join(' ');
  if (!lex.homeTitles.has(office)) return -1;
  const words = x.mentions[r.person]!.key.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every(isVietnameseWord)) return -1;
  if (holdsPostNamed(r, x, res)) return -1;
  // (a story another country is named in at least three times as often is that country's: "Thủ tướng Lý Cường" in a
  // story on China that names Việt Nam once; not for an office named with the state's own word: "Chủ tịch nước X" on
  // a visit to Peru)
  const home = res.entities.findIndex((e) => e.ref === HOME);
  if (home < 0) return -1;
  if (!lex.stateTitles.has(office) && res.entities.some((e) => e.type === 'country' && e.ref !== HOME && e.mentions >= 3 * res.entities[home]!.mentions)) return -1;
  return home;
}

/** The holder of a bare title holds a post the document names with its body elsewhere (that one is the role). */
function holdsPostNamed(r: RoleCue, x: DocExtraction, res: LocalResolution): boolean {
  const holder = res.mentionEntity[r.person];
  return x.roles.some((o) => o.of !== null && res.mentionEntity[o.person] === holder);
}

/**
 * "Bộ GD&ĐT công bố … Bộ trưởng Lê Văn Khoa cho biết": a title of the portfolio titles with no portfolio and no
 * body beside it leads the one body of its kind ("bộ") the document names, whose name begins with no longer head
 * ("Bộ Tư lệnh", "Bộ Chính trị" are led otherwise); -1 if the document names none or several, or the holder holds
 * a post named elsewhere.
 */
function onlyBodyOfKind(keys: readonly string[], r: RoleCue, x: DocExtraction, res: LocalResolution, lang: PreparedDoc['lang']): number {
  const lex = getLexicon()[lang];
  const head = lex.portfolioTitles.get(keys.join(' '));
  if (head === undefined) return -1;
  if (holdsPostNamed(r, x, res)) return -1;
  const headKeys = phraseKeys(head);
  const ofKind = (name: string) => {
    const words = phraseKeys(name);
    const toks = keyTokens(words);
    return words.length > headKeys.length && headKeys.every((w, k) => words[k] === w) && lex.orgHeads.len(toks, 0, toks.length) === headKeys.length;
  };
  let found = -1;
  for (let e = 0; e < res.entities.length; e++) {
    const ent = res.entities[e]!;
    if (ent.type !== 'organization' || !ent.names.some(ofKind)) continue;
    if (found >= 0) return -1;
    found = e;
  }
  return found;
}

/**
 * The organization a title with a portfolio leads, when the document names it:
 * "Bộ trưởng Công Thương" → the entity named "Bộ Công Thương"; -1 if none. `keys`: the title's folded words.
 */
function portfolioBody(keys: readonly string[], lang: PreparedDoc['lang'], res: LocalResolution): number {
  const portfolioTitles = getLexicon()[lang].portfolioTitles;
  if (portfolioTitles.size === 0) return -1;
  for (let k = keys.length - 1; k >= 1; k--) {
    const head = portfolioTitles.get(keys.slice(0, k).join(' '));
    if (head === undefined) continue;
    const body = [...phraseKeys(head), ...keys.slice(k)].join(' ');
    return res.entities.findIndex((e) => e.type === 'organization' && e.names.some((n) => phraseKeys(n).join(' ') === body));
  }
  return -1;
}
