// Reads a graph file the user names (graph.json or graph.gexf) as graphology
// data, for the viewer commands and merge. graph.json is read in chunks, its
// node and edge lists element by element: V8 strings stop at 512M characters,
// and the graph.json of a 35k-article corpus is ~660 MB.
import { closeSync, openSync, readSync } from 'node:fs';
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

/** A graph in graphology's serialisation format, as read from a file (not checked beyond its shape). */
export interface JsonGraph {
  attributes?: Record<string, unknown>;
  options?: Record<string, unknown>;
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes?: Record<string, unknown>; undirected?: boolean }[];
}

/** The graph at path (GEXF is converted); only: of graph.json, read only these members (the others are skipped, not parsed). */
export async function readGraph(path: string, only?: readonly string[]): Promise<JsonGraph> {
  if (extname(path).toLowerCase() === '.gexf') return readGexf(path);
  let data: Record<string, unknown>;
  try {
    data = readJsonMembers(path, only);
  } catch (err) {
    if (err instanceof JsonSyntaxError) {
      if (err.byte === LT && err.message.startsWith('expected "{"')) return readGexf(path); // GEXF under another name
      throw new EntigraphError('E_FORMAT', `not a graphology JSON graph (${err.message})`, path);
    }
    throw new EntigraphError('E_READ', `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, path);
  }
  if (!Array.isArray(data.nodes) && (!only || only.includes('nodes'))) throw new EntigraphError('E_FORMAT', 'not a graphology JSON graph (no "nodes" list)', path);
  if (data.edges !== undefined && !Array.isArray(data.edges)) throw new EntigraphError('E_FORMAT', 'not a graphology JSON graph ("edges" is not a list)', path);
  return { ...data, nodes: data.nodes ?? [], edges: data.edges ?? [] } as JsonGraph;
}

async function readGexf(path: string): Promise<JsonGraph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new EntigraphError('E_READ', `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}${(err as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG' ? ': a GEXF file this big cannot be read, open the graph.json beside it' : ''})`, path);
  }
  try {
    return gexf.parse(MultiGraph, text, { allowUndeclaredAttributes: true }).export() as unknown as JsonGraph;
  } catch (err) {
    throw new EntigraphError('E_FORMAT', `not a GEXF graph (${(err as Error).message})`, path);
  }
}

/** Bytes read at a time. */
const CHUNK = 1 << 24;
const [TAB, LF, CR, SPACE, QUOTE, COMMA, COLON, LT, LBRACKET, BACKSLASH, RBRACKET, LBRACE, RBRACE] = [9, 10, 13, 32, 34, 44, 58, 60, 91, 92, 93, 123, 125];

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** Where in the file (bytes), and the byte found there (-1: the end). */
    readonly offset: number,
    readonly byte: number,
  ) {
    super(`${message} at byte ${offset}`);
  }
}

/**
 * The members of the JSON object in a file (only: just these; the others are
 * passed over by their brackets and quotes, not parsed); the elements of its top-level arrays
 * are parsed one by one, so no string holds more than one element or one
 * other member. chunk: bytes read at a time (small in tests, to cut values at
 * every place).
 */
export function readJsonMembers(path: string, only?: readonly string[], chunk = CHUNK): Record<string, unknown> {
  const fd = openSync(path, 'r');
  try {
    const r = new JsonChunks(fd, chunk);
    r.skipByteOrderMark();
    r.expect(LBRACE, '"{"');
    const out: Record<string, unknown> = {};
    if (r.peek() === RBRACE) r.pos++;
    else
      for (;;) {
        if (r.peek() !== QUOTE) throw r.error('expected a member name');
        const key = r.value() as string;
        const keep = !only || only.includes(key);
        r.expect(COLON, '":"');
        if (r.peek() === LBRACKET) {
          r.pos++;
          const list = r.elements(keep);
          if (keep) out[key] = list;
        } else if (keep) out[key] = r.value();
        else r.skip();
        const b = r.peek();
        if (b !== COMMA && b !== RBRACE) throw r.error('expected "," or "}"');
        r.pos++;
        if (b === RBRACE) break;
      }
    if (r.peek() !== -1) throw r.error('text after the end of the graph');
    return out;
  } finally {
    closeSync(fd);
  }
}

/** A file's bytes, a chunk at a time: what is not consumed yet stays in buf from pos on. */
class JsonChunks {
  buf = Buffer.alloc(0);
  pos = 0;
  /** File offset of buf[0]. */
  private base = 0;
  private done = false;

  constructor(
    private readonly fd: number,
    private readonly chunk: number,
  ) {}

