// ENTIGRAPH_TIMING=1: phase timings and memory on stderr, for finding where a big build spends its time.
const enabled = process.env.ENTIGRAPH_TIMING === '1';

/** A clock whose tick(what) prints the seconds since the previous tick (or since creation) and the current RSS. */
export function phaseClock(): (what: string) => void {
  let t = performance.now();
  return (what) => {
    if (!enabled) return;
    const now = performance.now();
    process.stderr.write(`  [timing] ${what} ${((now - t) / 1000).toFixed(2)} s, rss ${mb(process.memoryUsage().rss)} MB, heap ${mb(process.memoryUsage().heapUsed)} MB\n`);
    t = now;
  };
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
