// The bundled seeds, built and scored by the shared scorer against the gold
// annotation (test/vendor/eval when ../shared is not there).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGraphJson } from '../../src/export/json.js';
import { buildCorpusGraph } from '../../src/pipeline.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { sharedTool } from '../_helpers.js';

describe('seeds', () => {
  it('reach the seed targets: entity F1 1, no junk/splits/merges, role recall 1, statements ≥ 0.9', async () => {
    const { graph } = await buildCorpusGraph([join(PACKAGE_ROOT, 'seeds')]);
    const path = join(mkdtempSync(join(tmpdir(), 'entigraph-seeds-')), 'graph.json');
    await writeGraphJson(graph, path);
    const out = execFileSync(process.execPath, [sharedTool('eval/score-seeds.mjs'), path, '--json'], { encoding: 'utf8' });
    const r = JSON.parse(out);
    expect({ missed: r.missed, mistyped: r.mistyped, junk: r.junk, splits: r.splits, merges: r.merges }).toEqual({ missed: [], mistyped: [], junk: [], splits: [], merges: [] });
    expect(r.entity.f1).toBe(1);
    expect(r.roles.recall).toBe(1);
    expect(r.statements.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.statements.precision).toBeGreaterThanOrEqual(0.9);
  });
});
