// The aggregate snapshot: what a build's documents added up to, kept beside
// the analysis cache so that a re-run adds only the documents that are new
// instead of reading back every cached analysis (on a big corpus that re-merge
// was most of a re-run's analysis phase).
//
// A snapshot is valid for one extractor version and one set of aggregate
// options, and for the documents it lists by content key: a re-run uses it only
// if every one of them is still in the input, unchanged and in the same order
// (then the new documents are numbered in between, see CorpusAggregate.renumber).
// A damaged snapshot (wrong checksum, unreadable) is ignored with a warning.
//
// File: 8 magic bytes, header length (uint32 LE), header (JSON), then the
// columns: edges, edge documents, edge evidence, edge labels, sentence ids,
// sentence spans, text lengths, sentence texts (UTF-16: read back without decoding); the header holds their lengths and a SHA-1 of them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { commitTemp, discardTemp, reserveTemp, writeError } from '../export/atomic.js';
import type { AggregateOptions, AggregateSnapshot } from './aggregate.js';
import { CorpusAggregate } from './aggregate.js';

const MAGIC = 'EGSNAP01';

interface Header extends Omit<AggregateSnapshot, 'edges' | 'edgeDocs' | 'edgeEvidence' | 'labels' | 'sentenceIds' | 'sentenceSpans' | 'sentenceTexts'> {
  fingerprint: string;
  /** Content key of each document, in the order of `documents`. */
  docKeys: string[];
  /** Element counts of the columns, and the UTF-16 length of each sentence text. */
  lengths: { edges: number; edgeDocs: number; edgeEvidence: number; labels: number; sentences: number; textBytes: number };
  sha1: string;
}

/** A snapshot read back: the aggregate, and the content key of each of its documents by document index. */
export interface PriorAggregate {
  agg: CorpusAggregate;
  keyOfDi: Map<number, string>;
}

/** What a snapshot file is made from: the aggregate's records (taken before buildGraph consumes them) and each document's content key. */
export interface TakenSnapshot {
  snap: AggregateSnapshot;
  docKeys: string[];
}

/** The records of agg to write later; docKeys: content key by document index (every document of agg has one). */
export function takeSnapshot(agg: CorpusAggregate, docKeys: ReadonlyMap<number, string>): TakenSnapshot {
  const snap = agg.snapshot();
  return { snap, docKeys: snap.documents.map((d) => docKeys.get(d.di)!) };
}

/** A turn of the event loop: the encoding runs in slices between other work (the graph files being written). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Writes a taken snapshot atomically. */
export async function writeSnapshot(path: string, taken: TakenSnapshot, fingerprint: string): Promise<void> {
  const { snap } = taken;
  await turn();
  const text = Buffer.from(snap.sentenceTexts.join(''), 'utf16le');
  const textLengths = Int32Array.from(snap.sentenceTexts, (t) => t.length);
  const columns = [bytes(snap.edges), bytes(snap.edgeDocs), bytes(snap.edgeEvidence), bytes(snap.labels), bytes(snap.sentenceIds), bytes(snap.sentenceSpans), bytes(textLengths), text];
  await turn();
  const sha1 = createHash('sha1');
  for (const c of columns) sha1.update(c);
  await turn();
  const header: Header = {
    fingerprint,
    opts: snap.opts,
    mentionCount: snap.mentionCount,
    documents: snap.documents,
    docKeys: taken.docKeys,
    keys: snap.keys,
    entities: snap.entities,
    labelNames: snap.labelNames,
    lengths: { edges: snap.edges.length, edgeDocs: snap.edgeDocs.length, edgeEvidence: snap.edgeEvidence.length, labels: snap.labels.length, sentences: snap.sentenceIds.length, textBytes: text.length },
    sha1: sha1.digest('hex'),
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(head.length);
  const tmp = await reserveTemp(path);
  try {
    const fh = await open(tmp, 'w');
    try {
      await fh.writev([Buffer.from(MAGIC, 'latin1'), size, head, ...columns]);
    } finally {
      await fh.close();
    }
    await commitTemp(tmp, path);
  } catch (err) {
    await discardTemp(tmp);
    throw writeError(err, path);
  }
}

/**
 * The snapshot at path if it is one of this extractor version and these
 * options; null if there is none, or (with a warning) if it cannot be trusted.
 */
export function readSnapshot(path: string, fingerprint: string, opts: AggregateOptions, warn: (message: string) => void): PriorAggregate | null {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return null; // none yet
  }
  try {
    if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a snapshot file');
    const headLen = buf.readUInt32LE(MAGIC.length);
    const at = MAGIC.length + 4;
    const h = JSON.parse(buf.toString('utf8', at, at + headLen)) as Header;
    if (h.fingerprint !== fingerprint || JSON.stringify(h.opts) !== JSON.stringify(opts)) return null; // another version: rebuilt at the end of this run
    const body = buf.subarray(at + headLen);
    if (createHash('sha1').update(body).digest('hex') !== h.sha1) throw new Error('checksum mismatch');
    let off = 0;
    const take = <T>(n: number, size: number, make: (ab: ArrayBuffer) => T): T => {
      const part = body.subarray(off, off + n * size);
      if (part.length !== n * size) throw new Error('truncated');
      off += n * size;
      return make(part.buffer.slice(part.byteOffset, part.byteOffset + part.length) as ArrayBuffer);
    };
    const { lengths: L } = h;
    const edges = take(L.edges, 4, (b) => new Int32Array(b));
    const edgeDocs = take(L.edgeDocs, 4, (b) => new Int32Array(b));
    const edgeEvidence = take(L.edgeEvidence, 8, (b) => new Float64Array(b));
    const labels = take(L.labels, 4, (b) => new Int32Array(b));
    const sentenceIds = take(L.sentences, 8, (b) => new Float64Array(b));
    const sentenceSpans = take(L.sentences * 3, 4, (b) => new Int32Array(b));
    const textLengths = take(L.sentences, 4, (b) => new Int32Array(b));
    const all = body.toString('utf16le', off, off + L.textBytes);
    const sentenceTexts: string[] = [];
    let t = 0;
    for (const n of textLengths) sentenceTexts.push(all.slice(t, (t += n)));
    if (t !== all.length || h.docKeys.length !== h.documents.length) throw new Error('inconsistent lengths');
    const agg = CorpusAggregate.fromSnapshot({ ...h, edges, edgeDocs, edgeEvidence, labels, sentenceIds, sentenceSpans, sentenceTexts });
    return { agg, keyOfDi: new Map(h.documents.map((d, k) => [d.di, h.docKeys[k]!])) };
  } catch (err) {
    warn(`${path}: not a usable snapshot (${(err as Error).message}): every cached analysis is read instead`);
    return null;
  }
}

function bytes(a: Int32Array | Float64Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}
