// A full garbage collection between phases of a big build. V8 collects the old
// generation only when the heap has grown by some factor since the last time, so
// a phase that drops a large structure (the corpus aggregate once the graph is
// built, the metrics projection after the layout) would otherwise carry it as
// garbage into the next phase, and the peak memory would be the sum of both.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

/** Runs a full collection (a fraction of a second for a heap of a few GB). */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
