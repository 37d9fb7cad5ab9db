// The viewer in real Chromium (Debian's, driven by playwright-core): the
// standalone graph.html from file://, and the `entigraph view` server.
// Screenshots go to test-output/screenshots (git-ignored) for a human to look at.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CLI = join(PACKAGE_ROOT, 'dist', 'cli', 'main.js');
const SHOTS = join(PACKAGE_ROOT, 'test-output', 'screenshots');
const skip = process.env.ENTIGRAPH_SKIP_BROWSER === '1';

let browser: Browser;
let out: string;

function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`entigraph ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  return { page, errors };
}

const ready = (page: Page) => page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });

describe.skipIf(skip)('viewer in Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set ENTIGRAPH_SKIP_BROWSER=1)`);
    if (!existsSync(CLI)) throw new Error('run "npm run build" first (npm test does)');
    mkdirSync(SHOTS, { recursive: true });
    out = mkdtempSync(join(tmpdir(), 'entigraph-e2e-'));
    cli(['build', 'seeds', '-o', out, '--quiet']);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('graph.html opens from file:// with no network: graph drawn, legend counts match the file', async () => {
    const { page, errors } = await open(`file://${join(out, 'graph.html')}`);
    await ready(page);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { nodes: { attributes: { entityType: string } }[] };
    const expected: Record<string, number> = {};
    for (const n of graph.nodes) expected[n.attributes.entityType] = (expected[n.attributes.entityType] ?? 0) + 1;
    const shown = await page.$$eval('#controls .legend label', (labels) =>
      Object.fromEntries(labels.map((l) => [l.querySelector('input')!.getAttribute('data-type'), Number(l.querySelector('.count')!.textContent)])),
    );
    expect(shown).toEqual(expected);
    // not blank: the drawn graph compresses far worse than the same area with every type hidden
    const full = await page.locator('#graph').screenshot({ path: join(SHOTS, 'seeds-overview.png') });
    for (const cb of await page.$$('#controls .legend input')) await cb.uncheck();
    await page.waitForTimeout(200);
    const empty = await page.locator('#graph').screenshot();
    expect(full.length).toBeGreaterThan(empty.length * 3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('search finds a node by an unaccented query and the panel shows its evidence sentence', async () => {
    const { page, errors } = await open(`file://${join(out, 'graph.html')}`);
    await ready(page);
    await page.fill('#search', 'trieu tien');
    await page.waitForSelector('#search-results li');
    expect(await page.textContent('#search-results li:first-child')).toBe('Triều Tiên');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel h2');
    expect(await page.textContent('#panel h2')).toBe('Triều Tiên');
    const quotes = await page.$$eval('#panel blockquote', (b) => b.map((x) => x.textContent ?? ''));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.includes('Triều Tiên'))).toBe(true);
    expect(await page.$$eval('#panel blockquote mark', (m) => m.map((x) => x.textContent))).toContain('Triều Tiên');
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain('node=country:KP');
    await page.screenshot({ path: join(SHOTS, 'seeds-search-trieu-tien.png') });
    // a relation in the panel opens to its own evidence
    await page.click('#panel .relations summary');
    expect(await page.$$eval('#panel .relations details[open] blockquote', (b) => b.length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a type filter hides those nodes; the view state survives a reload through the URL hash', async () => {
    const { page, errors } = await open(`file://${join(out, 'graph.html')}`);
    await ready(page);
    await page.uncheck('#controls input[data-type="person"]');
    const hidden = await page.evaluate(() => {
      type Drawn = { hasNode(n: string): boolean; order: number };
      const { renderer, graph } = (window as unknown as { entigraph: { renderer: { getGraph(): Drawn }; graph: { filterNodes(f: (n: string, a: { entityType: string }) => boolean): string[] } } }).entigraph;
      const persons = graph.filterNodes((_n, a) => a.entityType === 'person');
      // filtered-out nodes are not drawn; the others still are
      if (renderer.getGraph().order === 0) return [];
      return persons.map((n) => !renderer.getGraph().hasNode(n));
    });
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every(Boolean)).toBe(true);
    await page.waitForTimeout(400);
    const url = page.url();
    expect(url).toContain('hide=person');
    await page.goto('about:blank');
    await page.goto(url);
    await ready(page);
    expect(await page.isChecked('#controls input[data-type="person"]')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('nothing from the articles executes: labels, evidence and URLs are text', async () => {
    const evil = '<img src=x onerror="window.__xss=1">';
    const graph = {
      attributes: { documents: [{ id: 'd1', title: `<script>window.__xss=2</script>`, url: 'javascript:window.__xss=3' }] },
      nodes: [
        { key: 'a', attributes: { label: evil, entityType: 'person', x: 0, y: 0, size: 10, color: '#4e79a7', aliases: [evil], documents: ['d1'], evidence: [{ doc: 'd1', text: `Ông ${evil} nói <b onmouseover=window.__xss=4>`, start: 0, end: 1 }] } },
        { key: 'b', attributes: { label: 'Xylia', entityType: 'country', x: 10, y: 10, size: 10, color: '#59a14f', documents: ['d1'] } },
      ],
      edges: [{ key: 'e', source: 'a', target: 'b', attributes: { relation: 'statement', weight: 1, label: evil, evidence: [{ doc: 'd1', text: evil, start: 0, end: 1 }] } }],
    };
    const dir = mkdtempSync(join(tmpdir(), 'entigraph-xss-'));
    writeFileSync(join(dir, 'graph.json'), JSON.stringify(graph));
    cli(['html', dir, '-o', join(dir, 'xss.html')]);
    const { page, errors } = await open(`file://${join(dir, 'xss.html')}#node=a`);
    await ready(page);
    await page.waitForSelector('#panel h2');
    expect(await page.textContent('#panel h2')).toBe(evil);
    await page.click('#panel .relations summary');
    await page.hover('#panel blockquote');
    await page.fill('#search', 'img');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.$$('#panel img, #search-results img, #panel b')).toEqual([]);
    const hrefs = await page.$$eval('#panel a[href]', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => h && h.startsWith('javascript:'))).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'xss-graph.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  describe('entigraph view', () => {
    let server: ChildProcess;
    let url: string;
    beforeAll(async () => {
      server = spawn(process.execPath, [CLI, 'view', out, '--no-open', '--port', '0'], { cwd: PACKAGE_ROOT });
      url = await new Promise<string>((resolve, reject) => {
        let buf = '';
        server.stdout!.on('data', (d: Buffer) => {
          buf += d.toString();
          const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(buf);
          if (m) resolve(m[1]!);
        });
        server.on('exit', () => reject(new Error(`view exited: ${buf}`)));
      });
    });
    afterAll(() => {
      server?.kill('SIGINT');
    });

    it('serves the viewer and the graph, and nothing else', async () => {
      const { page, errors } = await open(url);
      await ready(page);
      expect(await page.textContent('#controls legend')).toMatch(/Entities \(\d+\)/);
      for (const path of ['../package.json', 'graph.gexf', 'src/cli/main.ts', '%2e%2e/%2e%2e/etc/passwd']) {
        const res = await fetch(url + path);
        expect(res.status, path).toBe(404);
      }
      expect(errors).toEqual([]);
      await page.close();
    });

    it('a file that is not a graph gives a clear message, not a blank page', async () => {
      const { page, errors } = await open(url);
      await ready(page);
      await page.setInputFiles('#file-input', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
      await page.waitForFunction(() => document.querySelector('#message')?.textContent?.includes('notes.json'));
      expect(await page.textContent('#message')).toContain('notes.json is not a graphology graph');
      await page.setInputFiles('#file-input', {
        name: 'dangling.gexf',
        mimeType: 'text/xml',
        buffer: Buffer.from('<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="A"/></nodes><edges><edge id="e" source="a" target="zz"/></edges></graph></gexf>'),
      });
      await page.waitForFunction(() => document.querySelector('#message')?.textContent?.includes('dangling.gexf'));
      expect(await page.textContent('#message')).toMatch(/dangling\.gexf is not a GEXF graph/);
      await page.setInputFiles('#file-input', { name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('{"nodes": [], "edges": []}') });
      await page.waitForFunction(() => document.querySelector('#message')?.textContent?.includes('empty.json'));
      expect(await page.textContent('#message')).toContain('empty.json has no nodes');
      await page.screenshot({ path: join(SHOTS, 'bad-file-message.png') });
      expect(errors).toEqual([]);
      await page.close();
    });

    it('loads a graph by URL with ?file=, and says so when the URL is wrong', async () => {
      const ok = await open(`${url}?file=graph.json`);
      await ready(ok.page);
      expect(ok.errors).toEqual([]);
      await ok.page.close();
      const bad = await open(`${url}?file=missing.json`);
      // (the message says "Loading…" first: wait for the error that replaces it)
      await bad.page.waitForFunction(() => document.querySelector('#message')?.textContent?.includes('missing.json'));
      expect(await bad.page.textContent('#message')).toContain('Could not fetch missing.json: HTTP 404');
      await bad.page.close();
    });

    it('serves a GEXF graph too (converted on the fly)', async () => {
      const srv = spawn(process.execPath, [CLI, 'view', join(out, 'graph.gexf'), '--no-open'], { cwd: PACKAGE_ROOT });
      const u = await new Promise<string>((resolve) => srv.stdout!.on('data', (d: Buffer) => /(http:\S+\/)/.test(d.toString()) && resolve(/(http:\S+\/)/.exec(d.toString())![1]!)));
      const { page, errors } = await open(u);
      await ready(page);
      expect(await page.textContent('#controls legend')).toMatch(/Entities \(\d+\)/);
      srv.kill('SIGINT');
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
