import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/corpus/lang.js';
import { prepare } from '../_helpers.js';

const sentences = (text: string) => {
  const d = prepare(text);
  return d.sentences.map((s) => d.text.slice(s.start, s.end));
};

describe('prepare: page furniture yields no sentences', () => {
  it.each([
    ['TIN MỚI'],
    ['ĐANG PHÁT'],
    ['X'],
    ['3 phút trước'],
    ['3 giờ trướcBài gốc'],
    ['Bản tin thời tiết chào buổi sáng 3 phút trước'],
    ['* Mời quý độc giả theo dõi các chương trình trên kênh Xylo!'],
    ['Xe tăng Xylia tiến vào làng - Ảnh 1.'],
    ['anh-chup-xylia-2024.jpg'],
    ['https://example.com/bai-viet-123.htm'],
    ['Xem thêm:'],
    ['Xylia: Bexland gửi 3.000 quân Xylia: Bexland gửi 3.000 quân'],
    ['Nhóm PV'],
    ['Nhóm phóng viên Xylo'],
    ['Ảnh minh họa: Xylo Press'],
    ['Photo: Xylo Images'],
    ['Contributing: Dario Vell and Anna Kowal'],
    ['Reporting by Dario Vell and Anna Kowal in Bexgrad'],
    ['(Editing by Dario Vell)'],
    ['Xylo News Bexland correspondent'],
    ['Chief international correspondent'],
    ['Xylo Press via Getty Images'],
  ])('%s', (line) => {
    expect(sentences(`Tiêu đề bài viết\n\nNội dung chính của bài.\n${line}`)).toEqual(['Tiêu đề bài viết', 'Nội dung chính của bài.']);
  });
});

describe('prepare: a headline that ends in a role is text', () => {
  it('keeps "Xylia detains Bexland reporter"', () => {
    expect(sentences('Xylia detains Bexland reporter\n\nNội dung chính của bài.')).toEqual(['Xylia detains Bexland reporter', 'Nội dung chính của bài.']);
  });
});

describe('prepare: the headlines listed under a "related" header are links, not text', () => {
  it.each([
    ['Xem thêm:\nTổng thống Xylia Ivo Marenko kêu gọi phản ứng mạnh\nBexland bác tin điều quân', 'Sau đó, Bexland im lặng.'],
    ['Tin liên quan\nÔng Dario Vell được bầu làm chủ tịch Xylo Bank', 'Ông Vell nói thêm.'],
    ['Related:\nXylia recalls envoy to Bexland\nDario Vell named Xylo Bank chair', 'Vell declined to comment.'],
    ['Related topics\nXylia\nBexland war', 'Vell declined to comment.'],
  ])('%s', (list, after) => {
    expect(sentences(`Tiêu đề bài viết\n\nNội dung chính của bài.\n${list}\n${after}`)).toEqual(['Tiêu đề bài viết', 'Nội dung chính của bài.', after]);
  });

  it('a header written decomposed (NFD) is read as one', () => {
    expect(sentences('Tiêu đề bài viết\n\nNội dung chính của bài.\nXem thêm:\nXylia bác tin điều quân'.normalize('NFD')).map((x) => x.normalize('NFC'))).toEqual(['Tiêu đề bài viết', 'Nội dung chính của bài.']);
  });

  it('a sentence that starts like a credit is text', () => {
    expect(sentences('Tiêu đề bài viết\n\nReporting by the Xylo Times showed Bexland lost.')).toEqual(['Tiêu đề bài viết', 'Reporting by the Xylo Times showed Bexland lost.']);
  });

  it('the list ends at a line that ends like a sentence', () => {
    const body = 'Ông Dario Vell, Chủ tịch Xylo Bank, cho biết ngân hàng sẽ mở thêm chi nhánh.';
    expect(sentences(`Tiêu đề bài viết\n\nXem thêm:\nXylo Bank mở chi nhánh\n${body}`)).toEqual(['Tiêu đề bài viết', body]);
  });

  it("a name alone after the list is the author's signature", () => {
    const d = prepare('Tiêu đề bài viết\n\nNội dung chính của bài.\n\nTIN LIÊN QUAN\nXylo Bank mở chi nhánh\n\nHoàng Minh');
    expect(d.meta.author).toBe('Hoàng Minh');
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề bài viết', 'Nội dung chính của bài.']);
  });
});

