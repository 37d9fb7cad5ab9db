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

/** Parses text as graphology JSON or GEXF. parseGexf is injected (graphology-gexf needs a DOM parser). */
export function loadGraph(text: string, name: string, parseGexf?: ParseGexf): ViewGraph {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  let raw: MultiGraph;
  if (trimmed.startsWith('{')) raw = fromJson(trimmed, name);
  else if (trimmed.startsWith('<')) {
    if (!parseGexf) throw new LoadError(`${name}: GEXF files cannot be read here`);
    try {
      raw = parseGexf(MultiGraph, trimmed, { addMissingNodes: false, allowUndeclaredAttributes: true });
    } catch (err) {
      throw new LoadError(`${name} is not a GEXF graph this viewer can read: ${(err as Error).message}`);
    }
  } else throw new LoadError(`${name} is not a graph: expected graphology JSON or GEXF`);
  return normalize(raw, name);
}

function fromJson(text: string, name: string): MultiGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new LoadError(`${name} is not valid JSON: ${(err as Error).message}`);
  }
  const d = data as { nodes?: unknown; edges?: unknown };
  if (!d || typeof d !== 'object' || !Array.isArray(d.nodes)) throw new LoadError(`${name} is not a graphology graph: no "nodes" list`);
  const g = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  try {
    g.import(data as Parameters<MultiGraph['import']>[0]);
  } catch (err) {
    throw new LoadError(`${name}: ${(err as Error).message.replace(/^Graph\.\w+: /, '')}`);
  }
  return g;
}

function normalize(raw: MultiGraph, name: string): ViewGraph {
  if (raw.order === 0) throw new LoadError(`${name} has no nodes: there is nothing to show`);
  const g: ViewGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  const attrs = raw.getAttributes() as { documents?: unknown };
  g.replaceAttributes({ documents: Array.isArray(attrs.documents) ? (attrs.documents as DocInfo[]).filter((d) => d && typeof d.id === 'string') : [] });
  let i = 0;
  const n = raw.order;
  raw.forEachNode((key, a) => {
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
  raw.forEachEdge((key, a, source, target, _sa, _ta, undirected) => {
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
    if (undirected) g.addUndirectedEdgeWithKey(key, source, target, e);
    else g.addDirectedEdgeWithKey(key, source, target, e);
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
