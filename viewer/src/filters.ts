// Which nodes and edges the current filters show. Computed once per filter
// change (linear in the graph), never per frame.

export interface FilterInput {
  nodes: { key: string; type: string; rank: number }[];
  edges: { key: string; source: string; target: string; relation: string; weight: number }[];
}

export interface FilterState {
  hiddenTypes: readonly string[];
  hiddenRelations: readonly string[];
  minWeight: number;
  top: number | null;
  /** At most this many edges, the strongest (null: no limit). */
  maxEdges: number | null;
}

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
  /** Edges the other filters let through (more than `edges` when maxEdges cut some). */
  passing: number;
}

const RELATION_RANK: Record<string, number> = { role: 0, statement: 1 };

export function computeVisible(g: FilterInput, f: FilterState): Visible {
  const hiddenTypes = new Set(f.hiddenTypes);
  let candidates = g.nodes.filter((n) => !hiddenTypes.has(n.type));
  if (f.top !== null && candidates.length > f.top) {
    candidates = candidates.slice().sort((a, b) => b.rank - a.rank || (a.key < b.key ? -1 : 1)).slice(0, f.top);
  }
  const nodes = new Set(candidates.map((n) => n.key));
  const hiddenRelations = new Set(f.hiddenRelations);
  let passing = g.edges.filter((e) => !hiddenRelations.has(e.relation) && e.weight >= f.minWeight && nodes.has(e.source) && nodes.has(e.target));
  const count = passing.length;
  if (f.maxEdges !== null && passing.length > f.maxEdges) {
    // the strongest: typed relations (role, statement) first, then by weight; file order breaks ties
    const order = new Map(passing.map((e, i) => [e, i]));
    const rank = (e: (typeof passing)[number]) => RELATION_RANK[e.relation] ?? 2;
    const kept = new Set(passing.slice().sort((a, b) => rank(a) - rank(b) || b.weight - a.weight || order.get(a)! - order.get(b)!).slice(0, f.maxEdges));
    passing = passing.filter((e) => kept.has(e));
  }
  return { nodes, edges: new Set(passing.map((e) => e.key)), passing: count };
}
