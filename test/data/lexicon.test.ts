// Lint of the data files: lists are clean, every list loads, gazetteer ids are unique.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon, phraseKeys, readList, STATEMENT_PHRASE_LISTS, STATEMENT_WORD_LISTS } from '../../src/extract/lexicon.js';
import { foldToken } from '../../src/extract/normalize.js';
import { DATA_DIR } from '../../src/util/paths.js';

const lists = ['vi', 'en'].flatMap((lang) => readdirSync(join(DATA_DIR, lang)).filter((f) => f.endsWith('.txt')).map((f) => join(lang, f)));

describe('data', () => {
  it.each(lists)('%s: lowercase, trimmed, no duplicates', (file) => {
    const lines = readList(join(DATA_DIR, file));
    const phrases = lines.map((l) => l.split('\t')[0]!);
    for (const p of phrases) {
      expect(p, `${file}: "${p}"`).toBe(p.toLowerCase().normalize('NFC').trim());
      expect(p, `${file}: "${p}"`).not.toMatch(/\s{2,}/);
    }
    const folded = phrases.map((p) => phraseKeys(p).join(' '));
    expect(folded.filter((p, i) => folded.indexOf(p) !== i), `${file}: duplicates`).toEqual([]);
  });

  it('the gazetteers load, with unique ids and the generated country list up to date', () => {
    const lex = loadLexicon(DATA_DIR);
    expect(lex.entries.size).toBeGreaterThan(700);
    const countries = JSON.parse(readFileSync(join(DATA_DIR, '_countries.json'), 'utf8'));
    const aliases = JSON.parse(readFileSync(join(DATA_DIR, 'country-aliases.json'), 'utf8'));
    for (const [iso, names] of Object.entries(aliases.aliases as Record<string, string[]>)) {
      const c = countries.countries.find((x: { iso: string }) => x.iso === iso);
      expect(c?.names, `${iso} in _countries.json: run node scripts/gen-countries.mjs`).toEqual(expect.arrayContaining(names));
    }
  });

  it('the statement rules\' word lists load, lowercase, one word each (the kinds of source may have several); a list that is missing or holds a phrase is refused', () => {
    for (const lang of ['vi', 'en']) {
      const lists = JSON.parse(readFileSync(join(DATA_DIR, lang, 'statement-words.json'), 'utf8')) as Record<string, string[]>;
      for (const k of STATEMENT_WORD_LISTS) for (const w of lists[k]!) expect(w, `${lang} ${k}`).toMatch(STATEMENT_PHRASE_LISTS.has(k) ? /^[\p{Ll}]+(?: [\p{Ll}]+)*$/u : /^[\p{Ll}]+$/u);
    }
    expect(loadLexicon(DATA_DIR).statementWords.sourceNouns.has(foldToken('ước') + ' ' + foldToken('tính'))).toBe(true);
    expect(loadLexicon(DATA_DIR).statementWords.adverbs.has('reportedly')).toBe(true);
    const broken = (edit: (lists: Record<string, unknown>) => void) => {
      const dir = mkdtempSync(join(tmpdir(), 'entigraph-data-'));
      cpSync(DATA_DIR, dir, { recursive: true });
      const path = join(dir, 'en', 'statement-words.json');
      const lists = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      edit(lists);
      writeFileSync(path, JSON.stringify(lists));
      return () => loadLexicon(dir);
    };
    expect(broken((l) => delete l.adverbs)).toThrow(/en\/statement-words\.json: no "adverbs" list/);
    expect(broken((l) => (l.coordinators = ['and', 'as well as']))).toThrow(/"coordinators" holds "as well as", not one word/);
  });

  it('every boilerplate pattern compiles', () => {
    const data = JSON.parse(readFileSync(join(DATA_DIR, 'boilerplate.json'), 'utf8'));
    for (const l of data.lines) expect(() => new RegExp(l.pattern, l.flags ?? 'iu')).not.toThrow();
  });
});
