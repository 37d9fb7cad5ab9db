// The viewer's pure parts, in Node: search folding, filters, state ↔ hash, the HTML inliner.
import { describe, expect, it } from 'vitest';
import { inlineViewer, scriptSafeJson } from '../../src/export/html.js';
import { computeVisible } from '../../viewer/src/filters.js';
import { fold } from '../../viewer/src/fold.js';
import { loadGraph, LoadError } from '../../viewer/src/load.js';
import { SearchIndex } from '../../viewer/src/search.js';
import { DEFAULT_STATE, hashToState, stateToHash } from '../../viewer/src/state.js';

describe('search', () => {
  it.each([
    ['Đà Nẵng', 'da nang'],
    ['Triều Tiên', 'trieu tien'],
    ['  Hồ  Chí-Minh ', 'ho chi minh'],
  ])('folds %s to %s', (a, b) => {
    expect(fold(a)).toBe(b);
  });

  const index = new SearchIndex([
    { key: 'l:dn', label: 'Đà Nẵng', names: ['Da Nang'], rank: 1 },
    { key: 'c:kp', label: 'Triều Tiên', names: ['Bắc Triều Tiên', 'North Korea'], rank: 5 },
    { key: 'l:bd', label: 'Bán đảo Triều Tiên', names: [], rank: 2 },
    { key: 'p:x', label: 'Ivan Petrov', names: ['Petrov'], rank: 3 },
  ]);

  it('finds by an unaccented query, exact names first', () => {
    expect(index.search('trieu tien').map((h) => h.key)).toEqual(['c:kp', 'l:bd']);
    expect(index.search('da nang')[0]).toEqual({ key: 'l:dn', label: 'Đà Nẵng' });
  });

  it('finds by alias and says which', () => {
    expect(index.search('north')).toEqual([{ key: 'c:kp', label: 'Triều Tiên', via: 'North Korea' }]);
    expect(index.search('petr').map((h) => h.key)).toEqual(['p:x']);
  });

  it('an empty query finds nothing', () => {
    expect(index.search('  ')).toEqual([]);
  });
});

describe('filters', () => {
  const g = {
    nodes: [
      { key: 'a', type: 'person', rank: 3 },
      { key: 'b', type: 'country', rank: 2 },
      { key: 'c', type: 'location', rank: 1 },
    ],
    edges: [
      { key: 'ab', source: 'a', target: 'b', relation: 'co-mention', weight: 1 },
      { key: 'bc', source: 'b', target: 'c', relation: 'statement', weight: 3 },
    ],
  };
  const f = { hiddenTypes: [], hiddenRelations: [], minWeight: 1, top: null, maxEdges: null };

  it('shows everything by default', () => {
    expect(computeVisible(g, f)).toEqual({ nodes: new Set(['a', 'b', 'c']), edges: new Set(['ab', 'bc']), passing: 2 });
  });

  it('draws only the strongest edges when there are more than maxEdges: typed relations first, then by weight', () => {
    const big = {
      nodes: g.nodes,
      edges: [
        { key: 'e1', source: 'a', target: 'b', relation: 'co-mention', weight: 5 },
        { key: 'e2', source: 'a', target: 'c', relation: 'co-mention', weight: 9 },
        { key: 'e3', source: 'b', target: 'c', relation: 'role', weight: 1 },
        { key: 'e4', source: 'a', target: 'c', relation: 'co-mention', weight: 5 },
      ],
    };
    expect(computeVisible(big, { ...f, maxEdges: 3 })).toEqual({ nodes: new Set(['a', 'b', 'c']), edges: new Set(['e1', 'e2', 'e3']), passing: 4 });
    expect(computeVisible(big, { ...f, maxEdges: 1 }).edges).toEqual(new Set(['e3']));
    expect(computeVisible(big, { ...f, maxEdges: 10 }).edges.size).toBe(4);
  });

  it('hides types, relations, light edges and the less central nodes', () => {
    expect(computeVisible(g, { ...f, hiddenTypes: ['person'] }).edges).toEqual(new Set(['bc']));
    expect(computeVisible(g, { ...f, hiddenRelations: ['statement'] }).edges).toEqual(new Set(['ab']));
    expect(computeVisible(g, { ...f, minWeight: 2 }).edges).toEqual(new Set(['bc']));
    expect(computeVisible(g, { ...f, top: 2 })).toEqual({ nodes: new Set(['a', 'b']), edges: new Set(['ab']), passing: 1 });
  });
});

