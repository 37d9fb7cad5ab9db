// One node per real-world entity, with invented names.
import { describe, expect, it } from 'vitest';
import { CorpusAggregate } from '../../src/graph/aggregate.js';
import { isShortFormOf, nameWords, sameFullName } from '../../src/resolve/names.js';
import { resolveGlobal } from '../../src/resolve/global.js';
import { analyze, relations } from '../_helpers.js';

/** Node labels of a corpus, each with its aliases. */
function nodes(...texts: string[]): string[] {
  const agg = new CorpusAggregate();
  texts.forEach((t, i) => agg.add(analyze(t, `d${i}.txt`), i));
  return resolveGlobal(agg.entities.values())
    .entities.map((e) => `${e.label} [${e.aliases.join(' | ')}] ${e.type}`)
    .sort();
}

describe('resolve: labels of known places', () => {
  it('of known names used as often, the gazetteer\'s first labels the node', () => {
    expect(nodes('Bán đảo Crimea bị Nga sáp nhập năm 2014.', 'Crimea vẫn căng thẳng.')).toEqual(['Crimea [Bán đảo Crimea | Crimea] location', 'Nga [Nga] country']);
  });
  it('a body "known as" an acronym joins the body another document defines by it, across languages', () => {
    expect(nodes('It owned a stake in Xylo Commercial Bank, known as ZOVA, which she used.', 'Ngân hàng TMCP Xylo (ZOVA) bị kiểm soát đặc biệt.')).toEqual(['Ngân hàng TMCP Xylo [ZOVA | Ngân hàng TMCP Xylo | Xylo Commercial Bank] organization']);
  });
  it('two bodies the gazetteer knows apart stay apart, though one name ends with the other', () => {
    expect(nodes('Thanh tra Chính phủ kiến nghị xử lý.', 'Chính phủ tinh gọn bộ máy.')).toEqual(['Chính phủ [Chính phủ] organization', 'Thanh tra Chính phủ [Thanh tra Chính phủ] organization']);
  });
  it('a known name the articles write in lowercase is labelled as the gazetteer capitalises it', () => {
    expect(nodes('Ông Ivo Marenko rời điện Kremlin.', 'Điện Kremlin chưa bình luận.', 'Ông Zorva đến điện Kremlin.')).toEqual(['Ivo Marenko [Ivo Marenko] person', 'Zorva [Zorva] person', 'Điện Kremlin [điện Kremlin | Điện Kremlin] organization']);
  });
});

describe('resolve: names', () => {
  it.each([
    ['Petrov', 'Ivan Petrov', true],
    ['Khoa', 'Nguyễn Văn Khoa', true],
    ['Ri', 'Ri Chol-su', true],
    ['Zelensky', 'Oleksandr Zelenskyy', true],
    ['Ivan', 'Marek Petrov', false],
    ['Petrova', 'Ivan Petrov', false],
    // the surname before a generational suffix
    ['Varenko', 'Dario Varenko Jr', true],
    ['Jr', 'Dario Varenko Jr', false],
    ['Varenko Jr', 'Dario Varenko Jr', true],
    // the word before the particle that opens a family name (a Portuguese nickname); not any inner word
    ['Zeca', 'Marco Tavio Zeca da Lorna', true],
    ['Tavio', 'Marco Tavio Zeca da Lorna', false],
    ['Marco', 'Marco Tavio Zeca da Lorna', true],
  ])('%s can stand for %s: %s', (short, full, ok) => {
    expect(isShortFormOf(nameWords(short), nameWords(full))).toBe(ok);
  });

  it.each([
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', true],
    ['Andriy Yermakov', 'Andrii Yermakov', true],
    ['Ivan Petrov', 'Ivan Petrova', false],
    ['Ivan Petrov', 'Oleg Petrov', false],
    // the Arabic article either way; "-inh" for "-ing" (Vietnamese spelling of Chinese names); a foreign name in either order
    ['Omar Fadel al-Zarqi', 'Omar Fadel el-Zarqi', true],
    ['Zhou Ning', 'Zhou Ninh', true],
    ['Tanaka Hiroki', 'Hiroki Tanaka', true],
    ['Ivo Marenko', 'Marenko Ivo', true],
    // (not a Vietnamese name: its order is fixed)
    ['Trần Lâm', 'Lâm Trần', false],
    ['Tanaka Hiroki', 'Hiroki Tanaka Jr', false],
    ['Abbas Zarghami', 'Abbas Zarqami', true],
    // a middle initial or not
    ['Ivo K. Marenko', 'Ivo Marenko', true],
    ['Dario J. R. Vell', 'Dario Vell', true],
    ['Ivo K. Marenko', 'Ivo Dario Marenko', false],
    ['Ivo K. Marenko', 'Ivo L. Marenko', false],
    ['Dario H. W. Vell', 'Dario W. Vell', false],
  ])('%s and %s are spellings of one name: %s', (a, b, ok) => {
    expect(sameFullName(nameWords(a), nameWords(b))).toBe(ok);
  });
});

