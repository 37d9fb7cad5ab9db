// A smaller graph for places that cannot hold everything (the viewer page):
// the N most central nodes (by PageRank), the edges of at least some weight
// between them, at most M edges (the strongest: typed relations first, then by
// weight), and optionally shorter evidence and document lists. Positions and
// all other attributes are kept as they are.
import { MultiGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from '../types.js';
import type { EntityGraph } from './build.js';

export interface PruneOptions {
  maxNodes?: number;
  minWeight?: number;
  maxEdges?: number;
  /** Evidence sentences kept per node and edge. */
  evidence?: number;
  /** Document ids kept per node and edge (documentCount still counts all). */
  documents?: number;
}

/** What the viewer page holds by default: beyond that a browser gets slow to open it. */
export const VIEWER_LIMITS = { maxNodes: 3000, maxEdges: 50_000, evidence: 3, documents: 20 } as const;

const RELATION_RANK: Record<string, number> = { role: 0, statement: 1, 'co-mention': 2 };

export function pruneGraph(graph: EntityGraph, opts: PruneOptions): EntityGraph {
  const minWeight = opts.minWeight ?? 1;
  const fewerNodes = opts.maxNodes !== undefined && graph.order > opts.maxNodes;
  const fewerEdges = minWeight > 1 || (opts.maxEdges !== undefined && graph.size > opts.maxEdges);
  const shorter = opts.evidence !== undefined || opts.documents !== undefined;
  if (!fewerNodes && !fewerEdges && !shorter) return graph;
  let keep = graph.nodes();
  if (fewerNodes) {
    keep = keep
      .map((n) => ({ n, pr: graph.getNodeAttribute(n, 'pagerank'), w: graph.getNodeAttribute(n, 'weightedDegree') }))
      .sort((a, b) => b.pr - a.pr || b.w - a.w || (a.n < b.n ? -1 : 1))
      .slice(0, opts.maxNodes)
      .map((x) => x.n);
  }
  const kept = new Set(keep);
  let edges = graph.filterEdges((_e, a, s, t) => kept.has(s) && kept.has(t) && a.weight >= minWeight);
  if (opts.maxEdges !== undefined && edges.length > opts.maxEdges) {
    const order = new Map(edges.map((e, i) => [e, i]));
    const rank = (e: string) => RELATION_RANK[graph.getEdgeAttribute(e, 'relation')] ?? 3;
    const strongest = new Set(
      edges
        .slice()
        .sort((a, b) => rank(a) - rank(b) || graph.getEdgeAttribute(b, 'weight') - graph.getEdgeAttribute(a, 'weight') || order.get(a)! - order.get(b)!)
        .slice(0, opts.maxEdges),
    );
    edges = edges.filter((e) => strongest.has(e));
  }
  const trim = <A extends NodeAttributes | EdgeAttributes>(a: A): A => {
    if (!shorter) return a;
    const ev = opts.evidence ?? Infinity;
    const docs = opts.documents ?? Infinity;
    return a.evidence.length <= ev && a.documents.length <= docs ? a : { ...a, evidence: a.evidence.slice(0, ev), documents: a.documents.slice(0, docs) };
  };
  const out: EntityGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  out.replaceAttributes({ ...graph.getAttributes(), pruned: { nodes: graph.order, edges: graph.size, maxNodes: opts.maxNodes ?? null, maxEdges: opts.maxEdges ?? null, minWeight } } as never);
  graph.forEachNode((n, a) => {
    if (kept.has(n)) out.addNode(n, trim(a));
  });
  for (const e of edges) {
    const a = trim(graph.getEdgeAttributes(e));
    if (graph.isUndirected(e)) out.addUndirectedEdgeWithKey(e, graph.source(e), graph.target(e), a);
    else out.addDirectedEdgeWithKey(e, graph.source(e), graph.target(e), a);
  }
  return out;
}
