// A pool of worker threads for the per-document analysis. Documents travel in
// batches (cheap messaging); results come back per document. If a worker dies
// mid-batch, the batch is re-run one document at a time in fresh workers, so
// the document that kills a worker is found and reported and no other
// document's work is lost.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocAnalysis, SourceDoc } from './types.js';
import { PACKAGE_ROOT } from './util/paths.js';

export interface WorkerRequest {
  id: number;
  docs: SourceDoc[];
  /** Look each document up in the pool's cache first. */
  cache: boolean;
}

/** A document's wire text and its checksum; with a cache, its key and whether the text came from the cache. */
export type WorkerResult = { json: string; sum: number; key?: string; cached?: boolean };

export interface WorkerResponse {
  id: number;
  results: (WorkerResult | { error: string })[];
  /** Why the cache could not be read (damage, or it could not be opened): the batch was analysed instead. */
  cacheError?: string;
}

/** Set up each worker with: the cache file it reads (read-only) to find documents analysed before. */
export interface WorkerSetup {
  cachePath: string | null;
}

/**
 * An analysis made in this thread, the wire text of one a worker made or found
 * in the cache (decoded by the receiver when it takes it: a batch's results are
 * not all decoded and alive at once), or why there is none.
 */
export type AnalysisResult = { analysis: DocAnalysis } | WorkerResult | { error: string };

export const WORKER_FILE = join(PACKAGE_ROOT, 'dist', 'worker.js');

interface Job {
  req: WorkerRequest;
  resolve: (r: AnalysisResult[]) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent to this worker, oldest first (it answers them in order). */
  sent: Job[];
}

/**
 * Jobs a worker holds at once: the next batch waits in its port while it works
 * on one, so it never idles while this thread is busy taking results.
 */
const DEPTH = 2;

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  /** onCacheError: a worker could not read the cache (it analysed its documents instead); file: the worker's script. */
  constructor(
    readonly size: number,
    private readonly setup: WorkerSetup = { cachePath: null },
    private readonly onCacheError: (message: string) => void = () => undefined,
    private readonly file = WORKER_FILE,
  ) {
    if (!existsSync(file)) throw new Error(`parallel: ${file} is missing: run "npm run build"`);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Analyses a batch (looking each document up in the cache first, with cache); resolves with one result per document, in order. */
  analyze(docs: SourceDoc[], cache = false): Promise<AnalysisResult[]> {
    return new Promise((resolve) => {
      this.queue.push({ req: { id: this.nextId++, docs, cache: cache && this.setup.cachePath !== null }, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.file, { workerData: this.setup }), sent: [] };
    slot.worker.on('message', (res: WorkerResponse) => {
      const job = slot.sent.shift();
      if (res.cacheError) this.onCacheError(res.cacheError);
      this.pump();
      job?.resolve(res.results);
    });
    const died = (why: string) => {
      if (this.closed) return;
      const lost = slot.sent;
      slot.sent = [];
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      // (the batch it was working on is the oldest; the ones after it never started)
      lost.forEach((job, k) => void (k === 0 ? this.isolate(job.req, why) : this.analyze(job.req.docs, job.req.cache)).then(job.resolve));
      this.pump();
    };
    slot.worker.on('error', (err) => died(err.message));
    slot.worker.on('exit', (code) => {
      if (code !== 0) died(`worker exited with code ${code}`);
    });
    return slot;
  }

  /** Re-runs a batch that killed its worker one document at a time: the culprit gets the error, the rest their results. */
  private async isolate(req: WorkerRequest, why: string): Promise<AnalysisResult[]> {
    if (req.docs.length === 1) return [{ error: `the worker analysing it crashed (${why})` }];
    const out: AnalysisResult[] = [];
    for (const doc of req.docs) out.push(...(await this.analyze([doc], req.cache)));
    return out;
  }

  private pump(): void {
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (slot.sent.length >= depth || !this.queue.length) continue;
        const job = this.queue.shift()!;
        slot.sent.push(job);
        slot.worker.postMessage(job.req);
      }
    }
  }
}
