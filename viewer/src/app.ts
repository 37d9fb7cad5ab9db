// The viewer: sigma.js over the graph, with hover highlighting, a side panel of
// evidence, search, filters, a legend, layout, PNG export and the view state
// in the URL hash.
import { drawOnCanvas } from '@sigma/export-image';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { MultiGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { el } from './dom.js';
import { computeVisible, type FilterInput, type Visible } from './filters.js';
import { loadGraph, LoadError, RELATION_COLORS, TYPE_COLORS, type DocInfo, type EdgeView, type GraphView, type NodeView, type ViewGraph } from './load.js';
import { renderEdgePanel, renderNodePanel, type PanelActions } from './panel.js';
import { SearchIndex } from './search.js';
import { DEFAULT_MAX_EDGES, hashToState, RELATIONS, stateToHash, type ViewState } from './state.js';

const COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#1f77b4', '#8c564b'];
const TYPE_ORDER = ['person', 'organization', 'country', 'location'];
const DIM = '#e4e4e4';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Finds the graph (inlined, ?file=, graph.json beside the page) and shows it, or says why it cannot. */
export async function start(): Promise<void> {
  wireFileOpening();
  try {
    const found = await findGraph();
    if (!found) {
      showMessage('Open a graph: drop a graph.json or .gexf file here, or use “Open file”.', 'info');
      return;
    }
    performance.mark('entigraph:read');
    const graph = loadGraph(found.text, found.name, parseGexf as never);
    performance.mark('entigraph:loaded');
    show(graph);
    performance.mark('entigraph:drawn');
  } catch (err) {
    showMessage(err instanceof LoadError ? err.message : `Could not open the graph: ${(err as Error).message}`, 'error');
  }
}

async function findGraph(): Promise<{ text: string; name: string } | null> {
  const inline = document.getElementById('entigraph-data');
  if (inline?.textContent?.trim()) return { text: inline.textContent, name: 'the embedded graph' };
  const param = new URLSearchParams(location.search).get('file');
  if (param) return fetchText(param);
  if (location.protocol.startsWith('http')) {
    const local = await fetchText('graph.json').catch(() => null);
    if (local) return local;
  }
  return null;
}

async function fetchText(url: string): Promise<{ text: string; name: string }> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new LoadError(`Could not fetch ${url}: ${(err as Error).message}`);
  }
  if (!res.ok) throw new LoadError(`Could not fetch ${url}: HTTP ${res.status}`);
  return { text: await res.text(), name: url };
}

function wireFileOpening(): void {
  const input = $<HTMLInputElement>('file-input');
  $('open-file').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    if (f) void openFile(f);
  });
  const main = document.querySelector('main')!;
  main.addEventListener('dragover', (e) => {
    e.preventDefault();
    main.classList.add('dragging');
  });
  main.addEventListener('dragleave', () => main.classList.remove('dragging'));
  main.addEventListener('drop', (e) => {
    e.preventDefault();
    main.classList.remove('dragging');
    const f = e.dataTransfer?.files[0];
    if (f) void openFile(f);
  });
}

async function openFile(f: File): Promise<void> {
  try {
    show(loadGraph(await f.text(), f.name, parseGexf as never));
  } catch (err) {
    showMessage(err instanceof LoadError ? err.message : `Could not open ${f.name}: ${(err as Error).message}`, 'error');
  }
}

export function showMessage(text: string, kind: 'info' | 'error'): void {
  const box = $('message');
  box.textContent = text;
  box.className = `message ${kind}`;
  box.hidden = false;
}

let current: { kill(): void } | null = null;

function show(graph: ViewGraph): void {
  current?.kill();
  $('message').hidden = true;
  current = mount(graph);
}

