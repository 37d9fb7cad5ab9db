// Finds and reads the inputs: files, folders (recursive), JSONL corpora and
// stdin, as a stream of documents. Nothing holds more than one file (or one
// JSONL line) of text at a time.
import { createReadStream, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { EntigraphError, type ErrorCode } from '../errors.js';
import type { DocMeta, SourceDoc } from '../types.js';
import { composed, decodeText } from './decode.js';
import { htmlToText } from './html.js';
import { markdownToText } from './markdown.js';

export const EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.jsonl'] as const;
type Format = 'text' | 'markdown' | 'html' | 'jsonl';

/** A document, or a problem with one input that a folder run may skip. */
export type InputItem = { doc: SourceDoc } | { error: EntigraphError };

export interface ReadOptions {
  stdin?: Readable;
}

/** Every document of the inputs, in a stable order (folders sorted by path). */
export async function* readInputs(inputs: readonly string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  const seen = new Set<string>();
  const unique = (doc: SourceDoc): SourceDoc => {
    let id = doc.id;
    for (let n = 2; seen.has(id); n++) id = `${doc.id}#${n}`;
    seen.add(id);
    return id === doc.id ? doc : { ...doc, id };
  };
  for (const input of inputs) {
    for await (const item of readInput(input, opts)) yield 'doc' in item ? { doc: unique(item.doc) } : item;
  }
}

async function* readInput(input: string, opts: ReadOptions): AsyncGenerator<InputItem> {
  if (input === '-') {
    yield* readStdin(opts.stdin ?? process.stdin);
    return;
  }
  let st;
  try {
    st = await stat(input);
  } catch {
    throw new EntigraphError('E_NO_INPUT', 'no such file or folder', input);
  }
  if (st.isDirectory()) {
    const files = await listFolder(input);
    if (files.length === 0) throw new EntigraphError('E_NO_INPUT', `folder has no ${EXTENSIONS.join(' ')} files`, input);
    for (const file of files) yield* readFileDocs(join(input, file), toPosix(file));
  } else {
    yield* readFileDocs(input, toPosix(input));
  }
}

/** Paths (relative to dir) of the input files below dir, sorted; hidden entries and node_modules skipped. */
export async function listFolder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = rel ? join(rel, e.name) : e.name;
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && (EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase())) out.push(path);
    }
  };
  await walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function formatOf(path: string): Format {
  switch (extname(path).toLowerCase()) {
    case '.md':
    case '.markdown':
      return 'markdown';
    case '.html':
    case '.htm':
      return 'html';
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    default:
      return 'text';
  }
}

/**
 * The documents of one file. A text file is read synchronously: an article is a
 * few kilobytes, and a synchronous read costs a fifth of the CPU of a promise-based
 * one (which takes four trips through the thread pool) on a main thread that is
 * busy merging what the workers send back.
 */
