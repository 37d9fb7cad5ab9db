// The pipeline, in order (order matters):
//   corpus   read inputs → documents → sentences worth reading       corpus/
//   extract  names, titles, reporting verbs per sentence             extract/
//   resolve  one entity per thing: in the document, then the corpus  resolve/
//   relate   co-mention, statement and role relations                relate/
//   graph    graphology graph, metrics, communities, layout          graph/
//   export   graph.json, graph.gexf (atomic writes)                  export/
// The per-document part (analyzeDocument) is a pure function: it can run in a
// worker thread and its result can be cached by content hash.
import { readInputs, type ReadOptions } from './corpus/sources.js';
import { prepareDoc } from './corpus/prepare.js';
import { EntigraphError, SKIPPABLE } from './errors.js';
import { extractDocument } from './extract/index.js';
import { CorpusAggregate, DEFAULT_AGGREGATE_OPTIONS, type AggregateOptions } from './graph/aggregate.js';
import { buildGraph, type EntityGraph } from './graph/build.js';
import { resolveLocal } from './resolve/local.js';
import { relateDocument } from './relate/index.js';
import type { DocAnalysis, SourceDoc } from './types.js';
import { VERSION } from './version.js';

export function analyzeDocument(src: SourceDoc): DocAnalysis {
  const doc = prepareDoc(src);
  const x = extractDocument(doc);
  return relateDocument(doc, x, resolveLocal(x));
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
}

export interface BuildResult extends CorpusRun {
  graph: EntityGraph;
  mentions: number;
}

/** Reads and analyses the corpus and builds the graph (nothing written yet). */
export async function buildCorpusGraph(inputs: readonly string[], opts: BuildOptions = {}): Promise<BuildResult> {
  const agg = new CorpusAggregate(opts.aggregate ?? DEFAULT_AGGREGATE_OPTIONS);
  const run = await forEachDocument(inputs, opts, (doc, i) => agg.add(analyzeDocument(doc), i));
  const graph = buildGraph(agg, {
    generator: 'entigraph',
    version: VERSION,
    seed: opts.seed ?? 1,
    ...(opts.layoutIterations !== undefined ? { layoutIterations: opts.layoutIterations } : {}),
  });
  return { ...run, graph, mentions: agg.mentionCount };
}