function mount(graph: ViewGraph): { kill(): void } {
  const container = $('graph');
  const docs = new Map<string, DocInfo>(graph.getAttribute('documents').map((d) => [d.id, d]));
  let state: ViewState = hashToState(location.hash);
  if (state.node && !graph.hasNode(state.node)) state.node = null;
  if (state.edge && !graph.hasEdge(state.edge)) state.edge = null;

  const filterInput: FilterInput = {
    nodes: graph.mapNodes((key, a) => ({ key, type: a.entityType, rank: a.rank })),
    edges: graph.mapEdges((key, a, source, target) => ({ key, source, target, relation: a.relation, weight: a.weight })),
  };
  let visible: Visible = computeVisible(filterInput, state);
  let hovered: string | null = null;
  let hoverNeighbors = new Set<string>();

  // Sigma draws a display graph: the visible nodes and only the edges on screen
  // (while a node is hovered, only its own). With software WebGL every item in
  // sigma's buffers costs time in every frame, hidden or not, so filtered-out
  // items are left out rather than hidden. Attribute objects are shared with
  // `graph`, so positions written by the layout show without copying.
  let shown = displayGraph(graph, visible, null);
  const renderer = new Sigma(shown, container, {
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    zIndex: true,
    defaultEdgeType: 'line',
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.5,
    labelFont: '"Noto Sans", "Segoe UI", Roboto, Arial, sans-serif',
    // reducers return only what sigma draws (sigma already hands them a copy of the attributes)
    nodeReducer: (node, a): Partial<NodeDisplayData> => {
      const res: Partial<NodeDisplayData> = { x: a.x, y: a.y, size: a.size, color: a.color, label: a.label };
      if (state.colorBy === 'community') res.color = COMMUNITY_COLORS[a.community % COMMUNITY_COLORS.length]!;
      if (hovered) {
        if (node === hovered || hoverNeighbors.has(node)) {
          res.forceLabel = true;
          res.zIndex = 1;
        } else {
          res.color = DIM;
          res.label = '';
          res.zIndex = 0;
        }
      }
      if (node === state.node) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 2;
      }
      return res;
    },
    edgeReducer: (edge, a): Partial<EdgeDisplayData> => {
      const res: Partial<EdgeDisplayData> = { size: a.size, color: a.color, type: a.directed ? 'arrow' : 'line', label: a.label };
      if (edge === state.edge) {
        res.color = '#222';
        res.size = (a.size ?? 1) + 2;
        res.zIndex = 2;
      }
      return res;
    },
  });

  const refresh = () => renderer.refresh({ skipIndexation: true });
  const writeHash = () => {
    const cam = renderer.getCamera().getState();
    state.camera = { x: cam.x, y: cam.y, ratio: cam.ratio };
    history.replaceState(null, '', `${location.pathname}${location.search}${stateToHash(state)}`);
  };

  // ---- hover: the node and its neighbours stand out (neighbours computed once per hover)
  renderer.on('enterNode', ({ node }) => {
    hovered = node;
    hoverNeighbors = new Set(shown.neighbors(node));
    renderer.setGraph(displayGraph(graph, visible, node));
  });
  renderer.on('leaveNode', () => {
    hovered = null;
    hoverNeighbors = new Set();
    renderer.setGraph(shown);
  });
  // the layout worker moves the nodes of `graph`: redraw
  const onLayout = () => renderer.refresh();
  graph.on('eachNodeAttributesUpdated', onLayout);

  // ---- selection and the side panel
  const panel = $('panel');
  const actions: PanelActions = {
    selectNode: (key) => select({ node: key }, true),
    selectEdge: (key) => select({ edge: key }, false),
  };
  function select(sel: { node?: string; edge?: string }, focus: boolean): void {
    state = { ...state, node: sel.node ?? null, edge: sel.edge ?? null };
    panel.replaceChildren();
    if (state.node) panel.append(closeButton(), renderNodePanel(graph, state.node, docs, actions));
    else if (state.edge) panel.append(closeButton(), renderEdgePanel(graph, state.edge, docs, actions));
    panel.hidden = !state.node && !state.edge;
    if (focus && state.node) {
      const d = renderer.getNodeDisplayData(state.node);
      if (d) void renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.5) }, { duration: 400 });
    }
    refresh();
    writeHash();
  }
  function closeButton(): HTMLElement {
    const b = el('button', { class: 'close', text: '×', title: 'Close', attrs: { type: 'button', 'aria-label': 'Close' } });
    b.addEventListener('click', () => select({}, false));
    return b;
  }
  renderer.on('clickNode', ({ node }) => select({ node }, false));
  renderer.on('clickEdge', ({ edge }) => select({ edge }, false));
  renderer.on('clickStage', () => select({}, false));
  let hashTimer: number | undefined;
  renderer.getCamera().on('updated', () => {
    window.clearTimeout(hashTimer);
    hashTimer = window.setTimeout(writeHash, 300);
  });

  // ---- filters, legend, search, layout, export
  const show = () => {
    noteEdges(visible);
    shown = displayGraph(graph, visible, null);
    hovered = null;
    hoverNeighbors = new Set();
    renderer.setGraph(shown);
  };
  const applyFilters = () => {
    visible = computeVisible(filterInput, state);
    show();
    writeHash();
  };
  const onControls = (patch: Partial<ViewState>) => {
    state = { ...state, ...patch };
    applyFilters();
  };
  buildControls(graph, () => state, onControls);
  noteEdges(visible);
  // built on first use: not needed for the first frame
  let search: SearchIndex | null = null;
  const getSearch = () => (search ??= new SearchIndex(graph.mapNodes((key, a) => ({ key, label: a.label, names: a.aliases, rank: a.rank }))));
  const unwireSearch = wireSearch(getSearch, (key) => {
    if (!visible.nodes.has(key)) {
      // the chosen node is filtered out: show its type again
      state = { ...state, hiddenTypes: state.hiddenTypes.filter((t) => t !== graph.getNodeAttribute(key, 'entityType')), top: null };
      buildControls(graph, () => state, onControls);
      visible = computeVisible(filterInput, state);
      show();
    }
    select({ node: key }, true);
  });
  const layout = wireLayout(graph);
  const unwireExport = wireExport(renderer, graph, () => state);

  if (state.camera) renderer.getCamera().setState(state.camera);
  if (state.node || state.edge) select({ ...(state.node ? { node: state.node } : {}), ...(state.edge ? { edge: state.edge } : {}) }, false);
  document.body.dataset.ready = 'true';
  (window as unknown as { entigraph: unknown }).entigraph = { renderer, graph };

  return {
    kill() {
      graph.off('eachNodeAttributesUpdated', onLayout);
      layout.kill();
      unwireSearch();
      unwireExport();
      renderer.kill();
      panel.replaceChildren();
      panel.hidden = true;
      delete document.body.dataset.ready;
    },
  };
}

