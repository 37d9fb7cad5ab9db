// resolve stage, within one document: groups the mentions that name the same
// thing into document entities.
//   - gazetteer names by their id ("Mỹ" = "Hoa Kỳ")
//   - the same folded name and type ("Hoà Bình" = "Hòa Bình")
//   - a person's short form to the full name it can stand for, the nearest one
//     before it when several can ("Biden" after "Joe Biden")
//   - transliteration variants of a full name ("Volodymyr Zelensky" = "Volodymyr Zelenskyy")
//   - an organization named without its country to the one with it ("Bộ Quốc phòng" → "Bộ Quốc phòng Nga"),
//     in a sentence that opens speaking for a country ("Phía Trung Quốc, …") only to that country's
//   - an acronym defined in the text to its long form ("Tổ chức Y tế Thế giới (WHO)"), and one not defined
//     to the one organization of the document it is the initials of ("Democratic Party" … "DP")
//   - another name given for a person to that person ("X, tên thật là Y", "X, whose real name is Y")
//   - an untyped name to a typed one with the same name or that it is a short form of, and so
//     does a one-word place typed only by the preposition before it ("close to Gallant",
//     "a complaint from Spotify" after "Spotify Chief Executive X")
// Different people who share a word stay apart; so do a ministry and its country.
import type { DocExtraction, EntityType, LocalEntity, Mention, NameItem } from '../types.js';
import { sideOpening } from '../extract/classify.js';
import { isAcronym } from '../extract/scan.js';
import { getLexicon, knownBy } from '../extract/lexicon.js';
import { foldName, stripAccents } from '../extract/normalize.js';
import { BoundedCache } from '../util/bounded-cache.js';
import { keyTokens } from '../extract/trie.js';
import { isGenericOrg, isNationalBody, isOrgHead, isUnnamedLocalBody, isPlaceName, isFirstAndLastOf, isShortFormOf, isVietnameseWord, knownAsQualified, namesAPart, orgCore, sameFullName, withoutLegalForm, withoutTradeWord, clubWord, withoutHeadAfter } from './names.js';

export interface LocalResolution {
  entities: LocalEntity[];
  /** Entity index of each mention (same order as DocExtraction.mentions). */
  mentionEntity: number[];
}

interface Group {
  type: EntityType | null;
  ref?: string;
  iso?: string;
  acronym?: string;
  mentions: number[];
  /** Folded words of the best name, and the same joined by spaces. */
  words: readonly string[];
  name: string;
  /** The name without its organization head noun, cached ("Tập đoàn X" → "x"); undefined: not computed. */
  core?: string | null;
  /** The core without a second head ("Công ty CP Tập đoàn X" → "x"), cached the same way. */
  inner?: string | null;
}

