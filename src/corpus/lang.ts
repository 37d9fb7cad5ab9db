// Language of a document: Vietnamese when a fair share of its letters carry
// Vietnamese-only diacritics, English otherwise.
import type { Lang } from '../types.js';

const VI_MARKED = /[ăâđêôơưàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]/giu;

export function detectLang(text: string): Lang {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'vi';
  const marked = sample.normalize('NFC').match(VI_MARKED)?.length ?? 0;
  return marked / letters > 0.03 ? 'vi' : 'en';
}