/** Says so when the edge limit leaves edges out. */
function noteEdges(visible: Visible): void {
  const note = document.getElementById('edge-note');
  if (!note) return;
  const cut = visible.edges.size < visible.passing;
  note.textContent = cut ? `Drawing the ${visible.edges.size.toLocaleString('en')} strongest of ${visible.passing.toLocaleString('en')} edges; choose “all” to draw every one.` : '';
  note.hidden = !cut;
}

/** The graph sigma draws: the visible nodes, and the visible edges (only those of `hovered` when set). */
function displayGraph(graph: ViewGraph, visible: Visible, hovered: string | null): ViewGraph {
  const g: ViewGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  for (const n of visible.nodes) g.addNode(n, graph.getNodeAttributes(n));
  const add = (e: string) => {
    const a = graph.getEdgeAttributes(e);
    if (a.directed) g.addDirectedEdgeWithKey(e, graph.source(e), graph.target(e), a);
    else g.addUndirectedEdgeWithKey(e, graph.source(e), graph.target(e), a);
  };
  if (hovered === null) for (const e of visible.edges) add(e);
  else if (visible.nodes.has(hovered)) graph.forEachEdge(hovered, (e) => void (visible.edges.has(e) && add(e)));
  return g;
}

/** The left panel: type legend with counts (also the type filter), relation filter, weight, top N, colouring. */
function buildControls(graph: ViewGraph, getState: () => ViewState, change: (patch: Partial<ViewState>) => void): void {
  const box = $('controls');
  const state = getState();
  box.replaceChildren();
  const typeCounts = new Map<string, number>();
  graph.forEachNode((_n, a) => typeCounts.set(a.entityType, (typeCounts.get(a.entityType) ?? 0) + 1));
  const types = [...TYPE_ORDER.filter((t) => typeCounts.has(t)), ...[...typeCounts.keys()].filter((t) => !TYPE_ORDER.includes(t)).sort()];
  const legend = el('fieldset', { class: 'legend' }, [el('legend', { text: `Entities (${graph.order})` })]);
  for (const t of types) {
    const cb = el('input', { attrs: { type: 'checkbox', 'data-type': t } });
    cb.checked = !state.hiddenTypes.includes(t);
    cb.addEventListener('change', () => change({ hiddenTypes: types.filter((x) => (x === t ? !cb.checked : getState().hiddenTypes.includes(x))) }));
    legend.append(el('label', {}, [cb, el('span', { class: 'swatch', attrs: { style: `background:${TYPE_COLORS[t] ?? TYPE_COLORS.other}` } }), el('span', { text: t }), el('span', { class: 'count', text: String(typeCounts.get(t)) })]));
  }
  const relCounts = new Map<string, number>();
  graph.forEachEdge((_e, a) => relCounts.set(a.relation, (relCounts.get(a.relation) ?? 0) + 1));
  const rels = el('fieldset', { class: 'relations-filter' }, [el('legend', { text: `Relations (${graph.size})` })]);
  for (const r of [...RELATIONS.filter((x) => relCounts.has(x)), ...[...relCounts.keys()].filter((x) => !(RELATIONS as readonly string[]).includes(x)).sort()]) {
    const cb = el('input', { attrs: { type: 'checkbox', 'data-relation': r } });
    cb.checked = !state.hiddenRelations.includes(r);
    cb.addEventListener('change', () => {
      const hidden = getState().hiddenRelations;
      change({ hiddenRelations: cb.checked ? hidden.filter((x) => x !== r) : [...hidden, r] });
    });
    rels.append(el('label', {}, [cb, el('span', { class: 'swatch line', attrs: { style: `background:${RELATION_COLORS[r] ?? '#bbb'}` } }), el('span', { text: r }), el('span', { class: 'count', text: String(relCounts.get(r)) })]));
  }
  let maxWeight = 1;
  graph.forEachEdge((_e, a) => {
    maxWeight = Math.max(maxWeight, a.weight);
  });
  const weight = el('input', { attrs: { type: 'range', min: '1', max: String(Math.min(maxWeight, 50)), value: String(state.minWeight), id: 'min-weight' } });
  const weightOut = el('output', { text: String(state.minWeight) });
  weight.addEventListener('input', () => {
    weightOut.textContent = weight.value;
    change({ minWeight: Number(weight.value) });
  });
  const topOptions = [null, 10, 25, 50, 100, 250, 500, 1000, 5000].filter((n) => n === null || n < graph.order);
  const top = el('select', { attrs: { id: 'top-n' } }, topOptions.map((n) => el('option', { text: n === null ? 'all' : `top ${n}`, attrs: { value: n === null ? '' : String(n) } })));
  top.value = state.top === null ? '' : String(state.top);
  top.addEventListener('change', () => change({ top: top.value ? Number(top.value) : null }));
  const edgeOptions = [5_000, DEFAULT_MAX_EDGES, 50_000].filter((n) => n < graph.size);
  const edges = el('select', { attrs: { id: 'max-edges' } }, [
    ...edgeOptions.map((n) => el('option', { text: `strongest ${n.toLocaleString('en')}`, attrs: { value: String(n) } })),
    el('option', { text: 'all', attrs: { value: '' } }),
  ]);
  edges.value = state.maxEdges === null || state.maxEdges >= graph.size ? '' : String(state.maxEdges);
  edges.addEventListener('change', () => change({ maxEdges: edges.value ? Number(edges.value) : null }));
  const color = el('select', { attrs: { id: 'color-by' } }, [el('option', { text: 'entity type', attrs: { value: 'type' } }), el('option', { text: 'community', attrs: { value: 'community' } })]);
  color.value = state.colorBy;
  color.addEventListener('change', () => change({ colorBy: color.value === 'community' ? 'community' : 'type' }));
  box.append(
    legend,
    rels,
    el('label', { class: 'row' }, [el('span', { text: 'Min. edge weight ' }), weight, weightOut]),
    el('label', { class: 'row' }, [el('span', { text: 'Show ' }), top, el('span', { text: ' nodes by centrality' })]),
    ...(edgeOptions.length ? [el('label', { class: 'row' }, [el('span', { text: 'Draw ' }), edges, el('span', { text: ' edges' })])] : []),
    el('p', { class: 'hint', attrs: { id: 'edge-note' } }),
    el('label', { class: 'row' }, [el('span', { text: 'Colour by ' }), color]),
    el('p', { class: 'hint', text: 'Hover a node to see its neighbours; click a node or an edge to read the sentences it comes from.' }),
  );
}

