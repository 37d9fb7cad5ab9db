// Turns a file's text (graphology JSON or GEXF) into the graph the viewer
// draws, with the attributes it relies on filled in. Files from other tools
// (Gephi, Gephi Lite) load too: missing positions, sizes or types get defaults.
import { MultiGraph } from 'graphology';

export type ViewGraph = MultiGraph<NodeView, EdgeView, GraphView>;

export interface Evidence {
  doc: string;
  text: string;
}

export interface NodeView {
  label: string;
  entityType: string;
  x: number;
  y: number;
  size: number;
  color: string;
  aliases: string[];
  documents: string[];
  mentions: number;
  community: number;
  rank: number;
  iso?: string;
  evidence: Evidence[];
}

export interface EdgeView {
  relation: string;
  weight: number;
  label: string;
  documents: string[];
  evidence: Evidence[];
  directed: boolean;
  size: number;
  color: string;
}

export interface DocInfo {
  id: string;
  title?: string;
  date?: string;
  url?: string;
  source?: string;
}

export interface GraphView {
  documents: DocInfo[];
}

export class LoadError extends Error {}

export const TYPE_COLORS: Record<string, string> = {
  person: '#4e79a7',
  organization: '#f28e2b',
  country: '#59a14f',
  location: '#b07aa1',
  other: '#9c9c9c',
};
export const RELATION_COLORS: Record<string, string> = { 'co-mention': '#c8c8c8', statement: '#e15759', role: '#2a9d8f' };

type ParseGexf = (G: unknown, text: string, opts?: Record<string, unknown>) => MultiGraph;

/** A graph as the loader reads it: from a parsed graphology JSON object or from a graphology graph (GEXF). */
interface Source {
  attributes: Record<string, unknown>;
  order: number;
  forEachNode(f: (key: string, a: Record<string, unknown>) => void): void;
  forEachEdge(f: (key: string | undefined, a: Record<string, unknown>, source: string, target: string, undirected: boolean) => void): void;
}

/** Parses text as graphology JSON or GEXF. parseGexf is injected (graphology-gexf needs a DOM parser). */
export function loadGraph(text: string, name: string, parseGexf?: ParseGexf): ViewGraph {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) return normalize(fromJson(trimmed, name), name);
  if (!trimmed.startsWith('<')) throw new LoadError(`${name} is not a graph: expected graphology JSON or GEXF`);
  if (!parseGexf) throw new LoadError(`${name}: GEXF files cannot be read here`);
  let raw: MultiGraph;
  try {
    raw = parseGexf(MultiGraph, trimmed, { addMissingNodes: false, allowUndeclaredAttributes: true });
  } catch (err) {
    throw new LoadError(`${name} is not a GEXF graph this viewer can read: ${(err as Error).message}`);
  }
  return normalize(
    {
      attributes: raw.getAttributes(),
      order: raw.order,
      forEachNode: (f) => raw.forEachNode(f),
      forEachEdge: (f) => raw.forEachEdge((key, a, source, target, _sa, _ta, undirected) => f(key, a, source, target, undirected)),
    },
    name,
  );
}

/** The serialised graphology graph, read straight into the view graph (no intermediate graph: big files load twice as fast). */
function fromJson(text: string, name: string): Source {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new LoadError(`${name} is not valid JSON: ${(err as Error).message}`);
  }
  const d = data as { attributes?: unknown; options?: { type?: unknown }; nodes?: unknown; edges?: unknown };
  if (!d || typeof d !== 'object' || !Array.isArray(d.nodes)) throw new LoadError(`${name} is not a graphology graph: no "nodes" list`);
  if (d.edges !== undefined && !Array.isArray(d.edges)) throw new LoadError(`${name} is not a graphology graph: "edges" is not a list`);
  const nodes = d.nodes as { key?: unknown; attributes?: unknown }[];
  const edges = (d.edges ?? []) as { key?: unknown; source?: unknown; target?: unknown; attributes?: unknown; undirected?: unknown }[];
  const allUndirected = d.options?.type === 'undirected';
  const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  const key = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
  return {
    attributes: obj(d.attributes),
    order: nodes.length,
    forEachNode(f) {
      nodes.forEach((n, i) => {
        const k = key(n?.key);
        if (k === undefined) throw new LoadError(`${name}: node ${i + 1} has no key`);
        f(k, obj(n.attributes));
      });
    },
    forEachEdge(f) {
      edges.forEach((e, i) => {
        const source = key(e?.source);
        const target = key(e?.target);
        if (source === undefined || target === undefined) throw new LoadError(`${name}: edge ${i + 1} has no source or target`);
        f(key(e.key), obj(e.attributes), source, target, allUndirected || e.undirected === true);
      });
    },
  };
}