  /** Reads the next chunk, keeping what is not consumed; false at the end of the file. */
  private more(): boolean {
    if (this.done) return false;
    const next = Buffer.allocUnsafe(this.chunk);
    const n = readSync(this.fd, next, 0, this.chunk, null);
    if (n === 0) {
      this.done = true;
      return false;
    }
    const rest = this.buf.subarray(this.pos);
    this.base += this.pos;
    this.pos = 0;
    this.buf = rest.length ? Buffer.concat([rest, next.subarray(0, n)]) : next.subarray(0, n);
    return true;
  }

  skipByteOrderMark(): void {
    while (this.buf.length - this.pos < 3 && this.more());
    if (this.buf[this.pos] === 0xef && this.buf[this.pos + 1] === 0xbb && this.buf[this.pos + 2] === 0xbf) this.pos += 3;
  }

  /** The next byte that is not white space (left unconsumed), or -1 at the end of the file. */
  peek(): number {
    for (;;) {
      const { buf } = this;
      while (this.pos < buf.length) {
        const b = buf[this.pos]!;
        if (b !== SPACE && b !== LF && b !== CR && b !== TAB) return b;
        this.pos++;
      }
      if (!this.more()) return -1;
    }
  }

  expect(byte: number, what: string): void {
    if (this.peek() !== byte) throw this.error(`expected ${what}`);
    this.pos++;
  }

  /** The elements of the array whose "[" was just consumed, up to its "]" (none if not keep). */
  elements(keep: boolean): unknown[] {
    const list: unknown[] = [];
    if (this.peek() === RBRACKET) {
      this.pos++;
      return list;
    }
    for (;;) {
      const v = this.take(keep);
      if (keep) list.push(v);
      const b = this.peek();
      if (b !== COMMA && b !== RBRACKET) throw this.error('expected "," or "]"');
      this.pos++;
      if (b === RBRACKET) return list;
    }
  }

  /** The next value, parsed. */
  value(): unknown {
    return this.take(true);
  }

  /** Goes past the next value (by its brackets and quotes: not parsed). */
  skip(): void {
    this.take(false);
  }

  /** The next value: parsed, or only gone past (undefined). */
  private take(parse: boolean): unknown {
    if (this.peek() === -1) throw this.error('unexpected end of file');
    for (;;) {
      const end = valueEnd(this.buf, this.pos);
      if (end >= 0) {
        let v: unknown;
        if (parse) {
          try {
            v = JSON.parse(this.buf.toString('utf8', this.pos, end));
          } catch (err) {
            throw this.error((err as Error).message);
          }
        }
        this.pos = end;
        return v;
      }
      // (the value runs on into the next chunk: scanned again from its start, with the chunk appended)
      if (!this.more()) throw this.error('unexpected end of file');
    }
  }

  /** A syntax error here (at the end of the file: whatever was expected, the file ends too soon). */
  error(message: string): JsonSyntaxError {
    const end = this.pos >= this.buf.length && !this.more();
    return new JsonSyntaxError(end ? 'unexpected end of file' : message, this.base + this.pos, end ? -1 : this.buf[this.pos]!);
  }
}

/** Where the JSON value starting at buf[i] ends (the index after it), or -1 if buf ends first. */
function valueEnd(buf: Buffer, i: number): number {
  const first = buf[i]!;
  const n = buf.length;
  if (first === LBRACE || first === LBRACKET) {
    let depth = 0;
    for (let j = i; j < n; j++) {
      const b = buf[j]!;
      if (b === QUOTE) {
        j = stringEnd(buf, j) - 1;
        if (j < 0) return -1;
      } else if (b === LBRACE || b === LBRACKET) depth++;
      else if ((b === RBRACE || b === RBRACKET) && --depth === 0) return j + 1;
    }
    return -1;
  }
  if (first === QUOTE) return stringEnd(buf, i);
  // a number, true, false or null: up to the next delimiter
  for (let j = i; j < n; j++) {
    const b = buf[j]!;
    if (b === COMMA || b === RBRACE || b === RBRACKET || b === SPACE || b === LF || b === CR || b === TAB) return j;
  }
  return -1;
}

/** The index after the closing quote of the string opening at buf[i], or -1 if buf ends first. */
function stringEnd(buf: Buffer, i: number): number {
  for (let j = buf.indexOf(QUOTE, i + 1); j >= 0; j = buf.indexOf(QUOTE, j + 1)) {
    // escaped if an odd number of backslashes stands before it
    let k = j - 1;
    while (buf[k] === BACKSLASH) k--;
    if ((j - k) % 2 === 1) return j + 1;
  }
  return -1;
}
