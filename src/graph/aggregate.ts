// Accumulates per-document analyses into corpus-wide records, keyed by the
// documents' entity keys, before corpus-level resolution. Holds no article text
// beyond the capped evidence sentences; the result does not depend on the order
// documents are added in.
import type { DocAnalysis, EntityType, Evidence, GraphDocument, Lang, RelationType } from '../types.js';
import { bump, CappedList, type Ranked } from './capped.js';

export interface AggregateOptions {
  /** Evidence sentences kept per edge and per node. */
  evidence: number;
  /** Document ids kept per node and per edge (the count is kept in full). */
  documents: number;
}

export const DEFAULT_AGGREGATE_OPTIONS: AggregateOptions = { evidence: 5, documents: 50 };

export type RankedEvidence = Evidence & Ranked;
export type RankedDoc = { id: string } & Ranked;

export interface EntityRecord {
  key: string;
  type: EntityType | null;
  ref?: string;
  iso?: string;
  acronym?: string;
  names: Map<string, number>;
  mentions: number;
  docCount: number;
  docs: CappedList<RankedDoc>;
  evidence: CappedList<RankedEvidence>;
}

export interface EdgeRecord {
  relation: RelationType;
  source: string;
  target: string;
  weight: number;
  labels: Map<string, number>;
  docCount: number;
  docs: CappedList<RankedDoc>;
  evidence: CappedList<RankedEvidence>;
}

export class CorpusAggregate {
  readonly entities = new Map<string, EntityRecord>();
  readonly edges = new Map<string, EdgeRecord>();
  readonly documents: (GraphDocument & { di: number })[] = [];
  mentionCount = 0;

  constructor(readonly opts: AggregateOptions = DEFAULT_AGGREGATE_OPTIONS) {}

  /** The language most documents are in. */
  mainLang(): Lang {
    const en = this.documents.filter((d) => d.lang === 'en').length;
    return en * 2 > this.documents.length ? 'en' : 'vi';
  }

  /** Adds one document's analysis; di is its position in the input. */
  add(a: DocAnalysis, di: number): void {
    const { meta } = a;
    const doc: GraphDocument & { di: number } = { di, id: a.id, lang: a.lang };
    for (const k of ['title', 'date', 'url', 'author', 'source'] as const) if (meta[k]) doc[k] = meta[k];
    this.documents.push(doc);
    this.mentionCount += a.mentions.length;
    const evidenceOf = (s: number, through = s): RankedEvidence => {
      const sent = a.sentences[s]!;
      if (through === s) return { doc: a.id, text: sent.text, start: sent.start, end: sent.end, di, at: sent.start };
      const parts = [];
      for (let k = s; k <= through; k++) if (a.sentences[k]) parts.push(a.sentences[k]!.text);
      return { doc: a.id, text: parts.join(' '), start: sent.start, end: a.sentences[through]!.end, di, at: sent.start };
    };
    const firstSentence = new Map<number, number>();
    const surfaces: Map<string, number>[] = a.entities.map(() => new Map());
    for (const m of a.mentions) {
      if (m.entity < 0) continue;
      if (!firstSentence.has(m.entity)) firstSentence.set(m.entity, m.sentence);
      bump(surfaces[m.entity]!, m.text);
    }
    a.entities.forEach((e, i) => {
      let r = this.entities.get(e.key);
      if (!r) {
        r = { key: e.key, type: e.type, names: new Map(), mentions: 0, docCount: 0, docs: new CappedList(this.opts.documents), evidence: new CappedList(this.opts.evidence) };
        if (e.ref) r.ref = e.ref;
        if (e.iso) r.iso = e.iso;
        this.entities.set(e.key, r);
      }
      if (e.acronym && !r.acronym) r.acronym = e.acronym;
      r.mentions += e.mentions;
      r.docCount++;
      r.docs.add({ id: a.id, di, at: 0 });
      const first = firstSentence.get(i);
      if (first !== undefined) r.evidence.add(evidenceOf(first));
      for (const [name, n] of surfaces[i]!) bump(r.names, name, n);
    });
    for (const rel of a.relations) {
      const source = a.entities[rel.source]!.key;
      const target = a.entities[rel.target]!.key;
      const key = `${rel.relation}|${source}|${target}`;
      let r = this.edges.get(key);
      if (!r) {
        r = { relation: rel.relation, source, target, weight: 0, labels: new Map(), docCount: 0, docs: new CappedList(this.opts.documents), evidence: new CappedList(this.opts.evidence) };
        this.edges.set(key, r);
      }
      r.weight += rel.sentences.length;
      r.docCount++;
      r.docs.add({ id: a.id, di, at: 0 });
      for (const label of rel.labels ?? []) bump(r.labels, label);
      rel.sentences.forEach((s, k) => r!.evidence.add(evidenceOf(s, rel.through?.[k] ?? s)));
    }
  }
}
