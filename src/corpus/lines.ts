// Classifies the lines of an article's text: content, or the furniture around it
// (boilerplate, bylines, datelines, signatures, source lines, repeated lines).
// Furniture yields no entities; what it says about the article (author, date,
// source, URL) becomes metadata. Offsets always point into the original text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocMeta, Span } from '../types.js';
import { DATA_DIR } from '../util/paths.js';
import { composed } from './decode.js';

export type LineKind = 'content' | 'boilerplate' | 'byline' | 'dateline' | 'signature' | 'source' | 'duplicate';

export interface Line extends Span {
  kind: LineKind;
  reason: string;
  /** For content: where the text worth reading starts (after a "VTV.vn - " dateline prefix). */
  contentStart: number;
  /** For content: where it ends (before a trailing photo credit: "… - Ảnh: NHẬT BẮC"). */
  contentEnd: number;
  /** Sub-spans worth reading inside furniture (the agency of "(Theo Reuters)"). */
  keep?: Span[];
}

interface Pattern { reason: string; re: RegExp }
let patterns: Pattern[] | null = null;

function boilerplatePatterns(): Pattern[] {
  if (!patterns) {
    const data = JSON.parse(readFileSync(join(DATA_DIR, 'boilerplate.json'), 'utf8')) as { lines: { reason: string; pattern: string; flags?: string }[] };
    patterns = data.lines.map((l) => ({ reason: l.reason, re: new RegExp(l.pattern, l.flags ?? 'iu') }));
  }
  return patterns;
}

