// graph.json: graphology's serialisation format ({attributes, options, nodes,
// edges}), written as a stream with one node or edge per line: readable by
// graphology's Graph.from/import, diffable, and never held as one giant string.
import type { EntityGraph } from '../graph/build.js';
import { writeAtomic } from './atomic.js';

/** The serialisation in chunks (one per node or edge). */
export function* graphJsonChunks(graph: EntityGraph): Generator<string> {
  yield `{"attributes":${JSON.stringify(graph.getAttributes())},\n"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},\n"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify({ key: node, attributes })}`;
    first = false;
  }
  yield '\n],\n"edges":[';
  first = true;
  for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
    const e = undirected ? { key: edge, source, target, attributes, undirected: true } : { key: edge, source, target, attributes };
    yield `${first ? '\n' : ',\n'}${JSON.stringify(e)}`;
    first = false;
  }
  yield '\n]}\n';
}

export async function writeGraphJson(graph: EntityGraph, path: string): Promise<void> {
  await writeAtomic(path, async (out) => {
    for (const chunk of graphJsonChunks(graph)) await out.write(chunk);
  });
}
