// npm run bench:viewer [-- nodes=10000 edges=50000]
//
// Generates a graph in the graph.json contract (clustered communities, skewed
// degrees, evidence on every edge), inlines it into the standalone viewer page
// and opens that page from file:// in Debian's headless Chromium. Prints:
//   - the time from navigation to the first frame of the graph, measured in the
//     page (the main thread free again after the frame that follows drawing)
//     and, as a cross-check from outside, to a finished screenshot of it
//   - hover latency: from the mouse moving onto a node to the end of the frame
//     that highlights it and its neighbours (median and worst of 30 hovers)
//   - the cost of a full redraw
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { writeViewerHtml } from '../export/html.js';
import { mulberry32 } from '../util/random.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]));
const NODES = Number(args.nodes ?? 10_000);
const EDGES = Number(args.edges ?? 50_000);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES = [
  ['person', '#4e79a7', 0.5],
  ['organization', '#f28e2b', 0.25],
  ['location', '#b07aa1', 0.2],
  ['country', '#59a14f', 0.05],
] as const;
const SYL = ['Xuyên', 'Lâm', 'Phước', 'Thạch', 'Bình', 'An', 'Đông', 'Hòa', 'Tân', 'Mỹ', 'Sơn', 'Quang', 'Vĩnh', 'Hưng', 'Phú', 'Long', 'Hải', 'Thanh', 'Ngọc', 'Đức'];

/** A graphology JSON graph of the given size, deterministic. */
function generateGraph(nodes: number, edges: number): string {
  const rnd = mulberry32(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const communities = Math.max(4, Math.round(Math.sqrt(nodes) / 3));
  const centers = Array.from({ length: communities }, () => [(rnd() - 0.5) * 2000, (rnd() - 0.5) * 2000] as const);
  const docs = Array.from({ length: Math.round(nodes / 2) }, (_, i) => ({ id: `bai-${i}.txt`, title: `Bài ${i}: ${pick(SYL)} ${pick(SYL)}`, date: '2026-10-28', lang: 'vi' }));
  const degree = new Float64Array(nodes);
  const ends: [number, number][] = [];
  const community = (i: number) => i % communities;
  // Zipf-like skew: endpoints drawn by rank, most edges inside a community
  const rank = () => Math.min(nodes - 1, Math.floor(Math.pow(rnd(), 2.2) * nodes));
  while (ends.length < edges) {
    const a = rank();
    let b = rank();
    if (rnd() < 0.8) b = b - (b % communities) + community(a);
    if (b >= nodes || a === b) continue;
    ends.push([a, b]);
    degree[a]!++;
    degree[b]!++;
  }
  const maxDegree = Math.max(...degree);
  const nodeList = Array.from({ length: nodes }, (_, i) => {
    const [type, color, share] = TYPES[i % 20 < 10 ? 0 : i % 20 < 15 ? 1 : i % 20 < 19 ? 2 : 3]!;
    void share;
    const [cx, cy] = centers[community(i)]!;
    const r = 300 * Math.sqrt(rnd());
    const t = rnd() * 2 * Math.PI;
    const label = `${pick(SYL)} ${pick(SYL)} ${i}`;
    return {
      key: `${type}:${i}`,
      attributes: {
        label,
        entityType: type,
        aliases: [label],
        mentions: degree[i]! + 1,
        documents: [docs[i % docs.length]!.id],
        x: cx + r * Math.cos(t),
        y: cy + r * Math.sin(t),
        size: 3 + 17 * Math.sqrt(degree[i]! / maxDegree), // as entigraph build sizes nodes (by centrality, 3–20)
        color,
        community: community(i),
        degree: degree[i],
        weightedDegree: degree[i],
        pagerank: degree[i]! / (2 * edges),
      },
    };
  });
  const edgeList = ends.map(([a, b], i) => {
    const relation = i % 25 === 0 ? 'statement' : i % 40 === 1 ? 'role' : 'co-mention';
    const doc = docs[i % docs.length]!.id;
    const weight = 1 + Math.floor(rnd() * rnd() * 6);
    const text = `${nodeList[a]!.attributes.label} cho biết ${nodeList[b]!.attributes.label} đã đến thăm và làm việc trong ngày 28/10, theo nguồn tin.`;
    return {
      key: `e${i}`,
      source: nodeList[a]!.key,
      target: nodeList[b]!.key,
      undirected: relation === 'co-mention',
      attributes: { relation, weight, size: 1 + Math.log2(weight), label: relation === 'role' ? 'Bộ trưởng' : relation, documents: [doc], evidence: [{ doc, text, start: 0, end: text.length }] },
    };
  });
  return JSON.stringify({ attributes: { generator: 'entigraph bench', documents: docs }, options: { type: 'mixed', multi: true, allowSelfLoops: true }, nodes: nodeList, edges: edgeList });
}

function stats(xs: number[]): { median: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? NaN, max: s[s.length - 1] ?? NaN };
}

