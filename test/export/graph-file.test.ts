// Reading the graph files users name (view, html, merge): graph.json in chunks,
// element by element, so a graph bigger than the biggest string still reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, readGraph, readJsonMembers } from '../../src/export/graph-file.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'entigraph-graph-file-'));
function file(name: string, body: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
}

// strings that hold what the scanner counts (brackets, quotes, backslashes), multi-byte letters, numbers at the ends of values
const TRICKY = `\uFEFF{
  "attributes": {"title": "a \\"quoted\\" ] } [ { name", "path": "C:\\\\x\\\\", "n": -1.5e3, "ok": true, "none": null},
  "options" : {"type":"mixed"},
  "nodes": [ {"key":"a","attributes":{"label":"Nguyễn Văn Ánh } ]","evidence":[{"text":"“Xin chào,” ông nói. [1]"}]}} ,
             {"key":"b"},{"key":"c","attributes":{"n":12345678901}} ],
  "edges":[],
  "extra": [1, "two", [3, [4]], {"five": 5}],
  "last": 7
}
`;

describe('readJsonMembers', () => {
  it('reads a JSON object the way JSON.parse does, whatever the chunks cut', () => {
    const path = file('tricky.json', TRICKY);
    const want = JSON.parse(TRICKY.slice(1)) as unknown;
    for (const chunk of [1, 2, 3, 5, 7, 16, 64, 1 << 16]) expect(readJsonMembers(path, undefined, chunk)).toEqual(want);
  });

  it('reads only the members asked for', () => {
    const path = file('only.json', TRICKY);
    const want = JSON.parse(TRICKY.slice(1)) as Record<string, unknown>;
    for (const chunk of [3, 1 << 16]) expect(readJsonMembers(path, ['attributes', 'last'], chunk)).toEqual({ attributes: want.attributes, last: 7 });
  });

  it.each([
    ['a file cut short', TRICKY.slice(0, 150), 'unexpected end of file'],
    ['a missing comma', '{"nodes": [{"key":"a"} {"key":"b"}]}', 'expected "," or "]"'],
    ['a bad value', '{"nodes": [{"key": nope}]}', 'Unexpected token'],
    ['text after the object', '{"nodes": []} {"nodes": []}', 'text after the end of the graph'],
    ['not an object', '[1, 2]', 'expected "{"'],
    ['an empty file', '', 'unexpected end of file'],
  ])('%s is a syntax error with its place', (_, body, message) => {
    const path = file('bad.json', body);
    for (const chunk of [4, 1 << 16]) {
      expect(() => readJsonMembers(path, undefined, chunk)).toThrow(JsonSyntaxError);
      expect(() => readJsonMembers(path, undefined, chunk)).toThrow(new RegExp(`${message.replace(/[[\]{}",]/g, '\\$&')}.* at byte \\d+`));
    }
  });
});

describe('readGraph', () => {
  it('names the file and the problem of a graph.json that is not one', async () => {
    await expect(readGraph(file('cut.json', '{"nodes": [{"key": "a"'))).rejects.toThrow(/cut\.json: not a graphology JSON graph \(unexpected end of file at byte \d+\)/);
    await expect(readGraph(file('nonodes.json', '{"edges": []}'))).rejects.toThrow(/nonodes\.json: not a graphology JSON graph \(no "nodes" list\)/);
    await expect(readGraph(join(dir, 'missing.json'))).rejects.toThrow(/missing\.json: cannot read file \(ENOENT\)/);
  });

  it('reads GEXF, also under a .json name', async () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="Ann"/><node id="b" label="Ben"/></nodes><edges><edge id="0" source="a" target="b"/></edges></graph></gexf>`;
    for (const name of ['g.gexf', 'g-gexf.json']) {
      const g = await readGraph(file(name, gexf));
      expect(g.nodes.map((n) => n.attributes?.label)).toEqual(['Ann', 'Ben']);
      expect(g.edges).toHaveLength(1);
    }
  });
});

describe('entigraph html and view of a big graph', () => {
  const CLI = join(PACKAGE_ROOT, 'dist', 'cli', 'main.js');
  const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', timeout: 60_000 });
  /** The graph a viewer page holds. */
  const embedded = (html: string) => JSON.parse(/<script id="entigraph-data" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { attributes: { pruned?: { nodes: number } }; nodes: { attributes: { pagerank: number } }[]; edges: unknown[] };

  it('a graph built by entigraph over --max-nodes is cut to its most central nodes, as build cuts graph.html', () => {
    const out = join(dir, 'seeds-out');
    expect(run(['build', 'seeds', '-o', out, '-q', '--no-cache']).status).toBe(0);
    const full = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { nodes: { attributes: { pagerank: number } }[] };
    const r = run(['html', out, '-o', join(dir, 'small.html'), '--max-nodes', '5']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`has ${full.nodes.length} nodes`);
    const page = embedded(readFileSync(join(dir, 'small.html'), 'utf8'));
    expect(page.nodes).toHaveLength(5);
    expect(page.attributes.pruned?.nodes).toBe(full.nodes.length);
    const top5 = full.nodes.map((n) => n.attributes.pagerank).sort((a, b) => b - a)[4]!;
    for (const n of page.nodes) expect(n.attributes.pagerank).toBeGreaterThanOrEqual(top5);
    // under the limits: the whole graph, nothing said
    const whole = run(['html', out, '-o', join(dir, 'whole.html')]);
    expect(whole.stdout).not.toContain('most central');
    expect(embedded(readFileSync(join(dir, 'whole.html'), 'utf8')).nodes).toHaveLength(full.nodes.length);
  });
});
