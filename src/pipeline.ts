// The pipeline, in order (order matters):
//   corpus   read inputs → documents → sentences worth reading       corpus/
//   extract  names, titles, reporting verbs per sentence             extract/
//   resolve  one entity per thing: in the document, then the corpus  resolve/
//   relate   co-mention, statement and role relations                relate/
//   graph    graphology graph, metrics, communities, layout          graph/
//   export   graph.json, graph.gexf (atomic writes)                  export/
// The per-document part (analyzeDocument) is a pure function: it can run in a
// worker thread and its result can be cached by content hash.
import { AnalysisCache, docKey, snapshotPathOf, type CacheStats } from './cache.js';
import { readInputs, type ReadOptions } from './corpus/sources.js';
import { prepareDoc } from './corpus/prepare.js';
import { EntigraphError, SKIPPABLE } from './errors.js';
import { extractDocument } from './extract/index.js';
import { CorpusAggregate, DEFAULT_AGGREGATE_OPTIONS, type AggregateOptions } from './graph/aggregate.js';
import { buildGraph, type GraphData } from './graph/build.js';
import { readSnapshot, takeSnapshot, writeSnapshot } from './graph/snapshot.js';
import { AnalysisPool, type AnalysisResult } from './parallel.js';
import { resolveLocal } from './resolve/local.js';
import { relateDocument } from './relate/index.js';
import type { DocAnalysis, SourceDoc } from './types.js';
import { timingLine } from './util/timing.js';
import { VERSION } from './version.js';
import { decodeAnalysis } from './wire.js';

/** opts.mentions: keep every mention's span (for `entigraph extract`); a graph build needs only counts. */
export function analyzeDocument(src: SourceDoc, opts: { mentions?: boolean } = {}): DocAnalysis {
  const doc = prepareDoc(src);
  const x = extractDocument(doc);
  return relateDocument(doc, x, resolveLocal(x), opts);
}

export interface CorpusOptions extends ReadOptions {
  /** Stop at the first bad input instead of skipping it. */
  strict?: boolean;
  onWarning?: (err: EntigraphError) => void;
  onDocument?: (doc: SourceDoc, index: number) => void;
}

export interface CorpusRun {
  documents: number;
  skipped: number;
}

/** Reads every input, hands each good document to `each` in input order; bad ones are warnings (or fatal with strict). */
export async function forEachDocument(inputs: readonly string[], opts: CorpusOptions, each: (doc: SourceDoc, index: number) => void | Promise<void>): Promise<CorpusRun> {
  let documents = 0;
  let skipped = 0;
  for await (const item of readInputs(inputs, opts)) {
    if ('error' in item) {
      if (opts.strict || !SKIPPABLE.has(item.error.code)) throw item.error;
      skipped++;
      opts.onWarning?.(item.error);
      continue;
    }
    opts.onDocument?.(item.doc, documents);
    await each(item.doc, documents++);
  }
  if (documents === 0) {
    throw new EntigraphError('E_NO_INPUT', skipped ? `no usable document (${skipped} input${skipped > 1 ? 's' : ''} skipped, see the warnings above)` : 'no documents in the input', inputs.join(' '));
  }
  return { documents, skipped };
}

export interface BuildOptions extends CorpusOptions {
  aggregate?: AggregateOptions;
  seed?: number;
  layoutIterations?: number;
  /** Worker threads for the analysis (1: in this thread). */
  jobs?: number;
  /** SQLite cache of per-document analyses (null: none). */
  cachePath?: string | null;
  /** false: do not start from the cache's snapshot (it is still written). */
  snapshot?: boolean;
  /** Return before the snapshot is written (await snapshotSaved): it is encoded between the writes of the graph files. */
  snapshotLater?: boolean;
  /** Called as documents are done (for progress display). */
  onAnalysed?: (done: number, chars: number) => void;
  /** Called when a phase after reading starts ("building the graph"). */
  onPhase?: (text: string) => void;
}

export interface BuildResult extends CorpusRun {
  graph: GraphData;
  mentions: number;
  cache: CacheStats | null;
  /** Documents taken from the cache's snapshot (see buildCorpusGraph). */
  fromSnapshot: number;
  /** Settles when the new snapshot is written (or its failure warned about). */
  snapshotSaved: Promise<void>;
}