describe('resolve: across documents', () => {
  it('a Vietnamese name written without its marks is the one marked name it spells', () => {
    expect(nodes('Ông Lê Văn Khoa đến Bexgrad.', 'Xylia met Le Van Khoa on Monday.').filter((n) => n.endsWith('person'))).toEqual(['Lê Văn Khoa [Le Van Khoa | Lê Văn Khoa] person']);
  });

  it('two records that share a full name other than their keys are one person; a short form shared is not enough', () => {
    expect(nodes('Thủ lĩnh Abu Xylo al-Bexani, tên thật là Ahmed al-Zorvi, phát biểu.', 'Abu Xylo al-Vexani, whose real name is Ahmed al-Zorvi, spoke.').filter((n) => n.endsWith('person'))).toEqual([
      'Abu Xylo al-Bexani [Ahmed al-Zorvi | Abu Xylo al-Bexani | Abu Xylo al-Vexani] person',
    ]);
    expect(nodes('Ông Dario Xylo-Bexan phát biểu. Ông Xylo-Bexan nói thêm.', 'Ông Ivo Xylo-Bexan đến Huế. Ông Xylo-Bexan nói.').filter((n) => n.endsWith('person'))).toEqual([
      'Dario Xylo-Bexan [Dario Xylo-Bexan | Xylo-Bexan] person',
      'Ivo Xylo-Bexan [Ivo Xylo-Bexan | Xylo-Bexan] person',
    ]);
  });

  it('a university named with and without "Trường" is one node; a hospital of the university is another', () => {
    expect(nodes('Trường Đại học Xylo Phát công bố điểm chuẩn.', 'Ông Lê Văn Khoa, giám đốc Đại học Xylo Phát, cho biết.', 'Bệnh viện Đại học Xylo Phát quá tải.').filter((n) => n.endsWith('organization'))).toEqual([
      'Bệnh viện Đại học Xylo Phát [Bệnh viện Đại học Xylo Phát] organization',
      'Trường Đại học Xylo Phát [Trường Đại học Xylo Phát | Đại học Xylo Phát] organization',
    ]);
  });

  it('a body named with two spellings of its legal form is one node; two parts of one body are two', () => {
    expect(nodes('Ông Lê Văn Khoa, chủ tịch Công ty cổ phần Tập đoàn Xylo Phát, bị bắt.', 'Vụ án liên quan đến Công ty CP Tập đoàn Xylo Phát.').filter((n) => n.endsWith('organization'))).toEqual([
      'Công ty cổ phần Tập đoàn Xylo Phát [Công ty CP Tập đoàn Xylo Phát | Công ty cổ phần Tập đoàn Xylo Phát] organization',
    ]);
    expect(nodes('Ông Lê Văn Khoa làm việc tại Chi nhánh Tập đoàn Xylo Phát.', 'Ông Trần Văn Nam làm việc tại Văn phòng Tập đoàn Xylo Phát.').filter((n) => n.endsWith('organization'))).toEqual([
      'Chi nhánh Tập đoàn Xylo Phát [Chi nhánh Tập đoàn Xylo Phát] organization',
      'Văn phòng Tập đoàn Xylo Phát [Văn phòng Tập đoàn Xylo Phát] organization',
    ]);
  });

  it("two bodies of one name that define different acronyms are two nodes; the name without one joins the one that has one", () => {
    expect(nodes('Đảng Tự do Xylo (XFP) thắng cử.', 'Đảng Tự do Xylo (ZLP) thua cử.').filter((n) => n.endsWith('organization'))).toEqual([
      'Đảng Tự do Xylo [XFP | Đảng Tự do Xylo] organization',
      'Đảng Tự do Xylo [ZLP | Đảng Tự do Xylo] organization',
    ]);
    expect(nodes('Đảng Tự do Xylo (XFP) thắng cử.', 'Đảng Tự do Xylo họp.').filter((n) => n.endsWith('organization'))).toEqual(['Đảng Tự do Xylo [Đảng Tự do Xylo | XFP] organization']);
  });

  it("a body the gazetteer knows under a country's name, given an acronym it is not known by, is another country's", () => {
    expect(nodes('Lãnh đạo đảng Dân chủ (XDP) đối lập Ivo Marenko kêu gọi biểu tình.', 'Đảng Dân chủ Mỹ họp.').filter((n) => n.endsWith('organization'))).toEqual([
      'Đảng Dân chủ Mỹ [Đảng Dân chủ Mỹ] organization',
      'đảng Dân chủ [XDP | đảng Dân chủ] organization',
    ]);
    // (and the same body in English, by the same acronym, joins it, not the gazetteer's)
    expect(nodes('Lãnh đạo đảng Dân chủ (XDP) đối lập Ivo Marenko kêu gọi biểu tình.', 'The Democratic Party (XDP) won. Ivo Marenko leads the XDP.', 'Đảng Dân chủ Mỹ họp.').filter((n) => n.endsWith('organization'))).toEqual([
      'Đảng Dân chủ Mỹ [Đảng Dân chủ Mỹ] organization',
      'đảng Dân chủ [XDP | Democratic Party | đảng Dân chủ] organization',
    ]);
  });

  it('a full name with a middle initial is the same name without it', () => {
    // (labelled by the name used more often)
    expect(nodes('Ivo K. Marenko arrived in Vienna.', 'Ivo Marenko left Vienna.', 'Ivo Marenko spoke.').filter((n) => n.endsWith('person'))).toEqual(['Ivo Marenko [Ivo Marenko | Ivo K. Marenko] person']);
  });

  it("a body every country has is one node in English and in Vietnamese, and another country's is another", () => {
    const orgs = nodes("Poland's Defence Ministry said the drones fell.", 'Bộ Quốc phòng Ba Lan cho biết.', 'Bộ Quốc phòng Séc cho biết.', 'The Polish Foreign Ministry met the Czech Defence Ministry.').filter((n) => n.endsWith('organization'));
    expect(orgs).toEqual([
      "Bộ Quốc phòng Ba Lan [Bộ Quốc phòng Ba Lan | Poland's Defence Ministry] organization",
      'Bộ Quốc phòng Séc [Bộ Quốc phòng Séc | Czech Defence Ministry] organization',
      'Polish Foreign Ministry [Polish Foreign Ministry] organization',
    ]);
    // (and the one the gazetteer knows by its Vietnamese name and country)
    expect(nodes("America's State Department said.", 'Bộ Ngoại giao Mỹ cho biết.').filter((n) => n.endsWith('organization'))).toEqual([
      "Bộ Ngoại giao Mỹ [America's State Department | Bộ Ngoại giao Mỹ] organization",
    ]);
  });

  it('a Vietnamese given name alone does not stand for a Vietnamese full name another document gives; a foreign family name does', () => {
    expect(nodes('Bà Trương Thị Lan đến Bexgrad.', 'Chị Lan bán hàng ở chợ.').filter((n) => n.endsWith('person'))).toEqual(['Lan [Lan] person', 'Trương Thị Lan [Trương Thị Lan] person']);
    expect(nodes('Ông Ivo Marenko đến Bexgrad.', 'Ông Marenko bán hàng ở chợ.').filter((n) => n.endsWith('person'))).toEqual(['Ivo Marenko [Ivo Marenko | Marenko] person']);
  });

  it('a university abbreviated "ĐH" is the one its full head names', () => {
    expect(nodes('ĐH Bách khoa Xylo đứng đầu.', 'Đại học Bách khoa Xylo xếp hạng 145.')).toEqual(['Đại học Bách khoa Xylo [ĐH Bách khoa Xylo | Đại học Bách khoa Xylo] organization']);
  });

  it("a person known only by a Vietnamese given name types no untyped use of that word in another document", () => {
    // (the word alone after a title makes a person of one document; elsewhere it is a word: "tiếng Xuyên", "người Xuyên")
    const agg = new CorpusAggregate();
    ['Giám đốc Xuyên đến Bexgrad.', 'Họ nói tiếng Xuyên ở Bexgrad.', 'Người Xuyên sống ở Bexgrad.'].forEach((t, i) => agg.add(analyze(t, `d${i}.txt`), i));
    const { entities, nodeOf } = resolveGlobal(agg.entities.values());
    const person = entities.find((e) => e.type === 'person')!;
    expect(person.label).toBe('Xuyên');
    expect([...nodeOf].filter(([, node]) => node === person.key)).toHaveLength(1);
  });

  it("a known organization's acronym defined in one document joins its use alone in another, though the acronym is its commonest name", () => {
    const docs = ['Vingroup báo lãi. Công ty CP Tập đoàn Vingroup (mã chứng khoán: VGX) cho biết cổ phiếu VGX tăng, VGX dẫn đầu sàn.', 'Cổ phiếu VGX giảm 2%.'];
    expect(nodes(...docs).filter((n) => n.endsWith('organization'))).toEqual(['Vingroup [VGX | Công ty CP Tập đoàn Vingroup | Vingroup] organization']);
  });

  it('an organization found by its head in lowercase joins the known organization of that name', () => {
    const orgs = nodes('Ứng viên đảng Cộng hòa Dario Vell thắng ở Bexgrad.', 'The Republicans won the vote in Bexgrad.').filter((n) => n.endsWith('organization'));
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatch(/đảng Cộng hòa/);
    expect(orgs[0]).toMatch(/Republicans/);
  });

  it('not when two marked names differ only in their marks', () => {
    expect(nodes('Ông Lê Văn Hùng đến Bexgrad.', 'Ông Lê Văn Hưng đến Bexgrad.', 'Xylia met Le Van Hung on Monday.').filter((n) => n.endsWith('person'))).toEqual([
      'Le Van Hung [Le Van Hung] person',
      'Lê Văn Hùng [Lê Văn Hùng] person',
      'Lê Văn Hưng [Lê Văn Hưng] person',
    ]);
  });
});

