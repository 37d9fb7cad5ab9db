// resolve stage, across the corpus: joins the documents' entity records into
// one node per real-world entity.
//   - one node per gazetteer id
//   - person names that are spellings of one name ("Volodymyr Zelensky" = "Volodymyr Zelenskyy"), and a
//     Vietnamese name written without its marks ("Pham Minh Chinh" = "Phạm Minh Chính")
//   - a person known only by a short form joins the one full name it fits
//     ("Putin" → "Vladimir Putin"); when several fit, the far more frequent one, else none;
//     a Vietnamese given name alone ("chị Lan") never joins a Vietnamese full name of another document
//   - an acronym defined anywhere joins its long form
//   - an untyped name joins a typed record with the same name (not a person's Vietnamese given name alone),
//     or the person it is a short form of; one that nothing types is dropped (it never becomes a node)
// Records of different types never join. The result does not depend on record order.
import type { EntityType, Lang } from '../types.js';
import { byCount } from '../graph/capped.js';
import type { EntityRecord } from '../graph/aggregate.js';
import { getLexicon, knownBy } from '../extract/lexicon.js';
import { foldName, stripAccents } from '../extract/normalize.js';
import { hasVietnameseMarks } from '../extract/orthography.js';
import { isShortFormOf, isVietnameseWord, knownAsQualified, nameLength, nameWords, namesAPart, orgCore, sameFullName, spellingKey, wordSpelling } from './names.js';

export interface GlobalEntity {
  key: string;
  type: EntityType;
  label: string;
  aliases: string[];
  /** Mentions of each alias (same order). */
  aliasCounts: number[];
  iso?: string;
  acronym?: string;
  /** Keys of the records it joins. */
  members: string[];
}

export interface GlobalResolution {
  entities: GlobalEntity[];
  /** Record key → node key (absent: dropped). */
  nodeOf: Map<string, string>;
}

