// `entigraph view [graph]` and `entigraph html <graph>`: look at a graph in the browser.
import { spawn } from 'node:child_process';
import { Command, InvalidArgumentError } from 'commander';
import { basename, dirname, join } from 'node:path';
import { EntigraphError } from '../../errors.js';
import { locateGraph, readGraph, type JsonGraph } from '../../export/graph-file.js';
import { writeViewerHtml } from '../../export/html.js';
import type { GraphData } from '../../graph/build.js';
import { pruneGraph, VIEWER_LIMITS } from '../../graph/prune.js';
import { serveViewer } from '../../serve.js';
import { positiveInt, viewerLimits } from './build.js';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number (0-65535)');
  return n;
}

export const viewCommand = new Command('view')
  .description('Serve the viewer and a graph on 127.0.0.1 and open it in the browser')
  .argument('[graph]', 'graph.json, graph.gexf, or a folder holding one', 'graph')
  .option('-p, --port <n>', 'port (default: a free one)', port)
  .option('--no-open', 'print the URL without opening a browser')
  .option('--min-weight <n>', 'leave out edges seen in fewer sentences', positiveInt, 1)
  .option('--max-nodes <n>', 'show the N most central nodes of a graph built by entigraph', positiveInt, VIEWER_LIMITS.maxNodes)
  .option('--max-edges <n>', 'show at most N edges, the strongest', positiveInt, VIEWER_LIMITS.maxEdges)
  .addHelpText('after', `
Examples:
  $ entigraph view                 # graph/graph.json
  $ entigraph view out/ --port 8080 --no-open`)
  .action(async (input: string, opts: { port?: number; open: boolean } & Limits) => {
    const path = await locateGraph(input);
    const json = forViewer(await readGraph(path), opts, path);
    const srv = await serveViewer(json, opts.port !== undefined ? { port: opts.port } : {}).catch((err: NodeJS.ErrnoException) => {
      throw new EntigraphError('E_USAGE', `cannot listen on port ${opts.port ?? 0} (${err.code ?? err.message})`);
    });
    process.stdout.write(`entigraph: viewing ${path} at ${srv.url}  (Ctrl-C to stop)\n`);
    if (opts.open) openBrowser(srv.url);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => void srv.close().then(resolve));
      process.once('SIGTERM', () => void srv.close().then(resolve));
    });
  });

export const htmlCommand = new Command('html')
  .description('Write a self-contained HTML viewer of a graph (works offline, from file://)')
  .argument('<graph>', 'graph.json, graph.gexf, or a folder holding one')
  .option('-o, --out <file>', 'output file (default: graph.html beside the graph)')
  .option('--min-weight <n>', 'leave out edges seen in fewer sentences', positiveInt, 1)
  .option('--max-nodes <n>', 'the page holds the N most central nodes of a graph built by entigraph', positiveInt, VIEWER_LIMITS.maxNodes)
  .option('--max-edges <n>', 'the page holds at most N edges, the strongest', positiveInt, VIEWER_LIMITS.maxEdges)
  .action(async (input: string, opts: { out?: string } & Limits) => {
    const path = await locateGraph(input);
    const out = opts.out ?? join(dirname(path), 'graph.html');
    await writeViewerHtml(forViewer(await readGraph(path), opts, path), out, `entigraph · ${basename(path)}`);
    process.stdout.write(`entigraph: wrote ${out}\n`);
  });

interface Limits {
  minWeight: number;
  maxNodes: number;
  maxEdges: number;
}

/**
 * The JSON text the viewer gets: a graph built by entigraph (it has the
 * centrality to choose by) is cut to the limits, as build cuts graph.html; a
 * browser cannot open the whole graph of a big corpus. Others are shown whole.
 */
function forViewer(g: JsonGraph, limits: Limits, path: string): string {
  if (g.attributes?.generator !== 'entigraph') return JSON.stringify(g);
  const full = g as unknown as GraphData;
  const shown = pruneGraph(full, viewerLimits(full, limits, Infinity));
  if (shown.nodes.length < full.nodes.length || shown.edges.length < full.edges.length) {
    process.stdout.write(`entigraph: ${path} has ${full.nodes.length} nodes and ${full.edges.length} edges: showing the ${shown.nodes.length} most central nodes and the ${shown.edges.length} strongest edges between them (--max-nodes, --max-edges, --min-weight)\n`);
  }
  return JSON.stringify(shown);
}

function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => process.stdout.write(`(could not open a browser: open ${url} yourself)\n`));
    child.unref();
  } catch {
    process.stdout.write(`(could not open a browser: open ${url} yourself)\n`);
  }
}
