// Language of a document: Vietnamese when a fair share of its letters carry
// Vietnamese-only letters or tone marks, English otherwise.
import type { Lang } from '../types.js';

// Vietnamese-only letters and vowels with tone marks (NFC), lowercase and uppercase: a table by UTF-16 code unit.
const VI = new Uint8Array(0x2000);
for (const c of 'ăâđêôơưàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ') {
  VI[c.charCodeAt(0)] = 1;
  VI[c.toUpperCase().charCodeAt(0)] = 1;
}

/** A Vietnamese-only letter or a toned vowel (NFC) by its UTF-16 code unit. */
const isVietnameseLetter = (c: number): boolean => c >= 0xc0 && c < 0x2000 && VI[c] === 1;

export function detectLang(text: string): Lang {
  const end = Math.min(text.length, 4000);
  let letters = 0;
  let marked = 0;
  let combining = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else if (c >= 0x300 && c <= 0x323) combining++; // text in NFD: tone marks come apart
    else if (isVietnameseLetter(c)) {
      letters++;
      marked++;
    }
  }
  if (letters === 0) return 'vi';
  return (marked + combining) / letters > 0.03 ? 'vi' : 'en';
}

/** A Vietnamese-only letter or a toned vowel (NFC) in text[start, end): a Vietnamese word. */
export function hasVietnameseLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isVietnameseLetter(text.charCodeAt(i))) return true;
  return false;
}
