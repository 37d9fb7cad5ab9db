// graph.json: graphology's serialisation format ({attributes, options, nodes,
// edges}), written as a stream with one node or edge per line: readable by
// graphology's Graph.from/import, diffable, and never held as one giant string.
import type { EntityGraph } from '../graph/build.js';
import { writeAtomic } from './atomic.js';

/** A piece of graph.json: fixed text (the head, between nodes and edges, the end), or one node or edge. */
export type JsonPart = { kind: 'text'; text: string } | { kind: 'node'; first: boolean; json: string } | { kind: 'edge'; first: boolean; json: string };

/** The serialisation piece by piece, each node and edge as its own JSON text. */
export function* graphJsonParts(graph: EntityGraph): Generator<JsonPart> {
  yield { kind: 'text', text: `{"attributes":${JSON.stringify(graph.getAttributes())},\n"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},\n"nodes":[` };
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield { kind: 'node', first, json: JSON.stringify({ key: node, attributes }) };
    first = false;
  }
  yield { kind: 'text', text: '\n],\n"edges":[' };
  first = true;
  for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
    const e = undirected ? { key: edge, source, target, attributes, undirected: true } : { key: edge, source, target, attributes };
    yield { kind: 'edge', first, json: JSON.stringify(e) };
    first = false;
  }
  yield { kind: 'text', text: '\n]}\n' };
}

/** The file text of a part. */
export function partText(p: JsonPart): string {
  return p.kind === 'text' ? p.text : `${p.first ? '\n' : ',\n'}${p.json}`;
}

/** The serialisation in chunks (one per node or edge). */
export function* graphJsonChunks(graph: EntityGraph): Generator<string> {
  for (const p of graphJsonParts(graph)) yield partText(p);
}

export async function writeGraphJson(graph: EntityGraph, path: string): Promise<void> {
  await writeAtomic(path, async (out) => {
    for (const chunk of graphJsonChunks(graph)) await out.write(chunk);
  });
}
