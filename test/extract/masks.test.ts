// The first-key masks (extract/trie FirstKeyMasks) only skip lookups that would
// miss: scanning with them filled must find exactly what scanning without them finds.
// Keys made from the tokens' keys must be the keys of the text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewsGenerator } from '../../src/bench/generate.js';
import { extractDocument } from '../../src/extract/index.js';
import { getLexicon, phraseKeys } from '../../src/extract/lexicon.js';
import { foldName } from '../../src/extract/normalize.js';
import { scanSentence } from '../../src/extract/scan.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { keyTokens, PhraseList } from '../../src/extract/trie.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { prepare } from '../_helpers.js';

const ENGLISH = [
  'Russian President Ivo Marenko said on Tuesday that the Ministry of Defence of Xylia had sent 10,000 troops.',
  'Helga van der Berg, a spokesperson for the United Nations, told reporters in Geneva the talks would go on.',
  'The Bank of Xylia and Getty Images said the Xylo Cup 2024 in Kursk was cancelled, according to AFP.',
].join(' ');

function texts(): string[] {
  const seeds = readdirSync(join(PACKAGE_ROOT, 'seeds')).map((f) => readFileSync(join(PACKAGE_ROOT, 'seeds', f), 'utf8'));
  const gen = new NewsGenerator(7);
  return [...seeds, ...Array.from({ length: 40 }, (_, i) => gen.article(i).text), ENGLISH];
}

describe('first-key masks', () => {
  it("change nothing the scanner finds, nor any token's key (seeds, generated articles, English)", () => {
    const lexicon = getLexicon();
    let items = 0;
    for (const text of texts()) {
      const doc = prepare(text);
      const lex = lexicon[doc.lang];
      for (const s of doc.sentences) {
        const plain = tokenize(doc.text, s.start, s.end);
        const masked = tokenize(doc.text, s.start, s.end, lex.masks);
        expect(masked.map(({ mask: _, ...t }) => t)).toEqual(plain.map(({ mask: _, ...t }) => t));
        const expected = scanSentence(plain, lexicon, lex);
        expect(scanSentence(masked, lexicon, lex)).toEqual(expected);
        items += expected.length;
      }
    }
    expect(items).toBeGreaterThan(10_000);
  });

  it("give every mention the key of its text (mention keys are made from the tokens' keys)", () => {
    const tricky = 'Ông Xylo\u2005Marenko gặp A1.2 Xylo và Kim Jong-un, Xylo · Tech, Tập đoàn Xylo—Mekong, Ông Ivo  Marenko.';
    let mentions = 0;
    for (const text of [...texts(), tricky]) {
      for (const m of extractDocument(prepare(text)).mentions) {
        expect(m.key).toBe(foldName(m.text));
        mentions++;
      }
    }
    expect(mentions).toBeGreaterThan(1_000);
  });

  it('turn away a token that starts no phrase, and find one that does', () => {
    const lex = getLexicon().vi;
    const tokens = tokenize('Thủ tướng Xylia', 0, 15, lex.masks);
    expect(tokens[0]!.mask & lex.titles.bit).not.toBe(0);
    expect(tokens[2]!.mask & lex.titles.bit).toBe(0);
    expect(lex.titles.len(tokens, 0)).toBe(2);
    expect(lex.titles.len(tokens, 2)).toBe(0);
  });

  it('are not needed: a list asked about unfilled tokens looks them up', () => {
    const list = new PhraseList();
    list.add(phraseKeys('bộ trưởng'), true);
    list.bit = 1 << 3;
    expect(list.len(tokenize('Bộ trưởng Xylia'), 0)).toBe(2);
    expect(list.len(keyTokens(phraseKeys('Bộ trưởng')), 0)).toBe(2);
  });
});