// a name of up to four words; a word may go on after a hyphen or apostrophe ("Jae-won", "O'Neil", "Jean-Paul")
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:['’-]\p{L}[\p{Ll}\p{M}]*)*`;
// (after the first word, one may begin with a lowercase particle: "Nidal al-Mughrabi", "Jan van der Berg")
const PARTICLES = String.raw`(?:(?:al|el|bin|ibn|van|von|de|da|di|del|der|den|du|la|le|dos|das)[- ])*`;
const NAME = String.raw`${NAME_WORD}(?: ${PARTICLES}${NAME_WORD}){0,3}`;
// a name in capitals: "BẢO ANH", "ANNA KOWAL"
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}]*(?:['’.-]\p{Lu}[\p{Lu}\p{M}]*)*\.?`;
const CAPS_NAME = String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){1,3}`;
// "Quỳnh Chi (Theo Reuters)-Thứ ba, ngày 29/10/2024 11:00 GMT+7", "Minh An (theo AFP, Reuters)", "BẢO ANH (Theo TASS)",
// "Minh Hòa/VOV.VN (Tổng hợp từ Yonhap, AP)": the author's outlet after a slash
const BYLINE = new RegExp(String.raw`^(?:(?<author>${NAME}|${CAPS_NAME})(?:\s*\/\s*\p{Lu}[\p{L}\d.+]*)?)?\s*\((?<kw>[Tt]heo|[Nn]guồn:?|[Tt]ổng hợp(?: từ)?)\s+(?<sources>[^()]+)\)\s*(?:[-–—|]\s*(?<rest>.*))?$`, 'u');
// "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Technology correspondent", "By Jane Doe | Reuters",
// "By Jane Doe in Velgrad"
const BYLINE_EN = new RegExp(String.raw`^By\s+(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)(?:\s+in\s+${NAME})?(?:\s*[,|–—-]\s*(?:\p{Lu}[^.]{0,50}|[\p{L} ]{0,30}(?:correspondent|reporter|editor|writer|journalist)s?))?$`, 'u');
// The Guardian's "Jane Doe in Velgrad", "Jane Doe and John Roe in Velgrad": no "By", the writers' full names and
// where they write from; only among the lines after the headline and the standfirst (a headline, a subheading:
// "Marenko in Velgrad", "Peace Talks in Velgrad")
const BYLINE_EN_IN = new RegExp(String.raw`^(${NAME_WORD} ${NAME}(?:\s*(?:,|and|&)\s*${NAME_WORD} ${NAME})*)\s+in\s+${NAME}$`, 'u');
// AP's "By ANNA KOWAL Associated Press", "By JANE DOE and JOHN ROE, Associated Press": names in capitals, then the agency
const BYLINE_EN_CAPS = new RegExp(String.raw`^By\s+(${CAPS_NAME}(?:\s*(?:,|and|AND|&)\s*${CAPS_NAME})*)(?:\s*[,|–—-]?\s+\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+){0,3})?$`, 'u');
// an author's name, a dash and the rest of the line (a byline when the rest only dates the story)
const AUTHOR_DATE = new RegExp(String.raw`^(?<author>${NAME}|${CAPS_NAME})\s*[-–—|]\s*(?<rest>.+)$`, 'u');
// before a date: "By Xylo News International", "By XyloExpress" (an outlet's name may have inner capitals)
const BYLINE_EN_OUTLET = /^By\s+(\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’&-]*){0,4})$/u;
const DATE_DMY = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b(?:\D{0,3}(\d{1,2}):(\d{2}))?(?:\s*\(?(?:GMT|UTC)\s*([+-]\d{1,2}))?/; // ("… 20:15 (GMT+7)")
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
// "November 5, 2024", "Nov. 5, 2024", "5 November 2024"
const DATE_EN = new RegExp(String.raw`\b(?:(?<m1>${MONTH})\s+(?<d1>\d{1,2}),?\s+(?<y1>\d{4})|(?<d2>\d{1,2})\s+(?<m2>${MONTH})\s+(?<y2>\d{4}))\b`, 'i');
// what else a line that only dates a story holds: "Updated", a weekday, "6:12 AM", "GMT+7", separators
const DATE_LINE_WORDS = /\b(?:updated|published|posted|last|modified|on|at|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|[ap]\.?m\.?|gmt|utc|[ecmp][sd]?t|bst|cet|ict)\b|[+-]\d{1,2}(?::?\d{2})?|[,|:·•.\-–—()]/gi;
const WEEKDAY = /^(thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}\p{M}])/iu; // (\b is ASCII-only: "Thứ tư,")
// "Nguồn Hà Nội TV : https://…", "Nguồn: VnExpress"
const SOURCE_LINE = /^(?:nguồn|source)\s*:?\s*(?<src>[^:：]*?)\s*(?:[:：]\s*)?(?<url>https?:\/\/\S+)?\s*$/iu;
// "Theo Reuters, Kyiv Independent", "Theo AFP và TASS": a line of only the sources' names
// "(TTXVN/Vietnam+)", "(Reuters)": a line of only the sources' names in parentheses
const SOURCES_PAREN = /^\((?<src>\p{Lu}[\p{L}\d.&'’+-]*(?:\s*[/,]\s*\p{Lu}[\p{L}\d.&'’+-]*)*)\)$/u;
const SOURCES_LINE = /^(?:[Tt]heo|[Nn]guồn)\s*:?\s+(?<src>\p{Lu}[\p{L}\d.&'’-]*(?:(?:\s+|\s*,\s*|\s+(?:và|and)\s+|\s*\/\s*)\p{Lu}[\p{L}\d.&'’-]*)*)\.?$/u;
// "VTV.vn - Washington sẽ …", "(Dân trí) - …", "WASHINGTON (Reuters) - …", "SEOUL, South Korea (AP) — …", "WASHINGTON, Dec 18 (Reuters) - …", "HOUSTON/SINGAPORE, Oct 7 (Reuters) - …", and a site's or a
// city's name in capitals, with its country or not: "TTO - Chiều 5-11, …", "HÀ NỘI - …", "WASHINGTON — …", "LUSAIL, Qatar — …"
const DATELINE_PREFIX = /^(?:[\p{L}\d]+(?:\.[\p{L}]+)+|\([\p{L}\d .]+\)|[\p{Lu} .,/]{3,30}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*\([\p{L} .]+\)|\p{Lu}{2,}(?: \p{Lu}{2,}){0,3}(?:,\s*\p{Lu}\p{Ll}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?)\s*[-–—]\s+(?=\p{Lu}|["“])/u;

// "… - Ảnh: NHẬT BẮC", "… - ẢNH: REUTERS", "… (Ảnh: Reuters)", "… in Xylia. Photo: Getty Images": after a dash, bar,
// bracket or the end of a sentence, a credit keyword and only capitalised words (an agency or a photographer)
const CREDIT_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’&/-]*`;
const PHOTO_CREDIT = new RegExp(String.raw`(?:\s*(?:[-–—|]|\()|(?<=[.!?]))\s*(?:[Ảả]nh(?: minh h[ọo]a| tư liệu)?|ẢNH(?: MINH HỌA| TƯ LIỆU)?|[Nn]guồn ảnh|NGUỒN ẢNH|[Pp]hoto(?:graph)?|PHOTO(?:GRAPH)?|[Vv]ideo|VIDEO|[Đđ]ồ h[ọo]a|ĐỒ HỌA|[Cc]lip|CLIP)\s*:\s*${CREDIT_WORD}(?:\s*[,/]?\s*${CREDIT_WORD}){0,5}\s*\)?\s*\.?$`, 'u');

