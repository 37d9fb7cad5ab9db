// A smaller graph for places that cannot hold everything (the viewer page):
// the N most central nodes (by PageRank), the edges of at least some weight
// between them, at most M edges (the strongest: typed relations first, then by
// weight), and optionally shorter evidence and document lists. Positions and
// all other attributes are kept as they are.
import type { EdgeAttributes, NodeAttributes } from '../types.js';
import type { GraphData, GraphEdge } from './build.js';

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

export function pruneGraph(graph: GraphData, opts: PruneOptions): GraphData {
  const minWeight = opts.minWeight ?? 1;
  const order = graph.nodes.length;
  const size = graph.edges.length;
  const fewerNodes = opts.maxNodes !== undefined && order > opts.maxNodes;
  const fewerEdges = minWeight > 1 || (opts.maxEdges !== undefined && size > opts.maxEdges);
  const shorter = opts.evidence !== undefined || opts.documents !== undefined;
  if (!fewerNodes && !fewerEdges && !shorter) return graph;
  let nodes = graph.nodes;
  if (fewerNodes) {
    const kept = new Set(
      nodes
        .slice()
        .sort((a, b) => b.attributes.pagerank - a.attributes.pagerank || b.attributes.weightedDegree - a.attributes.weightedDegree || (a.key < b.key ? -1 : 1))
        .slice(0, opts.maxNodes),
    );
    nodes = nodes.filter((n) => kept.has(n));
  }
  const keys = new Set(nodes.map((n) => n.key));
  let edges = graph.edges.filter((e) => keys.has(e.source) && keys.has(e.target) && e.attributes.weight >= minWeight);
  if (opts.maxEdges !== undefined && edges.length > opts.maxEdges) {
    const rank = (e: GraphEdge) => RELATION_RANK[e.attributes.relation] ?? 3;
    const position = new Map(edges.map((e, i) => [e, i]));
    const strongest = new Set(
      edges
        .slice()
        .sort((a, b) => rank(a) - rank(b) || b.attributes.weight - a.attributes.weight || position.get(a)! - position.get(b)!)
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
  return {
    attributes: { ...graph.attributes, pruned: { nodes: order, edges: size, maxNodes: opts.maxNodes ?? null, maxEdges: opts.maxEdges ?? null, minWeight } },
    options: graph.options,
    nodes: nodes.map((n) => ({ key: n.key, attributes: trim(n.attributes) })),
    edges: edges.map((e) => ({ ...e, attributes: trim(e.attributes) })),
  };
}
