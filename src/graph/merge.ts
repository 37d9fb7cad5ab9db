// `entigraph merge`: graphs built from disjoint parts of a corpus → the graph
// one run over the whole corpus builds. Each graph's nodes and edges become
// corpus records again (documents numbered one graph after the other, so
// evidence keeps the order a single run gives it), entities are resolved anew
// across all parts (a short form in one part joins a full name in another),
// then weights, counts and capped evidence add up and metrics and layout are
// recomputed.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AnalysisCache } from '../cache.js';
import { EntigraphError } from '../errors.js';
import { readGraph } from '../export/graph-file.js';
import { getLexicon } from '../extract/lexicon.js';
import { foldName } from '../extract/normalize.js';
import type { DocAnalysis, EntityType, Evidence, GraphDocument, RelationType } from '../types.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../types.js';
import { CorpusAggregate, SENTENCES_PER_DOC, type AggregateOptions } from './aggregate.js';

export interface MergeReport {
  /** Graphs merged exactly from their build's cache of document analyses. */
  exact: string[];
  /** Graphs merged from the graph file alone (a short form resolved in one part is not reconsidered). */
  fromGraph: string[];
}

/**
 * The corpus records of several graphs, one part after another. A graph whose
 * build left its cache beside it (.entigraph-cache.sqlite, the default for
 * folders) is merged exactly: its documents' analyses are read back in
 * document order, as a single run over the whole corpus adds them. Otherwise
 * the graph's own nodes and edges are turned back into records.
 */
export async function aggregateGraphs(paths: readonly string[], opts: AggregateOptions, report: MergeReport = { exact: [], fromGraph: [] }): Promise<CorpusAggregate> {
  const agg = new CorpusAggregate(opts);
  const lex = getLexicon();
  const seenDocs = new Set<string>();
  let diBase = 0;
  for (const path of paths) {
    // (a graph merged from its cache needs only its documents list: its nodes and edges are not parsed)
    const head = await readGraph(path, ['attributes']);
    const docs = head.attributes?.documents as GraphDocument[] | undefined;
    if (!Array.isArray(docs)) throw new EntigraphError('E_FORMAT', 'not a graph built by entigraph (no documents list)', path);
    for (const d of docs) {
      if (seenDocs.has(d.id)) throw new EntigraphError('E_FORMAT', `document ${d.id} is also in another graph: merge graphs of disjoint parts of a corpus`, path);
      seenDocs.add(d.id);
    }
    const analyses = fromCache(join(dirname(path), CACHE_FILE), docs);
    if (analyses) {
      analyses.forEach((a, i) => agg.add(a, diBase + i));
      report.exact.push(path);
      diBase += docs.length;
      continue;
    }
    report.fromGraph.push(path);
    const g = await readGraph(path);
    const diOf = new Map<string, number>();
    docs.forEach((d, i) => {
      diOf.set(d.id, diBase + i);
      agg.addDocument(d, diBase + i);
    });
    // sentences get ids in document order, then by position in the document (as a single run numbers them)
    const starts = new Map<string, number[]>();
    const note = (ev: unknown) => {
      for (const e of evidenceList(ev)) {
        const list = starts.get(e.doc) ?? [];
        list.push(e.start + (e.end - e.start) / 1e9);
        starts.set(e.doc, list);
      }
    };
    for (const n of g.nodes) note(n.attributes?.evidence);
    for (const e of g.edges) note(e.attributes?.evidence);
    const rankOf = new Map<string, Map<number, number>>();
    for (const [doc, list] of starts) rankOf.set(doc, new Map([...new Set(list)].sort((a, b) => a - b).map((v, i) => [v, i])));
    const withIds = (ev: unknown) =>
      evidenceList(ev)
        .filter((e) => diOf.has(e.doc))
        .map((e) => ({ id: diOf.get(e.doc)! * SENTENCES_PER_DOC + rankOf.get(e.doc)!.get(e.start + (e.end - e.start) / 1e9)!, sentence: e }));
    const dis = (ids: unknown) => (Array.isArray(ids) ? ids.map((id) => diOf.get(String(id))).filter((x): x is number => x !== undefined).sort((a, b) => a - b) : []);

    const recordKey = new Map<string, string>();
    for (const n of g.nodes) {
      const a = n.attributes ?? {};
      const type = a.entityType as EntityType;
      if (!ENTITY_TYPES.includes(type)) throw new EntigraphError('E_FORMAT', `node ${n.key} has no entityType: not a graph built by entigraph`, path);
      const label = String(a.label ?? n.key);
      const ref = lex.entries.has(n.key) ? n.key : undefined;
      const key = ref ?? `${type}:${foldName(label)}`;
      recordKey.set(n.key, key);
      const aliases = Array.isArray(a.aliases) ? (a.aliases as string[]) : [label];
      const counts = Array.isArray(a.aliasCounts) ? (a.aliasCounts as number[]) : aliases.map(() => 1);
      agg.mentionCount += Number(a.mentions ?? 0);
      agg.addEntity({
        key,
        type,
        ...(ref ? { ref } : {}),
        ...(typeof a.iso === 'string' ? { iso: a.iso } : {}),
        ...(typeof a.acronym === 'string' ? { acronym: a.acronym } : {}),
        names: aliases.map((al, i) => [al, counts[i] ?? 1]),
        mentions: Number(a.mentions ?? 0),
        docCount: Number(a.documentCount ?? dis(a.documents).length),
        docs: dis(a.documents),
        evidence: withIds(a.evidence),
      });
    }
    for (const e of g.edges) {
      const a = e.attributes ?? {};
      const relation = a.relation as RelationType;
      if (!RELATION_TYPES.includes(relation)) continue;
      const source = recordKey.get(e.source);
      const target = recordKey.get(e.target);
      if (!source || !target) throw new EntigraphError('E_FORMAT', `edge ${e.key ?? ''} ${e.source} → ${e.target} names a missing node`, path);
      const counts = a.labelCounts && typeof a.labelCounts === 'object' ? Object.entries(a.labelCounts as Record<string, number>) : null;
      agg.addEdge({
        relation,
        source,
        target,
        weight: Number(a.weight ?? 1),
        labels: relation === 'co-mention' ? null : (counts ?? [[String(a.label ?? relation), Number(a.weight ?? 1)]]),
        docCount: Number(a.documentCount ?? dis(a.documents).length),
        docs: dis(a.documents),
        evidence: withIds(a.evidence),
      });
    }
    diBase += docs.length;
  }
  return agg;
}

export const CACHE_FILE = '.entigraph-cache.sqlite';

/** The analyses of every document of a graph from its build's cache, or null if the cache cannot give them all. */
function fromCache(path: string, docs: readonly GraphDocument[]): DocAnalysis[] | null {
  if (!existsSync(path)) return null;
  let cache: AnalysisCache | null = null;
  try {
    let usable = true;
    cache = AnalysisCache.open(path, () => {
      usable = false;
    });
    if (!usable) return null;
    const out: DocAnalysis[] = [];
    for (const d of docs) {
      const a = cache.getById(d.id);
      if (!a) return null;
      out.push(a);
    }
    return out;
  } catch {
    return null;
  } finally {
    cache?.close();
  }
}

function evidenceList(v: unknown): Evidence[] {
  if (!Array.isArray(v)) return [];
  return v.filter((e): e is Evidence => !!e && typeof e === 'object' && typeof (e as Evidence).doc === 'string' && typeof (e as Evidence).text === 'string' && Number.isFinite((e as Evidence).start));
}
