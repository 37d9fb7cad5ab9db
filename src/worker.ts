// Worker thread: analyses batches of documents (the pure per-document part of
// the pipeline) and sends the results back as text (src/wire.ts): one flat string is
// cheaper to pass between threads than an object tree, and it is what the
// cache stores, so the main thread never serialises an analysis. With a cache,
// the worker also hashes each document and looks it up (read-only): a re-run's
// cached documents are found here, in parallel, not one by one on the main
// thread. A document that throws is reported with its id; the others of the
// batch still come back.
import { parentPort, workerData } from 'node:worker_threads';
import { CacheReader, docKey } from './cache.js';
import { getLexicon } from './extract/lexicon.js';
import { analyzeDocument } from './pipeline.js';
import type { WorkerRequest, WorkerResponse, WorkerResult, WorkerSetup } from './parallel.js';
import type { SourceDoc } from './types.js';
import { checksum, encodeAnalysis } from './wire.js';

const { cachePath } = workerData as WorkerSetup;
let reader: CacheReader | null = null;
/** Why the cache cannot be read (said once, to AnalysisCache.markDamaged); it is not read again. */
let cacheError: string | null = null;
let cacheErrorSaid = false;

function lookUp(key: string): WorkerResult | null {
  if (cacheError !== null || cachePath === null) return null;
  try {
    reader ??= new CacheReader(cachePath);
    const hit = reader.get(key);
    return hit && { ...hit, key, cached: true };
  } catch (err) {
    cacheError = (err as Error).message;
    return null;
  }
}

function analyze(doc: SourceDoc, key?: string): WorkerResult {
  const json = encodeAnalysis(analyzeDocument(doc));
  const r: WorkerResult = { json, sum: checksum(json) };
  if (key !== undefined) Object.assign(r, { key, cached: false });
  return r;
}

// The lexicons load now, while the main thread reads the first documents (or a
// snapshot), not when the first batch comes. (A data file that does not load
// fails again on the first document, which reports it.)
try {
  getLexicon();
} catch {
  // reported with the first document
}

parentPort!.on('message', (req: WorkerRequest) => {
  const results: WorkerResponse['results'] = req.docs.map((doc) => {
    try {
      if (!req.cache) return analyze(doc);
      const key = docKey(doc);
      return lookUp(key) ?? analyze(doc, key);
    } catch (err) {
      return { error: (err as Error).stack ?? String(err) };
    }
  });
  const res: WorkerResponse = { id: req.id, results };
  if (cacheError !== null && !cacheErrorSaid) {
    res.cacheError = cacheError;
    cacheErrorSaid = true;
  }
  parentPort!.postMessage(res);
});
