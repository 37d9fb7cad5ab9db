import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGraphJson } from '../../src/export/json.js';
import { CorpusAggregate, insertCapped } from '../../src/graph/aggregate.js';
import { NewsGenerator } from '../../src/bench/generate.js';
import { buildGraph, toGraphology } from '../../src/graph/build.js';
import { pruneGraph } from '../../src/graph/prune.js';
import { analyze } from '../_helpers.js';

const DOCS = [
  'Tổng thống Séc Pavel Novotny đến Ba Lan. Ông Novotny cho biết Hungary đã đồng ý. Ba Lan và Séc ký hiệp định.',
  'Thủ tướng Ba Lan Marek Zielny gặp ông Novotny tại Vienna. "Séc là bạn" - ông Zielny nói.',
  'Bộ Ngoại giao Hungary cho biết Ba Lan và Séc đã mời Hungary.',
];

function dataOf(docs: string[], order = docs.map((_, i) => i)) {
  const agg = new CorpusAggregate({ evidence: 3, documents: 10 });
  for (const i of order) agg.add(analyze(docs[i]!, `d${i}.txt`), i);
  return buildGraph(agg, { generator: 'entigraph', version: 'test', seed: 1 });
}

/** The graph as graphology sees it. */
async function graphOf(docs: string[]) {
  return toGraphology(await dataOf(docs));
}

async function json(docs: string[], order?: number[]): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'entigraph-g-')), 'graph.json');
  await writeGraphJson(await dataOf(docs, order), path);
  return readFileSync(path, 'utf8');
}

describe('graph', () => {
  it('is byte-identical for the same input, whatever order documents are added in', async () => {
    const a = await json(DOCS);
    expect(await json(DOCS)).toBe(a);
    expect(await json(DOCS, [2, 0, 1])).toBe(a);
  });

  it('follows the graph.json contract: graphology format, typed attributes, no "type" attribute', async () => {
    const g = JSON.parse(await json(DOCS));
    expect(g.options).toEqual({ type: 'mixed', multi: true, allowSelfLoops: false });
    expect(g.attributes.documents.map((d: { id: string }) => d.id)).toEqual(['d0.txt', 'd1.txt', 'd2.txt']);
    for (const n of g.nodes) {
      expect(Object.keys(n.attributes)).toEqual(expect.arrayContaining(['label', 'entityType', 'aliases', 'mentions', 'documents', 'x', 'y', 'size', 'color', 'community', 'degree', 'weightedDegree', 'pagerank']));
      expect(n.attributes.type).toBeUndefined();
      expect(Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y)).toBe(true);
    }
    for (const e of g.edges) {
      expect(Object.keys(e.attributes)).toEqual(expect.arrayContaining(['relation', 'weight', 'label', 'documents', 'evidence']));
      expect(e.attributes.type).toBeUndefined();
      expect(e.attributes.weight).toBeGreaterThan(0);
    }
  });

  it('graph.json is what graphology itself exports of the graph, and imports back to it', async () => {
    const file = JSON.parse(await json(DOCS));
    const g = toGraphology(file);
    expect(g.export()).toEqual(file);
    expect(g.filterEdges((_e, a) => a.relation === 'co-mention').every((e) => g.isUndirected(e))).toBe(true);
    expect(g.filterEdges((_e, a) => a.relation !== 'co-mention').every((e) => g.isDirected(e))).toBe(true);
  });

  it('every edge carries the sentences it came from, and they name both ends', async () => {
    const g = await graphOf(DOCS);
    g.forEachEdge((_e, a, s, t) => {
      expect(a.evidence.length).toBeGreaterThan(0);
      const names = (n: string) => [g.getNodeAttribute(n, 'label'), ...g.getNodeAttribute(n, 'aliases')];
      for (const ev of a.evidence) {
        if (a.relation === 'co-mention' || a.relation === 'role') {
          expect(names(s).some((x) => ev.text.includes(x))).toBe(true);
          expect(names(t).some((x) => ev.text.includes(x))).toBe(true);
        }
      }
    });
  });

  it('joins the same person across documents and weights edges by sentences', async () => {
    const g = await graphOf(DOCS);
    expect(g.hasNode('person:pavel-novotny')).toBe(true);
    expect(g.getNodeAttribute('person:pavel-novotny', 'aliases')).toEqual(['Novotny', 'Pavel Novotny']);
    expect(g.getNodeAttribute('person:pavel-novotny', 'documents')).toEqual(['d0.txt', 'd1.txt']);
    const key = 'co-mention:country:CZ--country:PL';
    expect(g.getEdgeAttribute(key, 'weight')).toBe(3);
    expect(g.hasDirectedEdge('statement:person:marek-zielny->country:CZ')).toBe(true);
    expect(g.hasDirectedEdge('role:person:pavel-novotny->country:CZ')).toBe(true);
    expect(g.getEdgeAttribute('role:person:pavel-novotny->country:CZ', 'label')).toBe('Tổng thống');
  });
});

