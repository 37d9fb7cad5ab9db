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
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new EntigraphError('E_WRITE', `cannot create folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, dir);
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  pending.add(tmp);
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
    await rename(tmp, path);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true });
    if (err instanceof EntigraphError) throw err;
    throw new EntigraphError('E_WRITE', `cannot write file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, path);
  } finally {
    pending.delete(tmp);
  }
}
