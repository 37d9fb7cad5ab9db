// What extraction must NOT produce: capitalised common words, page furniture,
// titles without names, direction words, dates, units, time zones.
import { describe, expect, it } from 'vitest';
import { analyze, names } from '../_helpers.js';

describe('extract: must not extract', () => {
  it.each([
    ['Tuy nhiên, mọi việc vẫn ổn.', 'sentence-initial "Tuy"'],
    ['Cô đăng quang Miss International 2024 hôm qua.', 'a pageant is an event, not a person'],
    ['She won Miss Universe, the pageant said.', 'a pageant is an event, not a person'],
    ['Long-term rates rose. Factory-gate prices fell.', 'an English compound capitalised at a sentence start is not a name'],
    ['Việc triển khai đã bắt đầu.', 'sentence-initial "Việc"'],
    ['Các quan chức đã họp.', 'sentence-initial "Các"'],
    ['Ý kiến của các bên đã rõ, theo ý tôi.', '"ý" (an opinion) is not Italy'],
    ['Hai người không nói được tiếng Anh, tiếng Xylia hay tiếng Nga.', 'a language ("tiếng Anh") is not the country'],
    ['Ông làm Tổng tư lệnh Các lực lượng vũ trang Xylia.', 'a plural marker in sentence case after a title is not a person'],
    ['Trong khi đó, giá tăng.', 'sentence-initial "Trong"'],
    ['Nhà lãnh đạo này rất nổi tiếng.', 'a title without a name'],
    ['Tổng thống đã phát biểu.', 'a title without a name'],
    ['Tổng thống đắc cử đã phát biểu.', 'a qualified title without a name'],
    ['Phó Trưởng phòng Cảnh sát hình sự đã phát biểu.', 'a title with its division, without a name'],
    ['Ông bán cổ phần cho X-Zolo.', 'a brand with a letter before a hyphen is not a person by its shape'],
    ['Kinh tế tăng trưởng mạnh, Xylo đã trưởng thành.', '"trưởng" inside a common word is not a title'],
    ['Ban đầu, ông nói không.', '"Ban" opening a common word is not a body'],
    ['Họ khó chiếm lại toàn bộ Xylovka, các cán bộ Bexgrad đã họp.', '"bộ" closing a common word ("toàn bộ", "cán bộ") is not a ministry'],
    ['Bị cáo (SN 1956) nhận tội.', '"SN" (sinh năm, born in) is not an acronym of a body'],
    ['Kết quả xét nghiệm ADN đã xác nhận danh tính, mẫu RNA cũng vậy.', 'DNA and RNA (ADN, ARN) are not bodies'],
    ['Mẫu Zorvax S24 bán chạy nhất.', 'a product with a number in its name is not a person'],
    ['Chúng tôi cần thêm hệ thống ZORA-T.', 'a product with a word in capitals is not a person'],
    ['They launched ZorvaGPT Enterprise and then Zorva Ultra.', "products' names are not persons"],
    ["Xylo's Zorva Store rules were found unfair.", 'a store is not a person'],
    ['Marenko spokesman said the talks failed.', 'a person before a staff title is not an organization'],
    ['Xylia fired ATACMS missiles and HIMARS rockets at the border.', 'weapon systems written in capitals are not bodies'],
    ['Ông dâng hương tại Khu di tích lịch sử, rồi đến Trung tâm dự báo và Vùng biển phía nam.', 'a place or body noun capitalised alone before lowercase words (sentence case) is not a name'],
    ['Tỉnh phấn đấu tăng trưởng GRDP đạt 8%, có nhiều cầu thủ U22 và đội U23.', 'provincial GDP and age groups are not bodies'],
    ['The U19 side beat the U21 team.', 'age groups are not bodies'],
    ['Giá dầu Brent tăng, dầu WTI cũng vậy.', 'crude oil benchmarks are not persons'],
    ['Bà được đề cử làm Giám đốc Tình báo Quốc gia, còn ông làm người dẫn chương trình.', 'a title with its domain in sentence case, without a name'],
    ['Họ tập trận mang tên "Eo biển Zarov 2024B" và chiến dịch có tên “Bình minh Xylo”.', 'the quoted name of an exercise or an operation'],
    ['They held an exercise dubbed "Zarov Shield" and a campaign code-named “Xylo Dawn”.', 'the quoted name of an exercise or an operation'],
    ['Tại Kỳ họp thứ 8, các đại biểu đã thảo luận. Phiên họp kéo dài.', 'a session is not a place'],
    ['Nhu cầu Xylo tăng, họ yêu cầu Xylo dừng lại.', '"cầu" inside a common word is not a bridge'],
    ['Hãng bán được 1 triệu xe Zorva Y. Người dùng hài lòng.', 'a product ending in a letter is not a person, and its letter ends the sentence before a Vietnamese word'],
    ['Black Friday sales rose, Christmas Eve was quiet and the Zorvak Grand Prix was held.', 'holidays and events'],
    ['Ban Tổ chức cho biết giải đấu sẽ diễn ra, Ban Giám đốc công ty đã họp.', 'a generic committee is not a named body'],
    ['Ông là Trưởng Ban Quản lý dự án.', 'a generic committee after a title is not a named body'],
    ['The President-elect spoke on Monday.', 'a qualified title without a name'],
    ['Binh sĩ đã rút về doanh trại.', 'a common noun at sentence start'],
    ['Họ nói rằng mọi thứ ổn.', 'a pronoun at sentence start'],
    ['Mời quý độc giả theo dõi.', 'a promotion line'],
    ['Nên ông đã tìm cách khác.', 'a conjunction at sentence start'],
    ['Quân đội đang di chuyển về phía Tây.', 'a direction'],
    ['Hàng hóa chuyển sang miền Đông.', 'a direction after "miền"'],
    ['Ảnh hưởng của phương Tây giảm.', '"phương Tây" (the West) is not a place name'],
    ['Cập nhật lúc 11:00 GMT+7, Thứ ba, ngày 29/10.', 'time zone and weekday'],
    ['Giá 100 USD mỗi thùng, GDP tăng 5%.', 'currencies and economic acronyms'],
    ['Cuộc chiến lớn nhất từ Thế chiến II đến nay.', 'a war (an event, not an entity)'],
    ['“Chúng tôi sẽ trở lại”, ông nói.', 'a quote that starts with a pronoun'],
    ['X', 'a lone letter'],
    ['Vụ tai nạn làm anh N.V.H. (35 tuổi) và chị T.T.M. tử vong. B.Q.K. khai nhận.', "initials that keep a person anonymous are not a name"],
    ['The victim, identified only as J.K., died; the suspect, T.N., fled.', "initials that keep a person anonymous are not a name"],
    ['Losses were the worst since Zorvan War Two; pilgrims came for Xylo Holy Year.', "an event's name with its number, and a feast's year, are not persons"],
    ['Chỉ số VN-Index tăng, VN30 giảm; the Kospi fell and the Hang Seng rose.', 'stock indices'],
    ['Đồng yên Nhật giảm, đô la Mỹ tăng và rúp Nga ổn định.', 'currencies named after their country'],
    ['Họ chi 3 tỷ bảng Anh, đồng bảng Anh giảm.', 'the pound sterling ("bảng Anh") is a currency, not the country'],
    ['Đội tuyển dự ASEAN Xylo Electric Cup 2024, rồi Hungary Open và ASEAN Cup.', 'events named after a known body or country'],
    ['Tại Trụ sở Trung ương Đảng, ông gặp bà.', 'a headquarters ("Trụ sở") and "Trung ương" in sentence case'],
    ['Người dân không cung cấp mã OTP cho ai, never share an OTP.', 'a one-time password'],
    ['Crowds marked National Day and the Zorvan Victory Day.', 'holidays ("X Day")'],
    ['Họ gặp nhau tại Phủ Tổng thống, rồi tại Phủ Chủ tịch.', 'a seat of government ("Phủ Tổng thống") is no place name, nor is "Phủ" alone'],
  ])('%s (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('drops a capitalised common word before a country at sentence start', () => {
    expect(names('Phía Mỹ cho biết đã nhận thư.')).toEqual(['Mỹ/country']);
    expect(names('Quân đội Triều Tiên đã được triển khai.')).toEqual(['Triều Tiên/country']);
  });

  it('does not take an ambiguous country name at sentence start without support', () => {
    expect(names('Anh ấy nói rằng mọi việc ổn.')).toEqual([]);
    expect(names('Anh cho biết sẽ về sớm. Hôm sau anh đi Đà Nẵng.')).toEqual(['Đà Nẵng/location']);
  });

  it('takes it when the document uses it as a country elsewhere', () => {
    expect(names('Anh và Pháp ký hiệp định. Quan hệ giữa Pháp và Anh tốt đẹp.')).toEqual([
      'Anh/country',
      'Pháp/country',
      'Pháp/country',
      'Anh/country',
    ]);
  });

  it.each([['Separately, the talks went on.'], ['Subsequently, prices rose and, ultimately, fell.']])('a sentence adverb is not even an untyped name (which a statement could take as what was said): %s', (text) => {
    expect(analyze(text).entities).toEqual([]);
  });

  it('"Trung ương" in sentence case is not a given name the person named after it goes by', () => {
    const persons = analyze('Tại Trụ sở Trung ương Đảng, ông Lê Văn Trung tiếp khách.').entities.filter((e) => e.type === 'person');
    expect(persons.map((e) => e.names)).toEqual([['Lê Văn Trung']]);
  });
});
