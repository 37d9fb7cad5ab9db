// A local server for the viewer: the viewer's own files and the one graph the
// user named, on 127.0.0.1 only. No directory listing, no other path.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readViewerAssets } from './export/html.js';

export interface ViewServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function serveViewer(graphJson: string, opts: { port?: number; host?: string } = {}): Promise<ViewServer> {
  const assets = await readViewerAssets();
  const routes = new Map<string, { type: string; body: string }>([
    ['/', { type: 'text/html; charset=utf-8', body: assets.html }],
    ['/index.html', { type: 'text/html; charset=utf-8', body: assets.html }],
    ['/viewer.js', { type: 'text/javascript; charset=utf-8', body: assets.js }],
    ['/viewer.css', { type: 'text/css; charset=utf-8', body: assets.css }],
    ['/graph.json', { type: 'application/json; charset=utf-8', body: graphJson }],
  ]);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = req.method === 'GET' || req.method === 'HEAD' ? routes.get(path) : undefined;
    if (!route) {
      res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 404 : 405, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
      return;
    }
    res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : route.body);
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
