// ENTIGRAPH_TIMING=1: phase timings and memory on stderr, for finding where a big build spends its time.
const enabled = process.env.ENTIGRAPH_TIMING === '1';

/** A clock whose tick(what) prints the seconds since the previous tick (or since creation) and the current memory. */
export function phaseClock(): (what: string) => void {
  let t = performance.now();
  return (what) => {
    const now = performance.now();
    timingLine(`${what} ${((now - t) / 1000).toFixed(2)} s`);
    t = now;
  };
}

/** One timing line: what, then RSS and heap. */
export function timingLine(what: string): void {
  if (!enabled) return;
  const m = process.memoryUsage();
  process.stderr.write(`  [timing] ${what}, rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)} MB\n`);
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
