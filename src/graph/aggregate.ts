// Accumulates per-document analyses into corpus-wide records, keyed by the
// documents' entity keys, before corpus-level resolution.
//
// Memory stays bounded by the graph, not by the corpus: records hold counts,
// capped lists of document indices, and capped lists of evidence sentence ids;
// a sentence's text is kept only while some capped list refers to it. The
// result does not depend on the order documents are added in (worker threads
// finish out of order): every capped list keeps the smallest (document, sentence).
import type { DocAnalysis, EntityType, Evidence, GraphDocument, Lang, RelationType } from '../types.js';
import { RELATION_INDEX, RELATION_TYPES } from '../types.js';
import { bump } from './capped.js';

export interface AggregateOptions {
  /** Evidence sentences kept per edge and per node. */
  evidence: number;
  /** Document ids kept per node and per edge (the count is kept in full). */
  documents: number;
}

export const DEFAULT_AGGREGATE_OPTIONS: AggregateOptions = { evidence: 5, documents: 50 };

/**
 * A sentence id: document index × 2^16 + sentence index, so ids sort by
 * (document, position); + 0.5 marks evidence that runs on into the next sentence.
 */
export type SentenceId = number;
export const SENTENCES_PER_DOC = 65536;

export interface EntityRecord {
  key: string;
  type: EntityType | null;
  ref?: string;
  iso?: string;
  acronym?: string;
  /** Document index the acronym was read in: the earliest wins, whatever the order of arrival. */
  acronymDi?: number;
  names: Map<string, number>;
  mentions: number;
  docCount: number;
  /** Smallest document indices (capped). */
  docs: number[];
  /** Smallest evidence sentence ids (capped). */
  evidence: SentenceId[];
}

export interface EdgeRecord {
  relation: RelationType;
  /** Keys of the entity records at the ends. */
  source: string;
  target: string;
  weight: number;
  /** Titles or reporting verbs with their counts (roles and statements). */
  labels: Map<string, number> | null;
  docCount: number;
  docs: number[];
  evidence: SentenceId[];
}

/**
 * An aggregate as data (for a file: see snapshot.ts), columns of numbers where
 * there are many records: per edge EDGE_FIELDS integers, its documents and
 * evidence ids one list after the other.
 */
export interface AggregateSnapshot {
  opts: AggregateOptions;
  mentionCount: number;
  documents: (GraphDocument & { di: number })[];
  /** Entity keys by number. */
  keys: string[];
  entities: (Omit<EntityRecord, 'names'> & { names: [string, number][] })[];
  /** Per edge: relation index, source and target numbers, weight, docCount, documents, evidence ids. */
  edges: Int32Array;
  edgeDocs: Int32Array;
  edgeEvidence: Float64Array;
  /** Titles or verbs of the labelled edges: edge number, how many, then (name number, count) for each. */
  labels: Int32Array;
  labelNames: string[];
  sentenceIds: Float64Array;
  /** start, end and the number of capped lists that cite it, of each sentence. */
  sentenceSpans: Int32Array;
  sentenceTexts: string[];
}
export const EDGE_FIELDS = 7;

interface StoredSentence {
  doc: string;
  text: string;
  start: number;
  end: number;
  refs: number;
  /** The one Evidence object of this sentence, shared by every node and edge that cites it. */
  evidence?: Evidence;
}

export class CorpusAggregate {
  readonly entities = new Map<string, EntityRecord>();
  readonly edges = new EdgeTable();
  readonly documents: (GraphDocument & { di: number })[] = [];
  mentionCount = 0;
  private readonly sentences = new Map<SentenceId, StoredSentence>();
  private readonly ids = new Map<string, number>();

  constructor(readonly opts: AggregateOptions = DEFAULT_AGGREGATE_OPTIONS) {}

  /** The language most documents are in. */
  mainLang(): Lang {
    const en = this.documents.filter((d) => d.lang === 'en').length;
    return en * 2 > this.documents.length ? 'en' : 'vi';
  }

