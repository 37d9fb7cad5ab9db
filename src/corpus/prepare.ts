// corpus stage: a document as read → the sentences worth reading, its language
// and metadata. Pure: the same document always gives the same result.
import type { PreparedDoc, SourceDoc, Span } from '../types.js';
import { detectLang } from './lang.js';
import { classifyLines, type Line } from './lines.js';
import { splitSentences } from './sentences.js';

export function prepareDoc(src: SourceDoc): PreparedDoc {
  const meta = { ...src.meta };
  const { text } = src;
  const lines = classifyLines(text, meta);
  const firstContent = lines.find((l) => l.kind === 'content');
  if (!meta.title && firstContent && looksLikeTitle(text.slice(firstContent.start, firstContent.end))) {
    meta.title = text.slice(firstContent.start, firstContent.end);
  }
  const sentences: Span[] = [];
  for (const para of paragraphs(text, lines)) sentences.push(...splitSentences(text, para.start, para.end));
  sentences.sort((a, b) => a.start - b.start);
  const doc: PreparedDoc = { id: src.id, text, meta, lang: detectLang(text), sentences };
  const dated = lines.find((l) => l.reason === 'dateline-prefix');
  if (dated) doc.dateline = { start: dated.start, end: dated.contentStart };
  return doc;
}

function looksLikeTitle(line: string): boolean {
  return line.length <= 250 && !/[.:;,]$/.test(line);
}

/**
 * Spans to split into sentences: content lines (from after any dateline prefix),
 * joining a line wrapped mid-sentence with the next (no end punctuation, next
 * starts lowercase), and the kept parts of furniture ("(Theo Reuters)").
 */
function paragraphs(text: string, lines: readonly Line[]): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  for (const l of lines) {
    if (l.keep) out.push(...l.keep);
    if (l.kind !== 'content') {
      cur = null;
      continue;
    }
    const joins = cur !== null && !/[.!?…:;"”')\]]$/.test(text.slice(cur.start, cur.end)) && /^\p{Ll}/u.test(text.slice(l.contentStart, l.contentStart + 1)) && text.slice(cur.end, l.start).split('\n').length === 2;
    if (cur && joins) cur.end = l.contentEnd;
    else {
      cur = { start: l.contentStart, end: l.contentEnd };
      out.push(cur);
    }
  }
  return out;
}
