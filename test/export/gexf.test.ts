import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../src/export/gexf.js';
import { CorpusAggregate } from '../../src/graph/aggregate.js';
import { buildGraph } from '../../src/graph/build.js';
import { analyze, sharedTool } from '../_helpers.js';

const TEXT = [
  'Tổng thống Séc Pavel Novotny cho biết Ba Lan, Hungary & Áo đã đồng ý. "Séc <sẽ> ký" - ông nói.',
  'Thủ tướng Ba Lan Marek Zielny gặp Bộ Văn hóa, Thể thao và Du lịch INFORMATION.\u0007',
];

async function gexf(): Promise<string> {
  const agg = new CorpusAggregate();
  TEXT.forEach((t, i) => agg.add(analyze(t, `d${i}.txt`), i));
  const path = join(mkdtempSync(join(tmpdir(), 'entigraph-x-')), 'graph.gexf');
  await writeGexf(await buildGraph(agg, { generator: 'entigraph', version: 'test', seed: 1 }), path);
  return path;
}

const tools = spawnSync('sh', ['-c', 'command -v xmllint && python3 -c "import networkx"'], { encoding: 'utf8' }).status === 0;

describe('gexf', () => {
  it('writes GEXF 1.3 with escaped text, lists as ["a", "b"] and a kind per relation', async () => {
    const xml = readFileSync(await gexf(), 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"')).toBe(true);
    expect(xml).toContain('<graph defaultedgetype="directed" mode="static">');
    expect(xml).toMatch(/kind="statement"/);
    expect(xml).toMatch(/kind="co-mention"/);
    expect(xml).toContain('&quot;Séc &lt;sẽ&gt; ký&quot;');
    expect(xml).not.toContain('\u0007');
    expect(xml).not.toMatch(/type="[^"]*" title="type"/);
  });

  it.runIf(tools || process.env.CI)('passes check-gexf --werror --allow-mixed', async () => {
    const path = await gexf();
    const r = spawnSync(sharedTool('tools/check-gexf/check-gexf'), ['--werror', '--allow-mixed', path], { encoding: 'utf8' });
    expect(r.stdout).toContain('result     : PASS');
    expect(r.status).toBe(0);
  });
});