/** The search box: accent-insensitive, arrow keys and Enter to choose. Returns an unwire function. */
function wireSearch(index: () => SearchIndex, choose: (key: string) => void): () => void {
  const input = $<HTMLInputElement>('search');
  const list = $<HTMLUListElement>('search-results');
  let hits: ReturnType<SearchIndex['search']> = [];
  let active = -1;
  const render = () => {
    list.replaceChildren(
      ...hits.map((h, i) => {
        const li = el('li', { attrs: { role: 'option', 'aria-selected': String(i === active), 'data-node': h.key } }, [el('span', { text: h.label }), h.via ? el('span', { class: 'via', text: ` (${h.via})` }) : null]);
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          pick(i);
        });
        return li;
      }),
    );
    list.hidden = hits.length === 0;
  };
  const pick = (i: number) => {
    const h = hits[i];
    if (!h) return;
    input.value = h.label;
    hits = [];
    render();
    choose(h.key);
  };
  const onInput = () => {
    hits = index().search(input.value);
    active = hits.length ? 0 : -1;
    render();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') active = Math.min(hits.length - 1, active + 1);
    else if (e.key === 'ArrowUp') active = Math.max(0, active - 1);
    else if (e.key === 'Enter') return pick(active);
    else if (e.key === 'Escape') hits = [];
    else return;
    e.preventDefault();
    render();
  };
  const onBlur = () => {
    hits = [];
    render();
  };
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', onBlur);
  return () => {
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKey);
    input.removeEventListener('blur', onBlur);
  };
}

