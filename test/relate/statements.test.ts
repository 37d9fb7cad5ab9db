// Who said what about whom, with invented names.
import { describe, expect, it } from 'vitest';
import { COMENTION_REACH } from '../../src/relate/index.js';
import { analyze, relations } from '../_helpers.js';

describe('relate: statements', () => {
  it.each([
    ['Ông Ivan Petrov cho biết Ba Lan đã gửi thư cho Hungary.', ['Ivan Petrov > Ba Lan', 'Ivan Petrov > Hungary']],
    ['"Ba Lan sẽ không lùi bước" - người phát ngôn Bộ Ngoại giao Séc Anna Nowacka nói.', ['Anna Nowacka > Ba Lan']],
    ['Việc Hungary rút quân là sai lầm - Thủ tướng Slovakia Marek Zielny nói.', ['Marek Zielny > Hungary']],
    ['Thủ tướng Slovakia Marek Zielny: “Hungary đã sai”.', ['Marek Zielny > Hungary']],
    ['Theo Bộ Quốc phòng Séc, Ba Lan đã nhận 20 xe tăng.', ['Bộ Quốc phòng Séc > Ba Lan']],
    // the inverted "said X" and a participle after the words about X: what follows it was said too
    ['"We will not give up," said Ivo Marenko, the Xylian leader, adding that Poland would win.', ['Ivo Marenko > Poland']],
    ['"Poland will win," said Ivo Marenko, a Xylo official, according to Hungary.', ['Ivo Marenko > Poland']],
    // "Theo X - title của Y, …": the apposition after a dash is not what was said
    ['Theo ông Dario Vell - chuyên gia phân tích của Xylo Securities, Ba Lan đang dẫn đầu.', ['Dario Vell > Ba Lan']],
    ['Theo ông Ivo Marenko - Giám đốc Viện Xylo - Séc sẽ thắng.', ['Ivo Marenko > Séc']],
    // an apposition with an article after a leading source is not what was said; a list after "the" is
    ['According to the Xylo Services Institute (XSI), a London-based think tank, Poland sent 7,000 containers.', ['Xylo Services Institute > Poland']],
    ['According to Ivo Marenko, the Czech Republic, Poland and Hungary agreed.', ['Ivo Marenko > Czech Republic', 'Ivo Marenko > Hungary', 'Ivo Marenko > Poland']],
    // an apposition of two titles joined by "and" after the speaker's name: the body in it did not speak
    ['Ivo Marenko, Zorvex\'s founder and chief executive, said the company would expand to Poland.', ['Ivo Marenko > Poland']],
    // "the Hungarian president said" with no holder named: the country did not speak
    ['The Hungarian president said Poland would pay.', []],
    // where it was said, however long, is not what was said; a time word ends it
    ['Ông Ivan Petrov phát biểu tại Đại hội toàn quốc đảng Xylo ở Vienna, bang Bexa hồi tháng 7.', []],
    ['Ông Ivan Petrov phát biểu tại trụ sở Ban Thư ký Xylo.', []],
    ['Ivo Marenko said in Bexgrad on Monday Poland would pay.', ['Ivo Marenko > Poland']],
    // a "that" after a modal opens a relative clause inside what was said, not what was said
    ['Ivo Marenko said Poland would recognize a new government that renounced terrorism.', ['Ivo Marenko > Poland']],
    // (a "that" after the listener still opens it: the listener is not what was said)
    ['Ivo Marenko told Hungary that Poland would pay.', ['Ivo Marenko > Poland']],
    // a semicolon ends what was said, outside quotation marks
    ['Xylo Motor said sales in Poland fell; its chief Ivo Marenko blamed Hungary.', ['Xylo Motor > Poland']],
    ['Ivo Marenko said: "Poland will win; Hungary will lose."', ['Ivo Marenko > Hungary', 'Ivo Marenko > Poland']],
    // with a possessive, the apposition describes the subject before it: a country there does not speak
    ["Xylo, Poland's powerful business lobby, said Hungary would pay.", []],
    ["Xylo Bank, Poland's biggest lender, said Hungary would pay.", ['Xylo Bank > Hungary']],
    // "an estimated" is no verb; an apposition after the source named at the end
    ['The strike cost Poland an estimated $100 million a day, according to Ivo Marenko, an economist in Hungary.', ['Ivo Marenko > Poland']],
    // a title's modifier before the affiliation before the title
    ['"Poland\'s actions are wrong," Xylia\'s Deputy U.N. Ambassador Ivo Marenko told the council.', ['Ivo Marenko > Poland']],
    // a possessive and words in the apposition after the speaker; a word of the title after the quotation
    ["Ana Vell, the EU's new foreign policy chief, warned that the decision would hurt Poland.", ['Ana Vell > Poland']],
    ["Ivo Marenko, Poland's top diplomat, said Hungary would pay.", ['Ivo Marenko > Hungary']],
    ['"We condemn the force used against Poland," department spokesman Ivo Marenko said in a statement.', ['Ivo Marenko > Poland']],
    ['"We condemn the force used against Georgians," spokesman Ivo Marenko said.', ['Ivo Marenko > Georgians']],
    // an apposition on the kind of speaker ("nước", "nhóm", "hãng") describes it: the names in it do not speak
    ['Ba Lan, nước cùng Séc và Hungary làm trung gian, cho biết sẽ mở cửa khẩu Xylo.', ['Ba Lan > Xylo']],
    ['Xylo Front, nhóm kiểm soát vùng Bexa, cho biết sẽ thả con tin Ba Lan.', ['Xylo Front > Ba Lan']],
    // an aside that lists examples of the subject: its names do not speak
    ['Many foreign investors, including Xylo Group and Bexa Corp, have urged Poland to cut red tape.', []],
    ['Nhiều nước, như Séc và Hungary, cho biết sẽ hỗ trợ Ba Lan.', []],
    // a turn of an interview: the interviewee's name, a colon, the answer
    ['- TS Lê Văn Khoa: Ba Lan muốn đổi lấy công nghệ từ Séc.', ['Lê Văn Khoa > Ba Lan', 'Lê Văn Khoa > Séc']],
    // "told" takes its listener after it: it is not the inverted "said X"
    ["Xylia's leader, Ivo Marenko, told Anna Nowak, the head of the Xylo Council, that Hungary would help.", ['Ivo Marenko > Hungary']],
    // a second verb the speaker shares says what follows it, not the quotation before the speaker
    ['“Đây là tin tốt”, ông Ivan Petrov phát biểu tại Vienna, và cho biết Ba Lan cùng Séc sẽ giám sát.', ['Ivan Petrov > Ba Lan', 'Ivan Petrov > Séc']],
    // a source at the end after "theo thông báo của", and a title with its affiliation
    ['Thỏa thuận giữa Ba Lan và Séc có hiệu lực, theo thông báo của Tổng thống Hungary Ivan Petrov.', ['Ivan Petrov > Ba Lan', 'Ivan Petrov > Séc']],
    ['Ba Lan đồng ý, theo Tổng thống Séc Ivo Marenko.', ['Ivo Marenko > Ba Lan']],
    // a source named at the end, with words that describe it, is not what was said
    ['Ivo Marenko said Poland agreed, according to state broadcaster Xylo TV.', ['Ivo Marenko > Poland']],
    ['Ông Ivan Petrov cho biết Ba Lan đồng ý, theo hãng thông tấn nhà nước Xylo Press.', ['Ivan Petrov > Ba Lan']],
    ['Poland will respond, according to state broadcaster Xylo TV.', ['Xylo TV > Poland']],
    // an organization's acronym in parentheses after a country speaks for the body the words before it describe
    ['Tình báo quân đội Séc (XKW) cho biết Hungary đã rút quân.', ['XKW > Hungary']],
    ['Ông Ivan Petrov (Séc) cho biết Hungary đã rút quân.', ['Ivan Petrov > Hungary']],
    // a pronoun takes up the person who opened the sentence before, though that one did not speak
    ['Thủ tướng Lê Văn Khoa tiếp Đại sứ Séc Ivan Petrov. Thủ tướng đề nghị Séc mở cửa thị trường. Đại sứ Ivan Petrov cảm ơn sự hỗ trợ của Ba Lan. Ông cho biết Hungary ủng hộ.', ['Ivan Petrov > Hungary', 'Lê Văn Khoa > Séc']],
    ['Bà Anna Nowacka không xác nhận việc Ba Lan có mặt ở Hungary, nhưng cho biết Séc đã đồng ý.', ['Anna Nowacka > Ba Lan', 'Anna Nowacka > Hungary', 'Anna Nowacka > Séc']],
    ['Các quan chức Ba Lan và Séc cho biết Hungary đã đồng ý.', ['Ba Lan > Hungary', 'Séc > Hungary']],
    ['Ông Ivan Petrov đưa ra tuyên bố sau cuộc họp với Séc tại Vienna.', []],
    ['Bản tuyên bố của Ba Lan nhắc tới Séc.', []],
    ['Ông Ivan Petrov nói chuyện với Séc về Ba Lan.', []],
    ['Các chuyên gia cho biết Ba Lan sẽ tăng chi tiêu.', []],
    ['Chính phủ Ba Lan có thông tin rằng Séc đã đồng ý.', []],
    // the verb's own clause has a subject without a name: nobody named said it
    ['Ông Ivan Petrov gặp Tổng thống Séc tại trụ sở NATO, trong bối cảnh phương Tây cáo buộc Ba Lan gửi quân tới Hungary.', []],
    ['Ivan Petrov met the Czech president in Vienna, as the West accused Poland of sending troops.', []],
    ['Marek Zielny arrived in Vienna on Monday, officials said.', []],
    // "Theo" with an honorific, a title chain or an apposition before what was said
    ['Theo ông Ivan Petrov, chuyên gia của Viện Xylia, Ba Lan sẽ tăng chi tiêu.', ['Ivan Petrov > Ba Lan']],
    ['Theo Bộ trưởng Quốc phòng Séc Ivan Petrov, Ba Lan đã đồng ý.', ['Ivan Petrov > Ba Lan']],
    // the kind of source before its name
    ['Theo hãng tin Xylo Press, Ba Lan đã đồng ý.', ['Xylo Press > Ba Lan']],
    ['According to the Xylo Times, Poland had agreed.', ['Xylo Times > Poland']],
    ['Theo các quan chức Ba Lan, Séc đã đồng ý.', []],
    // Vietnamese keeps the speaker first: a stray comma does not make the content the speaker
    ['Ông Ivan Petrov, cho biết Ba Lan sẽ đồng ý.', ['Ivan Petrov > Ba Lan']],
    // the listener is not what was said; a quotation on the next line is
    ['Ông Ivan Petrov nói với báo Xylo Post.', []],
    ['Ông Ivan Petrov nói với báo Xylo Post. “Ba Lan sẽ đồng ý.”', ['Ivan Petrov > Ba Lan']],
    ['Ivan Petrov told reporters Poland would agree.', ['Ivan Petrov > Poland']],
    // a reporting verb after "và"/"and" has the sentence's subject, not the object of the verb before it
    ['Thủ tướng Séc Ivan Petrov chúc mừng ông Dario Vell và cho biết Ba Lan sẽ hợp tác.', ['Ivan Petrov > Ba Lan']],
    ['Ivan Petrov congratulated Dario Vell and said Poland would cooperate.', ['Ivan Petrov > Poland']],
    // "chia sẻ" (share) reports what was said, but not information or experience shared
    ['Ông Ivan Petrov chia sẻ rằng Ba Lan sẽ đồng ý.', ['Ivan Petrov > Ba Lan']],
    ['HLV Ivan Petrov chia sẻ: “Chúng tôi còn trận lượt về ở Vienna.”', ['Ivan Petrov > Vienna']],
    ['Ông Ivan Petrov chia sẻ thông tin tình báo với Ba Lan.', []],
    // "reports" as a noun after "amid", "media" … reports nothing
    ['It came days before the Xylo Party vote and amid reports that Hungary had sent troops to Poland.', []],
    ['Despite media reports that Poland agreed, Hungary refused.', []],
    // a negated reporting verb reports nothing; a negation in what was said does not matter
    ['Ông Ivan Petrov chưa bình luận về việc Ba Lan rút quân.', []],
    ['Ông Ivan Petrov từ chối bình luận về Ba Lan.', []],
    ['Ivan Petrov did not say whether Poland agreed.', []],
    ['Ông Ivan Petrov cho biết Ba Lan không đồng ý.', ['Ivan Petrov > Ba Lan']],
    ['Poland did not agree, Ivan Petrov said.', ['Ivan Petrov > Poland']],
    // what follows the verb is what was said when it does not open on a preposition …
    ['Ông Lê Văn Khoa, Chủ tịch Tập đoàn Xylo, cho biết tập đoàn đã làm việc với Công ty Bexa của Ba Lan.', ['Lê Văn Khoa > Ba Lan', 'Lê Văn Khoa > Công ty Bexa']],
    // … and what was before the comma when it does
    ['Ba Lan đã đồng ý, ông Ivan Petrov cho biết trong thông cáo hôm thứ Hai.', ['Ivan Petrov > Ba Lan']],
    // … before a comma and the writer's aside; before and after "…, X said, adding that …"
    ['Hungary fired a missile, Poland\'s army said, days before the Xylo vote and amid reports that Bexland had agreed.', ['Poland > Hungary']],
    ['Poland agreed, Ivan Petrov said, adding that Hungary would follow.', ['Ivan Petrov > Hungary', 'Ivan Petrov > Poland']],
    // … up to a clause on where or when it was said
    ['Poland had agreed, Ivan Petrov told reporters in Vienna, where he was meeting Hungary\'s envoy.', ['Ivan Petrov > Poland']],
    ["Ivo Zell met Poland's leader Ivan Petrov, the Xylo Commission said.", ['Xylo Commission > Ivan Petrov', 'Xylo Commission > Ivo Zell', 'Xylo Commission > Poland']],
    ['Separately, Poland had agreed, Ivan Petrov said in Vienna, after talks with Hungary.', ['Ivan Petrov > Poland']],
    ['Ba Lan đã đồng ý, ông Ivan Petrov cho biết tại Vienna, nơi ông gặp đặc phái viên Hungary.', ['Ivan Petrov > Ba Lan']],
    // a clause the writer adds after a comma with its own subject ends what was said
    ['Ivan Petrov said Poland had agreed, as Hungary launched drills.', ['Ivan Petrov > Poland']],
    ['Ivan Petrov said Poland was as strong as Hungary.', ['Ivan Petrov > Hungary', 'Ivan Petrov > Poland']],
    // (not a clause of its own after the content: "when" inside what was said)
    ['Ivan Petrov said Poland would agree when Hungary did.', ['Ivan Petrov > Hungary', 'Ivan Petrov > Poland']],
    ['Phát biểu tại Vienna, ông Ivan Petrov cho rằng Ba Lan sẽ đồng ý.', ['Ivan Petrov > Ba Lan']],
    // the listener and the place before "rằng"/"that" are not what was said
    ['Ông Ivan Petrov nói với Thủ tướng Séc tại Vienna rằng Ba Lan sẽ đồng ý.', ['Ivan Petrov > Ba Lan']],
    ['Ivan Petrov told a news conference in Vienna that Poland had agreed.', ['Ivan Petrov > Poland']],
    // adverbs and time words between an apposition and its verb
    ['Ông Ivan Petrov, Bộ trưởng Ngoại giao Séc, hôm qua đã cho biết Ba Lan đồng ý.', ['Ivan Petrov > Ba Lan']],
    ['Ivan Petrov, the Czech foreign minister, later said Poland had agreed.', ['Ivan Petrov > Poland']],
    ["Ivan Petrov, Xylotech's chief executive, has criticised the EU.", ['Ivan Petrov > EU']],
    // two people with their titles as one subject
    ['Bộ trưởng Ngoại giao Ba Lan Jan Kowal và người đồng cấp Séc Ivan Petrov cho biết Nga đã vi phạm.', ['Ivan Petrov > Nga', 'Jan Kowal > Nga']],
    ['Em gái ông Kim, bà Kim Sol-ja, cảnh báo Seoul sẽ phải trả giá.', ['Kim Sol-ja > Seoul']],
    // "Cũng theo X, …" (an adverb before "theo"); a pronoun takes up a speaker named so
    ['Theo ông Lê Văn Khoa, giảng viên Khoa Luật, Đại học Xylo, Ba Lan sẽ đồng ý.', ['Lê Văn Khoa > Ba Lan']],
    // a word describing the post before the country in an apposition
    ['Ivan Petrov, the outgoing Polish climate envoy, said Czechia would pay.', ['Ivan Petrov > Czechia']],
    ['Ivan Petrov, the former Polish climate envoy, said Czechia would pay.', ['Ivan Petrov > Czechia']],
    // a person's body alone between commas is no target; a list of bodies is what was said
    ['Theo bác sĩ Lê Văn Khoa, Trung tâm Hồi sức Xylo, Ba Lan sẽ đồng ý.', ['Lê Văn Khoa > Ba Lan']],
    ['Theo ông Lê Văn Khoa, Viện Xylo, Bộ Bexa và Ba Lan đều sai.', ['Lê Văn Khoa > Ba Lan', 'Lê Văn Khoa > Bộ Bexa', 'Lê Văn Khoa > Viện Xylo']],
    ['Cũng theo ông Ivan Petrov, Ba Lan sẽ gửi thêm quân. Theo đó, giá sẽ tăng. Người này cho biết Séc cũng đồng ý.', ['Ivan Petrov > Ba Lan', 'Ivan Petrov > Séc']],
    // an apposition with any preposition in it, and a hyphenated word
    ["Ivan Petrov, the top Democrat on the Xylo Appropriations Committee, criticized Marek Zielny's role.", ['Ivan Petrov > Marek Zielny']],
    ['Ivan Petrov, the billionaire who was tapped by Marek Zielny to lead a cost-cutting effort, had urged Poland to act.', ['Ivan Petrov > Poland']],
    ["Ivan Petrov, a visiting fellow at Poland's Xylo Institute, said Hanoi was cautious.", ['Ivan Petrov > Hanoi']],
    // where it was said, right after the verb, is not what was said
    ['Tổng thống Séc Ivan Petrov phát biểu tại Bexgrad ngày 30/10.', []],
    ['Ông Ivan Petrov nói tại Bexgrad rằng Ba Lan sẽ đồng ý.', ['Ivan Petrov > Ba Lan']],
    ['Ông Ivan Petrov phát biểu ở Bexgrad, kêu gọi Ba Lan đồng ý.', ['Ivan Petrov > Ba Lan']],
    ['Ivan Petrov said in Bexgrad on Monday.', []],
    ['Ông Ivan Petrov nói đến Ba Lan và Séc.', ['Ivan Petrov > Ba Lan', 'Ivan Petrov > Séc']],
    ['Thượng nghị sĩ Ivan Petrov phát biểu tại một sự kiện ở Bexgrad.', []],
    ['Ông Ivan Petrov phát biểu tại hội nghị về Ba Lan.', ['Ivan Petrov > Ba Lan']],
    // the speaker's body after a preposition (and a few words) is not the speaker
    ['Ông Lê Văn Khoa thuộc Viện Xylo nhận định Ba Lan sẽ thua.', ['Lê Văn Khoa > Ba Lan']],
    ['"Ba Lan đang chịu tổn thất lớn", nhà phân tích Ivan Petrov thuộc tổ chức nghiên cứu Xylo Endowment for Peace nhận định.', ['Ivan Petrov > Ba Lan']],
    ['Ivan Petrov of the Xylo Institute said Poland was losing.', ['Ivan Petrov > Poland']],
    ['Viện Xylo nhận định Ba Lan sẽ thua.', ['Viện Xylo > Ba Lan']],
    // the source named at the end is not what the speaker said; with no speaker it is the speaker
    ['Ông Ivan Petrov nói Ba Lan sẽ đồng ý, theo hãng tin Xylo Press.', ['Ivan Petrov > Ba Lan']],
    ['Ba Lan sẽ đồng ý, theo hãng tin Xylo Press.', ['Xylo Press > Ba Lan']],
    ['Ivan Petrov said Poland would agree, according to the Xylo Times.', ['Ivan Petrov > Poland']],
    // a verb right after a comma has the sentence's subject, not the nearest name
    ['Tổng thống Ba Lan Jan Kowal tiếp Ngoại trưởng Séc Ivan Petrov tại Bexgrad, cam kết ủng hộ Hungary.', ['Jan Kowal > Hungary']],
    ['Ông Ivan Petrov, Bộ trưởng Ngoại giao Séc, cho biết Ba Lan đồng ý.', ['Ivan Petrov > Ba Lan']],
    ['Trong khi đó, Tổng thống Ba Lan Jan Kowal đăng video về hai tù binh Séc, nói rằng Hungary sẵn sàng.', ['Jan Kowal > Hungary']],
    // an outlet quoting an unnamed source speaks; a named person it quotes speaks for themselves
    ['Tờ Xylo Times trích lời một quan chức Ba Lan cho biết Séc đã đồng ý.', ['Xylo Times > Séc']],
    ['Hãng tin Xylo Press dẫn nguồn tin quân sự Ba Lan cho biết Séc đồng ý.', ['Xylo Press > Séc']],
    ['Hãng tin Xylo Press dẫn lời ông Ivan Petrov nói Séc đồng ý.', ['Ivan Petrov > Séc']],
    ['Các quan chức Ba Lan cho biết Séc đã đồng ý.', ['Ba Lan > Séc']],
    // a clause the writer adds after "while"/"trong khi" is not what was said
    ['Ông Ivan Petrov cho biết Ba Lan sẽ rút quân, trong khi Séc tiếp tục tấn công.', ['Ivan Petrov > Ba Lan']],
    ['Ivan Petrov condemned Poland, while Hungary called for restraint.', ['Ivan Petrov > Poland']],
    // only reporting verbs come before their speaker; a party and state between commas is an aside
    ['Rep. Dario Vell, D-N.Y., criticized Ivo Marenko, calling him weak.', ['Dario Vell > Ivo Marenko']],
    ['Poland will win, said Ivo Marenko.', ['Ivo Marenko > Poland']],
    // the kind of source, with its article, between "according to" and the source
    ['Poland will respond, according to a statement from the Xylo Ministry.', ['Xylo Ministry > Poland']],
    ['According to a statement from the Xylo Ministry, Poland will respond.', ['Xylo Ministry > Poland']],
    // the speaker after the comma with its article
    ['Poland won the vote, down from 57% in 2019, the Xylo Electoral Commission (XEC) said.', ['Xylo Electoral Commission > Poland']],
    // the country a sentence speaks for ("Phía X,") is not what was said
    ['Phía Séc, người phát ngôn Ivo Marenko nói.', []],
    ['Phía Séc, ông Ivo Marenko cho biết Ba Lan sai.', ['Ivo Marenko > Ba Lan']],
    ["Ivan Petrov said Poland was wrong, while the Xylo Union's foreign policy chief, Dario Vell, said so too.", ['Ivan Petrov > Poland']],
    ['Ông Ivan Petrov cho biết Ba Lan và Séc sẽ rút quân trong khi đàm phán.', ['Ivan Petrov > Ba Lan', 'Ivan Petrov > Séc']],
    // "Theo ước tính của X, …": what a kind of source from X says; several sources listed
    ['Theo ước tính của Ba Lan, Séc và Áo, khoảng 300 binh sĩ đã tới Hungary.', ['Ba Lan > Hungary', 'Séc > Hungary', 'Áo > Hungary']],
    ['Theo thông tin của Bộ Quốc phòng Ba Lan, Séc đã đồng ý.', ['Bộ Quốc phòng Ba Lan > Séc']],
    ['According to figures from the Xylo Ministry, Poland lost 300 troops.', ['Xylo Ministry > Poland']],
    ['Theo Ba Lan, Séc và Áo đã đồng ý.', ['Ba Lan > Séc', 'Ba Lan > Áo']],
    // "Theo X" with the source's short form and a few words describing it before the comma
    ['Theo Viện Xylo (VXC) có trụ sở tại Bexgrad, Ba Lan đã giành lại Séc.', ['Viện Xylo > Ba Lan', 'Viện Xylo > Séc']],
  ])('%s', (text, expected) => {
    expect(relations(text, 'statement')).toEqual(expected);
  });

  it('a speaker whose verb ends the sentence said the quote that follows', () => {
    expect(relations('Tổng thống Séc Pavel Novotny trong bài phát biểu cho biết. “Ba Lan đã sẵn sàng”.', 'statement')).toEqual(['Pavel Novotny > Ba Lan']);
  });

  it('a pronoun takes up the person who last spoke', () => {
    const text = 'Ông Marek Zielny cho biết Séc đã đồng ý. Ông nói thêm rằng Ba Lan cũng ủng hộ.';
    expect(relations(text, 'statement')).toEqual(['Marek Zielny > Ba Lan', 'Marek Zielny > Séc']);
  });

  it('a family name two people of the document share goes to the one named last before it, each time', () => {
    const text = 'Ông Kim Sol-ju cho biết Séc đã đồng ý. Ông Kim nói thêm rằng Hungary đồng ý. Trước đó, bà Kim Sol-ja chỉ trích Áo. Bà Kim cảnh báo Ba Lan.';
    expect(relations(text, 'statement')).toEqual(['Kim Sol-ja > Ba Lan', 'Kim Sol-ja > Áo', 'Kim Sol-ju > Hungary', 'Kim Sol-ju > Séc']);
  });

  it.each([
    ['Tổng thư ký XKTV Dario Vell đến Bexgrad. Người đứng đầu XKTV cũng kêu gọi Ba Lan giúp.', ['Dario Vell > Ba Lan']],
    ['XKTV Secretary General Dario Vell arrived. The XKTV chief urged Poland to help.', ['Dario Vell > Poland']],
    ['Tổng thư ký XKTV Dario Vell và Phó Tổng thư ký XKTV Marek Dunn đến. Người đứng đầu XKTV kêu gọi Ba Lan giúp.', []],
  ])('a title that names whoever heads a body goes to the one person the document names with a title of it: %s', (text, expected) => {
    expect(relations(text, 'statement')).toEqual(expected);
  });

  it('a title that stands for a name goes to the one holder of that title', () => {
    const text = 'Tổng thống Séc Pavel Novotny đến Ba Lan. Trước đó, Tổng thống Séc cho biết Hungary đã mời ông.';
    expect(relations(text, 'statement')).toEqual(['Pavel Novotny > Hungary']);
  });

  it.each([
    // a reporting verb after a verb or word of a market report is a noun ("beats estimates", "above forecasts")
    ['Xylo Corp beats estimates as sales rise in Poland. Revenue was above estimates in Hungary.', []],
    ['Xylo Corp estimates sales will rise in Poland.', ['Xylo Corp > Poland']],
    // ("thi đánh giá năng lực": an assessment exam)
    ['Trường Đại học Xylo xét tuyển theo điểm thi đánh giá năng lực tại Ba Lan.', []],
  ])('a reporting verb that is a noun there (a market report\'s estimates, an exam): %s', (text, expected) => {
    expect(relations(text, 'statement')).toEqual(expected);
  });

  it('a nested report gives each speaker their own content', () => {
    const text = 'Bộ Ngoại giao Séc cho biết hôm qua khi Bộ Quốc phòng Ba Lan cho biết Hungary đã rút quân.';
    expect(relations(text, 'statement')).toEqual(['Bộ Quốc phòng Ba Lan > Hungary']);
  });
});

