// graph stage: corpus records → a graphology multigraph (mixed: co-mention
// edges undirected, statement and role edges directed), with metrics, layout,
// sizes and colours. Same input → same graph, attribute for attribute.
import { MultiGraph } from 'graphology';
import type { EdgeAttributes, EntityType, GraphAttributes, NodeAttributes, RelationType } from '../types.js';
import { resolveGlobal } from '../resolve/global.js';
import type { CorpusAggregate } from './aggregate.js';
import { byCount, bump } from './capped.js';
import { layout } from './layout.js';
import { computeMetrics, project } from './metrics.js';
import { collectGarbage } from '../util/memory.js';
import { phaseClock } from '../util/timing.js';

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

/** Builds the graph from the aggregate; consumes its edge records (agg.edges is empty afterwards, to free memory). */
export function buildGraph(agg: CorpusAggregate, opts: BuildOptions): EntityGraph {
  const tick = phaseClock();
  if (agg.edges.size > BIG_GRAPH) {
    collectGarbage(); // what the analysis left behind, before the graph doubles what is live
    tick('garbage collection');
  }
  const res = resolveGlobal(agg.entities.values(), agg.mainLang());
  tick('resolve');
  const documents = agg.documents.slice().sort((a, b) => a.di - b.di).map(({ di: _di, ...d }) => d);
  const graph: EntityGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.replaceAttributes({ generator: opts.generator, version: opts.version, documentCount: documents.length, documents });

  // nodes
  for (const e of res.entities) {
    let docs: number[] = [];
    let evidence: number[] = [];
    let mentions = 0;
    let docCount = 0;
    for (const k of e.members) {
      const r = agg.entities.get(k)!;
      mentions += r.mentions;
      docCount += r.docCount;
      docs = mergeCapped(docs, r.docs, agg.opts.documents);
      evidence = mergeCapped(evidence, r.evidence, agg.opts.evidence);
    }
    const attrs: NodeAttributes = {
      label: e.label,
      entityType: e.type,
      aliases: e.aliases,
      aliasCounts: e.aliasCounts,
      mentions,
      documents: agg.docIds(docs),
      documentCount: docCount,
      x: 0,
      y: 0,
      size: 1,
      color: TYPE_COLORS[e.type],
      community: 0,
      degree: 0,
      weightedDegree: 0,
      pagerank: 0,
      evidence: agg.evidenceOf(evidence),
    };
    if (e.iso) attrs.iso = e.iso;
    if (e.acronym) attrs.acronym = e.acronym;
    graph.addNode(e.key, attrs);
  }

  tick('nodes');
  // edges: records of the same relation between the same two nodes join, keyed
  // (and later ordered) by a number: relation, then the two nodes' ranks in key order
  const rank = new Map(res.entities.map((e, i) => [e.key, i]));
  const N = res.entities.length;
  const REL_ORDER: Record<RelationType, number> = { 'co-mention': 0, role: 1, statement: 2 };
  interface Acc { order: number; relation: RelationType; source: string; target: string; weight: number; labels: Map<string, number> | null; docCount: number; docs: number[]; evidence: number[] }
  const acc = new Map<number, Acc>();
  for (const r of agg.edges.values()) {
    let source = res.nodeOf.get(r.source);
    let target = res.nodeOf.get(r.target);
    if (!source || !target || source === target) continue;
    if (r.relation === 'co-mention' && source > target) [source, target] = [target, source];
    const order = (REL_ORDER[r.relation] * N + rank.get(source)!) * N + rank.get(target)!;
    let a = acc.get(order);
    if (!a) {
      a = { order, relation: r.relation, source, target, weight: 0, labels: null, docCount: 0, docs: [], evidence: [] };
      acc.set(order, a);
    }
    a.weight += r.weight;
    a.docCount += r.docCount;
    if (r.labels && !a.labels) a.labels = r.labels; // consumed: the record's own map serves
    else if (r.labels && a.labels) for (const [l, n] of r.labels) bump(a.labels, l, n);
    a.docs = mergeCapped(a.docs, r.docs, agg.opts.documents);
    a.evidence = mergeCapped(a.evidence, r.evidence, agg.opts.evidence);
  }
  agg.edges.clear(); // consumed: its records are garbage from here on
  tick('edge records');
  const edges = [...acc.values()].sort((x, y) => x.order - y.order);
  acc.clear();
  tick('edge sort');
  for (let i = 0; i < edges.length; i++) {
    const a = edges[i]!;
    edges[i] = null!; // each record is garbage once its edge is in the graph
    const key = a.relation === 'co-mention' ? `co-mention:${a.source}--${a.target}` : `${a.relation}:${a.source}->${a.target}`;
    const labels = a.labels?.size ? byCount(a.labels) : null;
    const attrs: EdgeAttributes = {
      relation: a.relation,
      weight: a.weight,
      label: labels ? labels[0]! : a.relation,
      documents: agg.docIds(a.docs),
      documentCount: a.docCount,
      evidence: agg.evidenceOf(a.evidence),
      color: RELATION_COLORS[a.relation],
      size: round(1 + Math.log2(a.weight)),
    };
    if (labels) {
      const counts: Record<string, number> = {};
      for (const l of labels) counts[l] = a.labels!.get(l)!;
      attrs.labelCounts = counts;
    }
    if (a.relation === 'co-mention') graph.addUndirectedEdgeWithKey(key, a.source, a.target, attrs);
    else graph.addDirectedEdgeWithKey(key, a.source, a.target, attrs);
  }

  tick('graph');
  if (graph.size > BIG_GRAPH) {
    collectGarbage();
    tick('garbage collection');
  }
  decorate(graph, opts, tick);
  return graph;
}

/** The `cap` smallest values of two sorted lists, without repeats (b itself when a is empty: the aggregate's lists are capped already). */
function mergeCapped(a: number[], b: number[], cap: number): number[] {
  if (a.length === 0 && b.length <= cap) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (out.length < cap && (i < a.length || j < b.length)) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

/** Metrics, layout and node sizes. */
function decorate(graph: EntityGraph, opts: BuildOptions, tick: (what: string) => void): void {
  const proj = project(graph.nodes().sort(), (visit) => graph.forEachEdge((_e, a, s, t) => visit(s, t, a.weight)));
  tick('projection');
  const metrics = computeMetrics(proj, opts.seed);
  tick('metrics');
  let maxPr = 0;
  for (const m of metrics.values()) maxPr = Math.max(maxPr, m.pagerank);
  for (const [n, m] of metrics) {
    const size = round(3 + 17 * Math.sqrt(maxPr > 0 ? m.pagerank / maxPr : 0));
    graph.mergeNodeAttributes(n, { degree: m.degree, weightedDegree: m.weightedDegree, pagerank: Number(m.pagerank.toPrecision(6)), community: m.community, size });
    proj.setNodeAttribute(n, 'size', size);
  }
  layout(proj, { seed: opts.seed, community: (n) => metrics.get(n)!.community, ...(opts.layoutIterations !== undefined ? { iterations: opts.layoutIterations } : {}) });
  proj.forEachNode((n, a) => graph.mergeNodeAttributes(n, { x: a.x ?? 0, y: a.y ?? 0 }));
  tick('layout');
  proj.clear();
  if (graph.size > BIG_GRAPH) {
    collectGarbage();
    tick('garbage collection');
  }
}

/** Edges above which a build collects garbage between phases (see util/memory). */
const BIG_GRAPH = 100_000;

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