export function resolveLocal(x: DocExtraction): LocalResolution {
  const { mentions } = x;
  // "Lãnh đạo đảng Dân chủ (DP) đối lập Lee Jae-myung": a body the gazetteer knows by this name qualified with its
  // country (the US "Democratic Party"), given an acronym the gazetteer does not know it by, is another country's
  for (const m of mentions) if (m.ref && m.acronym && m.type === 'organization' && knownAsQualified(m.ref, m.key) && !knownBy(m.ref, m.acronym)) delete m.ref;
  // a mention's key is its folded name: its words once, not per comparison
  const words = mentions.map((m) => keyWords(m.key));
  const groups: Group[] = [];
  const mentionGroup = new Array<number>(mentions.length).fill(-1);
  const byKey = new Map<string, number>();
  const markers = getLexicon().vi.sideMarkers;

  const join = (m: number, g: number) => {
    mentionGroup[m] = g;
    const grp = groups[g]!;
    grp.mentions.push(m);
    if (words[m]!.length > grp.words.length) {
      grp.words = words[m]!;
      grp.name = mentions[m]!.key;
      delete grp.core;
      delete grp.inner;
    }
    if (mentions[m]!.acronym && !grp.acronym) grp.acronym = mentions[m]!.acronym;
  };
  const open = (m: Mention, idx: number) => {
    const grp: Group = { type: m.type, mentions: [], words: [], name: '' };
    if (m.ref) grp.ref = m.ref;
    if (m.iso) grp.iso = m.iso;
    const g = groups.push(grp) - 1;
    join(idx, g);
    return g;
  };

  /** The first mention of each organization name (by folded key). */
  const firstOfKey = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.type === 'organization' && !firstOfKey.has(m.key)) firstOfKey.set(m.key, i);
  });
  // Bodies whose first mention is the post of a person with a Vietnamese full name ("Bộ trưởng Bộ Quốc phòng
  // Lê Văn Khoa"): named bare before the document qualifies them with another country, they are the home country's
  /** The holder (a person mention) of each body mention that is a post, and the body mentions each holder's name holds. */
  const holderOf = new Map<number, number>();
  const postsOf = new Map<string, number[]>();
  for (const r of x.roles) {
    if (r.of === null) continue;
    holderOf.set(r.of, r.person);
    const who = words[r.person]!.join(' ');
    const posts = postsOf.get(who);
    if (posts) posts.push(r.of);
    else postsOf.set(who, [r.of]);
  }
  /** Does the holder of body mention i hold a post in group g too ("người phát ngôn Bộ Ngoại giao Trung Quốc X … người phát ngôn Bộ Ngoại giao X")? */
  const sameHolder = (i: number, g: number) => {
    const holder = holderOf.get(i);
    return holder !== undefined && (postsOf.get(words[holder]!.join(' ')) ?? []).some((mi) => mi !== i && groups[g]!.mentions.includes(mi));
  };
  const homeKeys = new Set<string>();
  for (const [key, first] of firstOfKey) {
    const holder = holderOf.get(first);
    if (holder !== undefined && vietnameseFullName(words[holder]!) && !mentions[first]!.ref && isGenericOrg(words[first]!)) homeKeys.add(key);
  }

  // 1. Gazetteer ids, then typed names by folded key; full names before short forms.
  const order = mentions.map((_, i) => i).sort((a, b) => words[b]!.length - words[a]!.length || a - b);
  for (const i of order) {
    const m = mentions[i]!;
    if (m.type === null) continue;
    const side = m.type === 'organization' ? sentenceSide(x, m.sentence, markers) : undefined;
    const key = (m.ref ?? `${m.type}:${m.key}`) + (side === undefined ? '' : `@${side}`);
    // ("Quốc hội" is known as Vietnam's "Quốc hội Việt Nam": after "Quốc hội Hàn Quốc" it is that one; before
    // it, as in "Chủ tịch Quốc hội X tiếp Chủ tịch Quốc hội Lào", it is still Vietnam's, and so is every later
    // one once the text has used it so; a headline's alone does not decide: "Hàn Quốc: Quốc hội thông qua …")
    const generic = m.type === 'organization' && m.ref !== undefined && knownAsQualified(m.ref, m.key);
    const g = byKey.get(key);
    // (a bare body the document made the home country's is still another's where its holder holds that one's post:
    // "người phát ngôn Bộ Ngoại giao Trung Quốc X … người phát ngôn Bộ Ngoại giao X")
    const elsewhere = g !== undefined && homeKeys.has(m.key) ? groups.findIndex((o, gi) => gi !== g && o.name.startsWith(m.key + ' ') && sameHolder(i, gi)) : -1;
    if (elsewhere >= 0) {
      join(i, elsewhere);
      continue;
    }
    if (g !== undefined && (!generic || groups[g]!.mentions.some((mi) => mentions[mi]!.sentence > 0))) {
      join(i, g);
      continue;
    }
    // "close to Gallant" after "Yoav Gallant": one word typed a place only by the preposition before it is the person's short form
    const byPreposition = m.type === 'location' && m.rule === 'place-preposition' && words[i]!.length === 1;
    if ((m.type === 'person' && !m.ref) || byPreposition) {
      const found = personFor(words[i]!, i, groups, mentionGroup, mentions);
      if (found !== null) {
        join(i, found.group);
        // ("Kim" may be Kim Jong-un here and Kim Yo Jong two sentences on: a word several people share is resolved each time)
        if (!found.shared) byKey.set(key, found.group);
        continue;
      }
    }
    if (m.type === 'organization') {
      let target = qualifiedOrgFor(m, words[i]!, groups, generic, side);
      if (generic && target !== null && !groups[target]!.mentions.some((mi) => mi < i)) target = null;
      // ("Bộ trưởng Bộ Quốc phòng X tiếp Bộ trưởng Bộ Quốc phòng Lào Y … Thứ trưởng Bộ Quốc phòng Z": a body named
      // bare before the document qualifies it is the home country's, and so is every later bare use of that name)
      if (target !== null && homeKeys.has(m.key) && firstOfKey.get(m.key)! < Math.min(...groups[target]!.mentions)) target = null;
      if (target !== null && !(m.ref && groups[target]!.ref && groups[target]!.ref !== m.ref)) {
        join(i, target);
        if (m.ref && !generic) groups[target]!.ref ??= m.ref;
        if (!generic) byKey.set(key, target);
        continue;
      }
    }
    if (g !== undefined) join(i, g);
    else byKey.set(key, open(m, i));
  }

  // "a complaint from Spotify" after "Spotify Chief Executive X", "referred to Hun Sen" after "leader Hun Sen": a place
  // only by the preposition before it is the organization (or person) of that name the document types otherwise
  // ("nhà sáng lập kiêm CEO Xylo" after "công ty khởi nghiệp Xylo": and one word a person only by the title before it)
  groups.forEach((g, gi) => {
    const byPreposition = g.type === 'location' && g.mentions.every((mi) => mentions[mi]!.rule === 'place-preposition');
    const byTitle = g.type === 'person' && g.words.length === 1 && g.mentions.every((mi) => mentions[mi]!.rule === 'title');
    if (!byPreposition && !byTitle) return;
    const other = groups.findIndex((o) => o !== g && (o.type === 'organization' || (o.type === 'person' && !byTitle)) && o.name === g.name && o.mentions.length > 0);
    if (other >= 0) mergeGroups(groups, mentionGroup, other, gi);
  });

  // "Rahul X's Congress party … the Congress headquarters": a body named alone is the one body the document names
  // with a noun after that name ("party", "group"), even where the gazetteer knows the name alone as another body's;
  // "Xylo chief executive X" after "Xylo Motor" (or "Xylo Inc."): a company is also named without the word of its
  // trade or its legal form (not a body the gazetteer knows as another: "Samsung" and "Samsung Electronics")
  // "Masan" after "Công ty Cổ phần Tập đoàn Masan": and without the heads before it (not a national body's or a
  // head's own name: "Nhà nước" is no short name of "Ngân hàng Nhà nước")
  // ("Masan Group" is named so too: a name without its trade word or legal form is compared with the names
  // without heads; not a unit's: "Văn phòng Hội đồng X" is not "Hội đồng X")
  mergeShortForms(groups, mentionGroup);

  // 2. Acronyms defined in the text join their long form, and so does the acronym after a head ("Công ty XVG").
  for (const g of groups) {
    if (!g.acronym) continue;
    const acronym = g.acronym.toLowerCase();
    // (after a head only if it names the body itself: "Công ty XVG", not "Chứng khoán XVG")
    const headed = (o: Group) => o.type === 'organization' && orgCore(o.words)?.join(' ') === acronym && !namesAPart(o.words, [acronym]);
    // (a group one of whose names is the short name, of one word or more: "Công ty cổ phần Hàng không Xylo Việt (Xylo
    // Airways)"; a known body the text first calls by another name: "PVN … (Petrovietnam)")
    const folded = foldName(g.acronym);
    const named = (o: Group) => o.mentions.some((mi) => mentions[mi]!.key === folded);
    const acr = groups.findIndex((o) => o !== g && o.type === g.type && o.mentions.length > 0 && (named(o) || headed(o)));
    if (acr >= 0) mergeGroups(groups, mentionGroup, groups.indexOf(g), acr);
  }

  // An acronym the text does not define joins the one organization of the document it is the initials of
  // ("the Democratic Party … DP floor leader X", "Ủy ban Nhân dân … UBND").
  groups.forEach((g, gi) => {
    if (g.type !== 'organization' || g.ref || g.words.length !== 1 || g.mentions.length === 0 || !isAcronym(mentions[g.mentions[0]!]!.text)) return;
    const letters = stripAccents(g.words[0]!);
    const long = groups.flatMap((o, oi) => (o.type === 'organization' && o.words.length >= 2 && o.mentions.length > 0 && initials(o.words) === letters ? [oi] : []));
    if (long.length === 1) mergeGroups(groups, mentionGroup, long[0]!, gi);
  });

  // "Ông cho biết CLB sẽ …", "UBND đã họp", "Ông X, Giám đốc Trung tâm, cho biết": a head's abbreviation or a head in
  // sentence case alone, where the document names no body with that head, is every club's or centre's word, no
  // body's name (not a national body's: "Quốc hội"; nor one with capitals inside: "Bộ Tư lệnh")
  // So is a local body's with no place's name, "Thành ủy", "UBND thành phố": every province has one.
  for (const g of groups) {
    if (g.type !== 'organization' || g.ref || g.acronym || g.mentions.length === 0) continue;
    if (isUnnamedLocalBody(g.words)) {
      g.type = null;
      continue;
    }
    if (!isOrgHead(g.words) || isNationalBody(g.words)) continue;
    const text = mentions[g.mentions[0]!]!.text;
    if (isAcronym(text) ? g.words.length === 1 : text.slice(1) === text.slice(1).toLowerCase()) g.type = null;
  }

  // 3. Untyped names take the type of a typed name they match, else stay untyped.
  /** Each organization's names without their head(s), and its best name without its legal form (computed once). */
  const orgShorts = new Map<Group, Set<string>>();
  const shortsOf = (g: Group): Set<string> => {
    let out = orgShorts.get(g);
    if (out) return out;
    out = new Set<string>();
    const legal = withoutLegalForm(g.words);
    if (legal !== null) out.add(legal);
    for (const mi of g.mentions) {
      const core = orgCore(words[mi]!);
      if (!core) continue;
      out.add(core.join(' '));
      const inner = orgCore(core);
      if (inner) out.add(inner.join(' '));
    }
    orgShorts.set(g, out);
    return out;
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== null) continue;
    // (or its acronym or short name the text defined: "Ngân hàng TMCP Xylo Việt (Xylobank) … cổ phiếu Xylobank")
    let target = groups.findIndex((g) => g.type !== null && g.mentions.length > 0 && (g.name === m.key || (g.acronym !== undefined && foldName(g.acronym) === m.key)));
    // "Xylo Thép" for "Tập đoàn Xylo Thép": the one organization whose name without its head(s) is this
    // ("Công ty CP Tập đoàn Xylo Thép": a head inside the name, after the first, goes too; "Xylo Á" for "Công ty Cổ
    // phần Công nghệ Xylo Á", also named "Công ty Xylo Á": any of its names; "Xylocore" for "Xylocore Inc.": a legal
    // form after the name goes too)
    if (target < 0) {
      const orgs = groups.flatMap((g, gi) => (g.type === 'organization' && g.mentions.length > 0 && shortsOf(g).has(m.key) ? [gi] : []));
      if (orgs.length === 1) target = orgs[0]!;
    }
    // "the Senate" after "the U.S. Senate": the one body whose name is a country's or place's and this
    if (target < 0) {
      const orgs = groups.flatMap((g, gi) => (g.type === 'organization' && g.mentions.length > 0 && placeBefore(g.name, m.key, undefined) ? [gi] : []));
      if (orgs.length === 1) target = orgs[0]!;
    }
    // "Xylo" for "Xylo Motor": and the word of its trade; "City" for "Manchester City": a club's word; "Xylo" for
    // "Xylo Party": a noun English puts after a body's name
    // (unless a person of the document is named so too)
    const person = target < 0 ? personFor(words[i]!, i, groups, mentionGroup, mentions) : null;
    if (target < 0 && !person) {
      const short = (g: Group) => withoutTradeWord(g.words) === m.key || clubWord(g.words) === m.key || withoutHeadAfter(g.words) === m.key;
      const orgs = groups.flatMap((g, gi) => (g.type === 'organization' && g.mentions.length > 0 && short(g) ? [gi] : []));
      if (orgs.length === 1) target = orgs[0]!;
    }
    if (target < 0) target = person?.group ?? -1;
    if (target < 0) {
      const key = `?:${m.key}`;
      const g = byKey.get(key);
      if (g !== undefined) join(i, g);
      else byKey.set(key, open(m, i));
    } else join(i, target);
  }

  // 4. Another name given for a person ("X, tên thật là Y") joins that person, with the short forms of both.
  mentions.forEach((m, i) => {
    const from = mentionGroup[i]!;
    const into = m.sameAs === undefined ? -1 : mentionGroup[m.sameAs]!;
    if (from >= 0 && into >= 0 && from !== into) mergeGroups(groups, mentionGroup, into, from);
  });

  return toEntities(groups, mentionGroup, mentions);
}

