// Atomic file output: write to a temporary file beside the target, then rename.
// A crash, an error or Ctrl-C never leaves a half-written output file.
import { once } from 'node:events';
import { createWriteStream, rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
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

/** Streams chunks into path atomically: the file appears complete, or not at all. */
export async function writeAtomic(path: string, produce: (out: ChunkWriter) => Promise<void>): Promise<void> {
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new EntigraphError('E_WRITE', `cannot create folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, dir);
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  pending.add(tmp);
  const stream = createWriteStream(tmp, { encoding: 'utf8' });
  let failed: Error | null = null;
  stream.on('error', (err) => {
    failed = err;
  });
  // chunks are gathered into ~64 KB writes: one await per node would be slow on big graphs
  let buffer = '';
  const flush = async () => {
    if (failed) throw failed;
    if (buffer && !stream.write(buffer)) await once(stream, 'drain');
    buffer = '';
  };
  try {
    await produce({
      async write(chunk: string) {
        buffer += chunk;
        if (buffer.length >= 65536) await flush();
      },
    });
    await flush();
    stream.end();
    await once(stream, 'finish');
    if (failed) throw failed;
    await rename(tmp, path);
  } catch (err) {
    stream.destroy();
    await rm(tmp, { force: true });
    if (err instanceof EntigraphError) throw err;
    throw new EntigraphError('E_WRITE', `cannot write file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, path);
  } finally {
    pending.delete(tmp);
  }
}
