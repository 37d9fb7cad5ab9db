// graph stage: corpus records → a graphology multigraph (mixed: co-mention
// edges undirected, statement and role edges directed), with metrics, layout,
// sizes and colours. Same input → same graph, attribute for attribute.
import { MultiGraph } from 'graphology';
import type { EdgeAttributes, EntityType, GraphAttributes, NodeAttributes, RelationType } from '../types.js';
import { resolveGlobal } from '../resolve/global.js';
import type { CorpusAggregate, RankedDoc, RankedEvidence } from './aggregate.js';
import { byCount, bump, CappedList } from './capped.js';
import { layout } from './layout.js';
import { computeMetrics, project } from './metrics.js';

export type EntityGraph = MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const TYPE_COLORS: Record<EntityType, string> = {
  person: '#4e79a7',
  organization: '#f28e2b',
  country: '#59a14f',
  location: '#b07aa1',
};
export const RELATION_COLORS: Record<RelationType, string> = {
  'co-mention': '#c8c8c8',
  statement: '#e15759',
  role: '#2a9d8f',
};

export interface BuildOptions {
  generator: string;
  version: string;
  seed: number;
  layoutIterations?: number;
}

export function buildGraph(agg: CorpusAggregate, opts: BuildOptions): EntityGraph {
  const res = resolveGlobal(agg.entities.values(), agg.mainLang());
  const documents = agg.documents.slice().sort((a, b) => a.di - b.di).map(({ di: _di, ...d }) => d);
  const graph: EntityGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.replaceAttributes({ generator: opts.generator, version: opts.version, documentCount: documents.length, documents });

  // nodes
  for (const e of res.entities) {
    const docs = new CappedList<RankedDoc>(agg.opts.documents);
    const evidence = new CappedList<RankedEvidence>(agg.opts.evidence);
    let mentions = 0;
    let docCount = 0;
    for (const k of e.members) {
      const r = agg.entities.get(k)!;
      mentions += r.mentions;
      docCount += r.docCount;
      for (const d of r.docs.items) if (!docs.items.some((x) => x.id === d.id)) docs.add(d);
      for (const ev of r.evidence.items) if (!evidence.items.some((x) => x.doc === ev.doc && x.start === ev.start)) evidence.add(ev);
    }
    const attrs: NodeAttributes & { evidence: unknown[] } = {
      label: e.label,
      entityType: e.type,
      aliases: e.aliases,
      mentions,
      documents: docs.items.map((d) => d.id),
      documentCount: docCount,
      x: 0,
      y: 0,
      size: 1,
      color: TYPE_COLORS[e.type],
      community: 0,
      degree: 0,
      weightedDegree: 0,
      pagerank: 0,
      evidence: evidence.items.map(stripRank),
    };
    if (e.iso) attrs.iso = e.iso;
    graph.addNode(e.key, attrs);
  }

  // edges: records of the same relation between the same two nodes join
  interface Acc { relation: RelationType; source: string; target: string; weight: number; labels: Map<string, number>; docCount: number; docs: CappedList<RankedDoc>; evidence: CappedList<RankedEvidence> }
  const acc = new Map<string, Acc>();
  for (const r of agg.edges.values()) {
    let source = res.nodeOf.get(r.source);
    let target = res.nodeOf.get(r.target);
    if (!source || !target || source === target) continue;
    if (r.relation === 'co-mention' && source > target) [source, target] = [target, source];
    const key = r.relation === 'co-mention' ? `co-mention:${source}--${target}` : `${r.relation}:${source}->${target}`;
    let a = acc.get(key);
    if (!a) {
      a = { relation: r.relation, source, target, weight: 0, labels: new Map(), docCount: 0, docs: new CappedList(agg.opts.documents), evidence: new CappedList(agg.opts.evidence) };
      acc.set(key, a);
    }
    a.weight += r.weight;
    a.docCount += r.docCount;
    for (const [l, n] of r.labels) bump(a.labels, l, n);
    for (const d of r.docs.items) if (!a.docs.items.some((x) => x.id === d.id)) a.docs.add(d);
    a.evidence.addAll(r.evidence.items);
  }
  for (const key of [...acc.keys()].sort()) {
    const a = acc.get(key)!;
    const attrs: EdgeAttributes & { documentCount: number } = {
      relation: a.relation,
      weight: a.weight,
      label: a.relation === 'co-mention' ? 'co-mention' : byCount(a.labels)[0] ?? a.relation,
      documents: a.docs.items.map((d) => d.id),
      documentCount: a.docCount,
      evidence: a.evidence.items.map(stripRank),
      color: RELATION_COLORS[a.relation],
      size: 1,
    };
    if (a.relation === 'co-mention') graph.addUndirectedEdgeWithKey(key, a.source, a.target, attrs);
    else graph.addDirectedEdgeWithKey(key, a.source, a.target, attrs);
  }

  decorate(graph, opts);
  return graph;
}

function stripRank({ di: _di, at: _at, ...ev }: RankedEvidence) {
  return ev;
}

/** Metrics, layout, node sizes and edge thickness. */
function decorate(graph: EntityGraph, opts: BuildOptions): void {
  const proj = project(graph.nodes().sort(), [...graph.edgeEntries()].map((e) => ({ source: e.source, target: e.target, weight: e.attributes.weight })));
  const metrics = computeMetrics(proj, opts.seed);
  let maxPr = 0;
  for (const m of metrics.values()) maxPr = Math.max(maxPr, m.pagerank);
  for (const [n, m] of metrics) {
    const size = round(3 + 17 * Math.sqrt(maxPr > 0 ? m.pagerank / maxPr : 0));
    graph.mergeNodeAttributes(n, { degree: m.degree, weightedDegree: m.weightedDegree, pagerank: Number(m.pagerank.toPrecision(6)), community: m.community, size });
    proj.setNodeAttribute(n, 'size', size);
  }
  layout(proj, { seed: opts.seed, ...(opts.layoutIterations !== undefined ? { iterations: opts.layoutIterations } : {}) });
  proj.forEachNode((n, a) => graph.mergeNodeAttributes(n, { x: a.x ?? 0, y: a.y ?? 0 }));
  graph.forEachEdge((e, a) => graph.setEdgeAttribute(e, 'size', round(1 + Math.log2(a.weight))));
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
