// Markdown → plain text: front matter becomes metadata, markup goes, text stays.
// Headings, paragraphs and list items become lines; link targets, images and
// code blocks are dropped.
import type { DocMeta } from '../types.js';

export function markdownToText(md: string): { text: string; meta: DocMeta } {
  const meta: DocMeta = {};
  let body = md;
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(body);
  if (fm) {
    for (const line of fm[1]!.split(/\r?\n/)) {
      const m = /^(title|date|url|author|source)\s*:\s*(.+)$/i.exec(line.trim());
      if (m) meta[m[1]!.toLowerCase() as keyof DocMeta] = m[2]!.trim().replace(/^["']|["']$/g, '');
    }
    body = body.slice(fm[0].length);
  }
  const lines: string[] = [];
  let inCode = false;
  for (const raw of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inCode = !inCode;
      continue;
    }
    if (inCode) continue;
    let line = raw
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links → their text
      .replace(/<[^>]+>/g, '') // inline HTML
      .replace(/^\s{0,3}#{1,6}\s+/, '') // headings
      .replace(/^\s{0,3}>\s?/, '') // quotes
      .replace(/^\s*([-*+]|\d+[.)])\s+/, '') // list markers
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/`([^`]*)`/g, '$1');
    if (/^\s*([-*_]\s*){3,}$/.test(line)) line = '';
    lines.push(line.trim());
  }
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!meta.title) {
    const h = /^\s{0,3}#{1,6}\s+(.+)$/m.exec(body);
    if (h) meta.title = h[1]!.trim();
  }
  return { text, meta };
}
