// Scale behaviour through the CLI: worker parity, incremental re-runs, merge of
// parts = graph of the whole, streaming under a small heap, bad input at scale.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/bench/corpus.js';
import { NewsGenerator } from '../../src/bench/generate.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

const CLI = join(PACKAGE_ROOT, 'dist', 'cli', 'main.js');

function cli(args: string[], nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, CLI, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const read = (p: string) => readFileSync(p, 'utf8');
let root: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('run "npm run build" first (npm test does)');
  root = mkdtempSync(join(tmpdir(), 'entigraph-scale-'));
  writeCorpus(join(root, 'corpus'), 300, 0, 11, { shortForms: false });
});

describe('scale', () => {
  it('one worker and two workers write byte-identical files', () => {
    const a = cli(['build', join(root, 'corpus'), '-o', join(root, 'j1'), '-j', '1', '--no-cache', '-q']);
    const b = cli(['build', join(root, 'corpus'), '-o', join(root, 'j2'), '-j', '2', '--no-cache', '-q']);
    expect([a.code, b.code]).toEqual([0, 0]);
    for (const f of ['graph.json', 'graph.gexf', 'graph.html']) expect(read(join(root, 'j2', f))).toBe(read(join(root, 'j1', f)));
  });

  it('a re-run re-analyses only new documents, and gives the graph a fresh run gives', () => {
    const corpus = join(root, 'grow');
    cpSync(join(root, 'corpus'), corpus, { recursive: true });
    const first = cli(['build', corpus, '-o', join(root, 'g1')]);
    expect(first.stdout).toContain('cache 0 hits / 300 new');
    writeCorpus(corpus, 3, 300, 11, { shortForms: false });
    const again = cli(['build', corpus, '-o', join(root, 'g1')]);
    expect(again.stdout).toContain('cache 300 hits / 3 new');
    const fresh = cli(['build', corpus, '-o', join(root, 'g2'), '--no-cache', '-q']);
    expect(fresh.code).toBe(0);
    expect(read(join(root, 'g1', 'graph.json'))).toBe(read(join(root, 'g2', 'graph.json')));
  });

  it('worker threads find cached documents themselves, and a damaged row is caught, warned about and analysed again', () => {
    const out = join(root, 'gw2');
    const first = cli(['build', join(root, 'corpus'), '-o', out, '-j', '2']);
    expect(first.stdout).toContain('cache 0 hits / 300 new');
    const again = cli(['build', join(root, 'corpus'), '-o', out, '-j', '2']);
    expect(again.stdout).toContain('cache 300 hits / 0 new');
    expect(again.stderr).toBe('');
    // change the bytes of one row: its checksum no longer matches (and without the
    // snapshot, which would spare the run reading any row, see snapshot.test.ts)
    rmSync(join(out, '.entigraph-cache.sqlite.snapshot'));
    const db = new Database(join(out, '.entigraph-cache.sqlite'));
    db.prepare("UPDATE docs SET analysis = replace(analysis, '\"vi\"', '\"en\"') WHERE rowid = (SELECT min(rowid) FROM docs)").run();
    db.close();
    const damaged = cli(['build', join(root, 'corpus'), '-o', out, '-j', '2']);
    expect(damaged.code).toBe(0);
    expect(damaged.stderr).toMatch(/\.entigraph-cache\.sqlite: the cache is damaged \(checksum mismatch\): not used for the rest of this run/);
    expect(read(join(out, 'graph.json'))).toBe(read(join(root, 'j1', 'graph.json')));
    expect(existsSync(join(out, '.entigraph-cache.sqlite'))).toBe(false); // removed, so the next run rebuilds it
    expect(cli(['build', join(root, 'corpus'), '-o', out, '-j', '2']).stdout).toContain('cache 0 hits / 300 new');
  });

  it('merging the graphs of two halves gives the graph of the whole', () => {
    const a = join(root, 'half-a');
    const b = join(root, 'half-b');
    mkdirSync(a);
    mkdirSync(b);
    cpSync(join(root, 'corpus', '0000'), join(a, '0000'), { recursive: true });
    cpSync(join(root, 'corpus', '0001'), join(a, '0001'), { recursive: true });
    cpSync(join(root, 'corpus', '0002'), join(b, '0002'), { recursive: true });
    expect(cli(['build', a, '-o', join(root, 'ga'), '-q']).code).toBe(0);
    expect(cli(['build', b, '-o', join(root, 'gb'), '-q']).code).toBe(0);
    expect(cli(['build', join(root, 'corpus'), '-o', join(root, 'gw'), '-q']).code).toBe(0);
    const m = cli(['merge', join(root, 'ga'), join(root, 'gb'), '-o', join(root, 'gm')]);
    expect(m.code).toBe(0);
    expect(read(join(root, 'gm', 'graph.json'))).toBe(read(join(root, 'gw', 'graph.json')));
    expect(read(join(root, 'gm', 'graph.gexf'))).toBe(read(join(root, 'gw', 'graph.gexf')));
  });

  it('without the caches, a merge from the graph files keeps every document, weight and mention', () => {
    const copy = (from: string, to: string) => {
      mkdirSync(join(root, to));
      cpSync(join(root, from, 'graph.json'), join(root, to, 'graph.json'));
    };
    copy('ga', 'ga-bare');
    copy('gb', 'gb-bare');
    const m = cli(['merge', join(root, 'ga-bare'), join(root, 'gb-bare'), '-o', join(root, 'gm-bare')]);
    expect(m.stdout).toContain('from the graph files alone');
    const whole = JSON.parse(read(join(root, 'gw', 'graph.json')));
    const merged = JSON.parse(read(join(root, 'gm-bare', 'graph.json')));
    const total = (g: { edges: { attributes: { weight: number } }[] }) => g.edges.reduce((n, e) => n + e.attributes.weight, 0);
    const mentions = (g: { nodes: { attributes: { mentions: number } }[] }) => g.nodes.reduce((n, e) => n + e.attributes.mentions, 0);
    expect(merged.attributes.documents).toEqual(whole.attributes.documents);
    expect(mentions(merged)).toBe(mentions(whole));
    expect(total(merged)).toBe(total(whole));
  });

  it('streams a JSONL corpus larger than the heap it is given (memory follows the graph, not the corpus)', () => {
    // a small cast of characters: the graph stays small however long the corpus runs
    const path = join(root, 'big.jsonl');
    const gen = new NewsGenerator(5, 5);
    let size = 0;
    let chunk = '';
    for (let i = 0; size < 90e6; i++) {
      const a = gen.article(i);
      chunk += JSON.stringify({ id: a.id, text: a.text }) + '\n';
      if (chunk.length > 1e6) {
        appendFileSync(path, chunk);
        size += Buffer.byteLength(chunk);
        chunk = '';
      }
    }
    // 90 MB of UTF-8 is about 67 million characters, 135 MB as JavaScript strings: more than the heap allowed
    // (96 MB: the graph and the run's own structures peak at ~50–62 MB after a full collection, and a heap of
    // 80 MB left too little room for a burst of allocation on a loaded machine: one run in many failed there)
    const r = cli(['build', path, '-o', join(root, 'big'), '-j', '1', '--no-cache'], ['--max-old-space-size=96']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/entigraph: \d{4,} documents/);
  });

  it('one malformed document among many is skipped with a warning naming it', () => {
    const path = join(root, 'mixed.jsonl');
    const gen = new NewsGenerator(9);
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `d${i}`, text: gen.article(i).text }));
    lines[137] = '{"id": "d137", "text": ';
    writeFileSync(path, lines.join('\n') + '\n');
    const r = cli(['build', path, '-o', join(root, 'mixed'), '-j', '2', '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`warning: ${path}:138: not valid JSON (Unexpected end of JSON input) (skipped)\n`);
  });

  it('Ctrl-C while the graph files are being written leaves no output file, and a cache the next run uses', async () => {
    const corpus = join(root, 'interrupt');
    writeCorpus(corpus, 4000, 0, 5, { shortForms: false });
    const out = join(root, 'gi');
    const child = spawn(process.execPath, [CLI, 'build', corpus, '-o', out, '-q'], { cwd: PACKAGE_ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // the moment a temporary output file appears, the files are being written
    let sent = false;
    const poll = setInterval(() => {
      if (!sent && existsSync(out) && readdirSync(out).some((f) => f.endsWith('.tmp'))) {
        sent = true;
        child.kill('SIGINT');
      }
    }, 5);
    const code = await exited;
    clearInterval(poll);
    expect(sent).toBe(true);
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
    expect(readdirSync(out).filter((f) => !f.startsWith('.entigraph-cache.sqlite'))).toEqual([]);
    const again = cli(['build', corpus, '-o', out]);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/cache/);
    expect(again.stdout).toMatch(/cache 4000 hits \/ 0 new/);
  }, 240_000);
});