/** Two to four folded words, every one a Vietnamese syllable ("lê văn khoa"). */
function vietnameseFullName(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 4 && words.every(isVietnameseWord);
}

/** Words an acronym leaves out ("Ministry of Defence" → "MOD"; "Đảng Cộng sản của …"). */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'và', 'của']);

/** First letters of a folded name's words, accents stripped ("đảng dân chủ" → "ddc"). */
function initials(words: readonly string[]): string {
  let out = '';
  for (const w of words) if (!ACRONYM_SKIPS.has(w)) out += w[0];
  return stripAccents(out);
}

const wordsOfKey = new BoundedCache<string, readonly string[]>();

/** The words of a folded key, shared by every mention with that key (never changed). */
function keyWords(key: string): readonly string[] {
  let w = wordsOfKey.get(key);
  if (w === undefined) wordsOfKey.set(key, (w = key ? key.split(' ') : []));
  return w;
}

/**
 * The person group a person (or untyped) mention belongs to: same full name spelled otherwise, or the full name of a short form.
 * shared: several people of the document have that short form (the nearest was chosen).
 */
function personFor(words: readonly string[], idx: number, groups: Group[], mentionGroup: number[], mentions: readonly Mention[]): { group: number; shared: boolean } | null {
  const same: number[] = [];
  const fuller: number[] = [];
  groups.forEach((g, gi) => {
    if (g.type !== 'person' || g.mentions.length === 0) return;
    if (sameFullName(words, g.words)) same.push(gi);
    else if (isShortFormOf(words, g.words) || isFirstAndLastOf(words, g.words)) fuller.push(gi);
  });
  if (same.length === 1) return { group: same[0]!, shared: false };
  // (not the one full name of the document where it names someone's relative: "President Biden … his son Hunter
  // Biden … Mr. Biden said" is the father, whom the document names by his family name alone)
  if (fuller.length === 1) return mentions[Math.min(...groups[fuller[0]!]!.mentions)]!.relative ? null : { group: fuller[0]!, shared: false };
  if (fuller.length > 1) {
    // several people share the word: the one the document already calls so, by the bare name ("Hegseth … his former
    // sister-in-law, Danielle Hegseth, said … Hegseth will lead": a relative named later goes by the full name); not
    // after an honorific, which tells the two apart ("ông Kim … bà Kim Sol-ja … Bà Kim")
    // (after one, the one already called so after an honorific of that gender: "ông Trump … Ivanka Trump … ông Trump")
    const m = mentions[idx]!;
    const calledSo = (mi: number) => mentions[mi]!.key === m.key && (m.rule === 'honorific' ? m.gender !== undefined && mentions[mi]!.gender === m.gender : mentions[mi]!.rule !== 'honorific');
    const callers = m.rule === 'honorific' && m.gender === undefined ? [] : fuller.filter((gi) => groups[gi]!.mentions.some((mi) => mi < idx && mentionGroup[mi] === gi && calledSo(mi)));
    if (callers.length === 1) return { group: callers[0]!, shared: true };
    // else the one named in the latest sentence before this mention,
    // and of several named there the first (the subject: "Kim Yo Jong, sister of Kim Jong Un, warned …
    // "…," Kim said" is Kim Yo Jong)
    let best: number | null = null;
    let bestSentence = -1;
    let bestPos = Infinity;
    for (const gi of fuller) {
      for (const mi of groups[gi]!.mentions) {
        if (mi >= idx || mentionGroup[mi] !== gi) continue;
        const s = mentions[mi]!.sentence;
        if (s > bestSentence || (s === bestSentence && mi < bestPos)) {
          bestSentence = s;
          bestPos = mi;
          best = gi;
        }
      }
    }
    // (in the first sentence, the headline, none can come before it: the one named first after it, the story's subject)
    if (best === null && mentions[idx]!.sentence === 0) best = fuller.reduce((a, b) => (Math.min(...groups[b]!.mentions) < Math.min(...groups[a]!.mentions) ? b : a));
    return best === null ? null : { group: best, shared: true };
  }
  return null;
}