describe('resolve: within a document', () => {
  it('a one-word place only by the preposition before it is the organization of that name the document types otherwise', () => {
    expect(nodes('Xylotek Chief Executive Dario Vell welcomed the ruling. The case began with a complaint from Xylotek in 2019.')).toEqual([
      'Dario Vell [Dario Vell] person',
      'Xylotek [Xylotek] organization',
    ]);
  });

  it("a known body the gazetteer qualifies with its country ('Quốc hội' is Vietnam's) is another country's after that one is named", () => {
    const orgs = (text: string) => nodes(text).filter((n) => n.endsWith('organization'));
    expect(orgs('Quốc hội Ba Lan thông qua luật. Chủ tịch Quốc hội Dario Vell kêu gọi các bên bình tĩnh.')).toEqual(['Quốc hội Ba Lan [Quốc hội | Quốc hội Ba Lan] organization']);
    expect(orgs('Chủ tịch Quốc hội Trần Văn Khoa tiếp Chủ tịch Quốc hội Ba Lan Dario Vell. Quốc hội thông qua luật.')).toHaveLength(2);
    // once the text (not only its headline) has used it as Vietnam's, it stays Vietnam's
    expect(orgs('Thủ tướng tiếp khách\n\nTại trụ sở Chính phủ, Thủ tướng tiếp Đại sứ. Ông đề nghị Chính phủ Ba Lan thúc đẩy đầu tư. Người đứng đầu Chính phủ cũng đề nghị.')).toEqual([
      'Chính phủ Ba Lan [Chính phủ Ba Lan] organization',
      'Chính phủ [Chính phủ] organization',
    ]);
    // a headline's bare one alone does not: before the qualified name Vietnam's, after it the other country's
    expect(orgs('Ba Lan: Quốc hội bỏ phiếu. Quốc hội Ba Lan thông qua luật. Chủ tịch Quốc hội Dario Vell kêu gọi các bên bình tĩnh.')).toEqual([
      'Quốc hội Ba Lan [Quốc hội | Quốc hội Ba Lan] organization',
      'Quốc hội [Quốc hội] organization',
    ]);
  });

  it('a known company named bare joins its full name with a legal form and a second head', () => {
    expect(nodes('Vingroup báo lãi quý III. Công ty CP Tập đoàn Vingroup vừa công bố báo cáo.').filter((n) => n.endsWith('organization'))).toEqual([
      'Vingroup [Công ty CP Tập đoàn Vingroup | Vingroup] organization',
    ]);
  });

  it("a Vietnamese full name after a title and a council of an unnamed city is its holder (the council, every city's, is no node)", () => {
    expect(nodes('Chủ tịch HĐND thành phố Lê Văn Khoa cho biết kỳ họp đã xong.')).toEqual(['Lê Văn Khoa [Lê Văn Khoa] person']);
  });

  it("a one-word name typed a place only by the preposition before it is a person's short form", () => {
    expect(nodes('Xylia fired Dario Vellano on Tuesday. The army has been close to Vellano, who met Marek Dunn.')).toEqual([
      'Dario Vellano [Dario Vellano | Vellano] person',
      'Marek Dunn [Marek Dunn] person',
    ]);
    expect(nodes('Ivo Marenko travelled to Vellano on Tuesday.')).toEqual(['Ivo Marenko [Ivo Marenko] person', 'Vellano [Vellano] location']);
  });

  it('joins a company named without its legal form and trade to its full name', () => {
    expect(nodes('Công ty CP Đầu tư Xylo Phát báo lãi. Đại diện Công ty Xylo Phát cho biết.')).toEqual([
      'Công ty CP Đầu tư Xylo Phát [Công ty CP Đầu tư Xylo Phát | Công ty Xylo Phát] organization',
    ]);
    expect(nodes('Ngân hàng TMCP Xylo Bank báo lãi. Ngân hàng Xylo Bank cho biết.')).toEqual([
      'Ngân hàng TMCP Xylo Bank [Ngân hàng TMCP Xylo Bank | Ngân hàng Xylo Bank] organization',
    ]);
  });

  it.each([
    // an untyped name joins the one organization that is that name after its head(s)
    ['Tập đoàn Xylo Thép có lãi. Chủ tịch HĐQT Xylo Thép Trần Đình Lâm phát biểu.', ['Trần Đình Lâm [Trần Đình Lâm] person', 'Tập đoàn Xylo Thép [Tập đoàn Xylo Thép | Xylo Thép] organization']],
    ['Công ty CP Tập đoàn Xylo Thép có lãi. Chủ tịch HĐQT Xylo Thép Trần Đình Lâm phát biểu.', ['Công ty CP Tập đoàn Xylo Thép [Công ty CP Tập đoàn Xylo Thép | Xylo Thép] organization', 'Trần Đình Lâm [Trần Đình Lâm] person']],
    // two such organizations: it stays apart (and untyped, out of the graph)
    [
      'Tập đoàn Xylo Thép và Công ty Xylo Thép có lãi. Chủ tịch HĐQT Xylo Thép Trần Đình Lâm phát biểu.',
      ['Công ty Xylo Thép [Công ty Xylo Thép] organization', 'Trần Đình Lâm [Trần Đình Lâm] person', 'Tập đoàn Xylo Thép [Tập đoàn Xylo Thép] organization'],
    ],
    // a stock ticker in parentheses after its marker names the company
    ['Công ty CP Xylo Phát (mã XLP) có lãi. Cổ phiếu XLP tăng giá.', ['Công ty CP Xylo Phát [XLP | Công ty CP Xylo Phát] organization']],
    ['Xylo Motors (NYSE: XMO) rose 4%. XMO shares rose.', ['NYSE [NYSE] organization', 'Xylo Motors [XMO | Xylo Motors] organization']],
    // the short name the text gave a body is that body's, not another's whose name holds it (a bank's securities company)
    ['Ngân hàng TMCP Xylo Việt (Xylobank) giảm lãi suất. Theo Công ty Chứng khoán Xylobank (XBS), tín dụng tăng. Xylobank cho biết.', ['Công ty Chứng khoán Xylobank [Công ty Chứng khoán Xylobank | XBS] organization', 'Ngân hàng TMCP Xylo Việt [Xylobank | Ngân hàng TMCP Xylo Việt] organization']],
    // must not: a marker after a person's name
    ['Ông Lê Văn Khoa (HoSE: XLP) đến Hà Nội.', ['HoSE [HoSE] organization', 'Hà Nội [Hà Nội] location', 'Lê Văn Khoa [Lê Văn Khoa] person', 'XLP [XLP] organization']],
  ])('short forms of a company: %s', (text, expected) => {
    expect(nodes(text)).toEqual(expected);
  });

  it.each([
    // a body named alone is the one the document names with a noun English puts after the name
    ['The Xylo Party won 12 seats. Xylo leaders met on Monday.', ['Xylo Party [Xylo | Xylo Party] organization']],
    ['The Xylo Group and Bexa Corp signed a deal. Xylo will pay $3bn.', ['Bexa Corp [Bexa Corp] organization', 'Xylo Group [Xylo | Xylo Group] organization']],
    // even where the gazetteer knows the name alone as another body's (the US Congress)
    ["Ivo Zandor's Congress party won 232 seats. Zandor spoke at the Congress headquarters.", ['Congress Party [Congress | Congress party] organization', 'Ivo Zandor [Ivo Zandor | Zandor] person']],
    // a bare body after the one English qualifies with its country before it (possessive or demonym)
    ["Vietnam's National Assembly met. National Assembly Chairman Ivo Zandor spoke.", ["Ivo Zandor [Ivo Zandor] person", "Quốc hội Việt Nam [National Assembly | Vietnam's National Assembly] organization"]],
    ['The Polish Xylo Council met. The Xylo Council then spoke.', ['Polish Xylo Council [Polish Xylo Council | Xylo Council] organization']],
    // a Vietnamese body of a city named bare with the city's noun, after the one with the abbreviation and the city
    ['UBND TP Hà Nội họp. Chủ tịch UBND thành phố Trần Sỹ Khoa phát biểu.', ['Trần Sỹ Khoa [Trần Sỹ Khoa] person', 'UBND TP Hà Nội [UBND TP Hà Nội | UBND thành phố] organization']],
    // a company named without the word of its trade or its legal form, though a title typed it there
    ['Zorvex Motor said sales fell. Zorvex chief executive Ivo Marenko said more.', ['Ivo Marenko [Ivo Marenko] person', 'Zorvex Motor [Zorvex | Zorvex Motor] organization']],
    ['Zorvex Inc. said sales fell. Zorvex founder Ivo Marenko said more.', ['Ivo Marenko [Ivo Marenko] person', 'Zorvex Inc [Zorvex | Zorvex Inc] organization']],
    // a company named with its heads and legal form, then without them and with its trade word
    ['Công ty Cổ phần Tập đoàn Xylo Phát (mã: XLP) báo lãi. Xylo Phát Group sẽ mở rộng.', ['Công ty Cổ phần Tập đoàn Xylo Phát [Công ty Cổ phần Tập đoàn Xylo Phát | XLP | Xylo Phát Group] organization']],
    // a company's short name, the core of one of its names that is not the longest
    ['Tòa phạt Công ty Cổ phần Công nghệ Xylo Á. Công ty Xylo Á nộp phạt. Xylo Á đã kháng cáo.', ['Công ty Cổ phần Công nghệ Xylo Á [Công ty Cổ phần Công nghệ Xylo Á | Công ty Xylo Á | Xylo Á] organization']],
    // must not: two such bodies, or none
    ['Zorvex Motor and Zorvex Steel said sales fell. Zorvex chief executive Ivo Marenko said more.', ['Ivo Marenko [Ivo Marenko] person', 'Zorvex Motor [Zorvex Motor] organization', 'Zorvex Steel [Zorvex Steel] organization', 'Zorvex [Zorvex] organization']],
    ['The Xylo Party and the Xylo Movement met. Xylo leaders spoke.', ['Xylo Movement [Xylo Movement] organization', 'Xylo Party [Xylo Party] organization']],
    ['Congress passed the bill. Ivo Zandor said Congress would vote again.', ['Congress [Congress] organization', 'Ivo Zandor [Ivo Zandor] person']],
  ])('a body named alone: %s', (text, expected) => {
    expect(nodes(text)).toEqual(expected);
  });

  it('keeps apart bodies that share only a place or a portfolio', () => {
    expect(nodes('Công ty Điện lực Hà Nội cắt điện, còn Công ty Hà Nội không bình luận.')).toEqual([
      'Công ty Hà Nội [Công ty Hà Nội] organization',
      'Công ty Điện lực Hà Nội [Công ty Điện lực Hà Nội] organization',
    ]);
    expect(nodes('Bộ Tư lệnh Quốc phòng họp. Bộ Quốc phòng không bình luận.')).toEqual([
      'Bộ Quốc phòng [Bộ Quốc phòng] organization',
      'Bộ Tư lệnh Quốc phòng [Bộ Tư lệnh Quốc phòng] organization',
    ]);
  });

  it('joins a short form to the full name, and a title-only mention to nobody', () => {
    const a = analyze('Tổng thống Ukraine Ivan Petrov đến Hà Nội. Ông Petrov gặp bà Lê Thị Xuân. Bà Xuân tiếp ông Petrov.');
    expect(a.entities.map((e) => `${e.label}:${e.names.join('|')}`)).toEqual([
      'Ukraine:Ukraine',
      'Ivan Petrov:Ivan Petrov|Petrov',
      'Hà Nội:Hà Nội',
      'Lê Thị Xuân:Lê Thị Xuân|Xuân',
    ]);
  });

  it('a bare surname after a sentence that names both goes to the first named there (the subject)', () => {
    const a = analyze('Bà Anna Petrova Kovic, em gái của ông Ivan Kovic, cảnh báo Séc. "Séc sẽ trả giá", Kovic nói.');
    expect(a.entities.find((e) => e.label === 'Anna Petrova Kovic')!.names).toEqual(['Anna Petrova Kovic', 'Kovic']);
    expect(a.entities.find((e) => e.label === 'Ivan Kovic')!.names).toEqual(['Ivan Kovic']);
  });

  it('keeps two people with one surname apart; a bare surname goes to the one named last', () => {
    const a = analyze('Ông Ivan Petrov gặp ông Oleg Petrov. Sau đó Ivan Petrov về nước. Ông Petrov cho biết Séc ủng hộ.');
    const ivan = a.entities.find((e) => e.label === 'Ivan Petrov')!;
    expect(ivan.names).toEqual(['Ivan Petrov', 'Petrov']);
    expect(a.entities.find((e) => e.label === 'Oleg Petrov')!.names).toEqual(['Oleg Petrov']);
  });

  it('keeps a part of a known body apart from it ("Văn phòng Quốc hội" is not "Quốc hội"), unlike a company and its name', () => {
    expect(nodes('Theo Văn phòng Quốc hội, luật có hiệu lực. Quốc hội đã thông qua luật.', 'Văn phòng Chính phủ thông báo.', 'Chính phủ ban hành nghị định.')).toEqual([
      'Chính phủ [Chính phủ] organization',
      'Quốc hội [Quốc hội] organization',
      'Văn phòng Chính phủ [Văn phòng Chính phủ] organization',
      'Văn phòng Quốc hội [Văn phòng Quốc hội] organization',
    ]);
    expect(nodes('Tập đoàn Masan báo lãi. Masan tăng trưởng.', 'Masan tăng.', 'Tập đoàn Masan lãi.')).toEqual(['Masan [Masan | Tập đoàn Masan] organization']);
  });

  it('joins an organization named without its country to the one with it', () => {
    const a = analyze('Bộ Quốc phòng Xylia họp. Sau đó Bộ Quốc phòng ra thông cáo.');
    expect(a.entities.map((e) => e.names)).toEqual([['Bộ Quốc phòng Xylia', 'Bộ Quốc phòng']]);
  });

  it("joins a bare body every country has to the one country's the document named, in English too", () => {
    const a = analyze("Russia's Defence Ministry said the drones fell. The Defence Ministry gave no figures.");
    expect(a.entities.map((e) => e.names)).toEqual([["Russia's Defence Ministry", 'Defence Ministry']]);
    // two countries' ministries named: a bare one is neither's
    const b = analyze("China's Foreign Ministry and the Russian Foreign Ministry met. The Foreign Ministry said nothing.");
    expect(b.entities.map((e) => e.names)).toEqual([["China's Foreign Ministry"], ['Russian Foreign Ministry'], ['Foreign Ministry']]);
  });

  it("a known party named bare is another country's party of that name the document named before", () => {
    const a = analyze('Đảng Dân chủ Ba Lan đối lập đã đệ trình. Đảng Dân chủ cho biết sẽ biểu quyết.');
    expect(a.entities.map((e) => [e.names, e.ref])).toEqual([[['Đảng Dân chủ Ba Lan', 'Đảng Dân chủ'], undefined]]);
    const b = analyze('Democratic Party of Poland leader Ivo Marenko spoke. The main opposition Democratic Party filed a motion.');
    expect(b.entities.map((e) => e.names)).toEqual([['Democratic Party of Poland', 'Democratic Party'], ['Ivo Marenko']]);
    // not before it, nor where only the party itself is named with its country
    const c = analyze('Đảng Dân chủ thắng ở Ohio. Đảng Dân chủ Mỹ cho biết sẽ biểu quyết.');
    expect(c.entities.map((e) => [e.names, e.ref])).toEqual([[['Đảng Dân chủ', 'Đảng Dân chủ Mỹ'], 'organization:dang-dan-chu'], [['Ohio'], 'location:ohio']]);
  });

  it("does not make a known body's name the long form of another known body's acronym in parentheses", () => {
    const a = analyze('Bà Lê Thị Hoa cảm ơn Liên hợp quốc (UNICEF) về khoản hỗ trợ.');
    expect(a.entities.map((e) => e.names).sort()).toEqual([['Liên hợp quốc'], ['Lê Thị Hoa'], ['UNICEF']]);
  });

  it("does not make a known body, known by other acronyms, the long form of a longer name's acronym in lowercase before it", () => {
    const a = analyze('Lực lượng gìn giữ hòa bình Liên Hợp Quốc (XUNF) sẽ giám sát.');
    expect(a.entities.map((e) => e.names).sort()).toEqual([['Liên Hợp Quốc'], ['XUNF']]);
    // (a known body the gazetteer gives no acronym takes the one the text defines; and so does any after a function word)
    expect(analyze('Đảng cực hữu Tập hợp Quốc gia (XRN) thắng lớn.').entities.map((e) => e.names)).toEqual([['Tập hợp Quốc gia', 'XRN']]);
    expect(analyze('Báo cáo của Liên Hợp Quốc (XUN) nói vậy.').entities.map((e) => e.names)).toEqual([['Liên Hợp Quốc', 'XUN']]);
  });

  it.each([
    ['The opposition Xylo Party said the plan failed. XP floor leader Ivo Marenko told reporters.', [['Xylo Party', 'XP'], ['Ivo Marenko']]],
    ['Ivo Marenko leads the Union of Xylo Workers. The UXW called a strike.', [['Ivo Marenko'], ['Union of Xylo Workers', 'UXW']]],
    // not where two of the document's bodies have those initials, nor a known body's acronym
    ['The Xylo Party met the Xenon Parliament. XP leaders spoke.', [['Xylo Party'], ['Xenon Parliament'], ['XP']]],
    ['The Union of Nationalists met the UN envoy.', [['Union of Nationalists'], ['UN']]],
  ])('joins an acronym the text does not define to the one body it is the initials of: %s', (text, expected) => {
    expect(analyze(text).entities.filter((e) => e.type !== null).map((e) => e.names)).toEqual(expected);
  });

  // (a known bank: for an unknown one a bare "Xylobank" may as well be the securities company's short name)
  it("does not join a known bank's short name, defined in parentheses, to its securities company's name", () => {
    const a = analyze('Chứng khoán Vietcombank (VCBS) dự báo giá vàng tăng. Tại Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank), giá USD tăng.');
    expect(a.entities.map((e) => e.names)).toEqual([['Chứng khoán Vietcombank', 'VCBS'], ['Ngân hàng TMCP Ngoại thương Việt Nam', 'Vietcombank']]);
  });

  it('a short name and a ticker in parentheses: both are the long name\'s, and the ticker used later joins it', () => {
    const a = analyze('Ngân hàng TMCP Xylo Việt (Xylobank, mã XLB) tăng 2%. Cổ phiếu Xylobank tăng. Cổ phiếu XLB tăng.');
    expect(a.entities.map((e) => e.names)).toEqual([['Ngân hàng TMCP Xylo Việt', 'Xylobank', 'XLB']]);
  });

  it("a body every country has, named bare before the document qualifies it with a country, is the home country's, and so is every later bare use", () => {
    const a = analyze('Bộ trưởng Bộ Quốc phòng Lê Văn Khoa tiếp Bộ trưởng Bộ Quốc phòng Ba Lan Ivo Marenko. Thứ trưởng Bộ Quốc phòng Trần Văn Nam cùng dự.');
    expect(a.entities.filter((e) => e.type === 'organization').map((e) => `${e.label} ×${e.names.length === 1 ? 1 : e.names.length}`)).toEqual(['Bộ Quốc phòng ×1', 'Bộ Quốc phòng Ba Lan ×1']);
    expect(relations('Bộ trưởng Bộ Quốc phòng Lê Văn Khoa tiếp Bộ trưởng Bộ Quốc phòng Ba Lan Ivo Marenko. Thứ trưởng Bộ Quốc phòng Trần Văn Nam cùng dự.', 'role')).toEqual([
      'Ivo Marenko > Bộ Quốc phòng Ba Lan',
      'Lê Văn Khoa > Bộ Quốc phòng',
      'Trần Văn Nam > Bộ Quốc phòng',
    ]);
    // but where its holder holds the qualified body's post too, it is that body
    expect(relations('Người phát ngôn Bộ Ngoại giao Lê Thị Hoa cho biết Séc đồng ý. Người phát ngôn Bộ Ngoại giao Ba Lan Xao Linh phản đối. Người phát ngôn Bộ Ngoại giao Xao Linh nói thêm.', 'role')).toEqual([
      'Lê Thị Hoa > Bộ Ngoại giao',
      'Xao Linh > Bộ Ngoại giao Ba Lan',
    ]);
    // named after the qualified one, it is that country's
    expect(relations('Bộ Quốc phòng Ba Lan cho biết Séc đã đồng ý. Thứ trưởng Bộ Quốc phòng Ivo Marenko nói thêm.', 'role')).toEqual(['Ivo Marenko > Bộ Quốc phòng Ba Lan']);
  });

  it('joins an acronym defined in the text to its long form', () => {
    const a = analyze('Tổ chức Hợp tác Xylia (TCHX) họp. TCHX ra tuyên bố.');
    expect(a.entities.map((e) => e.names)).toEqual([['Tổ chức Hợp tác Xylia', 'TCHX']]);
    // and the acronym after an organization head
    const b = analyze('Công ty TNHH Xylo Vàng (XVG) niêm yết giá. Theo ông Lê Văn Khoa, Phó Tổng Giám đốc Công ty XVG, nhu cầu tăng.');
    expect(b.entities.map((e) => e.names)).toEqual([['Công ty TNHH Xylo Vàng', 'XVG', 'Công ty XVG'], ['Lê Văn Khoa']]);
    // not a longer name that only begins with the acronym
    const c = analyze('Công ty TNHH Xylo Vàng (XVG) niêm yết giá. Ông Lê Văn Khoa, Giám đốc Quỹ Đầu tư XVG Capital, cho biết.');
    expect(c.entities.map((e) => e.names)).toEqual([['Công ty TNHH Xylo Vàng', 'XVG'], ['Lê Văn Khoa'], ['Quỹ Đầu tư XVG Capital']]);
  });
});

