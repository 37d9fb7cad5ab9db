// The worker pool: a worker that dies takes no other document's work with it,
// and the document that killed it is named.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AnalysisPool, WORKER_FILE, type AnalysisResult } from '../../src/parallel.js';
import type { SourceDoc } from '../../src/types.js';
import { decodeAnalysis } from '../../src/wire.js';

/** The real worker, except that the thread dies on a document holding "💥" (as a worker does on a bug that kills it). */
function crashingWorker(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entigraph-pool-'));
  // (imported first, so its listener runs before the real worker's: module imports are evaluated in order)
  writeFileSync(join(dir, 'crash.mjs'), `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (req) => { if (req.docs.some((d) => d.text.includes('💥'))) process.exit(3); });\n`);
  writeFileSync(join(dir, 'worker.mjs'), `import './crash.mjs';\nimport ${JSON.stringify(pathToFileURL(WORKER_FILE).href)};\n`);
  return join(dir, 'worker.mjs');
}

const doc = (i: number, text = `Ông Ivan Petrov${i} gặp bà Anna Kovacs${i} tại Hà Nội.`): SourceDoc => ({ id: `d${i}.txt`, origin: `d${i}.txt`, text, meta: {} });

function outcome(r: AnalysisResult): string {
  if ('error' in r) return `error: ${r.error}`;
  const a = 'json' in r ? decodeAnalysis(r.json) : r.analysis;
  return a.id;
}

describe('AnalysisPool', () => {
  it('a worker that dies: the document that killed it gets the error, every other document (in flight or queued) its analysis, in order', async () => {
    const pool = new AnalysisPool(2, { cachePath: null }, () => undefined, crashingWorker());
    try {
      // batches of 3: the third holds the culprit; all are sent at once, so workers hold batches queued behind the one they work on
      const batches = [0, 1, 2, 3, 4, 5].map((b) => [0, 1, 2].map((k) => (b === 2 && k === 1 ? doc(b * 3 + k, 'Ông Ivan Petrov 💥 đến Hà Nội.') : doc(b * 3 + k))));
      const results = await Promise.all(batches.map((docs) => pool.analyze(docs)));
      const got = results.flat().map(outcome);
      const want = batches.flat().map((d) => (d.text.includes('💥') ? 'error' : d.id));
      expect(got.map((g) => (g.startsWith('error') ? 'error' : g))).toEqual(want);
      expect(got[7]).toMatch(/^error: the worker analysing it crashed \(worker exited with code 3\)/);
      // the pool still works after replacing the worker
      expect((await pool.analyze([doc(99)])).map(outcome)).toEqual(['d99.txt']);
    } finally {
      await pool.close();
    }
  });
});
