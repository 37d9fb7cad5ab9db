// Bytes → text, strictly: invalid UTF-8 and binary files are errors, never
// silently replaced characters. The BOM is dropped; nothing else is changed, so
// offsets into the text are offsets into the file's characters.
import { EntigraphError } from '../errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array, where: string): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new EntigraphError('E_BINARY', 'binary file (contains NUL bytes), expected UTF-8 text', where);
  try {
    return decoder.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new EntigraphError('E_ENCODING', `not valid UTF-8${at >= 0 ? ` (first bad byte at offset ${at})` : ''}; convert it to UTF-8 first`, where);
  }
}

const COMBINING = /[\u0300-\u036f]/;

/**
 * Text with combining marks (Vietnamese typed or saved decomposed, "Hòa" as o + \u0300) as composed
 * (NFC), the form lexicons and patterns are written in; text without them as it is, not copied.
 */
export function composed(text: string): string {
  return COMBINING.test(text) ? text.normalize('NFC') : text;
}

function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}