describe('prepare: metadata from the page', () => {
  it('reads a byline with author, agency and date, keeping the agency as text', () => {
    const d = prepare('Tiêu đề\n\nMinh An (Theo Xylo News)-Thứ ba, ngày 29/10/2024 11:00 GMT+7\n\nNội dung.');
    expect(d.meta).toMatchObject({ title: 'Tiêu đề', author: 'Minh An', source: 'Xylo News', date: '2024-10-29T11:00+07:00' });
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Xylo News', 'Nội dung.']);
  });

  it('reads a byline whose author is written in capitals', () => {
    const d = prepare('Tiêu đề\n\nNội dung.\n\nBẢO ANH (Theo Xylo News, Bexpress)');
    expect(d.meta).toMatchObject({ author: 'BẢO ANH', source: 'Xylo News, Bexpress' });
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Nội dung.', 'Xylo News, Bexpress']);
  });

  it.each([
    ['Minh Khuê - Thứ tư, 23/10/2024 20:15 (GMT+7)', 'Minh Khuê', '2024-10-23T20:15+07:00'],
    ['Xylo Bảo – Chủ nhật, 3/11/2024', 'Xylo Bảo', '2024-11-03'],
    ['ANNA KOWAL | Thứ tư, 6/11/2024 08:00', 'ANNA KOWAL', '2024-11-06T08:00'],
  ])("reads an author's name and a date after a dash as a byline: %s", (line, author, date) => {
    const d = prepare(`Tiêu đề\n\n${line}\n\nNội dung.`);
    expect(d.meta).toMatchObject({ author, date });
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Nội dung.']);
  });

  it('reads an English byline that says where the writer is', () => {
    const d = prepare('Headline here\n\nBy Jane Roe in Velgrad\n\nThe talks failed.');
    expect(d.meta.author).toBe('Jane Roe');
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Headline here', 'The talks failed.']);
  });

  it.each([
    ['Headline here\n\nThe standfirst says what happened.\n\nJane Roe in Velgrad\n\nThe talks failed.', 'Jane Roe'],
    ['Headline here\n\nJane Roe and Ivo Zell in Velgrad\n\nThe talks failed.', 'Jane Roe and Ivo Zell'],
  ])("reads the Guardian's byline of full names and where they write from, without 'By': %s", (text, author) => {
    const d = prepare(text);
    expect(d.meta.author).toBe(author);
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).not.toContain(text.split('\n\n').at(-2));
  });

  it.each([
    // must not: a headline, or a subheading deep in the story
    ['Marenko in Velgrad\n\nThe talks failed.', 'Marenko in Velgrad'],
    ['Ivo Marenko in Velgrad\n\nThe talks failed.', 'Ivo Marenko in Velgrad'],
    ['Headline here\n\nOne.\n\nTwo.\n\nThree.\n\nPeace Talks in Velgrad\n\nThe talks failed.', 'Peace Talks in Velgrad'],
  ])('a line of names and a place that is a headline or a subheading is text: %s', (text, line) => {
    const d = prepare(text);
    expect(d.meta.author).toBeUndefined();
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toContain(line);
  });

  it('reads a byline of two writers and a date after a middle dot', () => {
    const d = prepare('Headline here\n\nBy Jane Roe and Ivo Zell · November 21, 2024\n\nThe talks failed.');
    expect(d.meta).toMatchObject({ author: 'Jane Roe and Ivo Zell', date: '2024-11-21' });
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Headline here', 'The talks failed.']);
  });

  it.each([['Photograph: Jane Roe/Xylo Press'], ['Ảnh: Xylo Press'], ['Photo: Xylo Images.']])('a line that is only a photo credit is no text: %s', (line) => {
    expect(sentences(`Headline here\n\nThe talks failed.\n\n${line}`)).toEqual(['Headline here', 'The talks failed.']);
  });

  it.each([['Media Contact:'], ['Forward-Looking Statements'], ['Investor Relations']])("a press release's heading is no text: %s", (line) => {
    expect(sentences(`Headline here\n\nThe talks failed.\n\n${line}\n\nJane Roe said it.`)).toEqual(['Headline here', 'The talks failed.', 'Jane Roe said it.']);
  });

  it('a sentence after a credit word and a colon is text', () => {
    expect(sentences('Headline here\n\nVideo: Xylo troops enter Velgrad as the talks fail.')).toEqual(['Headline here', 'Video: Xylo troops enter Velgrad as the talks fail.']);
  });

  it('keeps a name, a dash and a sentence as text', () => {
    const d = prepare('Tiêu đề\n\nMinh Khuê - Thứ tư tuần trước tới Xylia.\n\nNội dung.');
    expect(d.meta.author).toBeUndefined();
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Minh Khuê - Thứ tư tuần trước tới Xylia.', 'Nội dung.']);
  });

  it("reads a byline with the author's outlet after a slash", () => {
    const d = prepare('Tiêu đề\n\nNội dung.\n\nMinh Hòa/XNV.VN (Tổng hợp từ Xylo News, Bexpress)');
    expect(d.meta).toMatchObject({ author: 'Minh Hòa', source: 'Xylo News, Bexpress' });
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Nội dung.', 'Xylo News, Bexpress']);
  });

  it.each([
    ['Theo Xylo News, Bexland Independent', 'Xylo News, Bexland Independent'],
    ['Theo XNA và Bexpress', 'XNA và Bexpress'],
    ['(XNA/Bexpress+)', 'XNA/Bexpress+'],
  ])('a line of sources is a source line, the agencies kept as text: %s', (line, kept) => {
    const d = prepare(`Tiêu đề\n\nNội dung bài viết.\n\nThu Hà\n${line}`);
    expect(d.meta.source).toBe(kept);
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Nội dung bài viết.', kept]);
  });

  it.each([
    ['By ANNA KOWAL Associated Press', 'ANNA KOWAL'],
    ['By JAN ROE and MARA KELLEN, Associated Press', 'JAN ROE and MARA KELLEN'],
    ['By Jan Roe and Mara Kellen', 'Jan Roe and Mara Kellen'],
    // lowercase particles inside a name
    ['By Omar al-Zarqi', 'Omar al-Zarqi'],
    ['By Jan van der Roe and Mara Kellen', 'Jan van der Roe and Mara Kellen'],
    ['By Xylo News International   August 19, 2024 | 05:12 pm GMT+7', 'Xylo News International'],
    ['By XyloExpress International   August 19, 2024', 'XyloExpress International'],
  ])('an English byline is metadata, not text: %s', (line, author) => {
    const d = prepare(`Headline here\n\n${line}\n\nPoland agreed on Monday.`);
    expect(d.meta.author).toBe(author);
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Headline here', 'Poland agreed on Monday.']);
  });

  it.each(['By NATO standards, the force is small.', 'By US Army rules, it is not.'])('a sentence that starts with "By" is text: %s', (line) => {
    const d = prepare(`Headline here\n\n${line}`);
    expect(d.meta.author).toBeUndefined();
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Headline here', line]);
  });

  it('a sentence that starts with "Theo" is text', () => {
    const d = prepare('Tiêu đề\n\nTheo Bộ Y tế, số ca tăng.');
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Theo Bộ Y tế, số ca tăng.']);
  });

  it('reads a source line with its URL and a closing signature', () => {
    const d = prepare('Tiêu đề\nNội dung bài viết.\nThu Hà\nNguồn Xylo TV : https://xylo.example/bai-1.htm');
    expect(d.meta).toMatchObject({ author: 'Thu Hà', source: 'Xylo TV', url: 'https://xylo.example/bai-1.htm' });
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Nội dung bài viết.']);
  });

  it.each([['Hoàng Long - Văn Dũng'], ['Thu Hà và Minh Anh (tổng hợp)'], ['Jane Roe, Ivo Marenko']])('a closing line of two authors is their signature: %s', (line) => {
    const d = prepare(`Tiêu đề\n\nNội dung bài viết về Xylia.\n\n${line}`);
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Nội dung bài viết về Xylia.']);
    expect(d.meta.author).toBe(line.replace(' (tổng hợp)', ''));
  });

  it.each([
    ['Tin, ảnh: Hoàng Việt', 'Hoàng Việt'],
    ['Bài và ảnh: Minh An', 'Minh An'],
    ['Thực hiện: Thu Hà - Văn Dũng', 'Thu Hà - Văn Dũng'],
    ['Minh An (thực hiện)', 'Minh An'],
    // where the author wrote from
    ['Minh An (từ Xylo City)', 'Minh An'],
    ['Minh An (tại Xylia)', 'Minh An'],
  ])('a closing line of what the authors did and their names is their signature: %s', (line, author) => {
    const d = prepare(`Tiêu đề\n\nNội dung bài viết về Xylia.\n\n${line}`);
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Nội dung bài viết về Xylia.']);
    expect(d.meta.author).toBe(author);
  });

  it('a closing line of a name and a place in parentheses that says more is text', () => {
    const d = prepare('Tiêu đề\n\nNội dung bài viết.\n\nMinh An (từ chức hôm qua)');
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Nội dung bài viết.', 'Minh An (từ chức hôm qua)']);
  });

  it('a closing line of news after "Tin:" is text', () => {
    const d = prepare('Tiêu đề\n\nNội dung bài viết.\n\nTin: Xylia - Bexland');
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Nội dung bài viết.', 'Tin: Xylia - Bexland']);
  });

  it('a closing line that only begins with two names is text', () => {
    const d = prepare('Tiêu đề\n\nNội dung bài viết.\n\nXylia - Bexland đàm phán hôm nay');
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Tiêu đề', 'Nội dung bài viết.', 'Xylia - Bexland đàm phán hôm nay']);
  });

  it('drops a "Site.vn - " dateline prefix and reads a repeated line once', () => {
    expect(sentences('Xylia họp khẩn\nXylia họp khẩn\nXylo.vn - Xylia đã họp khẩn.')).toEqual(['Xylia họp khẩn', 'Xylia đã họp khẩn.']);
  });

  it.each([
    ['XTO - Chiều 5-11, ông Lê Văn Khoa đến Xylia.', 'Chiều 5-11, ông Lê Văn Khoa đến Xylia.'],
    ['XYLO ĐÔ - Ông Lê Văn Khoa đến Xylia.', 'Ông Lê Văn Khoa đến Xylia.'],
    ['XYLOPOLIS — Officials in Xylia said on Monday.', 'Officials in Xylia said on Monday.'],
    // not a prefix: no spaced dash, a lowercase word after it, a capitalised word before it
    ['XTO-7 được thử nghiệm.', 'XTO-7 được thử nghiệm.'],
    ['XTO - năm 2024 là bước ngoặt.', 'XTO - năm 2024 là bước ngoặt.'],
    ['Xylo - Bexland là tuyến đường chính.', 'Xylo - Bexland là tuyến đường chính.'],
  ])('drops a dateline prefix in capitals: %s', (line, sentence) => {
    expect(sentences(`Tiêu đề\n\n${line}`)).toEqual(['Tiêu đề', sentence]);
  });

  it.each([
    ['November 5, 2024, 6:12 AM', '2024-11-05'],
    ['Updated 10:35 a.m. EST, Tue November 5, 2024', '2024-11-05'],
    ['Published 5 Nov 2024', '2024-11-05'],
    ['Monday, Sept. 30, 2024 | 8:00 PM GMT+7', '2024-09-30'],
  ])('an English date line is the date, not text: %s', (line, date) => {
    const d = prepare(`Title of the story\n\n${line}\n\nThe minister resigned.`);
    expect(d.meta.date).toBe(date);
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Title of the story', 'The minister resigned.']);
  });

  it.each([
    ['On November 5, 2024, Xylia voted.'],
    ['November 5, 2024 was the day Xylia voted.'],
  ])('a sentence with a date is text: %s', (line) => {
    expect(sentences(`Title of the story\n\n${line}`)).toEqual(['Title of the story', line]);
  });

  it.each([
    ['XYLOPOLIS, Bexland (AP) — Officials said the talks failed.', 'Officials said the talks failed.'],
    ['XYLOPOLIS, Dec 18 (Xylo News) - Officials said the talks failed.', 'Officials said the talks failed.'],
    ['XYLOPOLIS/BEXGRAD, Oct 7 (Xylo News) - Officials said the talks failed.', 'Officials said the talks failed.'],
    // a city in capitals and its country, with no agency
    ['XYLOPOLIS, Bexland — Officials said the talks failed.', 'Officials said the talks failed.'],
    // (not a sentence that opens on an acronym and a name, in lowercase after the dash)
    ['XYLO, Bexland — the talks failed.', 'XYLO, Bexland — the talks failed.'],
    ['Soldiers ride a vehicle in the Xylo region, Monday. (AP Photo/Jane Roe)', 'Soldiers ride a vehicle in the Xylo region, Monday.'],
    ['Ivo Marenko speaks in Xylopolis. (Photo by Jane Roe/Xylo Images)', 'Ivo Marenko speaks in Xylopolis.'],
    ['Ivo Marenko at a press conference in Xylopolis. Photograph: Jane Roe/Xylo Press/Xylo Images', 'Ivo Marenko at a press conference in Xylopolis.'],
    ['Binh sĩ Xylia tại biên giới. (Ảnh minh họa: Xylo Press)', 'Binh sĩ Xylia tại biên giới.'],
    ['Lính Xylia tại khu vực biên giới - ẢNH: XYLO PRESS', 'Lính Xylia tại khu vực biên giới'],
    // a bracket at the end that is not a credit stays
    ['The ministry (Bộ Xylo) said it.', 'The ministry (Bộ Xylo) said it.'],
  ])('English dateline and credit: %s', (line, sentence) => {
    expect(sentences(`Title of the story\n\n${line}`)).toEqual(['Title of the story', sentence]);
  });

  it('joins a line wrapped in the middle of a sentence', () => {
    expect(sentences('Tiêu đề\n\nÔng Lê Văn Khoa cho biết\nmọi việc đã ổn.')).toEqual(['Tiêu đề', 'Ông Lê Văn Khoa cho biết\nmọi việc đã ổn.']);
  });
});

describe('detectLang', () => {
  it.each([
    ['Tổng thống Xylia đã đến Hà Nội hôm qua và gặp các quan chức.', 'vi'],
    ['The president of Xylia arrived in Hanoi yesterday and met officials.', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});