if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  process.exit(1);
}
const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'entigraph-bench-viewer-'));
const launch = () => chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const file = join(dir, 'graph.html');
  await writeViewerHtml(generateGraph(NODES, EDGES), file, 'bench');
  console.log(`viewer benchmark: ${NODES} nodes, ${EDGES} edges, graph.html ${(statSync(file).size / 1e6).toFixed(1)} MB, headless Chromium (software rendering)`);
  const runs: { hash: string; drawnEdges: number; first: number; shot: number; phases: string; hover: number[]; leave: number[]; redraw: number }[] = [];
  for (let run = 0; run < 4; run++) {
    // three runs as the file opens (the strongest 15,000 edges drawn), one with every edge drawn (#edges=all)
    const hash = run === 3 ? '#edges=all' : '';
    // a fresh browser each time, as a user opening the file
    const browser = await launch();
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // the first frame: the first animation frame after the viewer has drawn the graph.
    // (In-page code is JavaScript run by Chromium: it reaches the DOM through `w`.)
    await page.addInitScript(() => {
      const w = globalThis as any;
      new w.MutationObserver((_: unknown, obs: { disconnect(): void }) => {
        if (w.document.body?.dataset.ready !== 'true') return;
        obs.disconnect();
        // the frame is on screen when the main thread is free again after the next animation frame
        w.requestAnimationFrame(() => w.setTimeout(() => (w.firstFrame = w.performance.now()), 0));
      }).observe(w.document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
    });
    const t0 = performance.now();
    await page.goto(`file://${file}${hash}`, { waitUntil: 'commit' });
    const first = (await (await page.waitForFunction(() => (globalThis as any).firstFrame, null, { timeout: 120_000 })).jsonValue()) as number;
    // and, measured from outside: navigation to a screenshot of the drawn graph
    await page.locator('#graph').screenshot({ path: join(dir, 'first.png') });
    const shot = (performance.now() - t0) / 1000;
    const drawnEdges = await page.evaluate(() => (globalThis as any).entigraph.renderer.getGraph().size as number);
    const phases = await page.evaluate(() => {
      const p = (globalThis as any).performance;
      const at = (name: string) => p.getEntriesByName(name)[0]?.startTime ?? NaN;
      const nav = p.getEntriesByType('navigation')[0];
      return `page parsed ${(nav.domInteractive / 1000).toFixed(2)} s, graph read ${(at('entigraph:read') / 1000).toFixed(2)} s, loaded ${(at('entigraph:loaded') / 1000).toFixed(2)} s, drawn ${(at('entigraph:drawn') / 1000).toFixed(2)} s`;
    });
    // hover the 30 biggest nodes one after the other
    const targets = await page.evaluate(() => {
      const w = globalThis as any;
      const { renderer, graph } = w.entigraph;
      w.hovers = [];
      w.addEventListener('mousemove', (e: { timeStamp: number }) => w.hovers.push({ move: e.timeStamp }), true);
      renderer.on('enterNode', ({ node }: { node: string }) => {
        const h = w.hovers[w.hovers.length - 1];
        if (h) h.node = node;
      });
      w.renders = [];
      renderer.on('afterRender', () => w.renders.push(w.performance.now()));
      const keys = (graph.nodes() as string[]).sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size')).slice(0, 30);
      return keys.map((k) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(k)) as { x: number; y: number });
    });
    // each hover starts from a settled view: the mouse rests on empty space first
    const canvas = (await page.locator('#graph').boundingBox())!;
    for (const t of targets) {
      await page.mouse.move(canvas.x + 2, canvas.y + 2);
      await page.waitForTimeout(800);
      await page.mouse.move(canvas.x + t.x, canvas.y + t.y);
      await page.waitForTimeout(400);
    }
    await page.mouse.move(canvas.x + 2, canvas.y + 2);
    await page.waitForTimeout(800);
    // latency: from the mouse event to the end of the first frame drawn after it
    const [hover, leave] = (await page.evaluate(() => {
      const w = globalThis as any;
      const renders = w.renders as number[];
      const hovers = w.hovers as { move: number; node?: string }[];
      const after = (t: number) => (renders.find((r) => r >= t) ?? NaN) - t;
      const entered = hovers.filter((h) => h.node).map((h) => after(h.move));
      const left = hovers.filter((h, i) => i > 0 && hovers[i - 1]!.node && !h.node).map((h) => after(h.move));
      return [entered, left];
    })) as [number[], number[]];
    const redraw = await page.evaluate(() => {
      const w = globalThis as any;
      const t = w.performance.now();
      for (let i = 0; i < 5; i++) w.entigraph.renderer.refresh();
      return (w.performance.now() - t) / 5;
    });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    runs.push({ hash, drawnEdges, first, shot, phases, hover, leave, redraw });
    await browser.close();
  }
  for (const [i, r] of runs.entries()) {
    const h = stats(r.hover);
    const l = stats(r.leave);
    console.log(`  run ${i + 1}${r.hash ? ` (${r.hash})` : ''}, ${r.drawnEdges} edges drawn: first frame ${(r.first / 1000).toFixed(2)} s in the page (${r.phases}), ${r.shot.toFixed(2)} s to a screenshot of it; hover → highlighted frame: median ${h.median.toFixed(0)} ms, worst ${h.max.toFixed(0)} ms (${r.hover.length} hovers); back to the whole view: median ${l.median.toFixed(0)} ms; full redraw ${r.redraw.toFixed(0)} ms`);
  }
  const opened = runs.filter((r) => !r.hash);
  const firsts = opened.map((r) => r.first / 1000);
  const shots = opened.map((r) => r.shot);
  const hover = stats(opened.flatMap((r) => r.hover));
  const leave = stats(opened.flatMap((r) => r.leave));
  console.log(`first frame: best ${Math.min(...firsts).toFixed(2)} s, worst ${Math.max(...firsts).toFixed(2)} s (target ≤ 3 s; screenshot taken by ${Math.max(...shots).toFixed(2)} s); hover → highlighted: median ${hover.median.toFixed(0)} ms, worst ${hover.max.toFixed(0)} ms; leave → whole view: median ${leave.median.toFixed(0)} ms, worst ${leave.max.toFixed(0)} ms`);
} finally {
  if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });
}