  /**
   * Adds one document's analysis; di is its position in the input. fresh: its
   * strings are its own (parsed or received from a worker), not slices of the
   * article, so kept sentences need no copy.
   */
  add(a: DocAnalysis, di: number, fresh = false): void {
    const own = fresh ? (s: string) => s : ownCopy;
    const { meta } = a;
    const doc: GraphDocument & { di: number } = { di, id: own(a.id), lang: a.lang };
    for (const k of ['title', 'date', 'url', 'author', 'source'] as const) if (meta[k]) doc[k] = own(meta[k]!);
    this.documents.push(doc);
    this.mentionCount += a.mentionCount;
    const base = di * SENTENCES_PER_DOC;
    const cap = this.opts.evidence;
    const evidence = (r: { evidence: SentenceId[] }, s: number, through = s) => {
      const id = base + s + (through > s ? 0.5 : 0);
      // most evidence of a big corpus comes after a full list: turned away without a lookup
      const list = r.evidence;
      if (list.length >= cap && id > list[list.length - 1]!) return;
      r.evidence = this.keep(list, id, cap, () => {
        const sent = a.sentences[s]!;
        if (through === s) return { doc: doc.id, text: own(sent.text), start: sent.start, end: sent.end, refs: 0 };
        const parts: string[] = [];
        for (let k = s; k <= through; k++) if (a.sentences[k]) parts.push(a.sentences[k]!.text);
        return { doc: doc.id, text: own(parts.join(' ')), start: sent.start, end: a.sentences[through]!.end, refs: 0 };
      });
    };

    const ids: number[] = [];
    a.entities.forEach((e) => {
      const id = this.intern(e.key);
      ids.push(id);
      const r = this.entityRecord(id, e, e.acronym, di);
      r.mentions += e.mentions;
      r.docCount++;
      r.docs = addCapped(r.docs, di, this.opts.documents);
      if (e.first >= 0) evidence(r, e.first);
      for (const [name, n] of e.surfaces) {
        if (r.names.has(name)) bump(r.names, name, n);
        else r.names.set(own(name), n);
      }
    });
    for (const rel of a.relations) {
      const r = this.edgeRecord(rel.relation, ids[rel.source]!, ids[rel.target]!, rel.labels !== undefined);
      r.weight += rel.sentences.length;
      r.docCount++;
      r.docs = addCapped(r.docs, di, this.opts.documents);
      if (rel.labels && r.labels) for (const label of rel.labels) bump(r.labels, label);
      rel.sentences.forEach((s, k) => evidence(r!, s, rel.through?.[k] ?? s));
    }
  }

  /**
   * Adds what a graph built from another part of the corpus says of one entity
   * or relation (entigraph merge). Document indices and sentence ids must be
   * global (the graphs' documents numbered one after the other).
   */
  addDocument(doc: GraphDocument, di: number): void {
    this.documents.push({ ...doc, di });
  }

  addEntity(part: { key: string; type: EntityType | null; ref?: string; iso?: string; acronym?: string; acronymDi?: number; names: [string, number][]; mentions: number; docCount: number; docs: number[]; evidence: { id: SentenceId; sentence: Evidence }[] }): void {
    const r = this.entityRecord(this.intern(part.key), part, part.acronym, part.acronymDi ?? part.docs[0] ?? 0);
    r.mentions += part.mentions;
    r.docCount += part.docCount;
    for (const di of part.docs) r.docs = addCapped(r.docs, di, this.opts.documents);
    for (const [name, n] of part.names) bump(r.names, name, n);
    for (const ev of part.evidence) r.evidence = this.keep(r.evidence, ev.id, this.opts.evidence, () => ({ ...ev.sentence, refs: 0 }));
  }

  addEdge(part: { relation: RelationType; source: string; target: string; weight: number; labels: [string, number][] | null; docCount: number; docs: number[]; evidence: { id: SentenceId; sentence: Evidence }[] }): void {
    const r = this.edgeRecord(part.relation, this.intern(part.source), this.intern(part.target), part.labels !== null);
    r.weight += part.weight;
    r.docCount += part.docCount;
    for (const di of part.docs) r.docs = addCapped(r.docs, di, this.opts.documents);
    if (part.labels && r.labels) for (const [l, n] of part.labels) bump(r.labels, l, n);
    for (const ev of part.evidence) r.evidence = this.keep(r.evidence, ev.id, this.opts.evidence, () => ({ ...ev.sentence, refs: 0 }));
  }