async function* readFileDocs(path: string, id: string): AsyncGenerator<InputItem> {
  const format = formatOf(path);
  if (format === 'jsonl') {
    yield* readJsonl(createReadStream(path), path, id);
    return;
  }
  try {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (err) {
      throw new EntigraphError('E_READ', `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, path);
    }
    yield { doc: toDoc(decodeText(bytes, path), format, id, path) };
  } catch (err) {
    if (err instanceof EntigraphError) yield { error: err };
    else throw err;
  }
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/;
const INVISIBLE_ALL = /[\u00ad\u200b-\u200d\u2060]/g;

function toDoc(raw: string, format: Format, id: string, origin: string, meta: DocMeta = {}): SourceDoc {
  let text = raw;
  let found: DocMeta = {};
  // (a page saved as .txt is still a page: it opens as one)
  if (format === 'text' && /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(raw)) format = 'html';
  if (format === 'html') ({ text, meta: found } = htmlToText(raw));
  else if (format === 'markdown') ({ text, meta: found } = markdownToText(raw));
  if (text.trim().length === 0) throw new EntigraphError('E_EMPTY', format === 'html' ? 'page has no article text' : 'file is empty', origin);
  // read as composed text (evidence and offsets then refer to it)
  text = composed(text);
  // soft hyphens and zero-width characters of web pages split words ("Pu\u00adtin"): gone
  if (INVISIBLE.test(text)) text = text.replace(INVISIBLE_ALL, '');
  return { id, text, meta: { ...found, ...meta }, origin };
}

async function* readStdin(stream: Readable): AsyncGenerator<InputItem> {
  // Peek at the first bytes to tell JSONL (starts with "{") from a page or plain text.
  const chunks: Buffer[] = [];
  const it = stream[Symbol.asyncIterator]();
  let head = '';
  while (head.trim().length === 0) {
    const r = await it.next();
    if (r.done) break;
    const buf = Buffer.isBuffer(r.value) ? r.value : Buffer.from(String(r.value));
    chunks.push(buf);
    head += buf.toString('latin1');
  }
  const rest = (async function* () {
    yield* chunks;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(String(r.value));
    }
  })();
  const first = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart()[0];
  if (first === undefined) throw new EntigraphError('E_EMPTY', 'no input on stdin', 'stdin');
  if (first === '{') {
    yield* readJsonl(rest, 'stdin', 'stdin');
    return;
  }
  const parts: Buffer[] = [];
  for await (const c of rest) parts.push(c);
  try {
    yield { doc: toDoc(decodeText(Buffer.concat(parts), 'stdin'), first === '<' ? 'html' : 'text', 'stdin', 'stdin') };
  } catch (err) {
    if (err instanceof EntigraphError) yield { error: err };
    else throw err;
  }
}

/**
 * Where a JSONL record keeps its article and metadata: "text" and the names
 * common scrapers and datasets use (news-please: maintext, date_publish,
 * source_domain; many crawls: content, body, html, headline, published).
 */
const TEXT_FIELDS = ['text', 'content', 'body', 'maintext', 'article', 'html'] as const;
const META_FIELDS: ['title' | 'date' | 'url' | 'author' | 'source', string[]][] = [
  ['title', ['title', 'headline']],
  ['date', ['date', 'published', 'date_publish', 'published_at', 'pubDate', 'datePublished']],
  ['url', ['url', 'link', 'source_url']],
  ['author', ['author', 'authors', 'byline']],
  ['source', ['source', 'source_domain', 'publisher', 'site_name']],
];

/** Markup rather than text: starts with a tag and closes a block element. */
function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text) && /<\/(?:p|div|article|section|h[1-6]|li|body)>|<br\s*\/?>/i.test(text);
}

/** One document per line; a bad line is an error item naming file and line, the others still come. */
async function* readJsonl(stream: AsyncIterable<Buffer | string>, origin: string, fileId: string): AsyncGenerator<InputItem> {
  let lineNo = 0;
  let docs = 0;
  const fail = (code: ErrorCode, msg: string): InputItem => ({ error: new EntigraphError(code, msg, `${origin}:${lineNo}`) });
  try {
    for await (const bytes of splitLines(stream)) {
      lineNo++;
      let line: string;
      try {
        line = decodeText(bytes, `${origin}:${lineNo}`);
      } catch (err) {
        yield { error: err as EntigraphError };
        continue;
      }
      if (line.trim().length === 0) continue;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch (err) {
        yield fail('E_JSONL', `not valid JSON (${(err as Error).message})`);
        continue;
      }
      if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
        yield fail('E_JSONL', 'expected a JSON object with a "text" string');
        continue;
      }
      const r = rec as Record<string, unknown>;
      const field = TEXT_FIELDS.find((k) => typeof r[k] === 'string');
      if (field === undefined) {
        yield fail('E_JSONL', `no "text" string in this record (nor ${TEXT_FIELDS.slice(1).map((k) => `"${k}"`).join(', ')})`);
        continue;
      }
      const text = r[field] as string;
      if (text.trim().length === 0) {
        yield fail('E_EMPTY', `"${field}" is empty`);
        continue;
      }
      const str = (k: string): string | undefined => (typeof r[k] === 'string' && (r[k] as string).length > 0 ? (r[k] as string) : undefined);
      const id = str('id') ?? (typeof r.id === 'number' ? String(r.id) : `${fileId}#${lineNo}`);
      const meta: DocMeta = {};
      // a string, or a list of strings ("authors": ["A", "B"] → "A, B")
      const value = (k: string): string | undefined => {
        const v = r[k];
        return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string') ? v.join(', ') : str(k);
      };
      for (const [k, names] of META_FIELDS) {
        const v = names.map(value).find((x) => x !== undefined);
        if (v) meta[k] = v;
      }
      const format: Format = str('format') === 'html' || field === 'html' || looksLikeHtml(text) ? 'html' : 'text';
      try {
        yield { doc: toDoc(text, format, id, `${origin}:${lineNo}`, meta) };
        docs++;
      } catch (err) {
        if (err instanceof EntigraphError) yield { error: err };
        else throw err;
      }
    }
  } catch (err) {
    if (err instanceof EntigraphError) throw err;
    yield { error: new EntigraphError('E_READ', `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, origin) };
    return;
  }
  if (docs === 0 && lineNo === 0) yield { error: new EntigraphError('E_EMPTY', 'file is empty', origin) };
}

/** Splits a byte stream on "\n" without decoding (so a bad byte is reported for its own line). */
async function* splitLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let data = carry.length ? Buffer.concat([carry, buf]) : buf;
    let nl: number;
    while ((nl = data.indexOf(10)) >= 0) {
      const end = nl > 0 && data[nl - 1] === 13 ? nl - 1 : nl;
      yield data.subarray(0, end);
      data = data.subarray(nl + 1);
    }
    carry = Buffer.from(data);
  }
  if (carry.length) yield carry.at(-1) === 13 ? carry.subarray(0, -1) : carry;
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

