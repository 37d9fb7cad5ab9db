// `entigraph build [inputs...]`: the main job.
import { Command, InvalidArgumentError } from 'commander';
import { mkdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { listFolder } from '../../corpus/sources.js';
import { writeViewerHtml } from '../../export/html.js';
import { graphJsonChunks } from '../../export/json.js';
import { writeGraphFiles } from '../../export/outputs.js';
import { CACHE_FILE } from '../../graph/merge.js';
import type { GraphData } from '../../graph/build.js';
import { pruneGraph, VIEWER_LIMITS, type PruneOptions } from '../../graph/prune.js';
import { buildCorpusGraph } from '../../pipeline.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../types.js';
import { makeReporter } from '../output.js';
import { phaseClock } from '../../util/timing.js';

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

interface BuildCliOptions {
  out: string;
  strict?: boolean;
  quiet?: boolean;
  evidence: number;
  seed: number;
  jobs: number;
  cache: string | boolean;
  minWeight: number;
  maxNodes: number;
  maxEdges: number;
  prune?: boolean;
}

export const buildCommand = new Command('build')
  .description('Build the knowledge graph of a corpus: graph.json (graphology), graph.gexf (Gephi), graph.html (viewer)')
  .argument('[inputs...]', 'files or folders (.txt .md .html .htm .jsonl), or - for stdin', ['seeds'])
  .option('-o, --out <dir>', 'output folder', 'graph')
  .option('-j, --jobs <n>', 'worker threads for the analysis (default: one per core)', positiveInt, availableParallelism())
  .option('--cache <path>', 'cache of per-document analyses (default for folders: <out>/.entigraph-cache.sqlite)')
  .option('--no-cache', 'analyse every document again')
  .option('--min-weight <n>', 'leave out of the viewer page edges seen in fewer sentences', positiveInt, 1)
  .option('--max-nodes <n>', 'the viewer page holds the N most central nodes', positiveInt, VIEWER_LIMITS.maxNodes)
  .option('--max-edges <n>', 'the viewer page holds at most N edges, the strongest', positiveInt, VIEWER_LIMITS.maxEdges)
  .option('--prune', 'apply --min-weight, --max-nodes and --max-edges to graph.json and graph.gexf too')
  .option('--strict', 'stop at the first bad input instead of skipping it')
  .option('-q, --quiet', 'no progress or summary')
  .option('--evidence <n>', 'evidence sentences kept per node and edge', positiveInt, 5)
  .option('--seed <n>', 'seed of the layout and community detection', positiveInt, 1)
  .addHelpText(
    'after',
    `
Examples:
  $ entigraph build                         # the bundled seeds → graph/
  $ entigraph build ~/news -o out/          # a folder of articles, recursively
  $ entigraph build corpus.jsonl -j 4       # one {"text": …} per line, 4 workers
  $ cat article.html | entigraph build -    # one page from stdin
  $ entigraph build ~/news --max-nodes 500 --min-weight 2 --prune`,
  )
  .action(async (inputs: string[], opts: BuildCliOptions) => {
    const started = process.hrtime.bigint();
    const rep = makeReporter(opts);
    const cachePath = await defaultCache(inputs, opts);
    // (the sizes are summed while the build starts: on a folder of 100k files that takes seconds)
    let totalChars: number | undefined;
    void knownSize(inputs).then((n) => (totalChars = n));
    const result = await buildCorpusGraph(inputs, {
      strict: opts.strict ?? false,
      onWarning: (e) => rep.warn(e),
      onAnalysed: (done, chars) => rep.progress(done, chars, totalChars),
      onPhase: (text) => rep.phase(text),
      aggregate: { evidence: opts.evidence, documents: 50 },
      seed: opts.seed,
      jobs: opts.jobs,
      cachePath,
      snapshotLater: true,
    });
    rep.phase('writing');
    const tick = phaseClock();
    tick(`analysis and graph (${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(2)} s since start)`);
    const full = result.graph;
    const limits = { maxNodes: opts.maxNodes, maxEdges: opts.maxEdges, minWeight: opts.minWeight };
    const forViewer = pruneGraph(full, viewerLimits(full, limits, opts.evidence));
    const stored = opts.prune ? pruneGraph(full, limits) : full;
    const jsonPath = join(opts.out, 'graph.json');
    const gexfPath = join(opts.out, 'graph.gexf');
    const htmlPath = join(opts.out, 'graph.html');
    tick('prune');
    await writeGraphFiles(stored, jsonPath, gexfPath);
    tick('graph.json and graph.gexf');
    await result.snapshotSaved;
    tick('snapshot');
    await writeViewerHtml(graphJsonChunks(forViewer), htmlPath, 'entigraph');
    tick('graph.html');
    rep.done();
    if (opts.quiet) return;
    const secs = Number(process.hrtime.bigint() - started) / 1e9;
    const list = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(', ');
    const nodesBy = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0]));
    for (const n of stored.nodes) nodesBy[n.attributes.entityType]!++;
    const edgesBy = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0]));
    for (const e of stored.edges) edgesBy[e.attributes.relation]!++;
    const cache = result.cache ? `, cache ${result.cache.hits} hits / ${result.cache.misses} new` : '';
    const peak = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(
      `entigraph: ${result.documents} document${result.documents === 1 ? '' : 's'}${result.skipped ? ` (${result.skipped} skipped)` : ''}, ${result.mentions} mentions, ${secs.toFixed(2)} s, peak memory ${Math.round(peak)} MB${cache}\n` +
        `  nodes: ${stored.nodes.length} (${list(nodesBy)})\n` +
        `  edges: ${stored.edges.length} (${list(edgesBy)})\n` +
        (forViewer.nodes.length < stored.nodes.length || forViewer.edges.length < stored.edges.length ? `  graph.html holds the ${forViewer.nodes.length} most central nodes and the ${forViewer.edges.length} strongest edges between them (--max-nodes, --max-edges, --min-weight)\n` : '') +
        `  wrote ${jsonPath}\n  wrote ${gexfPath}\n  wrote ${htmlPath}  (open it in a browser, or run: entigraph view ${opts.out})\n`,
    );
  });

