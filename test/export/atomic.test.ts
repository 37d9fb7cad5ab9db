import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/export/atomic.js';
import { EntigraphError } from '../../src/errors.js';

const folder = () => mkdtempSync(join(tmpdir(), 'entigraph-atomic-'));

describe('writeAtomic', () => {
  it('writes every chunk in order, across buffer boundaries and chunks bigger than the buffer', async () => {
    const dir = folder();
    const path = join(dir, 'out.txt');
    const chunks = ['Tổng thống ', 'Xylia '.repeat(300_000), '“Đà Nẵng” ', 'x'.repeat(3 << 20), '🇻🇳 end\n'];
    for (let i = 0; i < 5000; i++) chunks.push(`dòng ${i}: Bộ Ngoại giao\n`);
    await writeAtomic(path, async (out) => {
      for (const c of chunks) await out.write(c);
    });
    expect(readFileSync(path, 'utf8')).toBe(chunks.join(''));
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('leaves no file and no temporary file when producing fails half-way', async () => {
    const dir = folder();
    const path = join(dir, 'graph.json');
    const run = writeAtomic(path, async (out) => {
      await out.write('{"nodes":['.padEnd(3 << 20, ' '));
      throw new Error('disk on fire');
    });
    await expect(run).rejects.toThrow(EntigraphError);
    await expect(run).rejects.toThrow(/graph\.json.*disk on fire|disk on fire.*graph\.json/s);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the previous file intact when a rewrite fails', async () => {
    const dir = folder();
    const path = join(dir, 'graph.gexf');
    writeFileSync(path, 'the old, complete file');
    await expect(
      writeAtomic(path, async (out) => {
        await out.write('<gexf>'.repeat(500_000));
        throw new Error('interrupted');
      }),
    ).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('the old, complete file');
    expect(readdirSync(dir)).toEqual(['graph.gexf']);
  });
});