  /** The records as data (a snapshot: see snapshot.ts); take it before buildGraph consumes the edge records. */
  snapshot(): AggregateSnapshot {
    const n = this.edges.size;
    const edges = new Int32Array(n * EDGE_FIELDS);
    let docsLen = 0;
    let evLen = 0;
    this.edges.forEach((r) => {
      docsLen += r.docs.length;
      evLen += r.evidence.length;
    });
    const edgeDocs = new Int32Array(docsLen);
    const edgeEvidence = new Float64Array(evLen);
    const labelNames = new Map<string, number>();
    const labels: number[] = [];
    let i = 0;
    docsLen = evLen = 0;
    this.edges.forEach((r, relation, source, target) => {
      const o = i * EDGE_FIELDS;
      edges[o] = relation;
      edges[o + 1] = source;
      edges[o + 2] = target;
      edges[o + 3] = r.weight;
      edges[o + 4] = r.docCount;
      edges[o + 5] = r.docs.length;
      edges[o + 6] = r.evidence.length;
      const { docs, evidence } = r;
      for (let k = 0; k < docs.length; k++) edgeDocs[docsLen++] = docs[k]!;
      for (let k = 0; k < evidence.length; k++) edgeEvidence[evLen++] = evidence[k]!;
      if (r.labels) {
        labels.push(i, r.labels.size);
        r.labels.forEach((count, l) => {
          let li = labelNames.get(l);
          if (li === undefined) labelNames.set(l, (li = labelNames.size));
          labels.push(li, count);
        });
      }
      i++;
    });
    const sentenceIds = new Float64Array(this.sentences.size);
    const sentenceSpans = new Int32Array(this.sentences.size * 3);
    const sentenceTexts: string[] = [];
    i = 0;
    for (const [id, st] of this.sentences) {
      sentenceIds[i] = id;
      sentenceSpans[3 * i] = st.start;
      sentenceSpans[3 * i + 1] = st.end;
      sentenceSpans[3 * i + 2] = st.refs;
      sentenceTexts.push(st.text);
      i++;
    }
    const entities = [...this.entities.values()].map((r) => ({ ...r, names: [...r.names] }));
    return { opts: this.opts, mentionCount: this.mentionCount, documents: this.documents, keys: this.keysById, entities, edges, edgeDocs, edgeEvidence, labelNames: [...labelNames.keys()], labels: Int32Array.from(labels), sentenceIds, sentenceSpans, sentenceTexts };
  }

  /** The aggregate a snapshot was taken of. */
  static fromSnapshot(snap: AggregateSnapshot): CorpusAggregate {
    const agg = new CorpusAggregate(snap.opts);
    agg.mentionCount = snap.mentionCount;
    for (const d of snap.documents) agg.documents.push(d);
    for (const key of snap.keys) agg.intern(key);
    const docOf = new Map(snap.documents.map((d) => [d.di, d.id]));
    snap.sentenceIds.forEach((id, k) => {
      const doc = docOf.get(Math.floor(id / SENTENCES_PER_DOC));
      if (doc === undefined) throw new Error(`snapshot: sentence ${id} of no document`);
      agg.sentences.set(id, { doc, text: snap.sentenceTexts[k]!, start: snap.sentenceSpans[3 * k]!, end: snap.sentenceSpans[3 * k + 1]!, refs: snap.sentenceSpans[3 * k + 2]! });
    });
    for (const e of snap.entities) agg.entities.set(e.key, { ...e, names: new Map(e.names) });
    const labels = labelMaps(snap);
    const { edges } = snap;
    let docsAt = 0;
    let evAt = 0;
    for (let i = 0, o = 0; o < edges.length; i++, o += EDGE_FIELDS) {
      const source = edges[o + 1]!;
      const target = edges[o + 2]!;
      const nd = edges[o + 5]!;
      const ne = edges[o + 6]!;
      const l = labels.get(i);
      const r: EdgeRecord = {
        relation: RELATION_TYPES[edges[o]!]!,
        source: agg.keysById[source]!,
        target: agg.keysById[target]!,
        weight: edges[o + 3]!,
        labels: l ?? null,
        docCount: edges[o + 4]!,
        docs: list(snap.edgeDocs, docsAt, nd),
        evidence: list(snap.edgeEvidence, evAt, ne),
      };
      agg.edges.set(edges[o]!, source, target, r);
      docsAt += nd;
      evAt += ne;
    }
    return agg;
  }

