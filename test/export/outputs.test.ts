import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../src/export/gexf.js';
import { writeGraphJson } from '../../src/export/json.js';
import { writeGraphFiles } from '../../src/export/outputs.js';
import type { EntityGraph, GraphData } from '../../src/graph/build.js';

/** A graph big enough for the GEXF worker (over 20k edges), with evidence that recurs across edges. */
function bigGraph(): GraphData {
  const g = new MultiGraph({ type: 'mixed', allowSelfLoops: false }) as EntityGraph;
  g.replaceAttributes({ generator: 'entigraph', version: 'test', documentCount: 2, documents: [{ id: 'a.txt', lang: 'vi' }, { id: 'b.txt', lang: 'vi' }] });
  const n = 260;
  for (let i = 0; i < n; i++) {
    g.addNode(`person:người-${i}`, { label: `Người Số ${i} <b>&`, entityType: 'person', aliases: [`Người Số ${i}`, `Số, ${i}`], aliasCounts: [2, 1], mentions: 3, documents: ['a.txt'], documentCount: 1, x: i, y: -i, size: 3, color: '#4e79a7', community: i % 3, degree: 1, weightedDegree: 1, pagerank: 1 / n, evidence: [{ doc: 'a.txt', text: `Câu "${i % 7}" về INF`, start: 0, end: 10 }] });
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = `person:người-${i}`;
      const t = `person:người-${j}`;
      const evidence = [{ doc: 'b.txt', text: `Ông ${i % 11} nói với ${j % 13}.`, start: i % 11, end: 40 + (j % 13) }];
      // more documents and evidence than GEXF keeps, ids that need escaping
      if ((i * j) % 5 === 1) evidence.push(...[1, 2, 3].map((k) => ({ doc: `c${k}, "d".txt`, text: `Câu\tthứ  ${k} <${i}>`, start: k, end: 9 })));
      const documents = (i * j) % 5 === 1 ? Array.from({ length: 14 }, (_, k) => (k % 4 === 0 ? `x${k},INF.txt` : `x${k}.txt`)) : ['a.txt', 'b.txt'];
      if ((i + j) % 3 === 0) g.addDirectedEdgeWithKey(`statement:${s}->${t}`, s, t, { relation: 'statement', weight: 1, label: 'cho biết', labelCounts: { 'cho biết': 1 }, documents: ['b.txt'], documentCount: 1, evidence, color: '#e15759', size: 1 });
      else g.addUndirectedEdgeWithKey(`co-mention:${s}--${t}`, s, t, { relation: 'co-mention', weight: 2, label: 'co-mention', documents, documentCount: documents.length, evidence, color: '#c8c8c8', size: 2 });
    }
  }
  return g.export() as unknown as GraphData;
}

describe('writeGraphFiles', () => {
  it('writes graph.json and graph.gexf (the GEXF in a worker) byte for byte as the single-threaded writers do', async () => {
    const g = bigGraph();
    expect(g.edges.length).toBeGreaterThan(20_000);
    const one = mkdtempSync(join(tmpdir(), 'entigraph-out-'));
    const two = mkdtempSync(join(tmpdir(), 'entigraph-out-'));
    await writeGraphJson(g, join(one, 'graph.json'));
    await writeGexf(g, join(one, 'graph.gexf'));
    await writeGraphFiles(g, join(two, 'graph.json'), join(two, 'graph.gexf'));
    for (const f of ['graph.json', 'graph.gexf']) expect(readFileSync(join(two, f)).equals(readFileSync(join(one, f)))).toBe(true);
    expect(readdirSync(two).sort()).toEqual(['graph.gexf', 'graph.json']);
    expect(JSON.parse(readFileSync(join(two, 'graph.json'), 'utf8')).edges).toHaveLength(g.edges.length);
  });

  it('an output that cannot be written is an error naming it, and no temporary file is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entigraph-out-'));
    writeFileSync(join(dir, 'blocker'), 'a file where the folder should be');
    const run = writeGraphFiles(bigGraph(), join(dir, 'graph.json'), join(dir, 'blocker', 'graph.gexf'));
    await expect(run).rejects.toThrow(/blocker/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the GEXF worker after an interrupt', () => {
  it('never creates the temporary file itself: once an interrupt has removed it, it stays removed', async () => {
    const { Worker } = await import('node:worker_threads');
    const { existsSync } = await import('node:fs');
    const { PACKAGE_ROOT } = await import('../../src/util/paths.js');
    const tmp = join(mkdtempSync(join(tmpdir(), 'entigraph-gw-')), '.graph.gexf.removed.tmp');
    const w = new Worker(join(PACKAGE_ROOT, 'dist', 'export', 'gexf-worker.js'), { workerData: { tmp, head: { generator: 'entigraph', version: 't', documentCount: 1, nodes: 0, edges: 0 } } });
    const failed = await new Promise<boolean>((resolve) => {
      w.once('error', () => resolve(true));
      w.once('exit', () => resolve(false));
      setTimeout(() => resolve(false), 5000); // a worker that opened the file waits for its elements
    });
    await w.terminate();
    expect(existsSync(tmp)).toBe(false);
    expect(failed).toBe(true);
  });
});