/** ForceAtlas2 in a web worker, started and stopped by the user. */
function wireLayout(graph: ViewGraph): { kill(): void } {
  const button = $<HTMLButtonElement>('layout');
  let fa2: FA2Layout | null = null;
  const label = () => {
    button.textContent = fa2?.isRunning() ? '■ Stop layout' : '▶ Run layout';
  };
  const toggle = () => {
    fa2 ??= new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 }, getEdgeWeight: 'weight' });
    if (fa2.isRunning()) fa2.stop();
    else fa2.start();
    label();
  };
  button.addEventListener('click', toggle);
  label();
  return {
    kill() {
      button.removeEventListener('click', toggle);
      fa2?.kill();
    },
  };
}

/** PNG of the current view with the legend drawn in. */
function wireExport(renderer: Sigma<NodeView, EdgeView, GraphView>, graph: ViewGraph, getState: () => ViewState): () => void {
  const button = $('export-png');
  const onClick = async () => {
    const canvas = await drawOnCanvas(renderer as never, { backgroundColor: '#ffffff' });
    drawLegend(canvas, graph, getState());
    canvas.toBlob((blob) => {
      if (!blob) return;
      const a = el('a', { attrs: { href: URL.createObjectURL(blob), download: 'entigraph.png' } });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    }, 'image/png');
  };
  button.addEventListener('click', onClick);
  return () => button.removeEventListener('click', onClick);
}

function drawLegend(canvas: HTMLCanvasElement, graph: ViewGraph, state: ViewState): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const counts = new Map<string, number>();
  graph.forEachNode((_n, a) => counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1));
  const rows = state.colorBy === 'type' ? [...counts].filter(([t]) => !state.hiddenTypes.includes(t)) : [];
  const scale = canvas.width / canvas.clientWidth || window.devicePixelRatio || 1;
  ctx.save();
  ctx.scale(scale, scale);
  ctx.font = '13px "Noto Sans", Arial, sans-serif';
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(8, 8, 190, 24 + rows.length * 20);
  ctx.fillStyle = '#222';
  ctx.fillText(`entigraph · ${graph.order} entities`, 16, 26);
  rows.forEach(([t, n], i) => {
    ctx.fillStyle = TYPE_COLORS[t] ?? TYPE_COLORS.other!;
    ctx.beginPath();
    ctx.arc(22, 44 + i * 20, 6, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#222';
    ctx.fillText(`${t} (${n})`, 34, 48 + i * 20);
  });
  ctx.restore();
}