describe('pruning for the viewer page', () => {
  it('keeps the most central nodes, then the strongest edges between them (typed relations first), and says what it left out', async () => {
    const data = await dataOf(DOCS);
    const g = toGraphology(data);
    const top = toGraphology(pruneGraph(data, { maxNodes: 3 }));
    expect(top.order).toBe(3);
    const byRank = g.nodes().sort((a, b) => g.getNodeAttribute(b, 'pagerank') - g.getNodeAttribute(a, 'pagerank'));
    expect(top.nodes().sort()).toEqual(byRank.slice(0, 3).sort());
    top.forEachEdge((_e, _a, s, t) => expect(top.hasNode(s) && top.hasNode(t)).toBe(true));

    const few = toGraphology(pruneGraph(data, { maxEdges: 2 }));
    expect(few.size).toBe(2);
    expect(few.order).toBe(g.order);
    const typed = g.filterEdges((_e, a) => a.relation !== 'co-mention').length;
    const keptTyped = few.filterEdges((_e, a) => a.relation !== 'co-mention').length;
    expect(keptTyped).toBe(Math.min(2, typed));
    expect(few.getAttribute('pruned' as never)).toMatchObject({ nodes: g.order, edges: g.size, maxEdges: 2 });
  });

  it('shortens evidence and document lists on copies, never on the graph written to graph.json', async () => {
    const data = await dataOf(DOCS);
    const g = toGraphology(data);
    const heavy = g.edges().find((e) => g.getEdgeAttribute(e, 'evidence').length > 1)!;
    const before = g.getEdgeAttribute(heavy, 'evidence').length;
    const light = toGraphology(pruneGraph(data, { evidence: 1, documents: 1 }));
    expect(light.getEdgeAttribute(heavy, 'evidence')).toHaveLength(1);
    light.forEachNode((_n, a) => expect(a.documents.length).toBeLessThanOrEqual(1));
    expect(g.getEdgeAttribute(heavy, 'evidence')).toHaveLength(before);
  });

  it('returns the graph itself when nothing is to be cut', async () => {
    const g = await dataOf(DOCS);
    expect(pruneGraph(g, { maxNodes: 1000, maxEdges: 1000 })).toBe(g);
  });
});

describe('graph: metrics and layout in a worker thread', () => {
  it('give the graph that computing them in this thread gives', async () => {
    const gen = new NewsGenerator(3);
    const analyses = Array.from({ length: 120 }, (_, i) => gen.article(i)).map((d) => analyze(d.text, d.id));
    const build = async (placeInWorker: boolean) => {
      const agg = new CorpusAggregate();
      analyses.forEach((a, i) => agg.add(a, i));
      const g = await buildGraph(agg, { generator: 'entigraph', version: 'test', seed: 1, placeInWorker });
      return JSON.stringify(g);
    };
    const here = await build(false);
    expect(JSON.parse(here).nodes.length).toBeGreaterThan(100);
    expect(await build(true)).toBe(here);
  });
});

describe('capped lists (what evidence and document lists keep)', () => {
  it('keep the smallest values in order, whatever order they come in', () => {
    const list: number[] = [];
    const out = [9, 3, 7, 3, 1, 8, 2].map((x) => insertCapped(list, x, 3));
    expect(list).toEqual([1, 2, 3]);
    // undefined: went in; a number: what was pushed out (or x itself: too large, or there already)
    expect(out).toEqual([undefined, undefined, undefined, 3, 9, 8, 7]);
  });

  it('turn away a value after a full list, and take one before its end', () => {
    const list = [2, 4, 6];
    expect(insertCapped(list, 7, 3)).toBe(7);
    expect(insertCapped(list, 6, 3)).toBe(6);
    expect(insertCapped(list, 5, 3)).toBe(6);
    expect(list).toEqual([2, 4, 5]);
  });
});