describe('state ↔ hash', () => {
  it('round-trips', () => {
    const s = { ...DEFAULT_STATE, node: 'country:KP', hiddenTypes: ['location'], hiddenRelations: ['co-mention'], minWeight: 2, top: 100, maxEdges: null, colorBy: 'community' as const, camera: { x: 0.5, y: 0.25, ratio: 0.8 } };
    expect(hashToState(stateToHash(s))).toEqual(s);
  });

  it('the default state is an empty hash', () => {
    expect(stateToHash(DEFAULT_STATE)).toBe('');
  });

  it('keeps an edge limit other than the default', () => {
    expect(hashToState(stateToHash({ ...DEFAULT_STATE, maxEdges: 5000 })).maxEdges).toBe(5000);
    expect(stateToHash({ ...DEFAULT_STATE, maxEdges: null })).toBe('#edges=all');
  });

  it('ignores malformed values', () => {
    expect(hashToState('#w=-3&top=abc&color=pink&cam=1,2&rel=bogus&edges=-1')).toEqual(DEFAULT_STATE);
  });
});

describe('viewer HTML inliner', () => {
  const assets = {
    html: '<html><head><title>x</title><link rel="stylesheet" href="viewer.css"></head><body><script src="viewer.js"></script></body></html>',
    css: 'body{}',
    js: 'var s = "</script>";',
  };

  it('escapes the graph so nothing in it can close the script element', () => {
    const json = JSON.stringify({ label: '</script><script>alert(1)</script><!--' });
    const safe = scriptSafeJson(json);
    expect(safe).not.toContain('<');
    expect(JSON.parse(safe)).toEqual(JSON.parse(json));
  });

  it('inlines style, data and script', () => {
    const page = inlineViewer(assets, '{"nodes":[]}', 'A <b> title');
    expect(page).toContain('<style>body{}</style>');
    expect(page).toContain('<script id="entigraph-data" type="application/json">{"nodes":[]}</script>');
    expect(page).toContain('var s = "<\\/script>";');
    expect(page).toContain('<title>A &lt;b&gt; title</title>');
  });
});

describe('viewer loader', () => {
  it('fills in what other tools leave out', () => {
    const g = loadGraph(JSON.stringify({ nodes: [{ key: 'a' }, { key: 'b', attributes: { label: 'B', type: 'square' } }], edges: [{ source: 'a', target: 'b' }] }), 'f.json');
    expect(g.getNodeAttributes('a')).toMatchObject({ label: 'a', entityType: 'other', size: 4 });
    expect(Number.isFinite(g.getNodeAttribute('b', 'x'))).toBe(true);
    expect(g.getNodeAttributes('b')).not.toHaveProperty('type');
  });

  it('keeps edge keys and directions as the file has them', () => {
    const file = { options: { type: 'mixed' }, nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ key: 'k1', source: 'a', target: 'b', undirected: true }, { source: 'b', target: 'a' }] };
    const g = loadGraph(JSON.stringify(file), 'f.json');
    expect(g.isUndirected('k1')).toBe(true);
    expect(g.directedSize).toBe(1);
    expect(loadGraph(JSON.stringify({ ...file, options: { type: 'undirected' } }), 'f.json').undirectedSize).toBe(2);
  });

  it.each([
    ['', 'is not a graph'],
    ['{"foo": 1}', 'no "nodes" list'],
    ['{"nodes": []}', 'has no nodes'],
    ['{"nodes": [{"key": "a"}], "edges": [{"source": "a", "target": "zz"}]}', 'an edge points to the node "zz", which is not in the file'],
    ['{"nodes": [{"key": "a"}, {"key": "a"}]}', 'the node "a" appears twice'],
    ['{"nodes": [{"key": "a"}], "edges": [{"source": "a"}]}', 'edge 1 has no source or target'],
    ['{"nodes": [{"attributes": {}}]}', 'node 1 has no key'],
    ['{nope', 'is not valid JSON'],
  ])('a bad file is a clear error: %s', (text, message) => {
    expect(() => loadGraph(text, 'f.json')).toThrow(LoadError);
    expect(() => loadGraph(text, 'f.json')).toThrow(message);
  });
});