function normalize(raw: Source, name: string): ViewGraph {
  if (raw.order === 0) throw new LoadError(`${name} has no nodes: there is nothing to show`);
  const g: ViewGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  const attrs = raw.attributes as { documents?: unknown };
  g.replaceAttributes({ documents: Array.isArray(attrs.documents) ? (attrs.documents as DocInfo[]).filter((d) => d && typeof d.id === 'string') : [] });
  let i = 0;
  const n = raw.order;
  raw.forEachNode((key, a) => {
    if (g.hasNode(key)) throw new LoadError(`${name}: the node "${key}" appears twice`);
    const type = str(a.entityType) ?? str(a.entity_type) ?? 'other';
    const angle = (2 * Math.PI * i++) / n;
    const size = num(a.size) ?? 4;
    g.addNode(key, {
      label: str(a.label) ?? key,
      entityType: type,
      x: num(a.x) ?? Math.cos(angle) * 100,
      y: num(a.y) ?? Math.sin(angle) * 100,
      size: Math.max(1, Math.min(size, 60)),
      color: str(a.color) ?? TYPE_COLORS[type] ?? TYPE_COLORS.other!,
      aliases: list(a.aliases),
      documents: list(a.documents),
      mentions: num(a.mentions) ?? 0,
      community: num(a.community) ?? 0,
      rank: num(a.pagerank) ?? num(a.weightedDegree) ?? num(a.weighted_degree) ?? num(a.size) ?? 0,
      evidence: evidence(a.evidence),
      ...(str(a.iso) ? { iso: str(a.iso)! } : {}),
    });
  });
  let auto = 0;
  raw.forEachEdge((key, a, source, target, undirected) => {
    for (const end of [source, target]) if (!g.hasNode(end)) throw new LoadError(`${name}: an edge points to the node "${end}", which is not in the file`);
    const relation = str(a.relation) ?? str(a.kind) ?? 'link';
    const weight = num(a.weight) ?? 1;
    const e: EdgeView = {
      relation,
      weight,
      label: str(a.label) ?? relation,
      documents: list(a.documents),
      evidence: evidence(a.evidence),
      directed: !undirected,
      size: Math.max(0.5, Math.min(num(a.size) ?? 1 + Math.log2(Math.max(1, weight)), 8)),
      color: RELATION_COLORS[relation] ?? str(a.color) ?? '#bbbbbb',
    };
    let k = key;
    if (k === undefined) while (g.hasEdge((k = `e${auto++}`)));
    else if (g.hasEdge(k)) throw new LoadError(`${name}: the edge "${k}" appears twice`);
    if (undirected) g.addUndirectedEdgeWithKey(k, source, target, e);
    else g.addDirectedEdgeWithKey(k, source, target, e);
  });
  return g;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

function num(v: unknown): number | undefined {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (typeof v === 'string' && v) return [v];
  return [];
}

/** Evidence as our JSON writes it ([{doc, text}]) or as our GEXF writes it ("doc: text | doc: text"). */
function evidence(v: unknown): Evidence[] {
  if (Array.isArray(v)) {
    return v.filter((e) => e && typeof e === 'object' && typeof (e as Evidence).text === 'string').map((e) => ({ doc: String((e as Evidence).doc ?? ''), text: (e as Evidence).text }));
  }
  if (typeof v === 'string' && v) {
    return v.split(' | ').map((part) => {
      const m = /^([^:]{1,200}): (.*)$/s.exec(part);
      return m ? { doc: m[1]!, text: m[2]! } : { doc: '', text: part };
    });
  }
  return [];
}
