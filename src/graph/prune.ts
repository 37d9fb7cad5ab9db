// A smaller graph for places that cannot hold everything (the viewer page):
// the N most central nodes (by PageRank) and the edges of at least some weight
// between them. Positions and all attributes are kept as they are.
import { MultiGraph } from 'graphology';
import type { EntityGraph } from './build.js';

export interface PruneOptions {
  maxNodes?: number;
  minWeight?: number;
}

export function pruneGraph(graph: EntityGraph, opts: PruneOptions): EntityGraph {
  const minWeight = opts.minWeight ?? 1;
  if ((opts.maxNodes === undefined || graph.order <= opts.maxNodes) && minWeight <= 1) return graph;
  let keep = graph.nodes();
  if (opts.maxNodes !== undefined && keep.length > opts.maxNodes) {
    keep = keep
      .map((n) => ({ n, pr: graph.getNodeAttribute(n, 'pagerank'), w: graph.getNodeAttribute(n, 'weightedDegree') }))
      .sort((a, b) => b.pr - a.pr || b.w - a.w || (a.n < b.n ? -1 : 1))
      .slice(0, opts.maxNodes)
      .map((x) => x.n);
  }
  const kept = new Set(keep);
  const out: EntityGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  out.replaceAttributes({ ...graph.getAttributes(), pruned: { nodes: graph.order, edges: graph.size, maxNodes: opts.maxNodes ?? null, minWeight } } as never);
  graph.forEachNode((n, a) => {
    if (kept.has(n)) out.addNode(n, a);
  });
  graph.forEachEdge((e, a, s, t, _sa, _ta, undirected) => {
    if (!kept.has(s) || !kept.has(t) || a.weight < minWeight) return;
    if (undirected) out.addUndirectedEdgeWithKey(e, s, t, a);
    else out.addDirectedEdgeWithKey(e, s, t, a);
  });
  return out;
}
