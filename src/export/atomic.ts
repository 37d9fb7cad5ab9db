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

/** Bytes gathered before a write: big writes, and few awaits per file. */
const BUFFER_BYTES = 1 << 20;

/**
 * Streams chunks into path atomically: the file appears complete, or not at all.
 * Chunks are encoded straight into a reused buffer (no joined strings, no
 * Buffer per chunk), written a megabyte at a time; each write yields to the
 * event loop, so Ctrl-C is handled while a big file is being written.
 */
export async function writeAtomic(path: string, produce: (out: ChunkWriter) => Promise<void>): Promise<void> {
  const tmp = await reserveTemp(path);
  let handle: FileHandle | null = null;
  const buf = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  const flush = async () => {
    if (used) await handle!.write(buf, 0, used);
    used = 0;
  };
  try {
    handle = await open(tmp, 'w');
    await produce({
      async write(chunk: string) {
        const most = chunk.length * 3; // UTF-8 bytes per UTF-16 unit, at most
        if (most > BUFFER_BYTES - used) {
          await flush();
          if (most > BUFFER_BYTES) {
            await handle!.write(chunk);
            return;
          }
        }
        used += buf.write(chunk, used);
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
