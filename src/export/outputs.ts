// graph.json and graph.gexf of one graph, written side by side: the main thread
// serialises each node and edge to graph.json and hands what GEXF keeps of it
// to a worker thread that writes graph.gexf. On a big graph the
// two files then take the time of the slower one, not of both.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GraphData, GraphEdge, GraphNode } from '../graph/build.js';
import { PACKAGE_ROOT } from '../util/paths.js';
import { phaseClock } from '../util/timing.js';
import { commitTemp, discardTemp, reserveTemp, writeAtomic, writeError } from './atomic.js';
import type { GexfMessage, GexfReply } from './gexf-worker.js';
import { gexfEdge, gexfHead, gexfNode, writeGexf } from './gexf.js';
import { graphJsonParts, partText, writeGraphJson } from './json.js';

const WORKER_FILE = join(PACKAGE_ROOT, 'dist', 'export', 'gexf-worker.js');
/** Below this many edges a worker costs more than it saves: one file after the other. */
const PARALLEL_EDGES = 20_000;
/** Characters of graph.json per message to the worker (the message holds less), and messages in flight (bounds the memory they hold). */
const BATCH_CHARS = 1 << 20;
const IN_FLIGHT = 4;

export async function writeGraphFiles(graph: GraphData, jsonPath: string, gexfPath: string): Promise<void> {
  if (graph.edges.length < PARALLEL_EDGES || !existsSync(WORKER_FILE)) {
    await writeGraphJson(graph, jsonPath);
    await writeGexf(graph, gexfPath);
    return;
  }
  const tmp = await reserveTemp(gexfPath);
  // made here, opened there without creating it: once an interrupt has removed it,
  // the worker cannot bring it back (it would outlive the run)
  await writeFile(tmp, '');
  const gexf = new GexfWorker(tmp, gexfHead(graph));
  const tick = phaseClock();
  try {
    await writeAtomic(jsonPath, async (out) => {
      let nodes: GraphNode[] = [];
      let edges: GraphEdge[] = [];
      let chars = 0;
      const send = async () => {
        if (nodes.length) await gexf.send({ kind: 'nodes', items: nodes });
        if (edges.length) await gexf.send({ kind: 'edges', items: edges });
        nodes = [];
        edges = [];
        chars = 0;
      };
      for (const p of graphJsonParts(graph)) {
        await out.write(partText(p));
        if (p.kind === 'text') continue;
        if (p.kind === 'node') nodes.push(gexfNode(p.item));
        else {
          if (nodes.length) await send();
          edges.push(gexfEdge(p.item));
        }
        chars += p.json.length;
        if (chars >= BATCH_CHARS) await send();
      }
      await send();
    });
    tick(`graph.json (this thread; ${(gexf.waited / 1000).toFixed(2)} s of it waiting for the GEXF writer)`);
    await gexf.send({ kind: 'end' });
    await gexf.finished();
    tick('graph.gexf (worker, waited for)');
    await commitTemp(tmp, gexfPath);
  } catch (err) {
    await gexf.stop();
    await discardTemp(tmp);
    throw writeError(err, gexfPath);
  }
  await gexf.stop();
}

/** The GEXF worker, with at most IN_FLIGHT unanswered messages. */
class GexfWorker {
  private readonly worker: Worker;
  private waiting: (() => void)[] = [];
  private inFlight = 0;
  private failure: Error | null = null;
  private done = false;
  private readonly end: Promise<void>;

  constructor(tmp: string, head: ReturnType<typeof gexfHead>) {
    this.worker = new Worker(WORKER_FILE, { workerData: { tmp, head } });
    let settle!: { resolve: () => void; reject: (e: Error) => void };
    this.end = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    this.end.catch(() => undefined); // observed through finished()
    const fail = (e: Error) => {
      this.failure ??= e;
      settle.reject(this.failure);
      this.wake();
    };
    this.worker.on('message', (r: GexfReply) => {
      this.inFlight--;
      if (!r.ok) return fail(new Error(r.error));
      if (r.done) {
        this.done = true;
        settle.resolve();
      }
      this.wake();
    });
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => {
      if (!this.done) fail(new Error(`the GEXF writer stopped (exit code ${code})`));
    });
  }

  /** Milliseconds send() waited for the worker to catch up. */
  waited = 0;

  async send(m: GexfMessage): Promise<void> {
    if (this.inFlight >= IN_FLIGHT && !this.failure) {
      const t = performance.now();
      while (this.inFlight >= IN_FLIGHT && !this.failure) await new Promise<void>((r) => this.waiting.push(r));
      this.waited += performance.now() - t;
    }
    if (this.failure) throw this.failure;
    this.inFlight++;
    this.worker.postMessage(m);
  }

  finished(): Promise<void> {
    return this.end;
  }

  async stop(): Promise<void> {
    this.done = true;
    await this.worker.terminate();
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = [];
    for (const r of w) r();
  }
}