/** Documents per worker message, and characters: small enough to keep workers busy, big enough to make messaging cheap. */
const BATCH_DOCS = 64;
const BATCH_CHARS = 256_000;

/**
 * Reads and analyses the corpus and builds the graph (nothing written yet).
 * Documents stream through: at most a few batches per worker are in flight, so
 * memory holds the graph being built, not the corpus.
 *
 * With a cache, the build also keeps a snapshot of what its documents added up
 * to (graph/snapshot.ts). A re-run whose input still holds every document of
 * the snapshot, unchanged and in the same order, starts from it and analyses
 * (or reads from the cache) only the other documents; otherwise the snapshot
 * is set aside and every document's analysis is read again.
 */
export async function buildCorpusGraph(inputs: readonly string[], opts: BuildOptions = {}): Promise<BuildResult> {
  const aggOpts = opts.aggregate ?? DEFAULT_AGGREGATE_OPTIONS;
  const agg = new CorpusAggregate(aggOpts);
  const warn = (e: EntigraphError) => opts.onWarning?.(e);
  const cacheWarn = (m: string) => warn(new EntigraphError('E_CACHE', m));
  const cache = opts.cachePath ? AnalysisCache.open(opts.cachePath, cacheWarn) : null;
  const snapshotPath = cache ? snapshotPathOf(opts.cachePath!) : null;
  const jobs = Math.max(1, opts.jobs ?? 1);
  // with workers, they hash each document and look it up in the cache too (read-only);
  // they start (load the lexicons) while this thread reads the snapshot
  const pool = jobs > 1 ? new AnalysisPool(jobs, { cachePath: cache ? opts.cachePath! : null }, (m) => cache?.markDamaged(m)) : null;
  // (a snapshot that does not fit the input is set aside by a second pass over it: stdin cannot be read twice)
  const prior = snapshotPath && opts.snapshot !== false && !inputs.includes('-') ? readSnapshot(snapshotPath, cache!.fingerprint, aggOpts, cacheWarn) : null;
  /** Old document index → index in this run, of each snapshot document found again. */
  const found = new Map<number, number>();
  const priorDi = prior ? new Map([...prior.keyOfDi].map(([di, key]) => [key, di])) : null;
  /** Content key of each document added, by document index (what the next snapshot lists). */
  const keyOfDi = new Map<number, string>();
  let done = 0;
  let chars = 0;
  let failed = 0;
  /** Takes one document's result: key and cached are known here when this thread looked the document up. */
  const accept = (doc: SourceDoc, di: number, result: AnalysisResult, key = '', cached = false) => {
    done++;
    chars += doc.text.length;
    if ('json' in result) {
      const analysis = decodeOrNull(result.json);
      if (analysis) {
        agg.add(analysis, di, true);
        if (cache) {
          cache.count(result.cached === true);
          // (no key: the worker was not asked to use the cache, which is damaged)
          if (result.key !== undefined) {
            keyOfDi.set(di, result.key);
            if (result.cached) cache.touch(result.key, doc.id);
            else cache.put(result.key, analysis, result.json, result.sum);
          }
        }
      } else {
        // a cached text that passed its checksum but is not an analysis of this layout: not trusted
        cache?.markDamaged('not an analysis of this layout');
        result = analyzeSafely(doc); // (not stored: a damaged cache takes no more writes)
      }
    }
    if ('analysis' in result) {
      // an analysis made in this thread holds slices of the article: the aggregate copies what it keeps
      agg.add(result.analysis, di, cached);
      if (cache) keyOfDi.set(di, key);
      if (cached) cache?.touch(key, doc.id);
      else cache?.put(key, result.analysis);
    } else if ('error' in result) {
      failed++;
      warn(new EntigraphError('E_ANALYZE', `could not analyse this document: ${result.error.split('\n')[0]}`, doc.origin));
    }
    opts.onAnalysed?.(done, chars);
  };
  /** A document the snapshot holds (the first time its key is seen): nothing to analyse or read. */
  const inSnapshot = (doc: SourceDoc, di: number, key: string): boolean => {
    const old = priorDi!.get(key);
    if (old === undefined || found.has(old)) return false;
    found.set(old, di);
    keyOfDi.set(di, key);
    cache!.count(true);
    done++;
    chars += doc.text.length;
    opts.onAnalysed?.(done, chars);
    return true;
  };

  let batch: { doc: SourceDoc; di: number }[] = [];
  let batchChars = 0;
  const inflight = new Set<Promise<void>>();
  const sendBatch = async () => {
    if (!batch.length || !pool) return;
    const jobsOf = batch;
    batch = [];
    batchChars = 0;
    const p = pool.analyze(jobsOf.map((j) => j.doc), cache?.usable ?? false).then((results) => results.forEach((r, k) => accept(jobsOf[k]!.doc, jobsOf[k]!.di, r)));
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
    while (inflight.size >= jobs * 3) await Promise.race(inflight);
  };

  let run: CorpusRun;
  try {
    run = await forEachDocument(inputs, opts, async (doc, di) => {
      const key = cache && (priorDi || !pool) ? docKey(doc) : '';
      if (priorDi && inSnapshot(doc, di, key)) return;
      if (pool) {
        batch.push({ doc, di });
        batchChars += doc.text.length;
        if (batch.length >= BATCH_DOCS || batchChars >= BATCH_CHARS) await sendBatch();
        return;
      }
      const hit = cache?.get(key);
      accept(doc, di, hit ? { analysis: hit } : analyzeSafely(doc), key, hit != null);
    });
    await sendBatch();
    await Promise.all(inflight);
  } finally {
    await pool?.close();
    cache?.close();
  }
  let whole = agg;
  if (prior) {
    const newDi = priorOrder(prior.keyOfDi, found);
    if (!newDi) {
      // a document of the snapshot is gone, changed or moved: read every analysis again (the new ones are in the cache now)
      timingLine('snapshot does not fit the input: a second pass');
      const again = await buildCorpusGraph(inputs, { ...opts, snapshot: false, onWarning: () => undefined });
      // (what the first pass analysed, the second found in the cache: still new to this run)
      const analysed = cache!.stats.misses;
      if (again.cache) again.cache = { hits: again.cache.hits - analysed, misses: again.cache.misses + analysed };
      return again;
    }
    prior.agg.renumber(newDi);
    prior.agg.absorb(agg);
    whole = prior.agg;
    timingLine(`snapshot: ${found.size} documents from it, ${whole.documents.length - found.size} added`);
  }
  if (run.documents === failed) throw new EntigraphError('E_NO_INPUT', 'no document could be analysed (see the warnings above)', inputs.join(' '));
  const changed = !prior || whole.documents.length > found.size || [...found].some(([old, di]) => old !== di);
  // the records are taken now (the graph stage consumes them) and written after it
  const taken = snapshotPath && cache!.usable && changed && keyOfDi.size === whole.documents.length ? takeSnapshot(whole, keyOfDi) : null;
  opts.onPhase?.('building the graph');
  timingLine(`analysis done ${(performance.now() / 1000).toFixed(2)} s after start`);
  const graph = await buildGraph(whole, {
    generator: 'entigraph',
    version: VERSION,
    seed: opts.seed ?? 1,
    ...(opts.layoutIterations !== undefined ? { layoutIterations: opts.layoutIterations } : {}),
  });
  const saved = taken ? writeSnapshot(snapshotPath!, taken, cache!.fingerprint).catch((e: Error) => cacheWarn(`${snapshotPath}: snapshot not written (${e.message})`)) : Promise.resolve();
  if (!opts.snapshotLater) await saved;
  return { documents: run.documents - failed, skipped: run.skipped + failed, graph, mentions: whole.mentionCount, cache: cache ? cache.stats : null, fromSnapshot: found.size, snapshotSaved: saved };
}

/**
 * The new index of each snapshot document, if every one was found again and
 * they keep their order (so capped lists stay the smallest values); else null.
 */
function priorOrder(keyOfDi: ReadonlyMap<number, string>, found: ReadonlyMap<number, number>): ((di: number) => number) | null {
  if (found.size !== keyOfDi.size) return null;
  const olds = [...keyOfDi.keys()].sort((a, b) => a - b);
  for (let k = 1; k < olds.length; k++) if (found.get(olds[k]!)! <= found.get(olds[k - 1]!)!) return null;
  return (di) => found.get(di)!;
}

function decodeOrNull(json: string): DocAnalysis | null {
  try {
    return decodeAnalysis(json);
  } catch {
    return null;
  }
}

function analyzeSafely(doc: SourceDoc): AnalysisResult {
  try {
    return { analysis: analyzeDocument(doc) };
  } catch (err) {
    return { error: (err as Error).stack ?? String(err) };
  }
}
