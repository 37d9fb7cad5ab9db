import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from '../../src/corpus/sentences.js';

const split = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('cuts text without sentence ends into pieces no longer than MAX_SENTENCE, at a clause mark or a space, losing nothing', () => {
    const words = Array.from({ length: 1500 }, (_, i) => (i % 40 === 39 ? 'Xylo,' : `từ${i % 7}`));
    const text = words.join(' ');
    const pieces = split(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(pieces.join(' ')).toBe(text);
    // (a clause mark in a piece's second half ends it)
    expect(pieces.slice(0, -1).every((p) => p.endsWith(','))).toBe(true);
  });

  it('cuts a run without spaces at MAX_SENTENCE, never inside a character outside the BMP', () => {
    const text = 'a' + '😀'.repeat(MAX_SENTENCE);
    const pieces = split(text);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE);
    // (no lone surrogate at either end of a piece)
    for (const p of pieces) expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p)).toBe(false);
  });

  it.each([
    ['Một câu. Câu thứ hai! Câu ba?', ['Một câu.', 'Câu thứ hai!', 'Câu ba?']],
    ['Có 10.000 quân trong 2,5 năm. Ngày 28/10 họ rút.', ['Có 10.000 quân trong 2,5 năm.', 'Ngày 28/10 họ rút.']],
    ['Ông đến TP.HCM hôm qua. Rồi về.', ['Ông đến TP.HCM hôm qua.', 'Rồi về.']],
    ['Ông J. Smith gặp Mr. Brown. Họ nói chuyện.', ['Ông J. Smith gặp Mr. Brown.', 'Họ nói chuyện.']],
    // a capital letter and a dot before a Vietnamese word ends the sentence; dotted initials do not
    ['Hãng bán xe Zorva Y. Người dùng hài lòng.', ['Hãng bán xe Zorva Y.', 'Người dùng hài lòng.']],
    ['J.D. Kellen met Robert F. Zielny. They spoke.', ['J.D. Kellen met Robert F. Zielny.', 'They spoke.']],
    // a Roman numeral and a dot after a Vietnamese word in lowercase ends it too, before any word; an initial after one does not
    ['Đề án hoàn thành trong quý I. Theo ông Petrov, sẽ xong.', ['Đề án hoàn thành trong quý I.', 'Theo ông Petrov, sẽ xong.']],
    ['Sách của J. Smith bán chạy.', ['Sách của J. Smith bán chạy.']],
    ['Ông cho biết. “Hôm nay trời đẹp”. Hết.', ['Ông cho biết.', '“Hôm nay trời đẹp”.', 'Hết.']],
    ['Ông nói: “Tốt. Rất tốt”. Xong.', ['Ông nói: “Tốt. Rất tốt”.', 'Xong.']],
    ['"Chúng tôi đến Xylia. Nhưng chưa gặp ai" - ông Petrov nói.', ['"Chúng tôi đến Xylia. Nhưng chưa gặp ai" - ông Petrov nói.']],
    ['Maj. Gen. Ivo Marenko and Brig. Gen. Jan Roe met Adm. Lee. They spoke.', ['Maj. Gen. Ivo Marenko and Brig. Gen. Jan Roe met Adm. Lee.', 'They spoke.']],
    ['Giá tăng... rồi giảm. Xong.', ['Giá tăng... rồi giảm.', 'Xong.']],
    ['U.N. Secretary-General Ivo Marenko and the U.K. envoy met. They spoke.', ['U.N. Secretary-General Ivo Marenko and the U.K. envoy met.', 'They spoke.']],
    ['Không có dấu chấm cuối', ['Không có dấu chấm cuối']],
    // a quotation inside a sentence that ends with it ends the sentence
    ['The agency said troops suffered "heavy losses." Officials in Xylia denied it.', ['The agency said troops suffered "heavy losses."', 'Officials in Xylia denied it.']],
    ['Ông Petrov nói quân đội “đã rút khỏi Xylia.” Sau đó, ông rời đi.', ['Ông Petrov nói quân đội “đã rút khỏi Xylia.”', 'Sau đó, ông rời đi.']],
    // one that opens the sentence keeps its attribution
    ['“Chúng tôi đến Xylia. Nhưng chưa gặp ai.” - ông Petrov nói.', ['“Chúng tôi đến Xylia. Nhưng chưa gặp ai.” - ông Petrov nói.']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('a quotation left open does not swallow the rest of the paragraph', () => {
    expect(split('Ông nói “sai. Câu khác. Câu nữa.')).toEqual(['Ông nói “sai.', 'Câu khác.', 'Câu nữa.']);
  });
});
