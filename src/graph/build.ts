// graph stage: corpus records → the graph as data: graphology's serialisation
// format (graph.json's contract), a mixed multigraph (co-mention edges
// undirected, statement and role edges directed) with metrics, layout, sizes
// and colours. Same input → same graph, attribute for attribute.
//
// The stage hands on plain arrays, not a graphology instance: a big corpus has
// hundreds of thousands of edges, and building graphology's indexes for them
// only to write them out again costs seconds and hundreds of MB. toGraphology()
// makes the graphology graph where one is used (tests, the viewer).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { MultiGraph } from 'graphology';
import type { EdgeAttributes, EntityType, GraphAttributes, NodeAttributes, RelationType } from '../types.js';
import { resolveGlobal } from '../resolve/global.js';
import type { CorpusAggregate } from './aggregate.js';
import { byCount, bump } from './capped.js';
import { place, round, type Placement, type PlaceInput } from './place.js';
import { collectGarbage } from '../util/memory.js';
import { PACKAGE_ROOT } from '../util/paths.js';
import { phaseClock } from '../util/timing.js';

export type EntityGraph = MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface GraphNode {
  key: string;
  attributes: NodeAttributes;
}

/** A co-mention is undirected; statements and roles go from source to target. */
export interface GraphEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
  undirected?: true;
}

/** The graph in graphology's serialisation format, as graph.json holds it. */
export interface GraphData {
  attributes: GraphAttributes;
  options: { type: 'mixed'; multi: true; allowSelfLoops: false };
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const GRAPH_OPTIONS: GraphData['options'] = { type: 'mixed', multi: true, allowSelfLoops: false };

/** The graphology graph of the data (it shares the attribute objects). */
export function toGraphology(data: GraphData): EntityGraph {
  return MultiGraph.from(data as never) as EntityGraph;
}

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
  /** Metrics and layout in a worker thread: by default for graphs over 20,000 edges. */
  placeInWorker?: boolean;
}

/** Builds the graph from the aggregate; consumes its edge records (agg.edges is empty afterwards, to free memory). */
export async function buildGraph(agg: CorpusAggregate, opts: BuildOptions): Promise<GraphData> {
  const tick = phaseClock();
  if (agg.edges.size > BIG_GRAPH) {
    collectGarbage(); // what the analysis left behind, before the graph doubles what is live
    tick('garbage collection');
  }
  const res = resolveGlobal(agg.entities.values(), agg.mainLang());
  tick('resolve');
  const documents = agg.documents.slice().sort((a, b) => a.di - b.di).map(({ di: _di, ...d }) => d);
  const graph: GraphData = { attributes: { generator: opts.generator, version: opts.version, documentCount: documents.length, documents }, options: GRAPH_OPTIONS, nodes: [], edges: [] };

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
    graph.nodes.push({ key: e.key, attributes: attrs });
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
  // metrics and layout need only the edges' ends and weights: on a big graph they are
  // computed in a worker thread while this one fills the graph
  const nodeKeys = graph.nodes.map((n) => n.key).sort();
  const index = new Map(nodeKeys.map((k, i) => [k, i]));
  const input: PlaceInput = { nodes: nodeKeys, source: new Int32Array(edges.length), target: new Int32Array(edges.length), weight: new Float64Array(edges.length), seed: opts.seed };
  if (opts.layoutIterations !== undefined) input.iterations = opts.layoutIterations;
  edges.forEach((a, k) => {
    input.source[k] = index.get(a.source)!;
    input.target[k] = index.get(a.target)!;
    input.weight[k] = a.weight;
  });
  const placing = (opts.placeInWorker ?? edges.length > PLACE_IN_WORKER) ? placeInWorker(input, opts.placeInWorker === true) : null;
  if (edges.length > BIG_GRAPH) {
    collectGarbage(); // the aggregate's edge records, consumed above (the worker is busy meanwhile)
    tick('garbage collection');
  }
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
    graph.edges.push(a.relation === 'co-mention' ? { key, source: a.source, target: a.target, attributes: attrs, undirected: true } : { key, source: a.source, target: a.target, attributes: attrs });
  }

  tick('graph');
  const p = placing ? await placing : place(input);
  tick(placing ? 'metrics and layout (worker, waited for)' : 'metrics and layout');
  for (const { key, attributes: a } of graph.nodes) {
    const i = index.get(key)!;
    a.degree = p.degree[i]!;
    a.weightedDegree = p.weightedDegree[i]!;
    a.pagerank = p.pagerank[i]!;
    a.community = p.community[i]!;
    a.size = p.size[i]!;
    a.x = p.x[i]!;
    a.y = p.y[i]!;
  }
  return graph;
}

/** Edges above which metrics and layout run in a worker thread. */
const PLACE_IN_WORKER = 20_000;
const PLACE_WORKER = join(PACKAGE_ROOT, 'dist', 'graph', 'place-worker.js');

/** null when the worker's file is not built (running from the sources), unless it is required. */
function placeInWorker(input: PlaceInput, required: boolean): Promise<Placement> | null {
  if (!existsSync(PLACE_WORKER)) {
    if (required) throw new Error(`graph: ${PLACE_WORKER} is missing: run "npm run build"`);
    return null;
  }
  return new Promise<Placement>((resolve, reject) => {
    const w = new Worker(PLACE_WORKER, { workerData: input, transferList: [input.source.buffer as ArrayBuffer, input.target.buffer as ArrayBuffer, input.weight.buffer as ArrayBuffer] });
    w.once('message', (p: Placement) => {
      resolve(p);
      void w.terminate();
    });
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`the layout worker stopped (exit code ${code})`)));
  });
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

/** Edges above which a build collects garbage between phases (see util/memory). */
const BIG_GRAPH = 100_000;


