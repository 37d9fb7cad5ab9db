// Reads a graph file the user names (graph.json or graph.gexf) as graphology
// JSON text, for the viewer commands.
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { MultiGraph } from 'graphology';
import { EntigraphError } from '../errors.js';
import { requireCjs } from '../util/cjs.js';

const gexf = requireCjs('graphology-gexf') as { parse: (G: unknown, text: string, opts?: object) => MultiGraph };

/** Resolves a folder to the graph.json (or graph.gexf) in it. */
export async function locateGraph(path: string): Promise<string> {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new EntigraphError('E_NO_INPUT', 'no such file or folder', path);
  }
  if (!st.isDirectory()) return path;
  for (const name of ['graph.json', 'graph.gexf']) {
    const p = join(path, name);
    if (await stat(p).then(() => true, () => false)) return p;
  }
  throw new EntigraphError('E_NO_INPUT', 'no graph.json or graph.gexf in this folder (run "entigraph build" first)', path);
}

/** The graph at path as graphology JSON text (GEXF is converted). */
export async function readGraphAsJson(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new EntigraphError('E_READ', `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, path);
  }
  if (extname(path).toLowerCase() === '.gexf' || text.trimStart().startsWith('<')) {
    try {
      return JSON.stringify(gexf.parse(MultiGraph, text, { allowUndeclaredAttributes: true }).export());
    } catch (err) {
      throw new EntigraphError('E_FORMAT', `not a GEXF graph (${(err as Error).message})`, path);
    }
  }
  try {
    const data = JSON.parse(text) as { nodes?: unknown };
    if (!Array.isArray(data.nodes)) throw new Error('no "nodes" list');
  } catch (err) {
    throw new EntigraphError('E_FORMAT', `not a graphology JSON graph (${(err as Error).message})`, path);
  }
  return text;
}
