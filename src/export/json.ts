// graph.json: graphology's serialisation format ({attributes, options, nodes,
// edges}), written as a stream with one node or edge per line: readable by
// graphology's Graph.from/import, diffable, and never held as one giant string.
import type { EntityGraph } from '../graph/build.js';
import { writeAtomic } from './atomic.js';

/** A piece of graph.json: the text before the nodes, one node, one edge, or the end. */
export type JsonPart = { kind: 'head'; text: string } | { kind: 'tail'; text: string } | { kind: 'node'; first: boolean; json: string } | { kind: 'edge'; first: boolean; json: string };

/** The serialisation piece by piece, each node and edge as its own JSON text. */
export function* graphJsonParts(graph: EntityGraph): Generator<JsonPart> {
  yield { kind: 'head', text: `{"attributes":${JSON.stringify(graph.getAttributes())},\n"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},\n"nodes":[` };
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield { kind: 'node', first, json: JSON.stringify({ key: node, attributes }) };
    first = false;
  }
  first = true;
  for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
    const e = undirected ? { key: edge, source, target, attributes, undirected: true } : { key: edge, source, target, attributes };
    yield { kind: 'edge', first, json: JSON.stringify(e) };
    first = false;
  }
  yield { kind: 'tail', text: '\n]}\n' };
}

/** The file text of a part (edgesSeen: an edge came before it). */
export function partText(p: JsonPart, edgesSeen = false): string {
  if (p.kind === 'head' || p.kind === 'tail') return p.kind === 'tail' && !edgesSeen ? `\n],\n"edges":[${p.text}` : p.text;
  if (p.kind === 'edge' && p.first) return `\n],\n"edges":[\n${p.json}`;
  return `${p.first ? '\n' : ',\n'}${p.json}`;
}

/** The serialisation in chunks (one per node or edge). */
export function* graphJsonChunks(graph: EntityGraph): Generator<string> {
  let edges = false;
  for (const p of graphJsonParts(graph)) {
    yield partText(p, edges);
    if (p.kind === 'edge') edges = true;
  }
}

export async function writeGraphJson(graph: EntityGraph, path: string): Promise<void> {
  await writeAtomic(path, async (out) => {
    for (const chunk of graphJsonChunks(graph)) await out.write(chunk);
  });
}
