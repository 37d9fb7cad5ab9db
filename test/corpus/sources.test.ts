import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/corpus/sources.js';
import { EntigraphError } from '../../src/errors.js';
import { forEachDocument } from '../../src/pipeline.js';

function corpus(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'entigraph-src-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

async function collect(inputs: string[], stdin?: Readable) {
  const docs: { id: string; text: string }[] = [];
  const errors: { code: string; message: string }[] = [];
  for await (const item of readInputs(inputs, stdin ? { stdin } : {})) {
    if ('doc' in item) docs.push({ id: item.doc.id, text: item.doc.text });
    else errors.push({ code: item.error.code, message: item.error.message });
  }
  return { docs, errors };
}

describe('readInputs', () => {
  it('walks folders recursively in path order, with ids relative to the folder', async () => {
    const dir = corpus({ 'b.txt': 'Bài B.', 'a/z.md': '# Bài Z\n\nNội dung.', 'a/y.html': '<p>Bài Y.</p>', 'skip.pdf': 'x', '.hidden.txt': 'x' });
    const { docs } = await collect([dir]);
    expect(docs.map((d) => d.id)).toEqual(['a/y.html', 'a/z.md', 'b.txt']);
    expect(docs[0]!.text).toBe('Bài Y.');
    expect(docs[1]!.text).toBe('Bài Z\n\nNội dung.');
  });

  it('reads decomposed (NFD) Vietnamese as composed text, so furniture and names are read as in NFC', async () => {
    const text = 'Tiêu đề\n\nÔng Lê Văn Hòa đến Đà Nẵng.\n\nXem thêm:\nBộ trưởng Xylia thăm Bexgrad';
    const dir = corpus({ 'nfd.txt': text.normalize('NFD'), 'a.jsonl': JSON.stringify({ text: text.normalize('NFD') }) });
    const { docs } = await collect([dir]);
    expect(docs.map((d) => d.text)).toEqual([text, text]);
  });

  it('reads a page saved as .txt as a page, and text that only mentions a tag as text', async () => {
    const dir = corpus({ 'a.txt': '<html><body><nav><a href="/">Trang chủ</a></nav><p>Ông Ivo Marenko đến Bexgrad.</p></body></html>', 'b.txt': '<b> là thẻ in đậm.\n\nThẻ </p> đóng đoạn.' });
    const { docs } = await collect([dir]);
    expect(docs.map((d) => d.text)).toEqual(['Ông Ivo Marenko đến Bexgrad.', '<b> là thẻ in đậm.\n\nThẻ </p> đóng đoạn.']);
  });

  it('drops soft hyphens and zero-width characters, which split words', async () => {
    const dir = corpus({ 'a.txt': 'Ông Ivo Mare\u00adnko nói.\u200b Ông Dario\u200b Vell đến.' });
    const { docs } = await collect([dir]);
    expect(docs[0]!.text).toBe('Ông Ivo Marenko nói. Ông Dario Vell đến.');
  });

  it('reads JSONL records with their ids and metadata; a bad line names file and line, the rest still come', async () => {
    const dir = corpus({
      'c.jsonl': ['{"id":"n1","text":"Một.","title":"T1","url":"https://x.example/1"}', '{"text": broken', '', '{"title":"no text"}', '{"text":"Hai."}'].join('\n'),
    });
    const { docs, errors } = await collect([join(dir, 'c.jsonl')]);
    expect(docs).toEqual([{ id: 'n1', text: 'Một.' }, { id: expect.stringMatching(/c\.jsonl#5$/) as unknown as string, text: 'Hai.' }]);
    expect(errors.map((e) => e.code)).toEqual(['E_JSONL', 'E_JSONL']);
    expect(errors[0]!.message).toMatch(/c\.jsonl:2: not valid JSON/);
    expect(errors[1]!.message).toMatch(/c\.jsonl:4: no "text" string/);
  });

  it('reads the field names of common scrapers: content/body/maintext (HTML or text), headline, published, authors', async () => {
    const dir = corpus({
      'd.jsonl': [
        JSON.stringify({ id: 'h1', content: '<div><p>Bài một.</p><p>Đoạn hai.</p></div>', headline: 'Tiêu đề', published: '2024-06-19', authors: ['Jane Roe', 'John Doe'], link: 'https://x.example/h1' }),
        JSON.stringify({ id: 'm1', maintext: 'Bài ba.', title: 'T3', date_publish: '2024-06-20 08:00:00', source_domain: 'x.example' }),
      ].join('\n'),
    });
    const got = [];
    for await (const item of readInputs([join(dir, 'd.jsonl')], {})) if ('doc' in item) got.push({ id: item.doc.id, text: item.doc.text, meta: item.doc.meta });
    expect(got).toEqual([
      { id: 'h1', text: 'Bài một.\nĐoạn hai.', meta: { title: 'Tiêu đề', date: '2024-06-19', url: 'https://x.example/h1', author: 'Jane Roe, John Doe' } },
      { id: 'm1', text: 'Bài ba.', meta: { title: 'T3', date: '2024-06-20 08:00:00', source: 'x.example' } },
    ]);
  });

  it('reads every block of an HTML fragment with no element around it (not only the first paragraph)', async () => {
    const dir = corpus({
      'f.jsonl': JSON.stringify({ id: 'f1', text: '<p>Bài một.</p><p>Đoạn hai.</p>\n<p>Đoạn <b>ba</b>.</p>' }),
      'g.html': '<title>Tiêu đề trang</title><h1>Tiêu đề</h1><p>Đoạn một.</p><p>Đoạn hai.</p>',
    });
    const { docs } = await collect([dir]);
    expect(docs).toEqual([
      { id: 'f1', text: 'Bài một.\nĐoạn hai.\nĐoạn ba.' },
      { id: 'g.html', text: 'Tiêu đề\nĐoạn một.\nĐoạn hai.' },
    ]);
  });

  it.each([
    ['empty.txt', '   \n', 'E_EMPTY', /empty\.txt: file is empty/],
    ['bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]), 'E_BINARY', /bin\.txt: binary file/],
    ['latin1.txt', Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69]), 'E_ENCODING', /latin1\.txt: not valid UTF-8 \(first bad byte at offset 1\)/],
    ['nobody.html', '<html><body><nav>Menu</nav></body></html>', 'E_EMPTY', /nobody\.html: page has no article text/],
  ])('a bad file is an error naming it: %s', async (name, body, code, message) => {
    const dir = corpus({ [name]: body, 'ok.txt': 'Bài tốt.' });
    const { docs, errors } = await collect([dir]);
    expect(docs.map((d) => d.id)).toEqual(['ok.txt']);
    expect(errors).toEqual([{ code, message: expect.stringMatching(message) as unknown as string }]);
  });

  it('a missing path is a fatal error naming it', async () => {
    await expect(collect(['/no/such/place'])).rejects.toMatchObject({ code: 'E_NO_INPUT', message: '/no/such/place: no such file or folder' });
  });

  it('a folder without articles is a fatal error', async () => {
    const dir = corpus({ 'notes.pdf': 'x' });
    await expect(collect([dir])).rejects.toMatchObject({ code: 'E_NO_INPUT', message: expect.stringContaining('folder has no .txt .md .html .htm .jsonl files') });
  });

  it('reads stdin as JSONL when it starts with "{", else as one document', async () => {
    const jsonl = await collect(['-'], Readable.from(['{"id":"a","text":"Một."}\n{"id":"b","text":"Hai."}\n']));
    expect(jsonl.docs.map((d) => d.id)).toEqual(['a', 'b']);
    const text = await collect(['-'], Readable.from([Buffer.from('\uFEFFMột bài.\n')]));
    expect(text.docs).toEqual([{ id: 'stdin', text: 'Một bài.\n' }]);
  });

  it('gives duplicate ids a suffix so every document keeps its own', async () => {
    const a = corpus({ 'x.txt': 'A.' });
    const b = corpus({ 'x.txt': 'B.' });
    const { docs } = await collect([a, b]);
    expect(docs.map((d) => d.id)).toEqual(['x.txt', 'x.txt#2']);
  });
});

describe('forEachDocument', () => {
  it('skips bad inputs with a warning and counts them', async () => {
    const dir = corpus({ 'ok.txt': 'Bài tốt.', 'bad.txt': Buffer.from([0xff, 0xfe, 0x00]) });
    const warnings: string[] = [];
    const run = await forEachDocument([dir], { onWarning: (e) => warnings.push(e.message) }, () => {});
    expect(run).toEqual({ documents: 1, skipped: 1 });
    expect(warnings).toEqual([expect.stringContaining('bad.txt: binary file')]);
  });

  it('with strict, the first bad input is fatal', async () => {
    const dir = corpus({ 'ok.txt': 'Bài tốt.', 'bad.txt': '' });
    await expect(forEachDocument([dir], { strict: true }, () => {})).rejects.toBeInstanceOf(EntigraphError);
  });

  it('a run with nothing usable fails', async () => {
    const dir = corpus({ 'a.txt': '', 'b.txt': ' ' });
    await expect(forEachDocument([dir], { onWarning: () => {} }, () => {})).rejects.toMatchObject({ code: 'E_NO_INPUT', message: expect.stringContaining('no usable document (2 inputs skipped') });
  });
});
