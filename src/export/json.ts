// graph.json: graphology's serialisation format ({attributes, options, nodes,
// edges}), written as a stream with one node or edge per line: readable by
// graphology's Graph.from/import, diffable, and never held as one giant string.
import type { GraphData, GraphEdge, GraphNode } from '../graph/build.js';
import { writeAtomic } from './atomic.js';

/** A piece of graph.json: fixed text (the head, between nodes and edges, the end), or one node or edge. */
export type JsonPart = { kind: 'text'; text: string } | { kind: 'node'; first: boolean; json: string; item: GraphNode } | { kind: 'edge'; first: boolean; json: string; item: GraphEdge };

/** The serialisation piece by piece, each node and edge as its own JSON text. */
export function* graphJsonParts(graph: GraphData): Generator<JsonPart> {
  yield { kind: 'text', text: `{"attributes":${JSON.stringify(graph.attributes)},\n"options":${JSON.stringify(graph.options)},\n"nodes":[` };
  let first = true;
  for (const n of graph.nodes) {
    yield { kind: 'node', first, json: JSON.stringify(n), item: n };
    first = false;
  }
  yield { kind: 'text', text: '\n],\n"edges":[' };
  first = true;
  for (const e of graph.edges) {
    yield { kind: 'edge', first, json: JSON.stringify(e), item: e };
    first = false;
  }
  yield { kind: 'text', text: '\n]}\n' };
}

/** The file text of a part. */
export function partText(p: JsonPart): string {
  return p.kind === 'text' ? p.text : `${p.first ? '\n' : ',\n'}${p.json}`;
}

/** The serialisation in chunks (one per node or edge). */
export function* graphJsonChunks(graph: GraphData): Generator<string> {
  for (const p of graphJsonParts(graph)) yield partText(p);
}

export async function writeGraphJson(graph: GraphData, path: string): Promise<void> {
  await writeAtomic(path, async (out) => {
    for (const chunk of graphJsonChunks(graph)) await out.write(chunk);
  });
}
