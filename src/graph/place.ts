// Where each node goes and how big it is: the weighted undirected projection of
// the graph, its metrics (graph/metrics), node sizes from PageRank, and the
// layout (graph/layout). Input and output are flat arrays, so this can run in a
// worker thread (graph/place-worker) while the main thread fills the graph.
import { layout } from './layout.js';
import { computeMetrics, project } from './metrics.js';

export interface PlaceInput {
  /** Node keys in key order. */
  nodes: string[];
  /** Each relation's ends (indices into nodes) and weight, in the graph's edge order. */
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  seed: number;
  iterations?: number;
}

/** Per node (same order as PlaceInput.nodes). */
export interface Placement {
  degree: Int32Array;
  weightedDegree: Float64Array;
  pagerank: Float64Array;
  community: Int32Array;
  size: Float64Array;
  x: Float64Array;
  y: Float64Array;
}

export function place(input: PlaceInput): Placement {
  const { nodes } = input;
  const proj = project(nodes, input.source, input.target, input.weight);
  const metrics = computeMetrics(proj, input.seed);
  const n = nodes.length;
  const out: Placement = {
    degree: new Int32Array(n),
    weightedDegree: new Float64Array(n),
    pagerank: new Float64Array(n),
    community: new Int32Array(n),
    size: new Float64Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
  };
  let maxPr = 0;
  for (const m of metrics.values()) maxPr = Math.max(maxPr, m.pagerank);
  nodes.forEach((key, i) => {
    const m = metrics.get(key)!;
    const size = round(3 + 17 * Math.sqrt(maxPr > 0 ? m.pagerank / maxPr : 0));
    out.degree[i] = m.degree;
    out.weightedDegree[i] = m.weightedDegree;
    out.pagerank[i] = Number(m.pagerank.toPrecision(6));
    out.community[i] = m.community;
    out.size[i] = size;
    proj.setNodeAttribute(key, 'size', size);
  });
  layout(proj, { seed: input.seed, community: (k) => metrics.get(k)!.community, ...(input.iterations !== undefined ? { iterations: input.iterations } : {}) });
  nodes.forEach((key, i) => {
    const a = proj.getNodeAttributes(key);
    out.x[i] = a.x ?? 0;
    out.y[i] = a.y ?? 0;
  });
  return out;
}

export function round(v: number): number {
  return Math.round(v * 100) / 100;
}