/** What the viewer page keeps of a graph: a big graph also loses evidence and document lists beyond the first few (graph.json keeps them). */
export function viewerLimits(graph: GraphData, limits: PruneOptions, evidence: number): PruneOptions {
  const big = graph.nodes.length > (limits.maxNodes ?? Infinity) || graph.edges.length > (limits.maxEdges ?? Infinity);
  return big ? { ...limits, evidence: Math.min(evidence, VIEWER_LIMITS.evidence), documents: VIEWER_LIMITS.documents } : limits;
}

/** The cache: --cache PATH, none with --no-cache, and by default for folder inputs a hidden file in the output folder. */
async function defaultCache(inputs: string[], opts: BuildCliOptions): Promise<string | null> {
  if (opts.cache === false) return null;
  if (typeof opts.cache === 'string') return opts.cache;
  for (const input of inputs) {
    if (input === '-') continue;
    if ((await stat(input).catch(() => null))?.isDirectory()) {
      await mkdir(opts.out, { recursive: true });
      return join(opts.out, CACHE_FILE);
    }
  }
  return null;
}

/** Total size of the inputs in characters (bytes, near enough), when it can be known up front (never throws). */
async function knownSize(inputs: string[]): Promise<number | undefined> {
  const size = async (path: string) => (await stat(path).catch(() => null))?.size ?? 0;
  let total = 0;
  for (const input of inputs) {
    if (input === '-') return undefined;
    const st = await stat(input).catch(() => null);
    if (!st) return undefined;
    if (st.isFile()) total += st.size;
    else if (st.isDirectory()) {
      const files = await listFolder(input).catch(() => null);
      if (!files) return undefined;
      // a few at a time: one after the other, 35,000 stats take seconds
      for (let k = 0; k < files.length; k += STATS_AT_ONCE) {
        const sizes = await Promise.all(files.slice(k, k + STATS_AT_ONCE).map((f) => size(join(input, f))));
        for (const n of sizes) total += n;
      }
    }
  }
  return total;
}
const STATS_AT_ONCE = 64;
