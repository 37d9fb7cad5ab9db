// Atomic file output: write to a temporary file beside the target, then rename.
// A crash, an error or Ctrl-C never leaves a half-written output file.
import { rmSync } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EntigraphError } from '../errors.js';

const pending = new Set<string>();

/** Removes temporary files not yet renamed (an interrupted run leaves nothing behind). Synchronous: safe in exit and signal handlers. */
export function removePendingFiles(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}
process.once('exit', removePendingFiles);

export interface ChunkWriter {
  write(chunk: string): Promise<void>;
}

/**
 * Text encoded as UTF-8 into one reused megabyte (no joined strings, no Buffer
 * per chunk), for writers that write it out a megabyte at a time.
 */
export class Utf8Buffer {
  private readonly buf = Buffer.allocUnsafe(1 << 20);
  private used = 0;

  /** Encodes chunk if it surely fits (3 bytes per UTF-16 unit at most); false: flush, then add again, or write it by itself. */
  add(chunk: string): boolean {
    if (chunk.length * 3 > this.buf.length - this.used) return false;
    this.used += this.buf.write(chunk, this.used);
    return true;
  }

  /** The bytes gathered, and an empty buffer from here (they stay valid until the next add). */
  take(): Buffer {
    const out = this.buf.subarray(0, this.used);
    this.used = 0;
    return out;
  }
}

/**
 * Streams chunks into path atomically: the file appears complete, or not at all.
 * Written a megabyte at a time (Utf8Buffer); each write yields to the event
 * loop, so Ctrl-C is handled while a big file is being written.
 */
export async function writeAtomic(path: string, produce: (out: ChunkWriter) => Promise<void>): Promise<void> {
  const tmp = await reserveTemp(path);
  let handle: FileHandle | null = null;
  const buf = new Utf8Buffer();
  const flush = async () => {
    const bytes = buf.take();
    if (bytes.length) await handle!.write(bytes);
  };
  try {
    handle = await open(tmp, 'w');
    await produce({
      async write(chunk: string) {
        if (buf.add(chunk)) return;
        await flush();
        if (!buf.add(chunk)) await handle!.write(chunk);
      },
    });
    await flush();
    await handle.close();
    handle = null;
    await commitTemp(tmp, path);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await discardTemp(tmp);
    throw writeError(err, path);
  }
}

/**
 * A temporary file name beside path (its folder created), removed at exit unless
 * committed: for a file written elsewhere (by a worker thread).
 */
export async function reserveTemp(path: string): Promise<string> {
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new EntigraphError('E_WRITE', `cannot create folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, dir);
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.${++temps}.tmp`);
  pending.add(tmp);
  return tmp;
}
let temps = 0;

/** Renames a complete temporary file to its target. */
export async function commitTemp(tmp: string, path: string): Promise<void> {
  await rename(tmp, path);
  pending.delete(tmp);
}

export async function discardTemp(tmp: string): Promise<void> {
  await rm(tmp, { force: true });
  pending.delete(tmp);
}

/** A failure while writing path, as the error the user sees. */
export function writeError(err: unknown, path: string): EntigraphError {
  if (err instanceof EntigraphError) return err;
  return new EntigraphError('E_WRITE', `cannot write file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, path);
}