// "… Sumy region. (AP Photo/Evgeniy Maloletka)", "(Photo by Jane Roe/Getty Images)"
const PHOTO_CREDIT_PAREN = new RegExp(String.raw`\s*\((?:${CREDIT_WORD}\s+)?(?:[Pp]hoto|[Ảả]nh)(?:\s+by)?\s*[/:]?\s*${CREDIT_WORD}(?:\s*[,/]?\s*${CREDIT_WORD}){0,5}\s*\)\s*\.?$`, 'u');

/** Lines of the text with their kinds; fills `meta` with what bylines and source lines state. */
export function classifyLines(text: string, meta: DocMeta): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) lines.push(classify(text.slice(s, e), s, e, meta, lines.length));
    pos = nl + 1;
  }
  markRelatedLists(text, lines);
  markDuplicates(text, lines);
  markSignatures(text, lines, meta);
  return lines;
}

/** Furniture lines are short; a long line is a paragraph (only a dateline prefix is checked). */
const FURNITURE_MAX = 200;

function classify(line: string, start: number, end: number, meta: DocMeta, index: number): Line {
  const base = { start, end, contentStart: start, contentEnd: end };
  if (line.length > FURNITURE_MAX) {
    return contentLine(line, start, end, DATELINE_PREFIX.exec(line.slice(0, 80)));
  }
  // (the patterns are written in NFC; text in NFD, "Xem the\u0302m", is tested as NFC)
  const nfc = composed(line);
  for (const p of boilerplatePatterns()) if (p.re.test(nfc)) return { ...base, kind: 'boilerplate', reason: p.reason };
  const half = doubledHalf(line);
  if (half) return { ...base, kind: 'boilerplate', reason: 'doubled-link-text' };
  // "By Xylo News International   August 19, 2024 | 05:12 pm GMT+7": a byline and the story's date on one line
  const dated = line.startsWith('By ') ? DATE_EN.exec(line) : null;
  const byPart = dated ? line.slice(0, dated.index).replace(/[\s,|·•–—-]+$/u, '') : line;
  const en = BYLINE_EN.exec(byPart) ?? BYLINE_EN_CAPS.exec(byPart) ?? (dated ? BYLINE_EN_OUTLET.exec(byPart) : null) ?? (index >= 1 && index <= 3 ? BYLINE_EN_IN.exec(line) : null);
  if (en) {
    if (!meta.author) meta.author = en[1]!;
    if (dated) readDate(line, meta);
    return { ...base, kind: 'byline', reason: 'byline' };
  }
  const by = BYLINE.exec(line);
  if (by?.groups && (by.groups.author || by.groups.rest !== undefined || line.startsWith('('))) {
    if (by.groups.author && !meta.author) meta.author = by.groups.author.trim();
    const sources = by.groups.sources!;
    const srcStart = start + line.indexOf(sources, line.indexOf('('));
    if (!meta.source) meta.source = sources.trim();
    readDate(by.groups.rest ?? '', meta);
    return { ...base, kind: 'byline', reason: 'byline', keep: [{ start: srcStart, end: srcStart + sources.trimEnd().length }] };
  }
  if (isDateLine(line)) {
    readDate(line, meta);
    return { ...base, kind: 'dateline', reason: 'date' };
  }
  // "Minh Anh - Thứ tư, 23/10/2024 20:15 (GMT+7)": the author's name and a line that only dates the story
  const authorDate = AUTHOR_DATE.exec(line);
  if (authorDate && isDateLine(authorDate.groups!.rest!)) {
    if (!meta.author) meta.author = authorDate.groups!.author!;
    readDate(authorDate.groups!.rest!, meta);
    return { ...base, kind: 'byline', reason: 'byline' };
  }
  const sources = line.length < 80 ? (SOURCES_LINE.exec(line) ?? SOURCES_PAREN.exec(line)) : null;
  if (sources?.groups) {
    // as in a byline, the agencies' names stay readable text
    const names = sources.groups.src!;
    const at = start + line.lastIndexOf(names);
    if (!meta.source) meta.source = names;
    return { ...base, kind: 'source', reason: 'source-line', keep: [{ start: at, end: at + names.length }] };
  }
  const src = SOURCE_LINE.exec(line);
  if (src?.groups && (src.groups.url || line.length < 60)) {
    if (src.groups.src && !meta.source) meta.source = src.groups.src.trim();
    if (src.groups.url && !meta.url) meta.url = src.groups.url;
    return { ...base, kind: 'source', reason: 'source-line' };
  }
  return contentLine(line, start, end, DATELINE_PREFIX.exec(line));
}

