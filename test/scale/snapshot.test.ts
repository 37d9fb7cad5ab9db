// The aggregate snapshot beside the cache: a re-run starts from what the last
// build's documents added up to, and must give exactly the graph a fresh build
// of the same input gives, whatever was added, removed or damaged.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/bench/corpus.js';
import { NewsGenerator } from '../../src/bench/generate.js';
import { snapshotPathOf } from '../../src/cache.js';
import type { EntigraphError } from '../../src/errors.js';
import { graphJsonChunks } from '../../src/export/json.js';
import { CorpusAggregate } from '../../src/graph/aggregate.js';
import { buildGraph } from '../../src/graph/build.js';
import { analyzeDocument, buildCorpusGraph, type BuildOptions } from '../../src/pipeline.js';

let root: string;
const text = (g: { graph: Parameters<typeof graphJsonChunks>[0] }) => [...graphJsonChunks(g.graph)].join('');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'entigraph-snapshot-'));
  writeCorpus(join(root, 'base'), 160, 0, 5, { shortForms: false });
});

/** A copy of the base corpus, and a cache in a fresh folder. */
function setUp(name: string): { corpus: string; cache: string } {
  const corpus = join(root, name);
  cpSync(join(root, 'base'), corpus, { recursive: true });
  const dir = join(root, `${name}-out`);
  mkdirSync(dir);
  return { corpus, cache: join(dir, 'c.sqlite') };
}

/** A build, its warnings, and what a build of the same input without any cache gives. */
async function build(corpus: string, cache: string | null, extra: Partial<BuildOptions> = {}) {
  const warnings: string[] = [];
  const r = await buildCorpusGraph([corpus], { cachePath: cache, layoutIterations: 5, onWarning: (e: EntigraphError) => warnings.push(e.message), ...extra });
  return { ...r, warnings };
}

/** Articles the generator writes for a seed other than the base corpus's, named to sort among its files. */
function addBetween(corpus: string, where: Record<string, number>): void {
  const gen = new NewsGenerator(99, 4000, { shortForms: false });
  let i = 0;
  for (const [folder, n] of Object.entries(where)) {
    for (let k = 0; k < n; k++) writeFileSync(join(corpus, folder, `gen-0000${folder}-x${k}.txt`), gen.article(i++).text);
  }
}

describe('aggregate snapshot', () => {
  it('a re-run after articles were added among the old ones starts from the snapshot and gives the graph a fresh build gives', async () => {
    const { corpus, cache } = setUp('grow');
    const first = await build(corpus, cache);
    expect(first.fromSnapshot).toBe(0);
    addBetween(corpus, { '0000': 2, '0001': 1 }); // before and among the old documents, not only after them
    writeCorpus(corpus, 2, 160, 5, { shortForms: false }); // and after them
    const again = await build(corpus, cache);
    expect(again.fromSnapshot).toBe(160);
    expect(again.cache).toEqual({ hits: 160, misses: 5 });
    expect(again.warnings).toEqual([]);
    const fresh = await build(corpus, null);
    expect(text(again)).toBe(text(fresh));
    // and the snapshot it wrote serves the next run
    const third = await build(corpus, cache);
    expect(third.fromSnapshot).toBe(165);
    expect(text(third)).toBe(text(fresh));
  });

  it('a removed, changed or moved article sets the snapshot aside: every analysis is read again, and the new ones count as new', async () => {
    for (const change of ['remove', 'change', 'move'] as const) {
      const { corpus, cache } = setUp(`edit-${change}`);
      await build(corpus, cache);
      const file = join(corpus, '0000', 'gen-000003.txt');
      if (change === 'remove') rmSync(file);
      if (change === 'change') writeFileSync(file, `${readFileSync(file, 'utf8')}\nÔng Ivan Petrov đến Hà Nội hôm thứ Hai.\n`);
      // a renamed file is a new document and the old one is gone
      if (change === 'move') renameSync(file, join(corpus, '0001', 'gen-000199.txt'));
      const again = await build(corpus, cache);
      expect(again.fromSnapshot, change).toBe(0);
      expect(again.cache, change).toEqual(change === 'remove' ? { hits: 159, misses: 0 } : { hits: 159, misses: 1 });
      expect(text(again), change).toBe(text(await build(corpus, null)));
    }
  });

  it('the same articles in another order (inputs given the other way round) set the snapshot aside', async () => {
    const { corpus, cache } = setUp('order');
    const [a, b] = [join(corpus, '0000'), join(corpus, '0001')];
    await buildCorpusGraph([a, b], { cachePath: cache, layoutIterations: 5 });
    const again = await buildCorpusGraph([b, a], { cachePath: cache, layoutIterations: 5 });
    expect(again.fromSnapshot).toBe(0);
    expect(again.cache).toEqual({ hits: 160, misses: 0 });
    expect(text(again)).toBe(text(await buildCorpusGraph([b, a], { layoutIterations: 5 })));
  });

  it('a damaged snapshot is not trusted: a warning naming it, and the graph a fresh build gives', async () => {
    const { corpus, cache } = setUp('damaged');
    await build(corpus, cache);
    const path = snapshotPathOf(cache);
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 7) ^ 0x20, bytes.length - 7); // one bit of a sentence's text
    writeFileSync(path, bytes);
    const again = await build(corpus, cache);
    expect(again.warnings).toEqual([`${path}: not a usable snapshot (checksum mismatch): every cached analysis is read instead`]);
    expect(again.fromSnapshot).toBe(0);
    expect(text(again)).toBe(text(await build(corpus, null)));
    writeFileSync(path, 'not a snapshot');
    expect((await build(corpus, cache)).warnings).toEqual([`${path}: not a usable snapshot (not a snapshot file): every cached analysis is read instead`]);
  });

  it('a snapshot taken with other evidence limits is not used', async () => {
    const { corpus, cache } = setUp('limits');
    await build(corpus, cache, { aggregate: { evidence: 1, documents: 3 } });
    const again = await build(corpus, cache);
    expect(again.fromSnapshot).toBe(0);
    expect(again.warnings).toEqual([]);
    expect(text(again)).toBe(text(await build(corpus, null)));
  });
});

describe('CorpusAggregate snapshot', () => {
  const gen = new NewsGenerator(3, 4000, { shortForms: false });
  const docs = Array.from({ length: 40 }, (_, i) => gen.article(i)).map((a) => analyzeDocument({ id: a.id, text: a.text, meta: {}, origin: a.id }));
  const graphOf = async (agg: CorpusAggregate) => [...graphJsonChunks(await buildGraph(agg, { generator: 't', version: 't', seed: 1, layoutIterations: 3 }))].join('');

  it('renumbered and joined with the documents added between, it is the aggregate of all of them', async () => {
    const whole = new CorpusAggregate({ evidence: 2, documents: 3 });
    docs.forEach((a, di) => whole.add(a, di));
    // the odd documents first, numbered 0..19; then the even ones join between them
    const odd = new CorpusAggregate({ evidence: 2, documents: 3 });
    docs.forEach((a, di) => di % 2 === 1 && odd.add(a, (di - 1) / 2));
    const even = new CorpusAggregate({ evidence: 2, documents: 3 });
    docs.forEach((a, di) => di % 2 === 0 && even.add(a, di));
    const back = CorpusAggregate.fromSnapshot(odd.snapshot());
    back.renumber((k) => 2 * k + 1);
    back.absorb(even);
    expect(await graphOf(back)).toBe(await graphOf(whole));
  });
});
