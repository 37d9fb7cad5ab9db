// Centrality and communities, computed on the weighted undirected projection of
// the graph (all relations between two entities summed into one weight):
// degree, weighted degree, PageRank (graphology-metrics), Louvain communities
// (graphology-communities-louvain, seeded so runs repeat exactly).
import { UndirectedGraph } from 'graphology';
import { requireCjs } from '../util/cjs.js';
import { mulberry32 } from '../util/random.js';

const louvain = requireCjs('graphology-communities-louvain') as typeof import('graphology-communities-louvain').default;
const pagerank = requireCjs('graphology-metrics/centrality/pagerank.js') as typeof import('graphology-metrics/centrality/pagerank.js').default;

export interface NodeMetrics {
  degree: number;
  weightedDegree: number;
  pagerank: number;
  community: number;
}

export type Projection = UndirectedGraph<{ size?: number; x?: number; y?: number }, { weight: number }>;

/** One undirected edge per pair of entities, weight = the sum of their relations' weights (relation k: nodes[source[k]] – nodes[target[k]]). */
export function project(nodes: readonly string[], source: Int32Array, target: Int32Array, weight: Float64Array): Projection {
  const g: Projection = new UndirectedGraph();
  for (const n of nodes) g.addNode(n);
  for (let k = 0; k < source.length; k++) {
    if (source[k] === target[k]) continue;
    const s = nodes[source[k]!]!;
    const t = nodes[target[k]!]!;
    const existing = g.edge(s, t);
    if (existing === undefined) g.addEdge(s, t, { weight: weight[k]! });
    else g.updateEdgeAttribute(existing, 'weight', (w) => (w ?? 0) + weight[k]!);
  }
  return g;
}

export function computeMetrics(g: Projection, seed: number): Map<string, NodeMetrics> {
  const pr = g.size > 0 ? pagerank(g, { getEdgeWeight: 'weight', maxIterations: 200, tolerance: 1e-10 }) : {};
  const comm = g.size > 0 ? louvain(g, { getEdgeWeight: 'weight', rng: mulberry32(seed) }) : {};
  // number communities by their first node in key order, so ids do not depend on Louvain's internals
  const renumber = new Map<number, number>();
  const out = new Map<string, NodeMetrics>();
  const keys = g.nodes().sort();
  for (const n of keys) {
    const c = comm[n] ?? -1;
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    let wd = 0;
    g.forEachEdge(n, (_e, a) => {
      wd += a.weight;
    });
    out.set(n, { degree: g.degree(n), weightedDegree: wd, pagerank: pr[n] ?? 1 / Math.max(1, g.order), community: renumber.get(c)! });
  }
  return out;
}