  /**
   * Numbers the documents anew (a document joined the corpus before some of
   * them): newDi must keep their order, so every capped list stays sorted and
   * keeps the smallest values. In place: no record is made again.
   */
  renumber(newDi: (di: number) => number): void {
    const sid = (id: SentenceId) => {
      const di = Math.floor(id / SENTENCES_PER_DOC);
      return newDi(di) * SENTENCES_PER_DOC + (id - di * SENTENCES_PER_DOC);
    };
    const ids = (list: number[], f: (x: number) => number) => {
      for (let k = 0; k < list.length; k++) list[k] = f(list[k]!);
    };
    for (const d of this.documents) d.di = newDi(d.di);
    this.idsKnown = 0;
    this.idByDi.length = 0;
    for (const r of this.entities.values()) {
      ids(r.docs, newDi);
      ids(r.evidence, sid);
      if (r.acronymDi !== undefined) r.acronymDi = newDi(r.acronymDi);
    }
    for (const r of this.edges.values()) {
      ids(r.docs, newDi);
      ids(r.evidence, sid);
    }
    const sentences = [...this.sentences];
    this.sentences.clear();
    for (const [id, st] of sentences) this.sentences.set(sid(id), st);
  }

  /** Adds another aggregate's records (numbered as this one: the documents of both in one order). */
  absorb(other: CorpusAggregate): void {
    const evidence = (ids: readonly SentenceId[]) =>
      ids.map((id) => {
        const { doc, text, start, end } = other.sentences.get(id)!;
        return { id, sentence: { doc, text, start, end } };
      });
    for (const d of other.documents) this.addDocument(d, d.di);
    this.mentionCount += other.mentionCount;
    for (const e of other.entities.values()) this.addEntity({ ...e, names: [...e.names], evidence: evidence(e.evidence) });
    for (const r of other.edges.values()) this.addEdge({ ...r, labels: r.labels ? [...r.labels] : null, evidence: evidence(r.evidence) });
  }

  /** The record of entity number id (created from what first names it); the earliest document's acronym wins, whatever the order of arrival. */
  private entityRecord(id: number, e: { type: EntityType | null; ref?: string; iso?: string }, acronym: string | undefined, di: number): EntityRecord {
    const key = this.keysById[id]!;
    let r = this.entities.get(key);
    if (!r) {
      r = { key, type: e.type, names: new Map(), mentions: 0, docCount: 0, docs: [], evidence: [] };
      if (e.ref) r.ref = e.ref;
      if (e.iso) r.iso = e.iso;
      this.entities.set(key, r);
    }
    if (acronym && (r.acronymDi === undefined || di < r.acronymDi)) {
      r.acronym = acronym;
      r.acronymDi = di;
    }
    return r;
  }

  /** The record of a relation between entity numbers source and target (labelled: roles and statements keep their titles or verbs). */
  private edgeRecord(relation: RelationType, source: number, target: number, labelled: boolean): EdgeRecord {
    const ri = RELATION_INDEX[relation];
    let r = this.edges.get(ri, source, target);
    if (!r) {
      r = { relation, source: this.keysById[source]!, target: this.keysById[target]!, weight: 0, labels: labelled ? new Map() : null, docCount: 0, docs: [], evidence: [] };
      this.edges.set(ri, source, target, r);
    }
    return r;
  }

  /** The evidence of a capped list of sentence ids. */
  evidenceOf(ids: readonly SentenceId[]): Evidence[] {
    return ids.map((id) => {
      const s = this.sentences.get(id)!;
      return (s.evidence ??= { doc: s.doc, text: s.text, start: s.start, end: s.end });
    });
  }

  /** Document ids of a capped list of document indices. */
  docIds(dis: readonly number[]): string[] {
    if (this.idsKnown !== this.documents.length) {
      for (const d of this.documents) this.idByDi[d.di] = d.id;
      this.idsKnown = this.documents.length;
    }
    const out = new Array<string>(dis.length);
    for (let k = 0; k < dis.length; k++) out[k] = this.idByDi[dis[k]!]!;
    return out;
  }
  /** Document id by document index (an array: indices are dense, a skipped document leaves a hole). */
  private readonly idByDi: string[] = [];
  private idsKnown = 0;

