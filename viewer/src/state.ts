// View state ↔ URL hash, so a copied link reopens the same view:
//   #node=country%3AKP&hide=location&rel=co-mention&w=2&top=100&edges=all&color=community&cam=0.5,0.5,0.8

export const RELATIONS = ['co-mention', 'statement', 'role'] as const;

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  node: string | null;
  edge: string | null;
  /** Entity types hidden by the user. */
  hiddenTypes: string[];
  /** Relation types hidden by the user. */
  hiddenRelations: string[];
  minWeight: number;
  /** Show only the N most central nodes (null: all). */
  top: number | null;
  /** Draw at most this many edges, the strongest (null: all). */
  maxEdges: number | null;
  colorBy: 'type' | 'community';
  camera: Camera | null;
}

/**
 * How many edges are drawn unless the user asks for all: without a GPU
 * (software WebGL) every drawn edge costs about 20 µs in every frame, so a
 * bigger graph opens with its strongest edges and says so.
 */
export const DEFAULT_MAX_EDGES = 15_000;

export const DEFAULT_STATE: ViewState = {
  node: null,
  edge: null,
  hiddenTypes: [],
  hiddenRelations: [],
  minWeight: 1,
  top: null,
  maxEdges: DEFAULT_MAX_EDGES,
  colorBy: 'type',
  camera: null,
};

export function stateToHash(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.node) p.set('node', s.node);
  if (s.edge) p.set('edge', s.edge);
  if (s.hiddenTypes.length) p.set('hide', [...s.hiddenTypes].sort().join(','));
  if (s.hiddenRelations.length) p.set('rel', [...s.hiddenRelations].sort().join(','));
  if (s.minWeight > 1) p.set('w', String(s.minWeight));
  if (s.top !== null) p.set('top', String(s.top));
  if (s.maxEdges !== DEFAULT_MAX_EDGES) p.set('edges', s.maxEdges === null ? 'all' : String(s.maxEdges));
  if (s.colorBy !== 'type') p.set('color', s.colorBy);
  if (s.camera) p.set('cam', [s.camera.x, s.camera.y, s.camera.ratio].map((v) => round(v)).join(','));
  const str = p.toString();
  return str ? `#${str}` : '';
}

/** Parses a hash; anything malformed falls back to the default. */
export function hashToState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (k: string) => (p.get(k) ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const int = (k: string, min: number): number | null => {
    const v = Number(p.get(k));
    return p.has(k) && Number.isInteger(v) && v >= min ? v : null;
  };
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  return {
    node: p.get('node') || null,
    edge: p.get('edge') || null,
    hiddenTypes: list('hide'),
    hiddenRelations: list('rel').filter((r) => (RELATIONS as readonly string[]).includes(r)),
    minWeight: int('w', 1) ?? 1,
    top: int('top', 1),
    maxEdges: p.get('edges') === 'all' ? null : (int('edges', 1) ?? DEFAULT_MAX_EDGES),
    colorBy: p.get('color') === 'community' ? 'community' : 'type',
    camera: cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0 ? { x: cam[0]!, y: cam[1]!, ratio: cam[2]! } : null,
  };
}

function round(v: number): number {
  return Math.round(v * 10000) / 10000;
}
