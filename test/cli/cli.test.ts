// The command line, run as a user runs it (the built CLI in dist/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

// The path npm links as the `entigraph` command (package.json "bin"): what `npx entigraph` runs.
const CLI = join(PACKAGE_ROOT, (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { bin: { entigraph: string } }).bin.entigraph);

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'entigraph-cli-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first (npm test does)`);
});

describe('entigraph build', () => {
  it('builds a folder and prints what it wrote', () => {
    const out = mkdtempSync(join(tmpdir(), 'entigraph-out-'));
    const r = run(['build', 'seeds', '-o', out]);
    expect(existsSync(join(out, '.entigraph-cache.sqlite'))).toBe(true);
    expect(run(['build', 'seeds', '-o', out]).stdout).toContain('cache 2 hits / 0 new');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^entigraph: 2 documents, \d+ mentions, [\d.]+ s, peak memory \d+ MB, cache 0 hits \/ 2 new\n  nodes: \d+ \(person \d+, organization \d+, country \d+, location \d+\)\n  edges: \d+ \(co-mention \d+, statement \d+, role \d+\)\n/);
    expect(r.stdout).toContain(`wrote ${join(out, 'graph.json')}`);
    expect(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')).nodes.length).toBeGreaterThan(10);
    expect(readFileSync(join(out, 'graph.gexf'), 'utf8')).toContain('<gexf');
  });

  it('skips a bad file in a folder with a warning naming it, and counts it', () => {
    const dir = folder({ 'a.txt': 'Ông Ivan Petrov đến Hà Nội.', 'b.txt': Buffer.from([0xc3, 0x28]) });
    const r = run(['build', dir, '-o', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: ${join(dir, 'b.txt')}: not valid UTF-8`);
    expect(r.stdout).toContain('1 document (1 skipped)');
  });

  it('with --strict a bad file is fatal and nothing is written', () => {
    const dir = folder({ 'a.txt': 'Ông Ivan Petrov đến Hà Nội.', 'b.txt': '' });
    const r = run(['build', dir, '-o', join(dir, 'out'), '--strict']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`entigraph: ${join(dir, 'b.txt')}: file is empty`);
    for (const f of ['graph.json', 'graph.gexf', 'graph.html']) expect(existsSync(join(dir, 'out', f))).toBe(false);
  });

  it('a missing input is an error naming it; an existing output is left untouched', () => {
    const out = mkdtempSync(join(tmpdir(), 'entigraph-out-'));
    writeFileSync(join(out, 'graph.json'), 'previous');
    const r = run(['build', '/no/such/corpus', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('entigraph: /no/such/corpus: no such file or folder\n');
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe('previous');
    expect(readdirSync(out)).toEqual(['graph.json']);
  });

  it('an output that cannot be written is a clear error and leaves no temporary file', () => {
    const dir = folder({ 'a.txt': 'Ông Ivan Petrov đến Hà Nội.' });
    mkdirSync(join(dir, 'out', 'graph.json'), { recursive: true }); // a folder where the file should go
    const r = run(['build', join(dir, 'a.txt'), '-o', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/entigraph: .*graph\.json: cannot write file/);
    expect(readdirSync(join(dir, 'out'))).toEqual(['graph.json']);
  });

  it('reads stdin', () => {
    const out = mkdtempSync(join(tmpdir(), 'entigraph-out-'));
    const r = run(['build', '-', '-o', out], '{"id":"x","text":"Tổng thống Séc Pavel Novotny đến Ba Lan."}\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 document,');
  });

  it('rejects a bad option value with usage help', () => {
    const r = run(['build', '--evidence', 'many']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("option '--evidence <n>' argument 'many' is invalid");
  });

  it('--help shows examples', () => {
    const r = run(['build', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
  });
});

describe('entigraph extract', () => {
  it('prints one JSON line per document with exact offsets and node keys', () => {
    const text = 'Tổng thống Séc Pavel Novotny đến Ba Lan.\nÔng Novotny gặp Hungary.';
    const dir = folder({ 'c.jsonl': JSON.stringify({ id: 'n1', text }) + '\n' });
    const r = run(['extract', dir]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0].id).toBe('n1');
    for (const e of lines[0].entities) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(lines[0].entities.map((e: { text: string; type: string; entity: string }) => `${e.text}/${e.type}/${e.entity}`)).toEqual([
      'Séc/country/country:CZ',
      'Pavel Novotny/person/person:pavel-novotny',
      'Ba Lan/country/country:PL',
      'Novotny/person/person:pavel-novotny',
      'Hungary/country/country:HU',
    ]);
  });
});
