// Layout: ForceAtlas2 (graphology-layout-forceatlas2) from a deterministic start
// that already groups communities, with settings inferred from the graph and a
// work budget (iterations × graph size) so big graphs take bounded time; then
// noverlap so labels do not sit on each other. Same graph, same picture.
import { requireCjs } from '../util/cjs.js';
import { fnv1a, mulberry32 } from '../util/random.js';
import { phaseClock } from '../util/timing.js';
import type { Projection } from './metrics.js';

const forceAtlas2 = requireCjs('graphology-layout-forceatlas2') as typeof import('graphology-layout-forceatlas2').default;
const noverlap = requireCjs('graphology-layout-noverlap') as typeof import('graphology-layout-noverlap').default;

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default as many as the work budget allows (15 to 300). */
  iterations?: number;
  seed: number;
  /** Community of each node: the starting positions place each community together. */
  community?: (node: string) => number;
}

/**
 * The work ForceAtlas2 may spend, in node visits: with Barnes-Hut an iteration
 * costs about 5 µs per node and 1/75 of that per edge here, so the budget keeps
 * the layout near a second whatever the graph (measured: 3,052 nodes and 34,312
 * edges, 17.5 ms an iteration; 5,562 nodes and ~200k edges, 41 ms).
 */
const WORK_BUDGET = 2e5;
const EDGES_PER_NODE_VISIT = 75;

export function layout(g: Projection, opts: LayoutOptions): void {
  startPositions(g, opts);
  if (g.order > 1) {
    const n = g.order;
    const iterations = opts.iterations ?? Math.max(15, Math.min(300, Math.round(WORK_BUDGET / (n + g.size / EDGES_PER_NODE_VISIT))));
    const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: n > 2000, adjustSizes: false };
    const tick = phaseClock();
    forceAtlas2.assign(g, { iterations, settings, getEdgeWeight: 'weight' });
    tick(`forceatlas2 (${iterations} iterations)`);
    noverlap.assign(g, { maxIterations: n <= 5000 ? 150 : 40, settings: { margin: 2, ratio: 1.2 } });
    tick('noverlap');
  }
  ringIsolated(g);
  g.forEachNode((n, a) => {
    g.mergeNodeAttributes(n, { x: round(a.x ?? 0), y: round(a.y ?? 0) });
  });
}

/**
 * Communities on a circle (largest first), each node in a small disc around its
 * community's centre, scattered by a hash of its key: a start ForceAtlas2 only
 * has to refine.
 */
function startPositions(g: Projection, opts: LayoutOptions): void {
  const community = opts.community ?? (() => 0);
  const sizes = new Map<number, number>();
  g.forEachNode((n) => sizes.set(community(n), (sizes.get(community(n)) ?? 0) + 1));
  const order = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const total = g.order || 1;
  const centre = new Map<number, { x: number; y: number; r: number }>();
  let angle = 0;
  const ring = 10 * Math.sqrt(total);
  for (const [c, size] of order) {
    const share = (2 * Math.PI * size) / total;
    const a = angle + share / 2;
    angle += share;
    const r = order.length === 1 ? 0 : ring;
    centre.set(c, { x: r * Math.cos(a), y: r * Math.sin(a), r: 6 * Math.sqrt(size) });
  }
  g.forEachNode((n) => {
    const rnd = mulberry32(fnv1a(n) ^ opts.seed);
    const c = centre.get(community(n))!;
    const t = 2 * Math.PI * rnd();
    const d = c.r * Math.sqrt(rnd());
    g.mergeNodeAttributes(n, { x: c.x + d * Math.cos(t), y: c.y + d * Math.sin(t) });
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
