// graph.html: the viewer and the graph in one file that works from file://
// with no network: the page, its stylesheet, its script and the graph JSON are
// inlined. Graph text is escaped so nothing in it can close the <script> element.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EntigraphError } from '../errors.js';
import { PACKAGE_ROOT } from '../util/paths.js';
import { writeAtomic } from './atomic.js';

export const VIEWER_DIR = join(PACKAGE_ROOT, 'dist', 'viewer');

export interface ViewerAssets {
  html: string;
  css: string;
  js: string;
}

export async function readViewerAssets(dir = VIEWER_DIR): Promise<ViewerAssets> {
  try {
    const [html, css, js] = await Promise.all(['index.html', 'viewer.css', 'viewer.js'].map((f) => readFile(join(dir, f), 'utf8')));
    return { html: html!, css: css!, js: js! };
  } catch {
    throw new EntigraphError('E_READ', 'the viewer is not built: run "npm run build"', dir);
  }
}

/** JSON that can sit inside a <script> element: every "<" escaped (so no "</script>" or "<!--"). */
export function scriptSafeJson(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The standalone page in pieces: the page up to the graph, the graph's JSON
 * (escaped chunk by chunk), and the rest. Streamed, so a big graph is never one
 * string in memory.
 */
export function* inlineViewerChunks(assets: ViewerAssets, graphChunks: Iterable<string>, title = 'entigraph'): Generator<string> {
  const css = assets.css.replace(/<\/style/gi, '<\\/style');
  const js = assets.js.replace(/<\/script/gi, '<\\/script');
  const marker = '<script src="viewer.js"></script>';
  const page = assets.html
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace('<link rel="stylesheet" href="viewer.css">', () => `<style>${css}</style>`);
  const at = page.indexOf(marker);
  if (at < 0 || !page.includes('<style>')) throw new EntigraphError('E_FORMAT', 'viewer page template has changed: cannot inline', VIEWER_DIR);
  yield `${page.slice(0, at)}<script id="entigraph-data" type="application/json">`;
  for (const chunk of graphChunks) yield scriptSafeJson(chunk);
  yield `</script>\n<script>${js}</script>${page.slice(at + marker.length)}`;
}

/** The standalone page for a graph given as graphology JSON text. */
export function inlineViewer(assets: ViewerAssets, graphJson: string, title = 'entigraph'): string {
  return [...inlineViewerChunks(assets, [graphJson], title)].join('');
}

/** Writes the standalone page of a graph given as JSON text or as JSON chunks. */
export async function writeViewerHtml(graph: string | Iterable<string>, path: string, title?: string): Promise<void> {
  const assets = await readViewerAssets();
  await writeAtomic(path, async (out) => {
    for (const chunk of inlineViewerChunks(assets, typeof graph === 'string' ? [graph] : graph, title)) await out.write(chunk);
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
