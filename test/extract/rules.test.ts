// Extraction rules, tested with invented people, organizations and places so
// that no gazetteer entry can make them pass. Each row: text → the typed names
// found, in order ("Name/type").
import { describe, expect, it } from 'vitest';
import { extract, names } from '../_helpers.js';

describe('extract: titles and honorifics mark people and are not part of the name', () => {
  it.each([
    ['Tổng thống Nga Ivan Petrov đã đến.', ['Nga/country', 'Ivan Petrov/person']],
    ['Bộ trưởng Bộ Tài chính Lào Somsak Vongsa phát biểu.', ['Bộ Tài chính Lào/organization', 'Somsak Vongsa/person']],
    ['Theo người phát ngôn Bộ Quốc phòng Ba Lan Anna Nowacka, quân đội đã rút.', ['Bộ Quốc phòng Ba Lan/organization', 'Anna Nowacka/person']],
    ['Hôm qua, ông Marek Zielny gặp bà Lê Thị Xuân.', ['Marek Zielny/person', 'Lê Thị Xuân/person']],
    ['Tổng thư ký NATO ông Dirk Vandamme cho biết.', ['NATO/organization', 'Dirk Vandamme/person']],
    ['Cựu Thủ tướng Pháp Jean-Luc Morvan có mặt.', ['Pháp/country', 'Jean-Luc Morvan/person']],
    ['Bộ trưởng Ngoại giao Hàn Quốc Park Ji-hoon nói.', ['Hàn Quốc/country', 'Park Ji-hoon/person']],
    ['Nhà lãnh đạo Triều Tiên Ri Chol-su đón khách.', ['Triều Tiên/country', 'Ri Chol-su/person']],
    ['Chủ tịch UBND tỉnh Xuyên Mộc Trần Văn Khải ký quyết định.', ['UBND tỉnh Xuyên Mộc/organization', 'Trần Văn Khải/person']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('extract: Vietnamese organization names', () => {
  it.each([
    ['Ngân hàng Nhà nước Việt Nam vừa tăng lãi suất.', ['Ngân hàng Nhà nước Việt Nam/organization']],
    ['Ủy ban Nhân dân tỉnh Xuyên Mộc đã họp.', ['Ủy ban Nhân dân tỉnh Xuyên Mộc/organization']],
    ['Đại diện Bộ Tài nguyên và Môi trường cho biết.', ['Bộ Tài nguyên và Môi trường/organization']],
    ['Anh làm việc tại Tập đoàn Xylotek từ năm 2010.', ['Tập đoàn Xylotek/organization']],
    ['Sinh viên Đại học Bách khoa Hà Nội đoạt giải.', ['Đại học Bách khoa Hà Nội/organization']],
    ['Bệnh viện Bạch Mai tiếp nhận bệnh nhân.', ['Bệnh viện Bạch Mai/organization']],
    ['Theo Tổ chức Y tế Thế giới (WHO), dịch đã giảm.', ['Tổ chức Y tế Thế giới/organization', 'WHO/organization']],
    ['Bức ảnh của Getty Images và Xylo Press được chia sẻ.', ['Getty Images/organization', 'Xylo Press/organization']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('institutions named by their building are organizations', () => {
    expect(names('Nhà Trắng và Điện Kremlin đều im lặng, Lầu Năm Góc thì không.')).toEqual([
      'Nhà Trắng/organization',
      'Điện Kremlin/organization',
      'Lầu Năm Góc/organization',
    ]);
  });

  it('acronyms are organizations', () => {
    expect(names('Đại diện XKTV và UNESCO ký thỏa thuận.')).toEqual(['XKTV/organization', 'UNESCO/organization']);
  });
});

describe('extract: countries and places', () => {
  it.each([
    ['Cuộc xung đột Nga - Ukraine kéo dài.', ['Nga/country', 'Ukraine/country']],
    ['Căng thẳng Nga-Ukraine leo thang.', ['Nga/country', 'Ukraine/country']],
    ['Căng thẳng ở Bán đảo Triều Tiên gia tăng.', ['Bán đảo Triều Tiên/location']],
    ['Tàu cá đến khu vực Ấn Độ Dương - Thái Bình Dương.', ['Ấn Độ Dương - Thái Bình Dương/location']],
    ['An ninh châu Âu - Đại Tây Dương bị đe dọa.', ['châu Âu - Đại Tây Dương/location']],
    ['Lực lượng đã tiến vào tỉnh Xuyên Lâm của Nga.', ['Xuyên Lâm/location', 'Nga/country']],
    ['Mưa lớn ở vùng Zarovsk từ hôm qua.', ['Zarovsk/location']],
    ['Đoàn xe rời Hà Nội đi Đà Nẵng.', ['Hà Nội/location', 'Đà Nẵng/location']],
    ['Hoa Kỳ, Mỹ và Nam Hàn đều lên tiếng.', ['Hoa Kỳ/country', 'Mỹ/country', 'Nam Hàn/country']],
    ['Ngư dân đánh bắt ở Biển Xanh Lục từ lâu.', ['Biển Xanh Lục/location']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('gives countries their ISO code', () => {
    const { x } = extract('Quan chức Triều Tiên và Hàn Quốc gặp nhau.');
    expect(x.mentions.map((m) => m.iso)).toEqual(['KP', 'KR']);
  });

  it('keeps tone-mark spelling variants together but labels keep the text', () => {
    const { x } = extract('Tỉnh Khánh Hoà và tỉnh Khánh Hòa là một.');
    expect(x.mentions.map((m) => m.text)).toEqual(['Khánh Hoà', 'Khánh Hòa']);
    expect(new Set(x.mentions.map((m) => m.ref)).size).toBe(1);
  });

  it('tells a country name from the same word as a given name', () => {
    expect(names('Bà Nguyễn Thị Nga và ông Đức đến Nga.')).toEqual(['Nguyễn Thị Nga/person', 'Đức/person', 'Nga/country']);
  });
});

describe('extract: person names by their shape', () => {
  it.each([
    ['Cuộc họp có Nguyễn Văn Khoa và Phạm Thị Hằng Nga tham dự.', ['Nguyễn Văn Khoa/person', 'Phạm Thị Hằng Nga/person']],
    ['Theo lời kể của Dmitri Volkonov, đoàn đã tới.', ['Dmitri Volkonov/person']],
    ['Ivan Petrov cho biết tình hình ổn định.', ['Ivan Petrov/person']],
    ['Hội nghị do Helga van der Berg chủ trì.', ['Helga van der Berg/person']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('extract: offsets and rules are kept on every mention', () => {
  it('offsets point at the name in the text as read', () => {
    const text = 'Tiêu đề\n\nTổng thống Xylia Ivan Petrov phát biểu tại Hà Nội.';
    const { x } = extract(text);
    for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(x.mentions.map((m) => m.rule)).toEqual(['title', 'gazetteer']);
  });

  it('offsets survive CRLF line ends and decomposed (NFD) text', () => {
    const text = 'Dòng một.\r\nÔng Lê Văn Hòa đến Đà Nẵng.'.normalize('NFD');
    const { x } = extract(text);
    expect(x.mentions.map((m) => text.slice(m.start, m.end).normalize('NFC'))).toEqual(['Lê Văn Hòa', 'Đà Nẵng']);
  });
});

describe('extract: roles from titles', () => {
  it.each([
    ['Tổng thống Nga Ivan Petrov đã đến.', ['Ivan Petrov > Nga (Tổng thống)']],
    ['Bộ trưởng Bộ Tài chính Lào Somsak Vongsa phát biểu.', ['Somsak Vongsa > Bộ Tài chính Lào (Bộ trưởng)']],
    ['Tổng thư ký NATO ông Dirk Vandamme cho biết.', ['Dirk Vandamme > NATO (Tổng thư ký)']],
    ['Chánh văn phòng của Tổng thống Ukraine - Oleh Marchuk - nhận xét.', ['Oleh Marchuk > Ukraine (Chánh văn phòng của Tổng thống)']],
    ['Bộ trưởng Ngoại giao Hàn Quốc Park Ji-hoon nói.', ['Park Ji-hoon > Hàn Quốc (Bộ trưởng Ngoại giao)']],
  ])('%s', (text, expected) => {
    const { x } = extract(text);
    expect(x.roles.map((r) => `${x.mentions[r.person]!.text} > ${r.of === null ? '-' : x.mentions[r.of]!.text} (${r.title})`)).toEqual(expected);
  });
});
