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

/** The standalone page for a graph given as graphology JSON text. */
export function inlineViewer(assets: ViewerAssets, graphJson: string, title = 'entigraph'): string {
  const css = assets.css.replace(/<\/style/gi, '<\\/style');
  const js = assets.js.replace(/<\/script/gi, '<\\/script');
  const page = assets.html
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace('<link rel="stylesheet" href="viewer.css">', () => `<style>${css}</style>`)
    .replace('<script src="viewer.js"></script>', () => `<script id="entigraph-data" type="application/json">${scriptSafeJson(graphJson)}</script>\n<script>${js}</script>`);
  if (page === assets.html || !page.includes('entigraph-data')) throw new EntigraphError('E_FORMAT', 'viewer page template has changed: cannot inline', VIEWER_DIR);
  return page;
}

export async function writeViewerHtml(graphJson: string, path: string, title?: string): Promise<void> {
  const page = inlineViewer(await readViewerAssets(), graphJson, title);
  await writeAtomic(path, async (out) => {
    await out.write(page);
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
