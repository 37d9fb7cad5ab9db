// Layout: ForceAtlas2 (graphology-layout-forceatlas2) from positions seeded by
// each node's key, with settings inferred from the graph's size, then noverlap
// so labels do not sit on each other. Deterministic: same graph, same picture.
import { requireCjs } from '../util/cjs.js';
import { fnv1a, mulberry32 } from '../util/random.js';

const forceAtlas2 = requireCjs('graphology-layout-forceatlas2') as typeof import('graphology-layout-forceatlas2').default;
const noverlap = requireCjs('graphology-layout-noverlap') as typeof import('graphology-layout-noverlap').default;
import type { Projection } from './metrics.js';

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default fewer for larger graphs (time stays bounded). */
  iterations?: number;
  seed: number;
}

export function layout(g: Projection, opts: LayoutOptions): void {
  g.forEachNode((n) => {
    const rnd = mulberry32(fnv1a(n) ^ opts.seed);
    g.mergeNodeAttributes(n, { x: (rnd() - 0.5) * 100, y: (rnd() - 0.5) * 100 });
  });
  if (g.order > 1) {
    const n = g.order;
    const iterations = opts.iterations ?? (n <= 500 ? 500 : n <= 5000 ? 200 : n <= 50000 ? 60 : 20);
    const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: n > 2000, adjustSizes: false };
    forceAtlas2.assign(g, { iterations, settings, getEdgeWeight: 'weight' });
    noverlap.assign(g, { maxIterations: n <= 5000 ? 150 : 30, settings: { margin: 2, ratio: 1.2 } });
  }
  ringIsolated(g);
  g.forEachNode((n, a) => {
    g.mergeNodeAttributes(n, { x: round(a.x ?? 0), y: round(a.y ?? 0) });
  });
}

/**
 * Nodes with no edge drift far away under ForceAtlas2's repulsion and shrink the
 * rest of the picture; they are set on a ring just outside the connected nodes.
 */
function ringIsolated(g: Projection): void {
  const isolated = g.filterNodes((n) => g.degree(n) === 0).sort();
  const placed = g.filterNodes((n) => g.degree(n) > 0);
  if (isolated.length === 0 || placed.length === 0) return;
  let cx = 0;
  let cy = 0;
  for (const n of placed) {
    cx += g.getNodeAttribute(n, 'x') ?? 0;
    cy += g.getNodeAttribute(n, 'y') ?? 0;
  }
  cx /= placed.length;
  cy /= placed.length;
  let r = 0;
  for (const n of placed) r = Math.max(r, Math.hypot((g.getNodeAttribute(n, 'x') ?? 0) - cx, (g.getNodeAttribute(n, 'y') ?? 0) - cy));
  r = r * 1.1 + 10;
  isolated.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / isolated.length + Math.PI / 4;
    g.mergeNodeAttributes(n, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
  });
}

function round(v: number): number {
  return Number.isFinite(v) ? Math.round(v * 100) / 100 : 0;
}