describe('relate: co-mentions and roles', () => {
  it('counts a pair once per sentence and never pairs an entity with itself', () => {
    const text = 'Ba Lan và Séc họp. Ba Lan, Séc và Ba Lan lại họp. Hungary vắng mặt.';
    expect(relations(text, 'co-mention')).toEqual(['Ba Lan -- Séc']);
  });

  it('a role goes from the person to the body of the title', () => {
    expect(relations('Bộ trưởng Bộ Tài chính Lào Somsak Vongsa đến Hà Nội.', 'role')).toEqual(['Somsak Vongsa > Bộ Tài chính Lào']);
  });

  it.each([
    ['Người phát ngôn Bộ Ngoại giao Ba Lan Dario Vell cho biết. Phía Séc, người phát ngôn Bộ Ngoại giao Ivo Marenko nói.', ['Dario Vell > Bộ Ngoại giao Ba Lan', 'Ivo Marenko > Bộ Ngoại giao']],
    ['Người phát ngôn Bộ Ngoại giao Ba Lan Dario Vell cho biết. Phía Séc, người phát ngôn Bộ Ngoại giao Séc Ivo Marenko nói. Bộ Ngoại giao Séc phản đối.', ['Dario Vell > Bộ Ngoại giao Ba Lan', 'Ivo Marenko > Bộ Ngoại giao Séc']],
    ['Người phát ngôn Bộ Ngoại giao Ba Lan Dario Vell cho biết. Sau đó, người phát ngôn Bộ Ngoại giao Ivo Marenko nói.', ['Dario Vell > Bộ Ngoại giao Ba Lan', 'Ivo Marenko > Bộ Ngoại giao Ba Lan']],
  ])('a sentence that opens speaking for a country ("Phía X,") takes no other country\'s ministry: %s', (text, roles) => {
    expect(relations(text, 'role')).toEqual(roles);
  });

  it('in a sentence that names very many, each is co-mentioned with the COMENTION_REACH named after it, not with all', () => {
    const n = COMENTION_REACH + 10;
    const people = Array.from({ length: n }, (_, i) => `ông Zar${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ko`);
    const a = analyze(`Danh sách gồm ${people.join(', ')}.`);
    expect(a.entities.filter((e) => e.type === 'person')).toHaveLength(n);
    const pairs = a.relations.filter((r) => r.relation === 'co-mention').length;
    let expected = 0;
    for (let i = 0; i < n; i++) expected += Math.min(COMENTION_REACH, n - 1 - i);
    expect(pairs).toBe(expected);
  });

  it('a head with capitals inside names a body alone, the one the document names with it', () => {
    expect(relations('Bộ Tư lệnh Chiến khu Xylo cho biết. Người phát ngôn Bộ Tư lệnh, Đại tá Dario Vell, nói.', 'role')).toEqual(['Dario Vell > Bộ Tư lệnh Chiến khu Xylo']);
    expect(relations('Người phát ngôn Bộ Tư lệnh, Đại tá Dario Vell, nói.', 'role')).toEqual(['Dario Vell > Bộ Tư lệnh']);
  });

  it('two titles of one holder for one body in one sentence both label the role', () => {
    const a = analyze('Thủ tướng kiêm Ngoại trưởng Ba Lan, ông Dario Vell, đến Hà Nội.');
    const role = a.relations.filter((r) => r.relation === 'role');
    expect(role.map((r) => `${a.entities[r.source]!.label} > ${a.entities[r.target]!.label}: ${r.labels!.join(', ')}`)).toEqual(['Dario Vell > Ba Lan: Thủ tướng, Ngoại trưởng']);
  });

  it.each([
    ['Bộ trưởng Công Thương Lương Văn Khải cho biết Bộ Công Thương sẽ trình đề án.', ['Lương Văn Khải > Bộ Công Thương']],
    ['Thứ trưởng Xây dựng Tạ Minh Đức dự họp. Bộ Xây dựng chủ trì hội nghị.', ['Tạ Minh Đức > Bộ Xây dựng']],
    // must not: the document never names the body, or names another one
    ['Bộ trưởng Công Thương Lương Văn Khải thăm Nhật Bản.', []],
    ['Thứ trưởng Ngoại giao Tạ Minh Đức tiếp đoàn. Bộ Ngoại giao Xylia ra thông cáo.', []],
    ['Bộ trưởng Công Thương Lương Văn Khải gặp đại diện Bộ Tài chính.', []],
    // a unit's or board's head named by its field ("Phòng X", "Ban Y"); the title also in an apposition after the name
    ['Thượng tá Tạ Minh Đức, Trưởng phòng Cảnh sát kinh tế, cho biết. Phòng Cảnh sát kinh tế đã bắt 5 người.', ['Tạ Minh Đức > Phòng Cảnh sát kinh tế']],
    ['Ông Tạ Minh Đức, Phó Trưởng ban Dân vận, nói. Ban Dân vận họp sáng nay.', ['Tạ Minh Đức > Ban Dân vận']],
    ['Ông Lương Văn Khải, Bộ trưởng Công Thương, cho biết Bộ Công Thương sẽ trình đề án.', ['Lương Văn Khải > Bộ Công Thương']],
    // must not: the body never named; a bare title in the apposition
    ['Thượng tá Tạ Minh Đức, Trưởng phòng Cảnh sát kinh tế, cho biết.', []],
    ['Ông Tạ Minh Đức, Phó Thủ tướng, cho biết Bộ Công Thương sẽ trình đề án.', []],
    // a portfolio of several fields joined by commas, a dash and "và"
    ['Bộ trưởng Văn hóa, Thể thao và Du lịch Tạ Minh Đức gửi vòng hoa. Bộ Văn hóa, Thể thao và Du lịch cho biết.', ['Tạ Minh Đức > Bộ Văn hóa, Thể thao và Du lịch']],
    ['Bộ trưởng Lao động - Thương binh và Xã hội Tạ Minh Đức nói. Bộ Lao động - Thương binh và Xã hội ra thông báo.', ['Tạ Minh Đức > Bộ Lao động - Thương binh và Xã hội']],
    // a minister with no portfolio: the one ministry the story names
    ['Bộ Xylo và Đào tạo công bố đề án. Bộ trưởng Tạ Minh Đức cho biết. Thứ trưởng Lương Văn Khải nói.', ['Lương Văn Khải > Bộ Xylo và Đào tạo', 'Tạ Minh Đức > Bộ Xylo và Đào tạo']],
    // must not: two ministries, or a body led otherwise ("Bộ Tư lệnh"), or a holder of a post named elsewhere
    ['Bộ Xylo và Bộ Bexa họp. Bộ trưởng Tạ Minh Đức phát biểu.', []],
    ['Bộ Tư lệnh Vùng Xylo báo cáo. Bộ trưởng Tạ Minh Đức phát biểu.', []],
    ['Bộ Xylo công bố. Bộ trưởng Tạ Minh Đức, Chủ tịch Hội Bexa, nói.', ['Tạ Minh Đức > Hội Bexa']],
    // a body's head alone in the apposition: the one body the story names with that head
    ['Ông Tạ Minh Đức, Giám đốc Trung tâm, cho biết trời mưa. Theo Trung tâm Xylo Khí tượng, bão mạnh.', ['Tạ Minh Đức > Trung tâm Xylo Khí tượng']],
  ])('a minister named by portfolio leads the ministry of that name when the document names it: %s', (text, roles) => {
    expect(relations(text, 'role')).toEqual(roles);
  });

  it.each([
    'Ông Tạ Minh Đức, Giám đốc Trung tâm, cho biết trời mưa.',
    'Ông Tạ Minh Đức, Giám đốc Trung tâm, cho biết. Trung tâm Xylo và Trung tâm Bexa họp.',
  ])('must not: a head alone in the apposition, where the story names no such body or two, is no body the role can lead to: %s', (text) => {
    const a = analyze(text);
    expect(a.relations.filter((r) => r.relation === 'role' && a.entities[r.target]!.type !== null)).toEqual([]);
  });

  it.each([
    // a Vietnamese story's bare national office, held by a Vietnamese full name, is Việt Nam's where the story names it
    ['Thủ tướng Tạ Minh Đức gửi thư chúc mừng đội tuyển Việt Nam.', ['Tạ Minh Đức > Việt Nam']],
    ['Nguyên Phó Thủ tướng Lương Văn Khải dự lễ kỷ niệm tại Việt Nam.', ['Lương Văn Khải > Việt Nam']],
    // must not: the story does not name Việt Nam; the holder is given another country's office; a foreign name; another title
    ['Thủ tướng Tạ Minh Đức gửi thư chúc mừng.', []],
    ['Thủ tướng Xylia Tạ Minh Đức thăm Việt Nam. Thủ tướng Tạ Minh Đức nói.', ['Tạ Minh Đức > Xylia']],
    ['Thủ tướng Ivo Marenko thăm Việt Nam.', []],
    // (nor in a story that names another country at least three times as often: it is that country's)
    ['Chủ tịch Ba Lan Ivo Marenko thăm Đức. Ba Lan ký thỏa thuận, Ba Lan sẽ mở cửa. Thủ tướng Tạ Minh Đức không dự. Việt Nam theo dõi.', ['Ivo Marenko > Ba Lan']],
    ['Giám đốc Tạ Minh Đức về Việt Nam.', []],
    // an office named with the state's own word is Việt Nam's even there (a state visit abroad)
    ['Chủ tịch nước Tạ Minh Đức thăm Ba Lan. Ba Lan ký thỏa thuận, Ba Lan sẽ mở cửa cho Việt Nam. Chủ tịch Ba Lan Ivo Marenko đón ông.', ['Ivo Marenko > Ba Lan', 'Tạ Minh Đức > Việt Nam']],
  ])("a bare national office is the home country's: %s", (text, roles) => {
    expect(relations(text, 'role')).toEqual(roles);
  });
});
