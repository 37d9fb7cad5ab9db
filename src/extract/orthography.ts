// Is a word spelled like a Vietnamese syllable? Vietnamese syllables follow a
// closed pattern (initial consonant, vowel cluster, final consonant); foreign
// names rarely do ("Kursk", "Putin", "Reuters", "NATO"). A capitalised word at
// the start of a sentence that is a Vietnamese syllable may just be a common
// word ("Việc", "Tuy"); one that is not is a name.
// Reference: https://en.wikipedia.org/wiki/Vietnamese_phonology#Syllables

import { BoundedCache } from '../util/bounded-cache.js';

/** Lowercase particles between the parts of a foreign name: "Ursula von der Leyen", "Lula da Silva", "Majed al-Ansari". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'bin', 'binti', 'al', 'el', 'ibn', 'la', 'le', 'du', 'di', 'y', 'mac']);

const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|nh|ng|[cmnpt])?$/;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const cache = new BoundedCache<string, boolean>();

export function isVietnameseSyllable(word: string): boolean {
  let v = cache.get(word);
  if (v === undefined) {
    const base = word.toLowerCase().normalize('NFD').replace(TONES, '').normalize('NFC');
    v = SYLLABLE.test(base) && !/(aa|ee|ii|uu|yy)/.test(base);
    cache.set(word, v);
  }
  return v;
}

/** Carries a Vietnamese-only letter or tone mark: surely Vietnamese, never an acronym. */
export function hasVietnameseMarks(word: string): boolean {
  return /[ăâđêôơưĂÂĐÊÔƠƯ]/.test(word) || /[\u0300\u0301\u0303\u0309\u0323]/.test(word.normalize('NFD'));
}