  /** Inserts id in a capped list (returned: a new one if it was empty), storing the sentence while some list refers to it. */
  private keep(list: SentenceId[], id: SentenceId, cap: number, make: () => StoredSentence): SentenceId[] {
    let evicted: number | undefined;
    if (list.length === 0 && cap > 0) list = [id];
    else evicted = insertCapped(list, id, cap);
    if (evicted === id) return list; // not among the smallest: not kept
    let s = this.sentences.get(id);
    if (!s) {
      s = make();
      this.sentences.set(id, s);
    }
    s.refs++;
    if (evicted !== undefined) {
      const old = this.sentences.get(evicted)!;
      if (--old.refs === 0) this.sentences.delete(evicted);
    }
    return list;
  }

  /** The number of an entity key; one string object per key, however many documents name it. */
  private intern(key: string): number {
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    this.ids.set(key, this.keysById.length);
    this.keysById.push(key);
    return this.keysById.length - 1;
  }
  private readonly keysById: string[] = [];
}


/**
 * Edge records by source entity number, then by target number × 3 + relation:
 * small-integer keys in one small map per source, which a big corpus (a million
 * records) looks up faster than one huge map of 48-bit keys.
 */
export class EdgeTable {
  private bySource: (Map<number, EdgeRecord> | undefined)[] = [];
  size = 0;

  get(relation: number, source: number, target: number): EdgeRecord | undefined {
    return this.bySource[source]?.get(target * 3 + relation);
  }

  set(relation: number, source: number, target: number, r: EdgeRecord): void {
    let m = this.bySource[source];
    if (!m) this.bySource[source] = m = new Map();
    if (!m.has(target * 3 + relation)) this.size++;
    m.set(target * 3 + relation, r);
  }

  /** Each record with its relation index and entity numbers. */
  forEach(f: (r: EdgeRecord, relation: number, source: number, target: number) => void): void {
    this.bySource.forEach((m, source) => m?.forEach((r, k) => f(r, k % 3, source, Math.floor(k / 3))));
  }

  *values(): IterableIterator<EdgeRecord> {
    for (const m of this.bySource) if (m) yield* m.values();
  }

  clear(): void {
    this.bySource = [];
    this.size = 0;
  }
}

/** The titles or verbs of a snapshot's labelled edges, by edge number. */
function labelMaps(snap: AggregateSnapshot): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  const L = snap.labels;
  for (let k = 0; k < L.length; ) {
    const edge = L[k++]!;
    const n = L[k++]!;
    const m = new Map<string, number>();
    for (let j = 0; j < n; j++, k += 2) m.set(snap.labelNames[L[k]!]!, L[k + 1]!);
    out.set(edge, m);
  }
  return out;
}

/** n numbers of a column from `at`, as an array (a literal for one: most records of a big corpus have one). */
function list(column: Int32Array | Float64Array, at: number, n: number): number[] {
  if (n === 1) return [column[at]!];
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(column[at + k]!);
  return out;
}

/**
 * insertCapped that starts an empty list as a one-element literal: an array that
 * grows by push reserves room for 17 elements, and most records of a big corpus
 * (an edge seen in one document) never get a second one.
 */
export function addCapped(list: number[], x: number, cap: number): number[] {
  if (list.length === 0 && cap > 0) return [x];
  insertCapped(list, x, cap);
  return list;
}

/**
 * Inserts x into a sorted list that keeps only its `cap` smallest values.
 * Returns undefined when x went in without pushing anything out, the value that
 * was pushed out, or x itself when x is too large (or already there).
 */
export function insertCapped(list: number[], x: number, cap: number): number | undefined {
  if (list.length >= cap && x > list[list.length - 1]!) return x; // the common case: a full list, x after it
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] === x) return x;
  if (lo >= cap) return x;
  list.splice(lo, 0, x);
  return list.length > cap ? list.pop() : undefined;
}

/**
 * A copy of a string that does not keep alive the text it was cut from: V8
 * represents a slice as a view on its parent, so a kept title or sentence would
 * otherwise hold its whole article in memory.
 */
function ownCopy(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
