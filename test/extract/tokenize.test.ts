import { describe, expect, it } from 'vitest';
import { countTokens, Kind, tokenize } from '../../src/extract/tokenize.js';

describe('tokenize', () => {
  it.each([
    ['Tổng thống Nga Ivan Petrov', ['Tổng', 'thống', 'Nga', 'Ivan', 'Petrov']],
    ['Kim Ju-won', ['Kim', 'Ju', '-', 'won']],
    ['10.000 quân, 2,5 năm, ngày 28/10 lúc 11:00', ['10.000', 'quân', ',', '2,5', 'năm', ',', 'ngày', '28/10', 'lúc', '11:00']],
    ['“Xin chào”, ông nói.', ['“', 'Xin', 'chào', '”', ',', 'ông', 'nói', '.']],
    ["O'Neill và TP.HCM", ["O'Neill", 'và', 'TP', '.', 'HCM']],
    // an ampersand between letters joins initials; elsewhere it is a mark of its own
    ['Bộ GD&ĐT, AT&T và Xylo & Bexa', ['Bộ', 'GD&ĐT', ',', 'AT&T', 'và', 'Xylo', '&', 'Bexa']],
  ])('splits %j', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it('keeps exact offsets into the text', () => {
    const text = '  Bà  Lê Thị Xuân\tđến Xylia.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks capitals, all-caps words, numbers and glued punctuation', () => {
    const [a, b, c, d, e] = tokenize('ASEAN họp 12 Jong-un');
    expect(a).toMatchObject({ cap: true, upper: true, kind: Kind.Word });
    expect(b).toMatchObject({ cap: false, upper: false });
    expect(c!.kind).toBe(Kind.Number);
    expect(d).toMatchObject({ text: 'Jong', glued: false });
    expect(e).toMatchObject({ text: '-', glued: true, kind: Kind.Punct });
  });

  it('counts tokens like it splits them (the benchmark floor)', () => {
    const text = 'Ông Xa Ren nói: “10.000 binh sĩ đã đến Xylia-Bexland”.';
    expect(countTokens(text)).toBe(tokenize(text).length);
  });

  it('tokenizes only the requested range', () => {
    const text = 'Một. Hai ba. Bốn.';
    expect(tokenize(text, 5, 12).map((t) => t.text)).toEqual(['Hai', 'ba', '.']);
  });
});
