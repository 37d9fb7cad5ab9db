// The wire form of an analysis (what workers send and the cache stores) gives back exactly what was encoded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewsGenerator } from '../../src/bench/generate.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { decodeAnalysis, encodeAnalysis } from '../../src/wire.js';

describe('wire form of an analysis', () => {
  it('round-trips the seeds and generated articles (entities with refs, ISO codes, acronyms; statements with labels and run-on evidence)', () => {
    const seeds = readdirSync(join(PACKAGE_ROOT, 'seeds')).map((f) => ({ id: f, text: readFileSync(join(PACKAGE_ROOT, 'seeds', f), 'utf8') }));
    const gen = new NewsGenerator(7);
    const docs = [...seeds, ...Array.from({ length: 40 }, (_, i) => gen.article(i)), { id: 'who.txt', text: 'Tổ chức Y tế Thế giới (WHO) cho biết WHO sẽ họp. “Dịch đã giảm. Nhưng Xylia vẫn lo” - ông Ivan Petrov nói.' }];
    let withLabels = 0;
    let acronyms = 0;
    for (const d of docs) {
      const a = analyzeDocument({ id: d.id, text: d.text, meta: { title: 'T' }, origin: d.id });
      const text = encodeAnalysis(a);
      expect(decodeAnalysis(text)).toEqual(a);
      expect(text.length).toBeLessThan(JSON.stringify(a).length * 0.75);
      withLabels += a.relations.filter((r) => r.labels).length;
      acronyms += a.entities.filter((e) => e.acronym).length;
    }
    expect(withLabels).toBeGreaterThan(0);
    expect(acronyms).toBeGreaterThan(0);
  });

  it('refuses text of another layout (an old cache row is not trusted)', () => {
    expect(() => decodeAnalysis('{"id":"a.txt","entities":[]}')).toThrow(/layout/);
    expect(() => decodeAnalysis('[99,"a.txt","vi",{},0,[],[],[]]')).toThrow(/layout/);
  });
});