/**
 * The folded name of the country sentence s opens speaking for, if it does:
 * "Phía Trung Quốc, người phát ngôn Bộ Ngoại giao X cho biết …" (data/vi/side-markers.txt).
 */
function sentenceSide(x: DocExtraction, s: number, markers: ReadonlySet<string>): string | undefined {
  const items = x.items[s]!;
  const at = sideOpening(items, markers);
  const mention = at < 0 ? -1 : ((items[at] as NameItem).mention ?? -1);
  return mention >= 0 ? x.mentions[mention]!.key : undefined;
}

/**
 * The organization group an organization mention belongs to: "Bộ Quốc phòng" → the
 * document's only "Bộ Quốc phòng <country>"; "Masan" ↔ "Tập đoàn Masan" (same name
 * without its head noun); "Công ty Xylo Phát" → "Công ty CP Đầu tư Xylo Phát".
 */
function qualifiedOrgFor(m: Mention, words: readonly string[], groups: Group[], generic = false, side?: string): number | null {
  const key = m.key;
  const cityKey = key.endsWith(CITY_NOUN) ? key.slice(0, -CITY_NOUN.length) + CITY_ABBREVIATION : null;
  // ("Ngân hàng TMCP Xylo (Xylobank) … Công ty Chứng khoán Xylobank … Xylobank cho biết": the short name the text
  // gave a body is that body's, before any other whose name holds it)
  if (words.length === 1 && !m.ref) {
    const defined = groups.findIndex((g) => g.type === 'organization' && g.mentions.length > 0 && g.acronym !== undefined && foldName(g.acronym) === key);
    if (defined >= 0) return defined;
  }
  const coreWords = orgCore(words);
  const core = coreWords?.join(' ');
  // (the core without a second head: computed when a group's name is compared with it)
  let innerCore: string | null | undefined;
  const inner = () => (innerCore === undefined ? (innerCore = coreWords ? (orgCore(coreWords)?.join(' ') ?? null) : null) : innerCore);
  // "Công ty Xylo Phát" for "Công ty CP Đầu tư Xylo Phát", "Ngân hàng Xylo" for "Ngân hàng TMCP Xylo":
  // the same head, and the same proper name at the end of the longer one (not a place's:
  // "Công ty Hà Nội" may be any company there; not a portfolio: "Bộ Quốc phòng")
  const head = coreWords ? words.slice(0, words.length - coreWords.length).join(' ') : null;
  const specific = head !== null && core !== undefined && !m.ref && !isPlaceName(core) && !isGenericOrg(words);
  // "Bộ Tư lệnh" after "Bộ Tư lệnh Chiến khu Miền Đông": a head alone stands for the one body the document names with it
  const headOnly = !m.ref && coreWords === null && isOrgHead(words);
  const shortened = (g: Group) =>
    specific && g.name.startsWith(head + ' ') && typeof g.core === 'string' &&
    (g.core === core || (g.core.endsWith(' ' + core) && g.core.split(' ').length - coreWords!.length <= 4));
  const hits = groups
    .map((g, gi) => {
      if (g.type !== 'organization' || g.mentions.length === 0) return -1;
      const other = g.name;
      if (g.core === undefined) g.core = orgCore(g.words)?.join(' ') ?? null;
      const otherCore = g.core;
      // "Bộ Quốc phòng" for "Bộ Quốc phòng Xylia": the rest is a country's or a place's name.
      // A gazetteer organization is a specific one: it never stands for a longer, qualified name.
      // (in a sentence that speaks for a country, only that country's: "Phía Trung Quốc, … Bộ Ngoại giao")
      // ("National Assembly" for "Vietnam's National Assembly", "the Xylian Foreign Ministry": English puts the country first;
      // "UBND thành phố" for "UBND TP Hà Nội": the city's noun abbreviated)
      const qualified =
        (!m.ref || generic) &&
        words.length >= 2 &&
        ((other.startsWith(key + ' ') && qualifies(other, key, words, side)) ||
          (cityKey !== null && other.startsWith(cityKey + ' ') && qualifies(other, cityKey, words, side)) ||
          placeBefore(other, key, side));
      // "Masan" = "Tập đoàn Masan", but "Quốc hội" is not "Văn phòng Quốc hội": a part head before a known body;
      // "Hòa Phát" = "Công ty CP Tập đoàn Hòa Phát" (a head inside the name, after the first, goes too)
      // (nor is "Hội đồng Xylo" the "Văn phòng Hội đồng Xylo": a part head before a body's whole name, head and all)
      const bare = (other === core || (core?.endsWith(' ' + other) && other === inner())) && !((g.ref || inner() !== null) && namesAPart(words, coreWords!));
      // (the core without a second head ends with the key: asked only then)
      if (g.inner === undefined && otherCore?.endsWith(' ' + key)) g.inner = orgCore(otherCore.split(' '))?.join(' ') ?? null;
      const headed = (otherCore === key || g.inner === key) && !((m.ref || coreWords !== null) && namesAPart(g.words, orgCore(g.words)!));
      return qualified || bare || headed || shortened(g) || (headOnly && other.startsWith(key + ' ')) ? gi : -1;
    })
    .filter((gi) => gi >= 0);
  return hits.length === 1 ? hits[0]! : null;
}