/** A content line: readable from after its dateline prefix (if any) to before its photo credit (if any). */
function contentLine(line: string, start: number, end: number, dateline: RegExpExecArray | null): Line {
  return { start, end, kind: 'content', reason: dateline ? 'dateline-prefix' : 'text', contentStart: dateline ? start + dateline[0].length : start, contentEnd: start + creditStart(line) };
}

/** A credit is short: only this many characters at the end of a line are searched (and one before, for the look-behind). */
const CREDIT_MAX = 120;

/** Where a trailing photo or video credit starts in the line (its length if none, or if the credit is all there is). */
function creditStart(line: string): number {
  const from = Math.max(0, line.length - CREDIT_MAX - 1);
  const re = line.indexOf(':', from) >= 0 ? PHOTO_CREDIT : line.endsWith(')') ? PHOTO_CREDIT_PAREN : null;
  const m = re?.exec(line.slice(from));
  return m && from + m.index > 0 ? from + m.index : line.length;
}

/** "A B C A B C" (a linked teaser whose link text and image alt repeat): returns the half. */
function doubledHalf(line: string): string | null {
  if (line.length < 20) return null;
  const mid = Math.floor(line.length / 2);
  for (let cut = mid - 1; cut <= mid + 1; cut++) {
    const a = line.slice(0, cut).trim();
    const b = line.slice(cut).trim();
    if (a.length > 8 && a === b) return a;
  }
  return null;
}

function isDateLine(line: string): boolean {
  if (line.split(/\s+/).length > 12) return false;
  if (DATE_EN.test(line)) return line.replace(DATE_EN, ' ').replace(DATE_LINE_WORDS, ' ').trim() === '';
  return DATE_DMY.test(line) && (WEEKDAY.test(line) || /^(ngày|cập nhật|đăng|updated|published)\b/iu.test(line) || /^[\d/:\s,+\-GMTUC]+$/i.test(line));
}

