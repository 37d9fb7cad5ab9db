// The analysis cache: hit, miss, another extractor version, a corrupt file.
import { existsSync, mkdtempSync, openSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { AnalysisCache, CacheReader, docKey } from '../../src/cache.js';
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

  it('damage inside the file is never trusted: a warning, no wrong analysis, and the file is rebuilt by the next run', () => {
    const path = join(dir(), 'c.sqlite');
    const docs = Array.from({ length: 300 }, (_, i) => doc(`d${i}.txt`, `Tổng thống Xylia Ivan Petrov${i} gặp Bộ Ngoại giao Lào tại Viên Chăn ngày ${i % 28}/10. “Hai bên đồng ý” - ông Petrov${i} nói.`));
    const truth = docs.map((d) => analyzeDocument(d));
    let cache = AnalysisCache.open(path, () => undefined);
    docs.forEach((d, i) => cache.put(docKey(d), truth[i]!));
    cache.close();
    // scribble over bytes in the middle of the file (row text and page structure alike)
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    for (let off = Math.floor(size * 0.3); off < size * 0.7; off += 4096) writeSync(fd, Buffer.from('\u00ff garbage \u0000'.repeat(8)), 0, 96, off + 1000);
    closeSync(fd);
    const warnings: string[] = [];
    cache = AnalysisCache.open(path, (m) => warnings.push(m));
    const got = docs.map((d) => cache.get(docKey(d)));
    cache.close();
    got.forEach((a, i) => {
      if (a !== null) expect(a).toEqual(truth[i]);
    });
    expect(got.filter((a) => a === null).length).toBeGreaterThan(0);
    expect(warnings).toEqual([expect.stringMatching(/c\.sqlite: (the cache is damaged .*: not used for the rest of this run|not a usable cache)/)]);
    if (warnings[0]!.includes('damaged')) expect(existsSync(path)).toBe(false); // removed at close, to be rebuilt
    const fresh = AnalysisCache.open(path, (m) => warnings.push(m));
    expect(fresh.get(docKey(docs[0]!))).toBeNull();
    fresh.close();
  });

  it('a row whose bytes changed (its checksum no longer matches) is not trusted', () => {
    const path = join(dir(), 'c.sqlite');
    const d = doc('a.txt', 'Tổng thống Xylia Ivan Petrov đến Lào.');
    let cache = AnalysisCache.open(path, () => undefined);
    cache.put(docKey(d), analyzeDocument(d));
    cache.close();
    const db = new Database(path);
    db.prepare("UPDATE docs SET analysis = replace(analysis, 'Petrov', 'Petrox')").run();
    db.close();
    const warnings: string[] = [];
    cache = AnalysisCache.open(path, (m) => warnings.push(m));
    expect(cache.get(docKey(d))).toBeNull();
    cache.close();
    expect(warnings).toEqual([expect.stringMatching(/damaged \(checksum mismatch\)/)]);
  });

  it('a worker-side reader finds what the cache holds, reports a changed row as damage, and a locked file as not found', () => {
    const path = join(dir(), 'c.sqlite');
    const a = doc('a.txt', 'Tổng thống Xylia Ivan Petrov đến Lào.');
    const b = doc('b.txt', 'Bộ Ngoại giao Lào cho biết Xylia đã đồng ý.');
    const cache = AnalysisCache.open(path, () => undefined);
    cache.put(docKey(a), analyzeDocument(a));
    cache.put(docKey(b), analyzeDocument(b));
    cache.flush();
    const reader = new CacheReader(path, 50);
    expect(JSON.parse(reader.get(docKey(a))!.json)[1]).toBe('a.txt');
    expect(reader.get(docKey(doc('c.txt', 'Khác.')))).toBeNull();
    cache.close();
    const db = new Database(path);
    db.prepare("UPDATE docs SET analysis = replace(analysis, 'Petrov', 'Petrox')").run();
    expect(() => reader.get(docKey(a))).toThrow(/checksum mismatch/);
    expect(reader.get(docKey(b))).not.toBeNull();
    reader.close();
    // another connection holds the file exclusively: busy, so not found (and not damage)
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    const blocked = new CacheReader(path, 50);
    expect(blocked.get(docKey(b))).toBeNull();
    blocked.close();
    db.exec('COMMIT');
    db.close();
  });
});