describe('resolve: across the corpus', () => {
  it('one node for a foreign name written family name first in one document and last in another', () => {
    expect(nodes('Thủ tướng Tanaka Hiroki đến Bexgrad.', 'Prime Minister Hiroki Tanaka arrived.').filter((n) => n.endsWith('person'))).toHaveLength(1);
    expect(nodes('Người phát ngôn Zhou Ninh nói.', 'Spokeswoman Zhou Ning said.').filter((n) => n.endsWith('person'))).toHaveLength(1);
  });

  it('one node for short forms and spelling variants in different documents', () => {
    expect(nodes('Tổng thống Xylia Volodar Zelenskyy đến Xylia.', 'Ông Zelensky nói.', 'Volodar Zelensky cười.', 'Volodar Zelenskyy khóc.')).toEqual([
      'Volodar Zelenskyy [Volodar Zelenskyy | Volodar Zelensky | Zelensky] person',
      'Xylia [Xylia] location',
    ]);
  });

  it('a family name used alone does not split the full name after a title', () => {
    expect(nodes('North Xylian leader Pak Sol Ju met officials. Officials praised Pak.')).toEqual(['Pak Sol Ju [Pak | Pak Sol Ju] person']);
    expect(nodes('Nhà lãnh đạo Kim Sol Ju gặp các quan chức. Kim và các quan chức ký thỏa thuận.')).toEqual(['Kim Sol Ju [Kim Sol Ju] person']);
  });

  it('one node for long forms defined with the same acronym, in either language', () => {
    expect(nodes('Lực lượng Phòng vệ Xylia (LPX) cho biết.', 'The Xylian Defense Forces (LPX) said.')).toEqual([
      'Lực lượng Phòng vệ Xylia [LPX | Lực lượng Phòng vệ Xylia | Xylian Defense Forces] organization',
    ]);
  });

  it('one node per country whatever its name ("Mỹ" = "Hoa Kỳ")', () => {
    expect(nodes('Mỹ và Hàn Quốc họp.', 'Hoa Kỳ, Mỹ và Nam Hàn họp.')).toEqual([
      'Hàn Quốc [Hàn Quốc | Nam Hàn] country',
      'Mỹ [Mỹ | Hoa Kỳ] country',
    ]);
  });

  it("keeps two countries' bodies of one name apart, and joins one country's under its name and its demonym", () => {
    expect(nodes("China's Foreign Ministry said the talks went well.", 'The Russian Foreign Ministry said the talks failed.', "Russia's Foreign Ministry said more.").filter((n) => n.endsWith('organization'))).toEqual([
      "China's Foreign Ministry [China's Foreign Ministry] organization",
      "Russia's Foreign Ministry [Russia's Foreign Ministry | Russian Foreign Ministry] organization",
    ]);
  });

  it('never merges a country and a place or body named after it', () => {
    expect(nodes('Triều Tiên và Bán đảo Triều Tiên.', 'Bộ Ngoại giao Triều Tiên và Triều Tiên.')).toEqual([
      'Bán đảo Triều Tiên [Bán đảo Triều Tiên] location',
      'Bộ Ngoại giao Triều Tiên [Bộ Ngoại giao Triều Tiên] organization',
      'Triều Tiên [Triều Tiên] country',
    ]);
  });

  it('a bare surname shared by two people stays unresolved unless one is far more frequent', () => {
    expect(nodes('Ông Ivan Petrov đến.', 'Ông Oleg Petrov đi.', 'Ông Petrov cười.')).toEqual([
      'Ivan Petrov [Ivan Petrov] person',
      'Oleg Petrov [Oleg Petrov] person',
      'Petrov [Petrov] person',
    ]);
  });

  it('an untyped name takes the type the corpus gives it, and is dropped when nothing types it', () => {
    expect(nodes('Phía Xylia tiến vào vùng Zarovsk.', 'Giao tranh ác liệt ở gần Zarovsk hôm qua.', 'Chiều nay Quorvin im lặng.')).toEqual(['Zarovsk [Zarovsk] location']);
  });

  it('an untyped name joins the one body the document names with a country or place before it', () => {
    const orgs = (text: string) => analyze(text).entities.filter((e) => e.type === 'organization').map((e) => e.names.join(' | '));
    expect(orgs('Majority Leader Ivo Marenko said the Senate would vote. The U.S. Senate passed the bill.')).toEqual(['Senate | U.S. Senate']);
    // (not where the document names none)
    expect(orgs('Majority Leader Ivo Marenko said the Senate would vote.')).toEqual([]);
  });

  it("a head's abbreviation alone is no body, unless the document names one with it", () => {
    // one node "CLB" for every club of every story would be a hub of unrelated stories
    expect(nodes('HLV Ivo Marenko cho biết CLB sẽ điều chỉnh đội hình.', 'Hôm qua UBND đã họp.', 'Ông Lê Văn Khoa, Giám đốc Trung tâm, cho biết.')).toEqual(['Ivo Marenko [Ivo Marenko] person', 'Lê Văn Khoa [Lê Văn Khoa] person']);
    // (a national body's name alone is one: "Quốc hội")
    expect(nodes('Ông Lê Văn Khoa, Chủ tịch Quốc hội, phát biểu.')).toEqual(['Lê Văn Khoa [Lê Văn Khoa] person', 'Quốc hội [Quốc hội] organization']);
    expect(nodes('CLB Xylo thắng. HLV Ivo Marenko cho biết CLB sẽ điều chỉnh đội hình.')).toEqual(['CLB Xylo [CLB | CLB Xylo] organization', 'Ivo Marenko [Ivo Marenko] person']);
  });
});
