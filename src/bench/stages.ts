// Time per stage on generated articles (node dist/bench/stages.js N): where the time goes.
import { prepareDoc } from '../corpus/prepare.js';
import { extractDocument } from '../extract/index.js';
import { countTokens, tokenize } from '../extract/tokenize.js';
import { relateDocument } from '../relate/index.js';
import { resolveLocal } from '../resolve/local.js';
import { NewsGenerator } from './generate.js';

const n = Number(process.argv[2] ?? 2000);
const gen = new NewsGenerator(1);
const docs = Array.from({ length: n }, (_, i) => gen.article(i)).map((d) => ({ id: d.id, text: d.text, meta: {}, origin: d.id }));
const mb = docs.reduce((s, d) => s + d.text.length, 0) / 1e6;
const time = (label: string, f: () => void) => {
  f();
  let s = Infinity;
  for (let r = 0; r < 4; r++) {
    const t = performance.now();
    f();
    s = Math.min(s, (performance.now() - t) / 1000);
  }
  console.log(`${label.padEnd(10)} ${(mb / s).toFixed(2).padStart(7)} MB/s  ${(s * 1000).toFixed(0).padStart(6)} ms`);
};
time('floor', () => docs.forEach((d) => countTokens(d.text)));
time('tokenize', () => docs.forEach((d) => tokenize(d.text)));
const prepared = docs.map(prepareDoc);
time('prepare', () => docs.forEach((d) => prepareDoc(d)));
const extracted = prepared.map((p) => extractDocument(p));
time('extract', () => prepared.forEach((p) => extractDocument(p)));
const resolved = extracted.map((x) => resolveLocal(x));
time('resolve', () => extracted.forEach((x) => resolveLocal(x)));
time('relate', () => prepared.forEach((p, i) => relateDocument(p, extracted[i]!, resolved[i]!)));
