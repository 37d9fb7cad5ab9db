// The analysis cache: hit, miss, another extractor version, a corrupt file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisCache, docKey } from '../../src/cache.js';
import { analyzeDocument } from '../../src/pipeline.js';
import type { SourceDoc } from '../../src/types.js';

const doc = (id: string, text: string): SourceDoc => ({ id, text, meta: {}, origin: id });

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'entigraph-cache-'));
}

describe('analysis cache', () => {
  it('misses, stores, then hits the same analysis; another text or id is another key', () => {
    const path = join(dir(), 'c.sqlite');
    const d = doc('a.txt', 'Tổng thống Séc Pavel Novotny đến Ba Lan.');
    const warnings: string[] = [];
    let cache = AnalysisCache.open(path, (m) => warnings.push(m));
    expect(cache.get(docKey(d))).toBeNull();
    const a = analyzeDocument(d);
    cache.put(docKey(d), a);
    cache.close();
    cache = AnalysisCache.open(path, (m) => warnings.push(m));
    expect(cache.get(docKey(d))).toEqual(a);
    expect(cache.getById('a.txt')).toEqual(a);
    expect(cache.get(docKey(doc('a.txt', 'Tổng thống Séc Pavel Novotny đến Hungary.')))).toBeNull();
    expect(cache.get(docKey(doc('b.txt', d.text)))).toBeNull();
    expect(cache.stats).toEqual({ hits: 1, misses: 2 });
    cache.close();
    expect(warnings).toEqual([]);
  });

  it('a cache of another extractor version is emptied with a warning, never trusted', () => {
    const path = join(dir(), 'c.sqlite');
    const d = doc('a.txt', 'Ông Ivan Petrov đến Hà Nội.');
    const old = AnalysisCache.open(path, () => {}, 'old-version');
    old.put(docKey(d), analyzeDocument(d));
    old.close();
    const warnings: string[] = [];
    const cache = AnalysisCache.open(path, (m) => warnings.push(m), 'new-version');
    expect(warnings).toEqual([expect.stringContaining('cache from another extractor version: rebuilding it')]);
    expect(cache.get(docKey(d))).toBeNull();
    cache.close();
  });

  it('a corrupt file is rebuilt with a warning', () => {
    const path = join(dir(), 'c.sqlite');
    writeFileSync(path, 'this is not a database, just some bytes '.repeat(200));
    const warnings: string[] = [];
    const cache = AnalysisCache.open(path, (m) => warnings.push(m));
    expect(warnings).toEqual([expect.stringMatching(/c\.sqlite: not a usable cache .*: rebuilding it/)]);
    const d = doc('a.txt', 'Ông Ivan Petrov đến Hà Nội.');
    cache.put(docKey(d), analyzeDocument(d));
    cache.close();
    const again = AnalysisCache.open(path, (m) => warnings.push(m));
    expect(again.get(docKey(d))).not.toBeNull();
    again.close();
    expect(warnings).toHaveLength(1);
  });
});
