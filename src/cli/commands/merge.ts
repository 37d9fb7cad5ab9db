// `entigraph merge a/graph.json b/graph.json -o out/`: graphs of disjoint parts
// of a corpus → the graph of the whole corpus.
import { Command } from 'commander';
import { join } from 'node:path';
import { locateGraph } from '../../export/graph-file.js';
import { writeViewerHtml } from '../../export/html.js';
import { graphJsonChunks } from '../../export/json.js';
import { writeGraphFiles } from '../../export/outputs.js';
import { buildGraph } from '../../graph/build.js';
import { aggregateGraphs, type MergeReport } from '../../graph/merge.js';
import { pruneGraph, VIEWER_LIMITS } from '../../graph/prune.js';
import { VERSION } from '../../version.js';
import { positiveInt, viewerLimits } from './build.js';

export const mergeCommand = new Command('merge')
  .description('Merge graphs built from disjoint parts of a corpus into the graph of the whole corpus')
  .argument('<graphs...>', 'graph.json files (or folders holding one), in corpus order')
  .requiredOption('-o, --out <dir>', 'output folder')
  .option('--evidence <n>', 'evidence sentences kept per node and edge', positiveInt, 5)
  .option('--seed <n>', 'seed of the layout and community detection', positiveInt, 1)
  .option('--max-nodes <n>', 'the viewer page holds the N most central nodes', positiveInt, VIEWER_LIMITS.maxNodes)
  .option('--max-edges <n>', 'the viewer page holds at most N edges, the strongest', positiveInt, VIEWER_LIMITS.maxEdges)
  .addHelpText('after', `
Spread a big corpus over machines with any batch runner, then merge:
  $ entigraph build part-1/ -o g1 && entigraph build part-2/ -o g2
  $ entigraph merge g1 g2 -o all/`)
  .action(async (inputs: string[], opts: { out: string; evidence: number; seed: number; maxNodes: number; maxEdges: number }) => {
    const started = process.hrtime.bigint();
    const paths = await Promise.all(inputs.map(locateGraph));
    const report: MergeReport = { exact: [], fromGraph: [] };
    const agg = await aggregateGraphs(paths, { evidence: opts.evidence, documents: 50 }, report);
    const graph = await buildGraph(agg, { generator: 'entigraph', version: VERSION, seed: opts.seed });
    await writeGraphFiles(graph, join(opts.out, 'graph.json'), join(opts.out, 'graph.gexf'));
    await writeViewerHtml(graphJsonChunks(pruneGraph(graph, viewerLimits(graph, { maxNodes: opts.maxNodes, maxEdges: opts.maxEdges }, opts.evidence))), join(opts.out, 'graph.html'), 'entigraph');
    const secs = Number(process.hrtime.bigint() - started) / 1e9;
    const how = report.fromGraph.length
      ? `\n  from the graph files alone (no cache of their build beside them): ${report.fromGraph.join(', ')}; a short name resolved within one part is not reconsidered`
      : '';
    process.stdout.write(`entigraph: merged ${paths.length} graphs (${agg.documents.length} documents) into ${graph.nodes.length} nodes and ${graph.edges.length} edges, ${secs.toFixed(2)} s${how}\n  wrote ${join(opts.out, 'graph.json')}, graph.gexf, graph.html\n`);
  });