/** A body's name ending in the city's noun, and the abbreviation Vietnamese writes it with before a city's name. */
const CITY_NOUN = ' ' + foldName('thành phố');
const CITY_ABBREVIATION = ' ' + foldName('TP');

/** `name` is `key` after a country's or place's name, possessive or not, or its demonym ("vietnam's national assembly"). */
function placeBefore(name: string, key: string, side: string | undefined): boolean {
  return name.endsWith(' ' + key) && qualifiedBefore(name.slice(0, -key.length - 1), side);
}

/** The words before an English body's name are a country's or place's, possessive or not, or its demonym ("vietnam's", "xylian"). */
function qualifiedBefore(rest: string, side: string | undefined): boolean {
  const place = rest.replace(/ ?['’]s$/, '');
  if (side !== undefined) return place === side;
  if (isPlaceName(place)) return true;
  const words = place.split(' ');
  return getLexicon().en.demonyms.match(keyTokens(words), 0, words.length)?.len === words.length;
}

/** The rest of `other` after `key ` is a place's name ("Bộ Quốc phòng Xylia"), or `side` where a sentence speaks for one. */
function qualifies(other: string, key: string, words: readonly string[], side: string | undefined): boolean {
  // ("Democratic Party" for "Democratic Party of Xylia": English puts "of" before the country)
  const rest = other.startsWith(key + ' of ') ? other.slice(key.length + 4) : other.slice(key.length + 1);
  return side === undefined ? isPlaceName(rest) || isGenericOrg(words) : rest === side;
}

/** A body named alone, or without its trade word, legal form or heads, joins the one body the document names in full (see resolveLocal). */
function mergeShortForms(groups: Group[], mentionGroup: number[]): void {
  const byShort = new Map<string, Set<number>>();
  const byCore = new Map<string, Set<number>>();
  const headAfter = new Set<number>();
  const add = (map: Map<string, Set<number>>, key: string | null | undefined, oi: number) => {
    if (!key) return;
    const set = map.get(key);
    if (set) set.add(oi);
    else map.set(key, new Set([oi]));
  };
  groups.forEach((o, oi) => {
    if (o.type !== 'organization' || o.mentions.length === 0) return;
    const head = withoutHeadAfter(o.words);
    add(byShort, head ?? withoutTradeWord(o.words) ?? withoutLegalForm(o.words), oi);
    const core = orgCore(o.words);
    if (core && !namesAPart(o.words, core)) {
      add(byCore, core.join(' '), oi);
      const inner = orgCore(core);
      if (inner && !namesAPart(core, inner)) add(byCore, inner.join(' '), oi);
    }
    if (head !== null) headAfter.add(oi);
  });
  if (byShort.size > 0 || byCore.size > 0) {
    groups.forEach((g, gi) => {
      if (g.type !== 'organization' || g.mentions.length === 0) return;
      const others = (map: Map<string, Set<number>>, name: string | null) => (name === null ? [] : [...(map.get(name) ?? [])].filter((oi) => oi !== gi && groups[oi]!.mentions.length > 0));
      // (by its name; else by its name without a trade word or legal form, among the names without heads)
      const found = new Set([...others(byShort, g.name), ...others(byCore, g.name)]);
      if (found.size === 0) for (const oi of [...others(byCore, withoutTradeWord(g.words)), ...others(byCore, withoutLegalForm(g.words))]) found.add(oi);
      if (found.size !== 1) return;
      const into = [...found][0]!;
      if (!headAfter.has(into) && ((g.ref && groups[into]!.ref && g.ref !== groups[into]!.ref) || isOrgHead(g.words) || isNationalBody(g.words))) return;
      mergeGroups(groups, mentionGroup, into, gi);
    });
  }
}

function mergeGroups(groups: Group[], mentionGroup: number[], into: number, from: number): void {
  const a = groups[into]!;
  const b = groups[from]!;
  for (const mi of b.mentions) {
    mentionGroup[mi] = into;
    a.mentions.push(mi);
  }
  if (b.words.length > a.words.length) {
    a.words = b.words;
    a.name = b.name;
    delete a.core;
    delete a.inner;
  }
  a.ref ??= b.ref;
  b.mentions = [];
}

function toEntities(groups: Group[], mentionGroup: number[], mentions: Mention[]): LocalResolution {
  // entities in order of first mention, so the same text always gives the same ids
  const live = groups.map((g, gi) => ({ g, gi })).filter(({ g }) => g.mentions.length > 0);
  for (const { g } of live) g.mentions.sort((a, b) => a - b);
  live.sort((a, b) => a.g.mentions[0]! - b.g.mentions[0]!);
  const rank = new Map(live.map(({ gi }, r) => [gi, r]));
  const entities = live.map(({ g }): LocalEntity => {
    const names = [...new Set(g.mentions.map((mi) => mentions[mi]!.text))];
    const best = bestMention(g, mentions);
    const label = mentions[best]!.text;
    // ("đảng Dân chủ Tự do (FDP)", "đảng Dân chủ Tự do (LDP)": two countries' parties of one name; a body's own
    // acronym keeps its record apart from another's across documents, after '#')
    const own = g.type === 'organization' && !g.ref && g.acronym ? `#${foldName(g.acronym)}` : '';
    const e: LocalEntity = { key: g.ref ?? `${g.type ?? '?'}:${mentions[best]!.key}${own}`, type: g.type, label, names, mentions: g.mentions.length, surfaces: [], first: -1 };
    if (g.ref) e.ref = g.ref;
    if (g.iso) e.iso = g.iso;
    if (g.acronym) e.acronym = g.acronym;
    return e;
  });
  return { entities, mentionEntity: mentionGroup.map((g) => (g < 0 ? -1 : rank.get(g)!)) };
}

/** The mention with the most complete name (most words), then the most frequent name, then the first. */
function bestMention(g: Group, mentions: Mention[]): number {
  const counts = new Map<string, number>();
  for (const mi of g.mentions) counts.set(mentions[mi]!.text, (counts.get(mentions[mi]!.text) ?? 0) + 1);
  let best = g.mentions[0]!;
  let bestWords = -1;
  let bestCount = -1;
  for (const mi of g.mentions) {
    const m = mentions[mi]!;
    const words = g.ref ? 0 : wordCount(m.key);
    const count = counts.get(m.text)!;
    if (words > bestWords || (words === bestWords && count > bestCount)) {
      best = mi;
      bestWords = words;
      bestCount = count;
    }
  }
  return best;
}

/** Words of a folded key (key.split(' ').length, without the array). */
function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}
