// `entigraph view [graph]` and `entigraph html <graph>`: look at a graph in the browser.
import { spawn } from 'node:child_process';
import { Command, InvalidArgumentError } from 'commander';
import { basename, dirname, join } from 'node:path';
import { EntigraphError } from '../../errors.js';
import { locateGraph, readGraphAsJson } from '../../export/graph-file.js';
import { writeViewerHtml } from '../../export/html.js';
import { serveViewer } from '../../serve.js';

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
  .addHelpText('after', `
Examples:
  $ entigraph view                 # graph/graph.json
  $ entigraph view out/ --port 8080 --no-open`)
  .action(async (input: string, opts: { port?: number; open: boolean }) => {
    const path = await locateGraph(input);
    const json = await readGraphAsJson(path);
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
  .action(async (input: string, opts: { out?: string }) => {
    const path = await locateGraph(input);
    const out = opts.out ?? join(dirname(path), 'graph.html');
    await writeViewerHtml(await readGraphAsJson(path), out, `entigraph · ${basename(path)}`);
    process.stdout.write(`entigraph: wrote ${out}\n`);
  });

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
