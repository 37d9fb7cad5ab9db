// Time per phase of a build (node dist/bench/phases.js <folder> [jobs]).
import { CorpusAggregate } from '../graph/aggregate.js';
import { buildGraph } from '../graph/build.js';
import { writeGexf } from '../export/gexf.js';
import { writeGraphJson } from '../export/json.js';
import { forEachDocument, analyzeDocument } from '../pipeline.js';
import { AnalysisPool } from '../parallel.js';
import { decodeAnalysis } from '../wire.js';

const [dir, jobsArg] = process.argv.slice(2);
const jobs = Number(jobsArg ?? 2);
const t0 = performance.now();
const agg = new CorpusAggregate();
const pool = jobs > 1 ? new AnalysisPool(jobs) : null;
let batch: { doc: Parameters<typeof analyzeDocument>[0]; di: number }[] = [];
const inflight = new Set<Promise<void>>();
const send = async () => {
  const b = batch;
  batch = [];
  const p = pool!.analyze(b.map((x) => x.doc)).then((rs) => rs.forEach((r, k) => 'json' in r && agg.add(decodeAnalysis(r.json), b[k]!.di, true)));
  inflight.add(p);
  void p.finally(() => inflight.delete(p));
  while (inflight.size >= jobs * 2) await Promise.race(inflight);
};
await forEachDocument([dir!], {}, async (doc, di) => {
  if (!pool) return agg.add(analyzeDocument(doc), di);
  batch.push({ doc, di });
  if (batch.length >= 64) await send();
});
if (batch.length) await send();
await Promise.all(inflight);
await pool?.close();
const t1 = performance.now();
console.log(`analysis+aggregate ${((t1 - t0) / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB, entities ${agg.entities.size}, edge records ${agg.edges.size}`);
const g = await buildGraph(agg, { generator: 'x', version: 'x', seed: 1 });
const t2 = performance.now();
console.log(`buildGraph ${((t2 - t1) / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB, ${g.nodes.length} nodes ${g.edges.length} edges`);
await writeGraphJson(g, '/tmp/phases.json');
const t3 = performance.now();
console.log(`json ${((t3 - t2) / 1000).toFixed(1)} s`);
await writeGexf(g, '/tmp/phases.gexf');
console.log(`gexf ${((performance.now() - t3) / 1000).toFixed(1)} s`);
