// Writes a generated corpus to a folder: node dist/bench/corpus.js <dir> <count> [first-index]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NewsGenerator } from './generate.js';

/** Writes articles [first, first + count) of the generator's sequence as .txt files under dir (100 per sub-folder). */
export function writeCorpus(dir: string, count: number, first = 0, seed = 7, opts: { shortForms?: boolean } = {}): number {
  const gen = new NewsGenerator(seed, 4000, opts);
  // the generator's sequence is deterministic: skip to `first`
  for (let i = 0; i < first; i++) gen.article(i);
  let bytes = 0;
  for (let i = first; i < first + count; i++) {
    const a = gen.article(i);
    const sub = join(dir, String(Math.floor(i / 100)).padStart(4, '0'));
    if (i % 100 === 0 || i === first) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, a.id), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  return bytes;
}

if (process.argv[1]?.endsWith('corpus.js')) {
  const [dir, count, first, short] = process.argv.slice(2);
  const bytes = writeCorpus(dir!, Number(count), Number(first ?? 0), 7, { shortForms: short !== 'no-short-forms' });
  console.log(`${dir}: ${count} articles, ${(bytes / 1e6).toFixed(1)} MB`);
}
