// Worker thread: analyses batches of documents (the pure per-document part of
// the pipeline) and sends the results back as text (src/wire.ts): one flat string is
// cheaper to pass between threads than an object tree, and it is what the
// cache stores, so the main thread never serialises an analysis. A document that throws is reported
// with its id; the others of the batch still come back.
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from './pipeline.js';
import type { WorkerRequest, WorkerResponse } from './parallel.js';
import { checksum, encodeAnalysis } from './wire.js';

parentPort!.on('message', (req: WorkerRequest) => {
  const results: WorkerResponse['results'] = req.docs.map((doc) => {
    try {
      const json = encodeAnalysis(analyzeDocument(doc));
      return { json, sum: checksum(json) };
    } catch (err) {
      return { error: (err as Error).stack ?? String(err) };
    }
  });
  parentPort!.postMessage({ id: req.id, results } satisfies WorkerResponse);
});
