// Worker thread that writes graph.gexf while the main thread writes graph.json:
// it receives each node and edge cut to what GEXF keeps of it (gexfNode,
// gexfEdge), and writes its GEXF element to a temporary file the
// main thread reserved (and renames or removes). See export/outputs.ts.
import { closeSync, openSync, writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { GraphEdge, GraphNode } from '../graph/build.js';
import { Utf8Buffer } from './atomic.js';
import { GexfText, type GexfHead } from './gexf.js';

export type GexfMessage = { kind: 'nodes'; items: GraphNode[] } | { kind: 'edges'; items: GraphEdge[] } | { kind: 'end' };
export type GexfReply = { ok: true; done: boolean } | { ok: false; error: string };

const { head, tmp } = workerData as { head: GexfHead; tmp: string };
const gexf = new GexfText(head);
const fd = openSync(tmp, 'r+'); // never created here: see writeGraphFiles
const buf = new Utf8Buffer();
let edges = false;

function flush(): void {
  const bytes = buf.take();
  for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
}

function write(s: string): void {
  if (buf.add(s)) return;
  flush();
  if (!buf.add(s)) writeSync(fd, s);
}

write(gexf.head());
parentPort!.on('message', (m: GexfMessage) => {
  try {
    if (m.kind === 'nodes') {
      for (const n of m.items) write(gexf.node(n.key, n.attributes));
    } else {
      if (!edges) write(gexf.edgesStart());
      edges = true;
      if (m.kind === 'edges') {
        for (const e of m.items) write(gexf.edge(e.key, e.source, e.target, e.attributes, e.undirected === true));
      } else {
        write(gexf.end());
        flush();
        closeSync(fd);
      }
    }
    parentPort!.postMessage({ ok: true, done: m.kind === 'end' } satisfies GexfReply);
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: (err as NodeJS.ErrnoException).code ?? (err as Error).message } satisfies GexfReply);
  }
});