/** lang: the corpus's main language, for naming a gazetteer entity no text names the way the gazetteer does. */
export function resolveGlobal(records: Iterable<EntityRecord>, lang: Lang = 'vi'): GlobalResolution {
  const recs = [...records].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const parent = new Map<string, string>(recs.map((r) => [r.key, r.key]));
  const find = (k: string): string => {
    let p = parent.get(k)!;
    while (p !== parent.get(p)) p = parent.get(p)!;
    parent.set(k, p);
    return p;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  // a record's key holds its document's fullest name ("person:pavel novotny"); gazetteer records use their commonest name
  const words = new Map(recs.map((r) => [r.key, r.ref ? nameWords(bestName(r)) : keyName(r).split(' ')]));

  // spellings of one full person name
  const persons = recs.filter((r) => r.type === 'person' && !r.ref);
  const full = persons.filter((r) => words.get(r.key)!.length >= 2);
  // (by every full name a record goes by, not only its key's: "Leo XIV", named "Robert Prevost" in both documents;
  // not by a short form of its key's: "Bảo Đạt" of "Dương Bảo Đạt", "Varga-Noll" of "Oskar Varga-Noll")
  const bySpelling = new Map<string, { r: EntityRecord; w: string[] }[]>();
  for (const r of persons) {
    const own = words.get(r.key)!;
    const names = new Map([[own.join(' '), own]]);
    for (const name of r.names.keys()) {
      const w = nameWords(name);
      if (!isShortFormOf(w, own)) names.set(w.join(' '), w);
    }
    for (const w of names.values()) {
      if (w.length < 2) continue;
      const k = spellingKey(w);
      const list = bySpelling.get(k) ?? [];
      for (const o of list) if (o.r !== r && sameFullName(w, o.w)) union(o.r.key, r.key);
      list.push({ r, w });
      bySpelling.set(k, list);
    }
  }
  // "Pham Minh Chinh" (an English text) = "Phạm Minh Chính": a Vietnamese name written without its marks
  // joins the one marked name it is; not when marked names differ only in marks ("Hùng", "Hưng": two people)
  const marked = new Map<string, Set<string>>();
  for (const r of full) {
    const key = words.get(r.key)!.join(' ');
    const bare = unmarked(key);
    if (bare !== key) marked.set(bare, (marked.get(bare) ?? new Set()).add(r.key));
  }
  for (const r of full) {
    const key = words.get(r.key)!.join(' ');
    const same = /^[a-z ]+$/.test(key) ? marked.get(key) : undefined;
    const roots = same ? new Set([...same].map(find)) : null;
    if (roots?.size === 1) union([...roots][0]!, r.key);
  }

  // short forms of persons; untyped names. Full names are indexed by last and first word.
  const byEdgeWord = new Map<string, EntityRecord[]>();
  for (const f of full) {
    const w = words.get(f.key)!;
    for (const k of new Set([`l:${wordSpelling(w[w.length - 1]!)}`, `f:${w[0]!}`])) {
      const list = byEdgeWord.get(k) ?? [];
      list.push(f);
      byEdgeWord.set(k, list);
    }
  }
  const personFor = (w: string[]): string | null => {
    if (w.length === 0) return null;
    const candidates = new Set([...(byEdgeWord.get(`l:${wordSpelling(w[w.length - 1]!)}`) ?? []), ...(byEdgeWord.get(`f:${w[0]!}`) ?? [])]);
    // (a Vietnamese given name alone, "chị Lan", is too common to stand for a Vietnamese full name another document gives)
    const given = w.length === 1 && isVietnameseWord(w[0]!);
    const fits = [...candidates].filter((f) => isShortFormOf(w, words.get(f.key)!) && !(given && words.get(f.key)!.every(isVietnameseWord)));
    const roots = [...new Set(fits.map((f) => find(f.key)))];
    if (roots.length === 1) return roots[0]!;
    if (roots.length === 0) return null;
    const weight = (root: string) => fits.filter((f) => find(f.key) === root).reduce((n, f) => n + f.mentions, 0);
    const ranked = roots.map((r) => ({ r, w: weight(r) })).sort((a, b) => b.w - a.w || (a.r < b.r ? -1 : 1));
    return ranked[0]!.w >= 2 * ranked[1]!.w ? ranked[0]!.r : null;
  };
  for (const r of persons) {
    if (words.get(r.key)!.length >= 2) continue;
    const target = personFor(words.get(r.key)!);
    if (target) union(target, r.key);
  }
  const typedByName = new Map<string, EntityRecord>();
  /** Every typed record by its name (a known organization may go by its acronym: "HPG" for "Hòa Phát"). */
  const allByName = new Map<string, EntityRecord[]>();
  for (const r of recs) {
    if (r.type === null) continue;
    const k = words.get(r.key)!.join(' ');
    const prev = typedByName.get(k);
    if (!prev || r.mentions > prev.mentions) typedByName.set(k, r);
    const all = allByName.get(k);
    if (all) all.push(r);
    else allByName.set(k, [r]);
  }
  // an organization's name with and without its head noun ("Tập đoàn Masan" = "Masan")
  const orgs = recs.filter((r) => r.type === 'organization');
  const orgByName = new Map<string, EntityRecord[]>();
  for (const r of orgs) {
    const k = words.get(r.key)!.join(' ');
    orgByName.set(k, [...(orgByName.get(k) ?? []), r]);
  }
  // a body named without its acronym joins the one body of that name that has one ("đảng Dân chủ Tự do" → "… (FDP)");
  // not a name the gazetteer knows, which joins the gazetteer's body below
  for (const r of orgs) {
    const name = words.get(r.key)!.join(' ');
    if (ownAcronym(r) !== undefined || knownOrganization(name)) continue;
    const own = (orgByName.get(name) ?? []).filter((o) => ownAcronym(o) !== undefined);
    if (own.length === 1) union(own[0]!.key, r.key);
  }
  /** First record by a core that is a body's name with its own head ("Công ty CP | Tập đoàn Xylo"). */
  const byInnerBody = new Map<string, EntityRecord>();
  const vi = getLexicon().vi;
  for (const r of orgs) {
    const w = words.get(r.key)!;
    const core = orgCore(w);
    if (!core) continue;
    const head = w.slice(0, -core.length).join(' ');
    // a body's whole name, head and all, after a head: only a legal form wraps it ("Công ty CP | Tập đoàn Xylo");
    // another head names another body ("Bệnh viện | Đại học Xylo")
    const inner = orgCore(core) !== null;
    if (inner && !vi.orgWrappingHeads.has(head)) continue;
    const same = orgByName.get(core.join(' '));
    // (not "Văn phòng Quốc hội" for "Quốc hội": a part head before a known body names another; nor two bodies the
    // gazetteer knows apart: "Thanh tra Chính phủ" is not "Chính phủ")
    const twoKnown = same?.[0]!.ref !== undefined && r.ref !== undefined && same[0]!.ref !== r.ref;
    if (same?.length === 1 && !twoKnown && !(same[0]!.ref && !r.ref && namesAPart(w, core))) union(same[0]!.key, r.key);
    // "Công ty CP Tập đoàn Xylo" = "Công ty cổ phần Tập đoàn Xylo": two legal forms around one body's name
    if (inner) {
      const k = core.join(' ');
      const first = byInnerBody.get(k);
      if (first) union(first.key, r.key);
      else byInnerBody.set(k, r);
    }
    // "Trường Đại học Xylo" = "Đại học Xylo": a head and its shorter variant before one name
    const variant = vi.orgHeadVariants.get(head);
    const short = variant ? orgByName.get(`${variant} ${core.join(' ')}`) : undefined;
    if (short?.length === 1) union(short[0]!.key, r.key);
  }
  // an organization the rules found ("đảng Cộng hòa", after its head in lowercase) whose name the gazetteer
  // knows joins that entry's records ("Republicans"); the gazetteer's ambiguous names (given names) aside
  const byRef = new Map<string, string>();
  for (const r of recs) if (r.ref && !byRef.has(r.ref)) byRef.set(r.ref, r.key);
  for (const r of recs) {
    if (r.ref || r.type !== 'organization') continue;
    const name = words.get(r.key)!.join(' ');
    const known = knownOrganization(name);
    // (not one kept apart from it by an acronym of its own: "đảng Dân chủ (DP)" of Korea is not the US "Democratic Party")
    const other = known && !keptApart(r, known) ? byRef.get(known) : undefined;
    if (other) union(other, r.key);
  }
  // acronyms defined in text; long forms defined with one acronym ("Israel Defense Forces (IDF)",
  // "Lực lượng Phòng vệ Israel (IDF)") name one thing (not a body kept apart from the gazetteer's by its own acronym)
  const apartFrom = (own: EntityRecord, other: EntityRecord) => other.ref !== undefined && keptApart(own, other.ref);
  const byAcronym = new Map<string, EntityRecord>();
  for (const r of recs) {
    if (!r.acronym || r.type === null) continue;
    for (const acr of allByName.get(r.acronym.toLowerCase()) ?? []) if (acr.type === r.type && !apartFrom(r, acr)) union(r.key, acr.key);
    const k = `${r.type}:${r.acronym}`;
    const same = byAcronym.get(k);
    if (same && !apartFrom(same, r) && !apartFrom(r, same)) union(same.key, r.key);
    else if (!same) byAcronym.set(k, r);
  }
  const dropped = new Set<string>();
  for (const r of recs) {
    if (r.type !== null) continue;
    const w = words.get(r.key)!;
    // (not a person known by a Vietnamese given name alone: "Nhà khoa học Việt" does not make every "tiếng Việt" a person)
    const given = w.length === 1 && isVietnameseWord(w[0]!);
    const typed = typedByName.get(w.join(' '));
    const target = typed && !(given && typed.type === 'person') ? typed.key : personFor(w);
    if (target) union(target, r.key);
    else dropped.add(r.key);
  }

  // one node per root
  const groups = new Map<string, EntityRecord[]>();
  for (const r of recs) {
    if (dropped.has(r.key)) continue;
    const root = find(r.key);
    const list = groups.get(root) ?? [];
    list.push(r);
    groups.set(root, list);
  }
  const entities: GlobalEntity[] = [];
  const nodeOf = new Map<string, string>();
  const usedKeys = new Set<string>();
  // ordered by key, then (for two entities whose names make the same key) by their records' keys
  const sortedGroups = [...groups.values()]
    .map((g) => ({ g, e: describe(g, lang), tie: g.map((r) => r.key).sort().join('\u0000') }))
    .sort((a, b) => (a.e.key < b.e.key ? -1 : a.e.key > b.e.key ? 1 : a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0));
  for (const { g, e } of sortedGroups) {
    let key = e.key;
    for (let n = 2; usedKeys.has(key); n++) key = `${e.key}-${n}`;
    usedKeys.add(key);
    const ent: GlobalEntity = { ...e, key };
    entities.push(ent);
    for (const r of g) nodeOf.set(r.key, key);
  }
  return { entities, nodeOf };
}

/** The folded acronym an organization's record key holds after '#' (resolve/local: a body's own acronym), if any. */
function ownAcronym(r: EntityRecord): string | undefined {
  const at = r.key.indexOf('#');
  return at < 0 ? undefined : r.key.slice(at + 1);
}

/**
 * A record that resolve/local keyed by its own acronym is not the gazetteer's body `ref` where the gazetteer knows that
 * body by the record's name qualified with a country and not by that acronym ("đảng Dân chủ (DP)" of Korea).
 */
function keptApart(r: EntityRecord, ref: string): boolean {
  const own = ownAcronym(r);
  return own !== undefined && !knownBy(ref, own) && knownAsQualified(ref, keyName(r));
}

/** The folded name a record's key holds, without its type and its own acronym. */
function keyName(r: EntityRecord): string {
  const at = r.key.indexOf('#');
  return r.key.slice(r.key.indexOf(':') + 1, at < 0 ? undefined : at);
}

let orgNames: Map<string, string> | null = null;

/** The gazetteer id of an organization by one of its names, folded ("đảng cộng hòa" → "organization:dang-cong-hoa"). */
function knownOrganization(folded: string): string | undefined {
  if (!orgNames) {
    orgNames = new Map();
    for (const [ref, e] of getLexicon().entries) if (e.type === 'organization') for (const n of e.names) orgNames.set(foldName(n.normalize('NFC')), ref);
  }
  return orgNames.get(folded);
}

/** A folded word that is a Vietnamese syllable (its tone is a sign after it: "hung`"). */
/** A folded name without its letters' marks and its tones (the folded form keeps a tone as a sign after the word: "hung`"). */
function unmarked(key: string): string {
  return stripAccents(key).replace(/[`'~?.](?= |$)/g, '');
}

function bestName(r: EntityRecord): string {
  return byCount(r.names)[0] ?? r.key;
}

function describe(group: EntityRecord[], lang: Lang): Omit<GlobalEntity, 'key'> & { key: string } {
  const names = new Map<string, number>();
  for (const r of group) for (const [n, c] of r.names) names.set(n, (names.get(n) ?? 0) + c);
  const type = (group.find((r) => r.type !== null)?.type ?? 'person') as EntityType;
  const ref = group.find((r) => r.ref)?.ref;
  const iso = group.find((r) => r.iso)?.iso;
  const aliases = byCount(names);
  // gazetteer entities are labelled by the name the corpus uses most among their known names
  // (not "Russian" for Russia); others by their fullest name ("Bộ Quốc phòng Xylia", not "Bộ Quốc phòng")
  const entry = ref ? getLexicon().entries.get(ref) : undefined;
  const known = entry?.names.map((n) => n.normalize('NFC'));
  // (of known names used as often, the one the gazetteer lists first: "Crimea" before "bán đảo Crimea")
  const used = entry ? aliases.filter((a) => known!.includes(a)) : [];
  // (a name the gazetteer lists in several casings is labelled as listed first: "điện Kremlin" → "Điện Kremlin", "Nato" → "NATO")
  const top = used.sort((a, b) => names.get(b)! - names.get(a)! || known!.indexOf(a) - known!.indexOf(b))[0];
  const label = entry
    ? (top === undefined ? (lang === 'en' ? entry.labelEn : entry.label) : known!.find((k) => k.toLowerCase() === top.toLowerCase())!)
    : aliases.slice().sort((a, b) => nameLength(b) - nameLength(a) || names.get(b)! - names.get(a)! || Number(hasVietnameseMarks(b)) - Number(hasVietnameseMarks(a)) || aliases.indexOf(a) - aliases.indexOf(b))[0]!;
  const acronym = group.filter((r) => r.acronym).sort((a, b) => a.acronymDi! - b.acronymDi!)[0]?.acronym;
  const e = { key: ref ?? `${type}:${nodeSlug(label)}`, type, label, aliases, aliasCounts: aliases.map((a) => names.get(a)!), members: group.map((r) => r.key) };
  return { ...e, ...(iso ? { iso } : {}), ...(acronym ? { acronym } : {}) };
}

/** A node key from a name: lowercase, words joined by '-', Vietnamese letters kept ("person:nguyễn-văn-an"), so "Lâm Đông" and "Lâm Đồng" stay apart. */
function nodeSlug(label: string): string {
  return label.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'x';
}
