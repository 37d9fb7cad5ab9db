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
}

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

export function computeVisible(g: FilterInput, f: FilterState): Visible {
  const hiddenTypes = new Set(f.hiddenTypes);
  let candidates = g.nodes.filter((n) => !hiddenTypes.has(n.type));
  if (f.top !== null && candidates.length > f.top) {
    candidates = candidates.slice().sort((a, b) => b.rank - a.rank || (a.key < b.key ? -1 : 1)).slice(0, f.top);
  }
  const nodes = new Set(candidates.map((n) => n.key));
  const hiddenRelations = new Set(f.hiddenRelations);
  const edges = new Set<string>();
  for (const e of g.edges) {
    if (hiddenRelations.has(e.relation) || e.weight < f.minWeight) continue;
    if (nodes.has(e.source) && nodes.has(e.target)) edges.add(e.key);
  }
  return { nodes, edges };
}