function readDate(s: string, meta: DocMeta): void {
  if (meta.date) return;
  const en = DATE_EN.exec(s)?.groups;
  if (en) {
    const month = MONTHS.indexOf((en.m1 ?? en.m2)!.slice(0, 3).toLowerCase()) + 1;
    meta.date = `${en.y1 ?? en.y2}-${String(month).padStart(2, '0')}-${(en.d1 ?? en.d2)!.padStart(2, '0')}`;
    return;
  }
  const m = DATE_DMY.exec(s);
  if (!m) return;
  const [, d, mo, y, hh, mm, tz] = m;
  const pad = (n: string | undefined) => (n ?? '').padStart(2, '0');
  let iso = `${y}-${pad(mo)}-${pad(d)}`;
  if (hh && mm) {
    iso += `T${pad(hh)}:${mm}`;
    if (tz) iso += `${tz.startsWith('-') ? '-' : '+'}${pad(tz.replace(/^[+-]/, ''))}:00`;
  }
  meta.date = iso;
}

/** A link teaser is a headline: short, and not ended like a sentence. */
const TEASER_MAX = 150;
const SENTENCE_END = /[.!?…:;"”»)]$/u;

/**
 * "Xem thêm:", "Tin liên quan", "Related": the headlines listed under such a header are
 * links to other articles, not this one's text. The list ends at the first line that
 * is long, ends like a sentence or is only a name after a blank line.
 */
function markRelatedLists(text: string, lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.reason !== 'related-header') continue;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      const line = text.slice(l.start, l.end);
      // (a line of just a name set apart by a blank line is the author's signature, not a headline)
      const apart = text.slice(lines[j - 1]!.end, l.start).split('\n').length > 2;
      if (l.kind !== 'content' || line.length > TEASER_MAX || SENTENCE_END.test(line) || (apart && SIGNATURE.test(line))) break;
      l.kind = 'boilerplate';
      l.reason = 'related-link';
      i = j;
    }
  }
}

/** A line repeated verbatim (the title again as a heading) is read once. */
function markDuplicates(text: string, lines: Line[]): void {
  const seen = new Set<string>();
  for (const l of lines) {
    if (l.kind !== 'content') continue;
    const key = text.slice(l.start, l.end);
    if (seen.has(key)) {
      l.kind = 'duplicate';
      l.reason = 'repeated-line';
    } else seen.add(key);
  }
}

// "Hồng Hà", "Minh An (tổng hợp)", "Hoàng Anh (thực hiện)", "Hoàng Long - Văn Dũng" (two authors)
const SIGNATURE_NAME = String.raw`(?:${NAME}|${CAPS_NAME})`;
const SIGNATURE = new RegExp(String.raw`^${SIGNATURE_NAME}(?:\s*(?:[-–,&]|và|and)\s*${SIGNATURE_NAME})?(?:\s*\((?:tổng hợp|TH|thực hiện|ghi|(?:từ|tại) \p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,3})\))?$`, 'u');
const AUTHORS_SEPARATOR = /\s*[-–,&]\s*|\s+(?:và|and)\s+/u;
// "Tin, ảnh: Hoàng Việt", "Bài và ảnh: Minh An", "Thực hiện: Hồng Hà": what the signed author did, before the name
const CREDIT_PREFIX = /^(?:(?:Tin|Bài)\s*(?:,|và)\s*(?:ảnh|video)|Ghi chép|Thực hiện|Nhóm phóng viên)\s*:\s*/u;

/** A short line of just a name among the last lines is the author's signature ("Hồng Hà", "Hồng Hà (từ Bangkok)"). */
function markSignatures(text: string, lines: Line[], meta: DocMeta): void {
  const content = lines.filter((l) => l.kind === 'content' || l.kind === 'source');
  for (const l of content.slice(-3)) {
    if (l.kind !== 'content') continue;
    const s = text.slice(l.start, l.end).replace(CREDIT_PREFIX, '');
    const names = s.replace(/\s*\(.*\)$/, '');
    if (SIGNATURE.test(s) && names.split(AUTHORS_SEPARATOR).every((name) => name.split(/\s+/).length <= 4) && l !== content[0]) {
      l.kind = 'signature';
      l.reason = 'author-signature';
      if (!meta.author) meta.author = names;
    }
  }
}
