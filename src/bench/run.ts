// npm run bench [-- sizes=1000,10000,35000 jobs=2]
//
// Builds generated Vietnamese news corpora of several sizes and prints, for each:
//   - extraction speed per core (characters/s of the per-document analysis, in
//     this process) against the floor: a bare pass over the same text that only
//     splits it into tokens with the same tokenizer rules, timed in this process
//   - the full `entigraph build` wall time with --jobs 2 and its peak memory
//   - the wall time of a re-run after adding 1% new articles (cache on)
//   - how the time per article grows with the corpus (linear = 1.00)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { countTokens } from '../extract/tokenize.js';
import { analyzeDocument } from '../pipeline.js';
import { PACKAGE_ROOT } from '../util/paths.js';
import { writeCorpus } from './corpus.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]));
const sizes = (args.sizes ?? '1000,10000,35000').split(',').map(Number);
const jobs = Number(args.jobs ?? 2);
const CLI = join(PACKAGE_ROOT, 'dist', 'cli', 'main.js');

interface Row {
  size: number;
  mb: number;
  extractMBs: number;
  floorMBs: number;
  buildS: number;
  peakMB: number;
  rerunS: number;
}

function best(times: number, f: () => void): number {
  let b = Infinity;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    f();
    b = Math.min(b, performance.now() - t);
  }
  return b / 1000;
}

/** Extraction and floor speeds (MB/s of characters) on the first `n` articles of a corpus folder. */
function speeds(dir: string, n: number): { extract: number; floor: number } {
  const texts: string[] = [];
  for (const sub of readdirSync(dir).sort()) {
    for (const f of readdirSync(join(dir, sub)).sort()) {
      if (texts.length >= n) break;
      texts.push(readFileSync(join(dir, sub, f), 'utf8'));
    }
  }
  const chars = texts.reduce((s, t) => s + t.length, 0) / 1e6;
  const docs = texts.map((text, i) => ({ id: `d${i}`, text, meta: {}, origin: `d${i}` }));
  const extract = best(3, () => docs.forEach((d) => analyzeDocument(d)));
  const floor = best(5, () => texts.forEach((t) => countTokens(t)));
  return { extract: chars / extract, floor: chars / floor };
}

function build(dir: string, out: string): { seconds: number; peakMB: number; summary: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'build', dir, '-o', out, '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  const peak = /peak memory (\d+) MB/.exec(r.stdout);
  return { seconds, peakMB: peak ? Number(peak[1]) : NaN, summary: r.stdout.split('\n')[0]! };
}

const rows: Row[] = [];
const root = mkdtempSync(join(tmpdir(), 'entigraph-bench-'));
console.log(`entigraph benchmark: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, --jobs ${jobs}`);
try {
  for (const size of sizes) {
    const dir = join(root, `corpus-${size}`);
    const bytes = writeCorpus(dir, size);
    const mb = bytes / 1e6;
    const sp = speeds(dir, Math.min(size, 1000));
    const first = build(dir, join(root, `out-${size}`));
    writeCorpus(dir, Math.max(1, Math.round(size / 100)), size);
    const again = build(dir, join(root, `out-${size}`));
    rows.push({ size, mb, extractMBs: sp.extract, floorMBs: sp.floor, buildS: first.seconds, peakMB: first.peakMB, rerunS: again.seconds });
    console.log(`  ${size} articles (${mb.toFixed(1)} MB): ${first.summary}`);
    console.log(`    re-run after +1%: ${again.summary}`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

const base = rows[0]!;
console.log('\narticles      MB  extract MB/s/core  floor MB/s  extract/floor  build s  peak MB  +1% re-run s  re-run/build  s per 1k articles (vs smallest)');
for (const r of rows) {
  const per1k = (r.buildS / r.size) * 1000;
  const basePer1k = (base.buildS / base.size) * 1000;
  console.log(
    `${String(r.size).padStart(8)} ${r.mb.toFixed(1).padStart(7)} ${r.extractMBs.toFixed(2).padStart(18)} ${r.floorMBs.toFixed(2).padStart(11)} ${((r.extractMBs / r.floorMBs) * 100).toFixed(1).padStart(13)}% ${r.buildS.toFixed(1).padStart(8)} ${String(Math.round(r.peakMB)).padStart(8)} ${r.rerunS.toFixed(1).padStart(13)} ${((r.rerunS / r.buildS) * 100).toFixed(1).padStart(12)}%  ${per1k.toFixed(2)} (${(per1k / basePer1k).toFixed(2)}×)`,
  );
}
