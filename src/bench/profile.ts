// Profiling helper: extracts N generated articles in this thread (node --cpu-prof dist/bench/profile.js N).
import { countTokens } from '../extract/tokenize.js';
import { analyzeDocument } from '../pipeline.js';
import { NewsGenerator } from './generate.js';

const n = Number(process.argv[2] ?? 2000);
const gen = new NewsGenerator(1);
const docs = Array.from({ length: n }, (_, i) => gen.article(i));
const chars = docs.reduce((s, d) => s + d.text.length, 0);
for (const d of docs.slice(0, Math.min(200, n))) analyzeDocument({ id: d.id, text: d.text, meta: {}, origin: d.id });
let t = performance.now();
for (const d of docs) analyzeDocument({ id: d.id, text: d.text, meta: {}, origin: d.id });
const ext = (performance.now() - t) / 1000;
t = performance.now();
let tokens = 0;
for (const d of docs) tokens += countTokens(d.text);
const floor = (performance.now() - t) / 1000;
console.log(`${n} docs, ${(chars / 1e6).toFixed(1)} MB: extract ${(chars / ext / 1e6).toFixed(2)} MB/s, floor ${(chars / floor / 1e6).toFixed(2)} MB/s (${tokens} tokens), ratio ${((floor / ext) * 100).toFixed(1)}%`);
