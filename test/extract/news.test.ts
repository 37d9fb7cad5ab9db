// Constructions met in real news, rebuilt with invented names.
import { describe, expect, it } from 'vitest';
import { analyze, extract, names, prepare, relations } from '../_helpers.js';

const roles = (text: string) => {
  const { x } = extract(text);
  return x.roles.filter((r) => r.of !== null).map((r) => `${x.mentions[r.person]!.text} > ${x.mentions[r.of!]!.text} (${r.title})`);
};

/** A table of texts and what each gives: the names with their types, or the roles. */
const namesTable = (title: string, rows: [string, string[]][]) => describe(title, () => it.each(rows)('%s', (text, expected) => expect(names(text)).toEqual(expected)));
/** "Label/type" of the typed entities a document resolves to (after resolution drops and joins), in order. */
const entities = (text: string) => analyze(text).entities.filter((e) => e.type !== null).map((e) => `${e.label}/${e.type}`);
const entitiesTable = (title: string, rows: [string, string[]][]) => describe(title, () => it.each(rows)('%s', (text, expected) => expect(entities(text)).toEqual(expected)));
const rolesTable = (title: string, rows: [string, string[]][]) => describe(title, () => it.each(rows)('%s', (text, expected) => expect(roles(text)).toEqual(expected)));

describe('Vietnamese news constructions', () => {
  it.each([
    ['Thủ tướng tiếp Đại sứ Ba Lan tại Việt Nam Jan Kowalczyk chiều qua.', ['Jan Kowalczyk > Ba Lan (Đại sứ)']],
    ['Đại tá Vũ Hồng Khánh, Giám đốc Công an tỉnh Xuyên Mộc, cho biết vụ án đã rõ.', ['Vũ Hồng Khánh > Công an tỉnh Xuyên Mộc (Giám đốc)']],
    ['Ông Lê Văn Khoa, giám đốc của Viện Xylo, nhận định như vậy.', ['Lê Văn Khoa > Viện Xylo (giám đốc)']],
    ['Ông Dario Vell, Cao ủy Nhân quyền của Quốc hội Ba Lan, cảm ơn Séc.', ['Dario Vell > Quốc hội Ba Lan (Cao ủy Nhân quyền)']],
    ['Trưởng phái đoàn Ba Lan Dario Vell cho biết.', ['Dario Vell > Ba Lan (Trưởng phái đoàn)']],
    ['Lãnh đạo Đảng Xylo đối lập Dario Vell nói.', ['Dario Vell > Đảng Xylo (Lãnh đạo)']],
    // a body's name, then its holder's: known from the gazetteer, or from the holder's name after an honorific elsewhere
    ['Tổng thư ký Liên Hiệp Quốc Antoine Dubreuil kêu gọi kiềm chế.', ['Antoine Dubreuil > Liên Hiệp Quốc (Tổng thư ký)']],
    ['Tổng thư ký Viện Xylo Antoine Dubreuil kêu gọi. Ông Dubreuil nói thêm.', ['Antoine Dubreuil > Viện Xylo (Tổng thư ký)']],
    ['Chủ tịch Tập đoàn Xylo Park Ji-hoon đến Hà Nội. Ông Park cho biết.', ['Park Ji-hoon > Tập đoàn Xylo (Chủ tịch)']],
    ['Có mặt Bộ trưởng Bộ Ngoại giao Lương Văn Toản.', ['Lương Văn Toản > Bộ Ngoại giao (Bộ trưởng)']],
    // a minister's portfolio of several words; an envoy's brief after "về"
    ['Bộ trưởng Tài nguyên Ba Lan Ivo Marenko đến Hà Nội.', ['Ivo Marenko > Ba Lan (Bộ trưởng Tài nguyên)']],
    ['Đặc phái viên Liên hợp quốc về Ba Lan Dario Vell kêu gọi kiềm chế.', ['Dario Vell > Liên hợp quốc (Đặc phái viên)']],
    ['Ngoại trưởng Ba Lan về Hà Nội hôm qua.', []],
    // a portfolio in sentence case after a minister's title; a brief or field in lowercase before the body
    ['Bộ trưởng Khẩn cấp Ba Lan Ivo Marenko nhận định.', ['Ivo Marenko > Ba Lan (Bộ trưởng Khẩn cấp)']],
    ['Bộ trưởng Hòa cho biết Ba Lan đồng ý.', []],
    ['Phóng viên trao đổi với TS Lê Văn Khoa, nguyên Phó Viện trưởng Viện Xylo.', ['Lê Văn Khoa > Viện Xylo (nguyên Phó Viện trưởng)']],
    ['Chánh văn phòng Nội các Ba Lan Ivo Marenko cho biết.', ['Ivo Marenko > Nội các Ba Lan (Chánh văn phòng)']],
    // in an apposition to a named person, one word that closes it after the affiliation is the affiliation's
    ['Ông Lê Văn Khoa, chuyên gia phân tích thị trường của XKL Trade, nhận định vàng tăng.', ['Lê Văn Khoa > XKL (chuyên gia phân tích thị trường)']],
    ['Đại tướng Lê Văn Khoa, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng Ba Lan, phát biểu.', ['Lê Văn Khoa > Quân ủy Trung ương (Phó Bí thư)', 'Lê Văn Khoa > Bộ Quốc phòng Ba Lan (Bộ trưởng)']],
    ['Thứ trưởng Ngân hàng Xylo Lê Văn Khoa nói Ba Lan đồng ý.', ['Lê Văn Khoa > Ngân hàng Xylo (Thứ trưởng)']],
    ['Đại diện cấp cao về chính sách đối ngoại và an ninh của Ủy ban Xylo, Kaja Zorvan, cho biết.', ['Kaja Zorvan > Ủy ban Xylo (Đại diện cấp cao về chính sách đối ngoại và an ninh)']],
    ['Người đứng đầu chính sách đối ngoại XLU Dario Vell khẳng định.', ['Dario Vell > XLU (Người đứng đầu chính sách đối ngoại)']],
    // lowercase words of the title before "của", then the body and its holder
    ['Chuyên gia phân tích của Chứng khoán Xylo Lê Văn Khoa nhận định thị trường tốt.', ['Lê Văn Khoa > Chứng khoán Xylo (Chuyên gia phân tích)']],
    ['Chuyên gia phân tích của Ngân hàng Xylo Lê Văn Khoa nhận định thị trường tốt.', ['Lê Văn Khoa > Ngân hàng Xylo (Chuyên gia phân tích)']],
    ['Người đứng đầu XKLT Philippe Laroux lên án vụ việc.', ['Philippe Laroux > XKLT (Người đứng đầu)']],
    ['Chủ tịch Quốc hội Trần Văn Khải phát biểu khai mạc.', ['Trần Văn Khải > Quốc hội (Chủ tịch)']],
    ['Tổng thư ký Liên hợp quốc (LHQ) Xavier Dumont kêu gọi kiềm chế.', ['Xavier Dumont > Liên hợp quốc (Tổng thư ký)']],
    ['Chủ tịch Tập đoàn Samsung Park Ji-hoon đến Hà Nội.', ['Park Ji-hoon > Tập đoàn Samsung (Chủ tịch)']],
    // one person's titles joined by commas
    ['Có mặt Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Khải.', ['Phan Văn Khải > Bộ Quốc phòng (Bộ trưởng)']],
    ['Thứ trưởng Bộ Y tế, ông Trần Văn Nam cho biết.', ['Trần Văn Nam > Bộ Y tế (Thứ trưởng)']],
    ['Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an Lương Văn Tâm phát biểu.', ['Lương Văn Tâm > Bộ Chính trị (Ủy viên)', 'Lương Văn Tâm > Bộ Công an (Bộ trưởng)']],
    ['Đại biểu Quốc hội Trần Thị Hoa chất vấn.', ['Trần Thị Hoa > Quốc hội (Đại biểu)']],
    ['Phó Thủ tướng Chính phủ Lê Thị Hoa tiếp đoàn.', ['Lê Thị Hoa > Chính phủ (Phó Thủ tướng)']],
    // the board is part of the title, the company is the body
    ['Cơ quan điều tra khởi tố bà Trần Thị Hoa, Phó chủ tịch HĐQT Công ty Xylo Phát.', ['Trần Thị Hoa > Công ty Xylo Phát (Phó chủ tịch HĐQT)']],
    // a known body with a lowercase word ("Chính phủ") goes on a head's name whole
    ['Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Lê Văn Khoa cho biết.', ['Lê Văn Khoa > Văn phòng Chính phủ (Chủ nhiệm)']],
    ['Tổng cục trưởng Tổng cục Xylo Mai Văn Khoa phát biểu.', ['Mai Văn Khoa > Tổng cục Xylo (Tổng cục trưởng)']],
    ['Bí thư thứ nhất Trung ương Đoàn Lê Văn Khoa phát biểu.', ['Lê Văn Khoa > Trung ương Đoàn (Bí thư thứ nhất)']],
    // after a title, one word that is not Vietnamese before a Vietnamese full name is the body
    ['Tổng Giám đốc Xylobank Lê Quang Vinh nói ngân hàng đã sẵn sàng.', ['Lê Quang Vinh > Xylobank (Tổng Giám đốc)']],
    ['Phó Chủ tịch Thường trực UBND tỉnh Xuyên Mộc Lê Văn Khoa ký quyết định.', ['Lê Văn Khoa > UBND tỉnh Xuyên Mộc (Phó Chủ tịch Thường trực)']],
    ['Bí thư Tỉnh ủy Lê Văn Khoa phát biểu.', ['Lê Văn Khoa > Tỉnh ủy (Bí thư)']],
    // the body the affiliation belongs to, after "của"; a person's full name after a body's name that stands alone
    ['Chủ nhiệm Ủy ban Kinh tế của Quốc hội Lê Văn Khoa trình bày báo cáo.', ['Lê Văn Khoa > Ủy ban Kinh tế (Chủ nhiệm)']],
    // "Trưởng" before a body; a capitalised head at the end of a title begins the body's name
    ['Đại tá Lê Văn Khoa, Trưởng Công an quận Xuyên Mộc, cho biết.', ['Lê Văn Khoa > Công an quận Xuyên Mộc (Trưởng)']],
    ['Trưởng Ban Tổ chức Trung ương Lê Văn Khoa phát biểu.', ['Lê Văn Khoa > Ban Tổ chức Trung ương (Trưởng)']],
    ['Phó Trưởng Ban Nội chính Trung ương Lê Văn Khoa nói.', ['Lê Văn Khoa > Ban Nội chính Trung ương (Phó Trưởng)']],
    ['Chuyên gia kinh tế trưởng của ADB tại Việt Nam Lê Văn Khoa nhận định như vậy.', ['Lê Văn Khoa > ADB (Chuyên gia kinh tế trưởng)']],
    // a counterpart stands for the country named with it
    ['Ngoại trưởng Ba Lan hội đàm với người đồng cấp Séc Ivo Marenko.', ['Ivo Marenko > Séc (người đồng cấp)']],
    // two titles of one holder joined by "kiêm"
    ['Bà Lê Thị Hoa, Phó Chủ tịch Tập đoàn Xylo kiêm Tổng Giám đốc Xylo Motors, nói.', ['Lê Thị Hoa > Tập đoàn Xylo (Phó Chủ tịch)', 'Lê Thị Hoa > Xylo Motors (Tổng Giám đốc)']],
    // the title closes an aside in parentheses after the name
    ['Tòa tuyên phạt bị cáo Trương Văn Khoa (SN 1956, Chủ tịch Tập đoàn Xylo Phát) tù chung thân.', ['Trương Văn Khoa > Tập đoàn Xylo Phát (Chủ tịch)']],
    ['Bà Lê Thị Hoa (sinh năm 1970, trú tại Hà Nội, Giám đốc Công ty Xylo) bị bắt.', ['Lê Thị Hoa > Công ty Xylo (Giám đốc)']],
    ['Ông Lê Văn Khoa (Ba Lan) và Giám đốc Công ty Xylo đến.', []],
    // a title inside an office's name, right before a person's name, is that person's, of the place
    ['Văn phòng Thủ tướng Ba Lan Ivo Marenko cho biết chi tiết chưa hoàn tất.', ['Ivo Marenko > Ba Lan (Thủ tướng)']],
    ['Văn phòng Thủ tướng Ba Lan cho biết Ivo Marenko sẽ đến.', []],
    ['Văn phòng Chính phủ Ba Lan Ivo Marenko cho biết.', []],
    // after the holder and "của", a one-word country that is also a given name is the country
    ['HLV Ivo Marenko của Séc thừa nhận đội nhà thua.', ['Ivo Marenko > Séc (HLV)']],
    ['Trợ lý Lê Văn Khoa của Nga Hoàng cho biết.', []],
    // the post and its body, a copula, then its holder and the clause's end
    ['Trước đó, Trưởng Ban Kinh tế Xylo là ông Lê Văn Khoa, người được phân công việc khác.', ['Lê Văn Khoa > Ban Kinh tế Xylo (Trưởng)']],
    ['Giám đốc Công ty Xylo là anh trai của ông Lê Văn Khoa.', []],
    ['Chủ tịch Tập đoàn Xylo là ông Lê Văn Khoa và bà Trần Thị Hoa.', []],
    // the affiliation after the holder's name
    ['Đối thủ là Phó Tổng thống Xylo Marenka của đảng Dân chủ.', ['Xylo Marenka > đảng Dân chủ (Phó Tổng thống)']],
    // after a title, a body's name in sentence case runs on in lowercase to its place, before the holder or a closing dash
    ['Ông Lê Văn Khoa - Phó Giám đốc Trung tâm Quản lý hạ tầng kỹ thuật Hà Nội - cho hay.', ['Lê Văn Khoa > Trung tâm Quản lý hạ tầng kỹ thuật Hà Nội (Phó Giám đốc)']],
    ['Giám đốc Công ty Đầu tư xây dựng Hà Nội Lê Văn Khoa nói.', ['Lê Văn Khoa > Công ty Đầu tư xây dựng Hà Nội (Giám đốc)']],
    ['Giám đốc Sở Y tế thăm Hà Nội, sau đó về.', []],
    ['Ông Lê Văn Khoa, Phó Giám đốc Trung tâm Quản lý hạ tầng kỹ thuật Hà Nội, cho biết.', ['Lê Văn Khoa > Trung tâm Quản lý hạ tầng kỹ thuật Hà Nội (Phó Giám đốc)']],
    ['Bác sĩ Lê Thị Hoa, Giám đốc Y khoa Zorvamed, cho biết.', ['Lê Thị Hoa > Zorvamed (Giám đốc Y khoa)']],
    // a body's head and its administrative word alone before a comma
    ['Theo Thượng tá Lê Văn Khoa, Phó Giám đốc Công an tỉnh, nhóm này cho vay.', ['Lê Văn Khoa > Công an tỉnh (Phó Giám đốc)']],
    // one word right after the title, then a comma, an honorific and the holder's name: the affiliation
    ['Nhà sáng lập kiêm CEO Zorvapay, anh Kevin Lê, cho biết.', ['Kevin Lê > Zorvapay (Nhà sáng lập)', 'Kevin Lê > Zorvapay (CEO)']],
    // the title's division in sentence case; an aside in parentheses between the name and its title
    // a company's name that ends like a Vietnamese name, closing the apposition of a holder named before the title
    ['Cháu gái bà Hoa là Lê Thị Vân, cựu Tổng giám đốc Công ty Bất động sản Trần Phát, nhận án 17 năm.', ['Lê Thị Vân > Công ty Bất động sản Trần Phát (cựu Tổng giám đốc)']],
    // (with no holder before the title, the name after the body is the holder's)
    ['Giám đốc Công ty Xây dựng Xylo Trần Văn Khải cho biết.', ['Trần Văn Khải > Công ty Xây dựng Xylo (Giám đốc)']],
    ['Thượng tá Lê Văn Khoa, Phó Trưởng phòng Cảnh sát hình sự Công an tỉnh Xuyên Mộc, cho biết.', ['Lê Văn Khoa > Công an tỉnh Xuyên Mộc (Phó Trưởng phòng Cảnh sát hình sự)']],
    ['Công an bắt Trần Văn Hùng (42 tuổi, trú TP Xuyên Mộc), Giám đốc Công ty TNHH Xylo Phát, để điều tra.', ['Trần Văn Hùng > Công ty TNHH Xylo Phát (Giám đốc)']],
    ['Ông Khoa đến Hà Nội (Việt Nam), Giám đốc Công ty Xylo cho biết.', []],
    // a place noun between the title and its place
    ['Thống đốc bang South Dakota Xavier Dumont cho biết.', ['Xavier Dumont > South Dakota (Thống đốc)']],
    ['Chủ tịch tỉnh Xuyên Mộc Lê Văn Khoa phát biểu.', ['Lê Văn Khoa > Xuyên Mộc (Chủ tịch)']],
    // a qualifier after the title ("elect", "acting"), before or after its affiliation
    ['Tổng thống đắc cử Ba Lan Jan Kowalczyk cho biết.', ['Jan Kowalczyk > Ba Lan (Tổng thống đắc cử)']],
    ['Tổng thống Ba Lan đắc cử Jan Kowalczyk cho biết.', ['Jan Kowalczyk > Ba Lan (Tổng thống)']],
    ['Bộ trưởng Quốc phòng tạm quyền Ba Lan Jan Kowalczyk cho biết.', ['Jan Kowalczyk > Ba Lan (Bộ trưởng Quốc phòng tạm quyền)']],
    ['Thứ trưởng Ngoại giao thứ nhất Ba Lan Jan Kowalczyk cho biết.', ['Jan Kowalczyk > Ba Lan (Thứ trưởng Ngoại giao thứ nhất)']],
    ['Phó Thủ tướng thường trực Ba Lan Jan Kowalczyk cho biết.', ['Jan Kowalczyk > Ba Lan (Phó Thủ tướng thường trực)']],
    ['Bí thư Quận ủy Xuyên Mộc Lê Văn Khoa dự.', ['Lê Văn Khoa > Quận ủy Xuyên Mộc (Bí thư)']],
    // a body whose name is complete (a national body, or one named by a title), then its holder's name
    // a country's name that is also a given name: written twice, the affiliation and then the holder's given name
    // a body's head in lowercase between the title and the country
    ['Tổng tham mưu trưởng quân đội Ba Lan Dario Vell tuyên bố.', ['Dario Vell > Ba Lan (Tổng tham mưu trưởng quân đội)']],
    ['Tổng tham mưu trưởng quân đội gặp Ba Lan Dario Vell.', []],
    // a relative of the holder named after the comma does not hold the title
    ['Trước đó, em gái nhà lãnh đạo Ba Lan, bà Anna Vell, chỉ trích Séc.', []],
    ['Vợ của Thủ tướng Ba Lan, bà Anna Vell, cho biết.', []],
    ['Em gái ông, Phó Thủ tướng Ba Lan Anna Vell, cho biết.', ['Anna Vell > Ba Lan (Phó Thủ tướng)']],
    // the post given to the person before "làm"/"trở thành"; a body's head after a plural marker in sentence case
    ['Tổng thống bổ nhiệm Đại tướng Ivo Marenko làm Tổng tư lệnh Các lực lượng vũ trang Ba Lan.', ['Ivo Marenko > Ba Lan (Tổng tư lệnh Các lực lượng vũ trang)']],
    ['Ông Dario Vell được bổ nhiệm làm Đại sứ Ba Lan tại Séc.', ['Dario Vell > Ba Lan (Đại sứ)']],
    ['Tổng tư lệnh Các lực lượng vũ trang Ba Lan Ivo Marenko nói.', ['Ivo Marenko > Ba Lan (Tổng tư lệnh Các lực lượng vũ trang)']],
    ['Ông Dario Vell nói Ba Lan sẽ làm Chủ tịch luân phiên ASEAN.', []],
    ['Ông Dario Vell đề nghị Bộ Y tế làm rõ.', []],
    // a country whose name is one letter
    ['Thủ tướng Ý Dario Vell nói.', ['Dario Vell > Ý (Thủ tướng)']],
    ['Ngoại trưởng Jordan Jordan Vell cho biết.', ['Jordan Vell > Jordan (Ngoại trưởng)']],
    ['Ngoại trưởng Jordan Dario Vell cho biết.', ['Dario Vell > Jordan (Ngoại trưởng)']],
    ['Theo phóng viên TTXVN tại Bexgrad, Thủ tướng Ba Lan Jan Kowal đã điện đàm.', ['Jan Kowal > Ba Lan (Thủ tướng)']],
    ['Người đứng đầu Văn phòng Tổng thống Ivo Marenko có vai trò lớn.', ['Ivo Marenko > Văn phòng Tổng thống (Người đứng đầu)']],
    ['Chủ tịch Hạ viện Dario Vell nói.', ['Dario Vell > Hạ viện (Chủ tịch)']],
    ['HLV trưởng đội tuyển Ba Lan Dario Vell đã công bố danh sách.', ['Dario Vell > Ba Lan (HLV trưởng đội tuyển)']],
    ['Ứng viên phó tổng thống của Đảng Tự do Xylia, Dario Vell, đã tới Bexgrad.', ['Dario Vell > Đảng Tự do Xylia (Ứng viên phó tổng thống)']],
    // a body's kind in lowercase between the title and the body's name
    ['Chủ tịch tập đoàn Xylotek Lê Văn Khoa nói.', ['Lê Văn Khoa > Xylotek (Chủ tịch)']],
    // two titles joined by "kiêm" right after each other share the affiliation; a foreign honorific is not the name
    ['Thủ tướng kiêm Ngoại trưởng Ba Lan, Sheikh Dario Vell, tham dự.', ['Dario Vell > Ba Lan (Thủ tướng)', 'Dario Vell > Ba Lan (Ngoại trưởng)']],
    ['Tổng thống và Ngoại trưởng Ba Lan đến.', []],
    ['Chủ tịch đảng Quyền lực Nhân dân (PPP) cầm quyền Han Dong-hoon nói.', ['Han Dong-hoon > đảng Quyền lực Nhân dân (Chủ tịch)']],
    ['Lãnh đạo đảng Dân chủ Tự do (XDP) đối lập Lee Jae-myung kêu gọi.', ['Lee Jae-myung > đảng Dân chủ Tự do (Lãnh đạo)']],
    ['Thống đốc tỉnh Xylovsk Ivan Petrov cho biết.', ['Ivan Petrov > Xylovsk (Thống đốc)']],
    ['Thủ hiến bang Xylo Pradesh K.R. Vell đã dự lễ động thổ.', ['K.R. Vell > Xylo Pradesh (Thủ hiến)']],
    ['Chủ tịch đảng Liên minh Dân chủ Cơ đốc giáo Xylia (XCDU) Dario Vell kêu gọi bỏ phiếu.', ['Dario Vell > Liên minh Dân chủ Cơ đốc giáo Xylia (Chủ tịch)']],
    // a known body at the end of a longer name, then the holder
    ['Người phát ngôn Hội đồng An ninh Quốc gia Nhà Trắng Dario Vell nói.', ['Dario Vell > Hội đồng An ninh Quốc gia Nhà Trắng (Người phát ngôn)']],
    ['Tổng tư lệnh Các lực lượng vũ trang Ba Lan, Đại tướng Dario Vell, thừa nhận tình hình căng thẳng.', ['Dario Vell > Ba Lan (Tổng tư lệnh Các lực lượng vũ trang)']],
    // a second title in an apposition, after the first one's body
    ['Bị cáo Lê Văn Khoa, cựu Chủ tịch UBND tỉnh Xuyên Mộc, cựu Bộ trưởng Bộ Xylo, được giữ nguyên mức án.', ['Lê Văn Khoa > UBND tỉnh Xuyên Mộc (cựu Chủ tịch)', 'Lê Văn Khoa > Bộ Xylo (cựu Bộ trưởng)']],
    // a Korean name (a word and a hyphenated given name) after a body's name is its holder's
    ['Phái đoàn do Giám đốc Văn phòng An ninh Quốc gia Kim Yong-hyun dẫn đầu.', ['Kim Yong-hyun > Văn phòng An ninh Quốc gia (Giám đốc)']],
    ['Phó Giám đốc Thường trực Sở Y tế Lê Văn Khoa nói.', ['Lê Văn Khoa > Sở Y tế (Phó Giám đốc Thường trực)']],
    ['Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Xuyên Mộc Lê Văn Khoa chủ trì.', ['Lê Văn Khoa > Đảng (Ủy viên Trung ương)', 'Lê Văn Khoa > Tỉnh ủy Xuyên Mộc (Bí thư)']],
    ['Giám đốc điều hành (CEO) của Apple Dario Vell đã tới Hà Nội.', ['Dario Vell > Apple (Giám đốc điều hành)']],
    // an expert's body: after "tại" (a body, not a place), in an apposition, after "thuộc"
    ['Ông Dario Vell, chuyên gia tại Viện Nghiên cứu Xylia, nhận định Ba Lan sẽ thắng.', ['Dario Vell > Viện Nghiên cứu Xylia (chuyên gia)']],
    ['Tiến sĩ Lê Văn Khoa, giảng viên Trường Đại học Xylo, cho rằng Ba Lan sai.', ['Lê Văn Khoa > Trường Đại học Xylo (giảng viên)']],
    ['Nhà phân tích Dario Vell thuộc Quỹ Xylo nhận xét Hungary đúng.', ['Dario Vell > Quỹ Xylo (Nhà phân tích)']],
    ['Ông Dario Vell làm Giám đốc Tình báo Quốc gia Ba Lan.', ['Dario Vell > Ba Lan (Giám đốc Tình báo Quốc gia)']],
    // the post a person takes or holds: after "nhậm chức", or a copula right after the name (an aside between commas)
    ['Ông Dario Vell tuyên thệ nhậm chức Tổng thống Ba Lan ngày 20/10.', ['Dario Vell > Ba Lan (Tổng thống)']],
    ['Bà Lê Thị Hoa, 37 tuổi, là lãnh đạo đảng Xylo.', ['Lê Thị Hoa > Xylo (lãnh đạo)']],
    ['Người mà ông Dario Vell gặp là Thủ tướng Ba Lan.', []],
    // "Đảng" alone is a body whose name is complete: the Vietnamese full name after it is its holder's
    ['Cùng dự có Trưởng Ban Xylo Lê Văn Khoa, Chánh Văn phòng Trung ương Đảng Trần Minh Đạt.', ['Lê Văn Khoa > Ban Xylo (Trưởng)', 'Trần Minh Đạt > Đảng (Chánh Văn phòng Trung ương)']],
    // in an apposition to a person, an unknown name right after the title is its affiliation, not a second person
    ['Ông Lê Văn Khoa, Giám đốc Xylotek, cho biết giá tăng.', ['Lê Văn Khoa > Xylotek (Giám đốc)']],
    ['Ông Dario Vell, Tổng thống Xylia cho biết giá tăng.', ['Dario Vell > Xylia (Tổng thống)']],
    ['Bà Lê Thị Hoa, Kế toán trưởng Công ty TNHH Xylo Phát, bị bắt.', ['Lê Thị Hoa > Công ty TNHH Xylo Phát (Kế toán trưởng)']],
    // after a title and a complete body, two words no list knows are the holder's name, whatever their shape
    ['Người phát ngôn Bộ Ngoại giao Xao Linh cho biết Ba Lan đồng ý.', ['Xao Linh > Bộ Ngoại giao (Người phát ngôn)']],
    ['Bộ trưởng Bộ Ngoại giao Nam Phi đến Hà Nội.', []],
    // the post given after an aside and a time word ("từng": once)
    ['Ông Ivo Marenko, 80 tuổi, từng giữ chức Chánh văn phòng Hội đồng An ninh Ba Lan.', ['Ivo Marenko > Hội đồng An ninh Ba Lan (Chánh văn phòng)']],
    // a press secretary's title of three words
    ['Thư ký báo chí Nhà Trắng Ana Bexa cho biết.', ['Ana Bexa > Nhà Trắng (Thư ký báo chí)']],
    // must not: a name before "và" is the object of the verb before it, not who holds the post
    ['Ông từng dẫn đoàn kịch Kim Xylo và sau này giữ chức Phó chủ tịch Hội Sân khấu Xuyên Mộc.', []],
    // a coordinating minister's portfolio
    ['Bộ trưởng Điều phối Kinh tế Ba Lan Ivo Marenko cho biết.', ['Ivo Marenko > Ba Lan (Bộ trưởng Điều phối Kinh tế)']],
    // a party after "đảng", in an apposition; coast guards; an office at a place its acronym defines
    ['Vòng hai giữa ông Ivo Marenko và bà Ana Vell, lãnh đạo đảng Liên minh Cứu Xylia (USX).', ['Ana Vell > Liên minh Cứu Xylia (lãnh đạo)']],
    ['Ông Dario Vell, Chủ tịch đảng Xylo, cho biết Ba Lan đồng ý.', ['Dario Vell > Xylo (Chủ tịch)']],
    ['Người phát ngôn Hải cảnh Ba Lan Dario Vell tuyên bố tàu đã rời đi.', ['Dario Vell > Hải cảnh Ba Lan (Người phát ngôn)']],
    ['Người phát ngôn Lực lượng Bảo vệ bờ biển Ba Lan Dario Vell cho biết tàu bị hư hại.', ['Dario Vell > Lực lượng Bảo vệ bờ biển Ba Lan (Người phát ngôn)']],
    ['Ông được cựu Chủ tịch Viện Xylo tại Ba Lan (XIP) Dario Vell đón.', ['Dario Vell > Viện Xylo tại Ba Lan (cựu Chủ tịch)']],
    // an acronym the lexicon reads as a common term (PPP), defined in the document, names the body elsewhere too
    ['Các nghị sĩ của đảng Sức mạnh Xylo (PPP) tẩy chay. Quyền lãnh đạo PPP Ivo Marenko phản đối.', ['Ivo Marenko > PPP (Quyền lãnh đạo)']],
  ])('roles: %s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ['Ca sĩ Mỹ Huyền ra mắt album. Chia sẻ với báo chí, Mỹ Huyền cho biết cô rất vui.', [['Mỹ Huyền', 'person']]],
    ['Đoàn đến huyện Nga Khê rồi sang Nga.', [['Nga Khê', 'location'], ['Nga', 'country']]],
    // (a foreign holder's name after a country is no Vietnamese syllable)
    ['Tổng thống Mỹ Zorvan và Thủ tướng Nga Kell gặp nhau.', [['Mỹ', 'country'], ['Zorvan', 'person'], ['Nga', 'country'], ['Kell', 'person']]],
  ])("a country's name that is also a Vietnamese word, right before one Vietnamese syllable, begins a name: %s", (text, expected) => {
    expect(analyze(text).entities.map((e) => [e.label, e.type])).toEqual(expected);
  });

  it('after a person and a title, a Vietnamese full name is a second person, not an affiliation', () => {
    expect(names('Bà Lê Thị Hoa, Giám đốc Trần Văn Nam, và ông Dario Vell đến.')).toEqual(['Lê Thị Hoa/person', 'Trần Văn Nam/person', 'Dario Vell/person']);
  });

  it.each([
    ['Bị can trú TP Xuyên Mộc, tỉnh Lâm Đồng.', ['Xuyên Mộc/location', 'Lâm Đồng/location']],
    // sentence-case bodies whose acronym follows; a palace; an office at a place only with an acronym after it
    ['Tàu của Cục Nghề cá và Tài nguyên thủy sản Ba Lan (BFX) bị bắn.', ['Cục Nghề cá và Tài nguyên thủy sản Ba Lan/organization', 'BFX/organization']],
    ['Phán quyết của Tòa Trọng tài thường trực (XCA) được công bố.', ['Tòa Trọng tài thường trực/organization', 'XCA/organization']],
    // a body's name with a place in it, and a lowercase part of names after the place
    ['Ủy hội sông Xylo quốc tế (XRC) đề nghị Lào chia sẻ thông tin.', ['Ủy hội sông Xylo quốc tế/organization', 'XRC/organization', 'Lào/country']],
    ['Bộ trưởng Bộ Công chính và Vận tải Ba Lan Ivo Marenko cho biết.', ['Bộ Công chính và Vận tải Ba Lan/organization', 'Ivo Marenko/person']],
    // a ministry's department ("Vụ"); a case ("vụ") names no body, capitalised by a sentence's start or not
    ['Ông Lê Văn Khoa, Vụ trưởng Vụ Hợp tác quốc tế, cho biết.', ['Lê Văn Khoa/person', 'Vụ Hợp tác quốc tế/organization']],
    ['Vụ Hợp tác quốc tế cho biết Lào đồng ý.', ['Vụ Hợp tác quốc tế/organization', 'Lào/country']],
    ['Vụ Xylo Phát gây thiệt hại lớn.', ['Xylo Phát/person']],
    ['Tòa xét xử vụ Nguyễn Văn Khoa lừa đảo.', ['Nguyễn Văn Khoa/person']],
    // the owner of a company named after "của" is not a company
    ['Theo Xylo Entertainment, công ty quản lý của Minh Khang, MV quay tại Huế.', ['Xylo Entertainment/organization', 'Huế/location']],
    ['Ca sĩ Lê Mỹ Hà và rapper Đen Mây gửi lời chúc.', ['Lê Mỹ Hà/person', 'Đen Mây/person']],
    // (a unit named by its field alone is named with the body it belongs to)
    ['Cơ quan An ninh điều tra Bộ Xylo khởi tố vụ án.', ['Cơ quan An ninh điều tra Bộ Xylo/organization']],
    ['Tổng Giáo phận Xuyên Mộc làm lễ tại Nhà nguyện Xylo của Giáo hội Bexan.', ['Tổng Giáo phận Xuyên Mộc/organization', 'Nhà nguyện Xylo/location', 'Giáo hội Bexan/organization']],
    ['Ông Ivo Marenko đứng đầu Bộ Giám mục của Tòa Thánh.', ['Ivo Marenko/person', 'Bộ Giám mục/organization', 'Tòa Thánh/country']],
    // an office at a place with its short name; a lowercase part of names ("nước ngoài")
    ['Ông Bruno Xylo, Chủ tịch Phòng Thương mại Xylia tại Việt Nam (XyloCham), cho biết.', ['Bruno Xylo/person', 'Phòng Thương mại Xylia tại Việt Nam/organization', 'XyloCham/organization']],
    ['Theo Cục Đầu tư nước ngoài (Bộ Xylo), vốn tăng.', ['Cục Đầu tư nước ngoài/organization', 'Bộ Xylo/organization']],
    // a palace ("Dinh"), the president's too
    ['Hai bên hội đàm tại Dinh Tổng thống Xylo, sau đó thăm Dinh Bexan.', ['Dinh Tổng thống Xylo/location', 'Dinh Bexan/location']],
    // a region's centre names no place of its own ("miền Trung"), but "Trung" is a given name
    ['Bão đổ bộ miền Trung rồi tan ở khu vực Trung Lào. Ông Trung cho biết.', ['Lào/country', 'Trung/person']],
    // a canal is a place, not a person
    ['Lễ khởi công kênh đào Xylo Bexan diễn ra hôm qua.', ['Xylo Bexan/location']],
    ['Ông Xylo phát biểu tại Cung điện Bexlan.', ['Xylo/person', 'Cung điện Bexlan/location']],
    ['Đại sứ quán Ba Lan tại Hà Nội cho biết.', ['Đại sứ quán Ba Lan/organization', 'Hà Nội/location']],
    ['Phái bộ Hỗ trợ của Liên hợp quốc tại Ba Lan (UNXP) cho biết.', ['Liên hợp quốc/organization', 'Ba Lan/country', 'UNXP/organization']],
    // after the head of a body's part, a whole body's name with a head of its own
    ['Ông Trần Văn Nam làm việc tại Văn phòng Tập đoàn Xylo Phát.', ['Trần Văn Nam/person', 'Văn phòng Tập đoàn Xylo Phát/organization']],
    ['Ông Lê Văn Khoa làm việc tại Chi nhánh Tập đoàn Xylo Phát.', ['Lê Văn Khoa/person', 'Chi nhánh Tập đoàn Xylo Phát/organization']],
    // a capitalised event noun before a lowercase word is no name; a committee's portfolio of several words
    ['Ông Ivan Petrov phát biểu tại Đại hội toàn quốc đảng Xylo.', ['Ivan Petrov/person', 'Xylo/organization']],
    ['Ông là thành viên Ủy ban Quan hệ đối ngoại Thượng viện Ba Lan.', ['Ủy ban Quan hệ đối ngoại Thượng viện Ba Lan/organization']],
    ['Chủ tịch Mạng lưới Không khí sạch Ba Lan Ivo Marenko cho biết.', ['Mạng lưới Không khí sạch Ba Lan/organization', 'Ivo Marenko/person']],
    ['Chỉ số chất lượng không khí (AQI) tại Hà Nội tăng.', ['Hà Nội/location']],
    // the letters of a document's number name nothing; a place after a slash still does
    ['Chính phủ ban hành Nghị quyết số 01/NQ-CP và Quyết định 123/QĐ-UBND của UBND tỉnh Xuyên Mộc.', ['Chính phủ/organization', 'UBND tỉnh Xuyên Mộc/organization']],
    ['Tuyến Hà Nội/TP.HCM đông khách.', ['Hà Nội/location', 'TP.HCM/location']],
    // a numbered hospital's number after its name
    ['Giám đốc Bệnh viện Nhi đồng 1, bác sĩ Lê Văn Khoa, cho biết.', ['Bệnh viện Nhi đồng 1/organization', 'Lê Văn Khoa/person']],
    ['Bệnh viện Quân y 175 tiếp nhận 3 bệnh nhân.', ['Bệnh viện Quân y 175/organization']],
    ['Bệnh viện Xylo Phát 2 ngày qua đông.', ['Bệnh viện Xylo Phát/organization']],
    ['Cơ quan Chống doping Ba Lan (XADA) kháng cáo.', ['Cơ quan Chống doping Ba Lan/organization', 'XADA/organization']],
    ['Tay vợt Ivo Marenko vô địch Roland Garros và hai Grand Slam.', ['Ivo Marenko/person']],
    // a ship's or a weapon's name is no person or place; a country after "tàu" stays one
    ['Tàu BFX Dario Vell bị bắn vòi rồng.', ['BFX/organization']],
    ['Tàu sân bay USS Dario Vell đến Đà Nẵng.', ['Đà Nẵng/location']],
    ['Tàu Ba Lan áp sát tàu cá Việt Nam.', ['Ba Lan/country', 'Việt Nam/country']],
    ['Bão Xangsane đổ bộ vào Quảng Ninh, còn Xylo Cup 2024 bị hoãn.', ['Quảng Ninh/location']],
    ['Hội nghị Thượng đỉnh Xylia khai mạc tại Hà Nội.', ['Hà Nội/location']],
    ['Tại trụ sở Chính phủ, đại diện Chính phủ Ba Lan phát biểu.', ['Chính phủ/organization', 'Chính phủ Ba Lan/organization']],
    ['Văn phòng Quốc hội và Văn phòng Chính phủ đã gửi văn bản.', ['Văn phòng Quốc hội/organization', 'Văn phòng Chính phủ/organization']],
    // at the start of a sentence a head and a word that is not Vietnamese are a name; a head and a Vietnamese word may be a common noun
    ['Tập đoàn Xylomax ra thông báo.', ['Tập đoàn Xylomax/organization']],
    ['Viện Xylo cho biết dự án đã xong.', ['Viện Xylo/organization']],
    ['Lực lượng Xylotek tấn công đồn biên phòng.', ['Lực lượng Xylotek/organization']],
    ['Phòng Lan cho biết.', []],
    // a list after a place or body noun and "như"/"gồm" is of that kind, whatever its names' shape
    ['Một số tuyến phố như Trần Minh Đạt, Lê Văn Khoa sẽ được tổ chức lại.', ['Trần Minh Đạt/location', 'Lê Văn Khoa/location']],
    ['Các công ty như Xylo Phát và Bexa đã đồng ý, những người như Nguyễn Văn An cũng vậy.', ['Xylo Phát/organization', 'Bexa/organization', 'Nguyễn Văn An/person']],
    ['TAND Cấp cao tại Xuyên Mộc xét xử phúc thẩm.', ['TAND Cấp cao/organization', 'Xuyên Mộc/location']],
    ['Ông nói với trang The Xylo Zone rằng lính đang huấn luyện.', ['The Xylo Zone/organization']],
    ['Đoàn làm việc với Ban Thường vụ Tỉnh ủy Xuyên Mộc.', ['Ban Thường vụ Tỉnh ủy Xuyên Mộc/organization']],
    // a body's head and its kind in lowercase before its name
    ['Tập đoàn vận tải biển Xylomarsk của Đan Mạch đã cho tàu đi vòng.', ['Xylomarsk/organization', 'Đan Mạch/country']],
    ['Ông làm việc cho tập đoàn công nghệ Zorvex, hãng xe điện Bexa.', ['Zorvex/organization', 'Bexa/organization']],
    ['Theo đó, Lực lượng Vệ binh Cách mạng Xylia (XRG) cho biết vụ tấn công là để trả đũa.', ['Lực lượng Vệ binh Cách mạng Xylia/organization', 'XRG/organization']],
    // an abbreviated head is in capitals wherever it stands, even after a bracket
    ['Tiền vệ Lê Văn Khoa (CLB Công an Xuyên Mộc) được triệu tập.', ['Lê Văn Khoa/person', 'CLB Công an Xuyên Mộc/organization']],
    // a head word ("Đài": station) that begins a known country's name
    ['Bộ Quốc phòng Ba Lan cảnh báo Đài Loan rằng "độc lập là con đường chết". Văn phòng lãnh đạo Đài Loan cảm ơn Mỹ.', ['Bộ Quốc phòng Ba Lan/organization', 'Đài Loan/country', 'Đài Loan/country', 'Mỹ/country']],
    // a name that is a country and a US state is the state where the document names other states, or after a place noun
    ['Ông Dario Vell vận động tại Pennsylvania, Michigan và Georgia.', ['Dario Vell/person', 'Pennsylvania/location', 'Michigan/location', 'Georgia/location']],
    ['Tổng thống Gruzia thăm Ba Lan. Georgia phản đối.', ['Gruzia/country', 'Ba Lan/country', 'Georgia/country']],
    ['Thống đốc bang Georgia Dario Vell nói.', ['Georgia/location', 'Dario Vell/person']],
    // after a town no list knows and a comma, the state; after a known city, the country
    ['Ông Dario Vell được an táng tại Xylo Plains, Georgia.', ['Dario Vell/person', 'Xylo Plains/location', 'Georgia/location']],
    ['Người biểu tình tuần hành ở Tbilisi, Georgia.', ['Tbilisi/location', 'Georgia/country']],
    // a known region written in sentence case is that region, not the country in its name
    ['Căng thẳng trên bán đảo Triều Tiên gia tăng.', ['bán đảo Triều Tiên/location']],
    // a direction between a place noun and a known name qualifies the name
    ['Chiến dịch diễn ra ở miền Nam Ba Lan và miền Bắc Hungary.', ['Ba Lan/country', 'Hungary/country']],
    // a unit's head and a number name a numbered unit; not every head does ("Công ty 2 thành viên")
    ['Quân khu 9 và Lữ đoàn 147 diễn tập, bệnh nhân chuyển tới Bệnh viện 175. Công ty 2 thành viên phá sản.', ['Quân khu 9/organization', 'Lữ đoàn 147/organization', 'Bệnh viện 175/organization']],
    // after an administrative unit's noun the capitalised words are its name, a direction and a country's name too
    ['Ông trú tại xã Đông Anh, huyện Tây Nga, vùng Bắc Hungary.', ['Đông Anh/location', 'Tây Nga/location', 'Hungary/country']],
    ['Israel sẽ không rút quân khỏi hành lang Xylovka.', ['Israel/country', 'Xylovka/location']],
    // a name, a comma and a body's head in lowercase before its description: the body's name (not a family name's, not a one-syllable head's compound)
    ['Theo Zorvatek, công ty giám sát chất lượng không khí có trụ sở ở Thụy Sĩ, bụi tăng.', ['Zorvatek/organization', 'Thụy Sĩ/country']],
    ['Bexalo, hãng sản xuất chip, báo lãi.', ['Bexalo/organization']],
    ['Lê Văn Khoa, hội viên hội nông dân, cho biết.', ['Lê Văn Khoa/person']],
    ['Theo Zorvatek, công ty này đã đóng cửa ở Thụy Sĩ.', ['Thụy Sĩ/country']],
    // a name of Vietnamese syllables that speaks of itself as a man or a woman is a person's (a stage name); "bà con" is folks
    ['Chia sẻ với báo chí, Trấn Khả cho biết anh bất ngờ.', ['Trấn Khả/person']],
    ['Sở Xylo cho biết bà con nông dân đã thu hoạch.', ['Sở Xylo/organization']],
    // sentence-case names with a word of bodies' names; codes of particles and virus strains are no names
    ['Cục Điện ảnh và Hội Nhiếp ảnh Xuyên Mộc cho biết bụi mịn PM2.5, PM10 và virus H5N1 lan rộng.', ['Cục Điện ảnh/organization', 'Hội Nhiếp ảnh Xuyên Mộc/organization']],
    // after a title and its place noun, a Vietnamese full name and nothing more is the holder; an inspectorate's head
    ['Chánh Thanh tra tỉnh Nguyễn Hữu Khoa cho biết Thanh tra tỉnh Xuyên Mộc đã vào cuộc.', ['Nguyễn Hữu Khoa/person', 'Thanh tra tỉnh Xuyên Mộc/organization']],
    ['Chủ tịch tỉnh Xuyên Mộc Lê Văn Khoa phát biểu.', ['Xuyên Mộc/location', 'Lê Văn Khoa/person']],
    // an event's head before a known place is the event's noun alone; medals are no bodies; a sport's name in a body's
    ['Ivo Marenko giành HC vàng Olympic Paris 2024 và HCB tại Thế vận hội Xylo.', ['Ivo Marenko/person', 'Paris/location']],
    ['Liên đoàn Quần vợt Serbia và Liên đoàn Bóng chuyền Ba Lan gửi lời chúc mừng.', ['Liên đoàn Quần vợt Serbia/organization', 'Liên đoàn Bóng chuyền Ba Lan/organization']],
    // a place's first word joined by hyphens to capitalised words; its holder's name after it
    ['Trận đấu trên sân Zorva-Bexan kéo dài. Thống đốc tỉnh Ivano-Xylivsk Svitlana Zorvak nói.', ['Zorva-Bexan/location', 'Ivano-Xylivsk/location', 'Svitlana Zorvak/person']],
    ['Hệ thống tiêm chủng Bexavac mở thêm cơ sở, không phải hệ thống phòng không Zorvex.', ['Bexavac/organization']],
    ['Thí sinh dự kỳ thi đánh giá năng lực (XSA) tại Xuyên Mộc, do cơ quan khảo thí (XKT) tổ chức.', ['Xuyên Mộc/location', 'XKT/organization']],
    // (a body's head further back, before a function word, does not make the term a body's name)
    ['Bệnh nhân ngừng tim ngoài bệnh viện nhờ kỹ thuật tim phổi nhân tạo (XMO) đã tỉnh.', []],
    // a startup and its kind before its name; names joined by an ampersand; a fund manager's name
    ['Startup công nghệ tài chính Zorvapay vừa gọi vốn từ Công ty Cổ phần Quản lý quỹ Bexa Capital. Theo Xylo & Company, thị trường tăng.', ['Zorvapay/organization', 'Công ty Cổ phần Quản lý quỹ Bexa Capital/organization', 'Xylo & Company/organization']],
    // a complex, a platform, an app, a social network before their name; a compound of a body's name
    ['Tổng giám đốc Tổ hợp Xylo Việt Nam Choi Zorvan cho biết nền tảng du lịch Zorvadvisor, ứng dụng Bexalo và mạng xã hội Zorvabook tăng trưởng.', ['Tổ hợp Xylo Việt Nam/organization', 'Choi Zorvan/person', 'Zorvadvisor/organization', 'Bexalo/organization', 'Zorvabook/organization']],
    ['Ông từng là Tổng cục trưởng Tổng cục Mỏ và Địa chất.', ['Tổng cục Mỏ và Địa chất/organization']],
    ['Vốn của nhà máy Samsung Xylo-Mechanics Việt Nam tăng.', ['Samsung Xylo-Mechanics/organization', 'Việt Nam/country']],
    // a city that is also a given name ends a Vietnamese full name and follows an honorific as a person's; alone, the city
    ['Bộ Công an khởi tố bà Lê Thị Minh Huế. Bà Huế khai đã đến Huế.', ['Bộ Công an/organization', 'Lê Thị Minh Huế/person', 'Huế/person', 'Huế/location']],
    // a shoal, a reef, a beach: place nouns before their name
    ['Tàu hải cảnh áp sát bãi cạn Zarobo và rạn san hô Velka, gần bãi biển Mỹ Xylo.', ['Zarobo/location', 'Velka/location', 'Mỹ Xylo/location']],
    ['Sở Xylo đã kiến nghị UBND tỉnh thu hồi đất.', ['Sở Xylo/organization', 'UBND/organization']],
    ['Sáng nay, Ban Chấp hành Trung ương Đảng họp.', ['Ban Chấp hành Trung ương Đảng/organization']],
    ['Đảng Dân chủ Tự do Xylia thắng cử.', ['Đảng Dân chủ Tự do Xylia/organization']],
    // a family name that is also a common word ("đoàn": delegation), at the start of a sentence
    ['Đoàn Văn Khải ghi bàn ở phút 90.', ['Đoàn Văn Khải/person']],
    ['Từ Văn Minh cho biết sẽ về sớm.', ['Từ Văn Minh/person']],
    ['Từ Hà Nội, đoàn xe xuất phát.', ['Hà Nội/location']],
    ['Đoàn Quảng Nam giành huy chương vàng.', ['Quảng Nam/location']],
    ['Tổng Kiểm toán Nhà nước Lê Văn Khoa dự họp.', ['Lê Văn Khoa/person']],
    ['Ủy viên Thường vụ Thành ủy, Phó Chủ tịch UBND TP Xuyên Mộc Trần Thị Hoa dự.', ['UBND TP Xuyên Mộc/organization', 'Trần Thị Hoa/person']],
    ['Hôm qua Xylobank Lê Quang Vinh đến.', ['Lê Quang Vinh/person']],
    ['Không quân Ukraine cho biết đã bắn hạ 20 máy bay.', ['Không quân Ukraine/organization']],
    ['Trung tâm Dự báo khí tượng quốc gia cảnh báo mưa lớn.', ['Trung tâm Dự báo khí tượng quốc gia/organization']],
    ['Bộ Xylo điều tra vụ án.', ['Bộ Xylo/organization']],
    ['Công ty Vàng bạc đá quý Hà Nội niêm yết giá.', ['Công ty Vàng bạc đá quý Hà Nội/organization']],
    ['Bà Lê Thị Hoa, Bộ trưởng An ninh Kinh tế, nhận 194 phiếu.', ['Lê Thị Hoa/person']],
    // a live blog's entry opens with its time: the honorific after it is no part of the name
    ['07:05 Bà Zorva Kell hủy phát biểu. 07:30 Ông Dario Vell thắng.', ['Zorva Kell/person', 'Dario Vell/person']],
    ['Theo Bộ Tham mưu liên quân Ba Lan, tên lửa bay xa.', ['Bộ Tham mưu liên quân Ba Lan/organization']],
    ['Lữ đoàn Đổ bộ Đường không số 95 của Ba Lan và Sư đoàn Xylo số 84 giao tranh.', ['Lữ đoàn Đổ bộ Đường không số 95/organization', 'Ba Lan/country', 'Sư đoàn Xylo số 84/organization']],
    ['Lực lượng Tác chiến Đặc biệt Ba Lan cho biết.', ['Lực lượng Tác chiến Đặc biệt Ba Lan/organization']],
    ['Công ty Xylo số 5 bị phạt.', ['Công ty Xylo/organization']],
    ['Ông Lê Văn Khoa, Giám đốc Phân tích khối khách hàng Công ty Xylo, nhận định.', ['Lê Văn Khoa/person', 'Công ty Xylo/organization']],
    ['Bà Lê Thị Hoa, Giám đốc Khối Phân tích Công ty Xylo, cho biết.', ['Lê Thị Hoa/person', 'Khối Phân tích Công ty Xylo/organization']],
    ['Theo Ban Quản lý dự án đầu tư xây dựng Xylo, dự án chậm.', ['Ban Quản lý dự án đầu tư xây dựng Xylo/organization']],
    ['Đề nghị Bộ Giao thông Vận tải sớm hoàn thành.', ['Bộ Giao thông Vận tải/organization']],
    ['Bộ Y tế Xylia do Bexland điều hành cho biết.', ['Bộ Y tế Xylia/organization']],
    ['Cơ quan Hợp tác quốc tế Nhật Bản (JICA) sẽ tăng vốn vay.', ['Cơ quan Hợp tác quốc tế Nhật Bản/organization', 'JICA/organization']],
    ['Bộ Ngoại giao quốc gia này phản đối.', ['Bộ Ngoại giao/organization']],
    ['Công ty TNHH Bất động sản Xylo Phát bị khởi tố.', ['Công ty TNHH Bất động sản Xylo Phát/organization']],
    ['Bộ Chỉ huy Quân sự tỉnh Xuyên Mộc đã điều động lực lượng.', ['Bộ Chỉ huy Quân sự tỉnh Xuyên Mộc/organization']],
    ['Ngân hàng TMCP Ngoại thương Xylia (Xylobank) cho biết.', ['Ngân hàng TMCP Ngoại thương Xylia/organization', 'Xylobank/organization']],
    ['Tập đoàn Hòa Phát mua lại Công ty Xylo.', ['Tập đoàn Hòa Phát/organization', 'Công ty Xylo/organization']],
    // a photo credit is not part of the caption ("Đức", "Anh" would be Germany and the UK)
    ['Ông Trần Văn Khải phát biểu tại hội nghị - Ảnh: ĐỨC ANH', ['Trần Văn Khải/person']],
    ['Đoàn xe tiến vào tỉnh Xuyên Mộc (Ảnh: Xylo Press).', ['Xuyên Mộc/location']],
    // "Cảnh sát" is one word of the name, and so are the police branches written in sentence case
    ['Cục Cảnh sát hình sự vào cuộc.', ['Cục Cảnh sát hình sự/organization']],
    ['Lực lượng Cảnh sát cơ động được điều tới Xuyên Mộc.', ['Lực lượng Cảnh sát cơ động/organization', 'Xuyên Mộc/location']],
    ['Phòng Cảnh sát giao thông Công an tỉnh Xuyên Mộc xử phạt.', ['Phòng Cảnh sát giao thông Công an tỉnh Xuyên Mộc/organization']],
    ['Cục Cảnh sát Xylo vào cuộc.', ['Cục Cảnh sát Xylo/organization']],
    // a newsroom role written as an acronym is not an organization, even before a name
    ['Trao đổi với PV Xylo Times, ông Trần Văn Khải cho biết.', ['Xylo Times/organization', 'Trần Văn Khải/person']],
    // a title right after the head is part of the body's name
    ['Phát biểu tại Văn phòng Tổng thống ở Xylopolis, ông Ivo Marenko nói.', ['Văn phòng Tổng thống/organization', 'Xylopolis/location', 'Ivo Marenko/person']],
    ['Bộ Tham mưu trưởng Liên quân Hàn Quốc cho biết Triều Tiên bắn tên lửa.', ['Bộ Tham mưu trưởng Liên quân Hàn Quốc/organization', 'Triều Tiên/country']],
    // courts, procuracies and councils, written in sentence case, also at the start of a sentence
    ['Viện Kiểm sát nhân dân tối cao đã phê chuẩn.', ['Viện Kiểm sát nhân dân tối cao/organization']],
    // after a place noun, a known place and then two or three words of a name that is not a place's
    ['Thống đốc bang South Dakota Xavier Dumont cho biết.', ['South Dakota/location', 'Xavier Dumont/person']],
    ['Họ đến bang New South Wales hôm qua.', ['New South Wales/location']],
    ['Trận đấu diễn ra trên sân Vientiane New Stadium.', ['Vientiane New Stadium/location']],
    // names listed after a plural cue share its type; not past an honorific, not without "các"
    ['Mưa lớn ở các tỉnh Xuyên Mộc, Hòa Xylo và Lâm Zara.', ['Xuyên Mộc/location', 'Hòa Xylo/location', 'Lâm Zara/location']],
    ['Các công ty Xylotech, Zorvak và Bexcorp đã ký.', ['Xylotech/organization', 'Zorvak/organization', 'Bexcorp/organization']],
    ['Tại tỉnh Xuyên Mộc, Nguyễn Văn An cho biết.', ['Xuyên Mộc/location', 'Nguyễn Văn An/person']],
    ['Các tỉnh Xuyên Mộc, ông Lê Văn Khoa và Nguyễn Văn An họp.', ['Xuyên Mộc/location', 'Lê Văn Khoa/person', 'Nguyễn Văn An/person']],
    // a bridge, a station, a border gate are places
    ['Họ khởi công cầu Lê Văn Khoa bắc qua sông Xylo, gần ga Xuyên Mộc.', ['Lê Văn Khoa/location', 'Xylo/location', 'Xuyên Mộc/location']],
    // an organization word with a lowercase part after an acronym or a name ends the capitalised run
    ['Viện KSND Tối cao đã phê chuẩn.', ['Viện KSND Tối cao/organization']],
    ['Cục Đào tạo Xylo cho biết, Trung tâm Đào tạo bóng đá trẻ sẽ mở.', ['Cục Đào tạo Xylo/organization', 'Trung tâm Đào tạo/organization']],
    ['Viện Xylo Nghiên cứu cho biết.', ['Viện Xylo Nghiên cứu/organization']],
    ['Cục An toàn thực phẩm khuyến cáo người dân.', ['Cục An toàn thực phẩm/organization']],
    ['Văn phòng Kiểm soát Tài sản Nước ngoài (XKTS) thông báo.', ['Văn phòng Kiểm soát Tài sản Nước ngoài/organization', 'XKTS/organization']],
    ['Họ ở Các Tiểu vương quốc Arab Thống nhất.', ['Các Tiểu vương quốc Arab Thống nhất/country']],
    ['Quân đội Liban triển khai binh sĩ tới miền Nam.', ['Liban/country']],
    // a foreign body's name of three or more words after "nhóm", "lực lượng"; not a country's forces or a person's group
    ['Lực lượng do nhóm Zahrat Tamir al-Shor (ZTS) dẫn đầu tuyên bố.', ['Zahrat Tamir al-Shor/organization', 'ZTS/organization']],
    ['Các bên gồm lực lượng Ukraine và nhóm Ivo Marenko.', ['Ukraine/country', 'Ivo Marenko/person']],
    ['Chính phủ Lê Văn Khoa đã ban hành nghị quyết.', ['Chính phủ/organization', 'Lê Văn Khoa/person']],
    // after a preposition of place only, a foreign name of several words is a place; not after "tới"
    ['Phát biểu tại Xylo Palm Beach, ông cảm ơn mọi người.', ['Xylo Palm Beach/location']],
    ['Ông gửi thư tới Ivo Marenko hôm qua.', ['Ivo Marenko/person']],
    ['Ông thắng ở Bắc Carolina.', ['Bắc Carolina/location']],
    // a family name and then a place's name in Vietnamese is a full name; after "ở"/"tại" a name is a place (a street too)
    ['Ông Lê Thái Bình, Phó Thủ tướng, làm việc.', ['Lê Thái Bình/person']],
    ['Họ sống ở Lê Xuyên, gần đường Trần Hưng Đạo; cuộc họp tại Trần Hưng Đạo.', ['Lê Xuyên/location', 'Trần Hưng Đạo/location', 'Trần Hưng Đạo/location']],
    ['Ông gửi thư tới Nguyễn Văn Khoa.', ['Nguyễn Văn Khoa/person']],
    // a known city after a place noun ends before its governor's name
    ['Thống đốc TP.Sevastopol Ivo Marenko viết trên mạng xã hội.', ['Sevastopol/location', 'Ivo Marenko/person']],
    // "Anh" opening a sentence before a Vietnamese given name is the honorific, not the country
    ['Anh Khoa nói rằng anh sẽ sang Pháp.', ['Khoa/person', 'Pháp/country']],
    ['Thủ tướng Anh đến Paris. Anh và Pháp ký thỏa thuận.', ['Anh/country', 'Paris/location', 'Anh/country', 'Pháp/country']],
    // names side by side whose initials spell the acronym after them are one organization; not a person's name, not countries
    ['Hoàng Xuyên Gia Lai (HXGL) hòa 1-1.', ['Hoàng Xuyên Gia Lai/organization', 'HXGL/organization']],
    ['Ông Andrés Manuel Xylo Obrador (AMXO) nói.', ['Andrés Manuel Xylo Obrador/person', 'AMXO/person']],
    ['Quân đội Nga Ukraine (NU) đánh nhau.', ['Nga/country', 'Ukraine/country', 'NU/organization']],
    // a known name that begins with a classifier ("hãng thông tấn") is the name, not a cue
    ['Hãng thông tấn Trung ương Triều Tiên (KCNA) dẫn lời ông Xylo.', ['Hãng thông tấn Trung ương Triều Tiên/organization', 'KCNA/organization', 'Xylo/person']],
    // football clubs and leagues are organizations (general knowledge, data/organizations.json)
    ['Man City thắng Chelsea 2-1 tại Ngoại hạng Anh.', ['Man City/organization', 'Chelsea/organization', 'Ngoại hạng Anh/organization']],
    ['Tòa án nhân dân tối cao bác đơn.', ['Tòa án nhân dân tối cao/organization']],
    ['Tòa án nhân dân TP Hà Nội mở phiên xử.', ['Tòa án nhân dân TP Hà Nội/organization']],
    ['Hội đồng nhân dân tỉnh Xuyên Mộc họp.', ['Hội đồng nhân dân tỉnh Xuyên Mộc/organization']],
    ['Luật sư Lê Văn Khoa, Đoàn Luật sư tỉnh Xuyên Mộc, nhận định.', ['Lê Văn Khoa/person', 'Đoàn Luật sư tỉnh Xuyên Mộc/organization']],
    // a place in Vietnamese words, then a foreign person's name
    ['Giám đốc WHO khu vực Tây Xuyên Hải Marek Stanic kêu gọi.', ['WHO/organization', 'Tây Xuyên Hải/location', 'Marek Stanic/person']],
    ['Ông Lê Văn Khoa đến khu vực Tây Xuyên Hải.', ['Lê Văn Khoa/person', 'Tây Xuyên Hải/location']],
    ['Chuẩn tướng Marek Stanic và Phó đô đốc Ivo Marenko đến Hà Nội.', ['Marek Stanic/person', 'Ivo Marenko/person', 'Hà Nội/location']],
    // a party with its head in lowercase; only the known organization words belong to it
    ['Bà Anna Kovalic cho biết đảng Dân chủ sẽ không từ bỏ.', ['Anna Kovalic/person', 'đảng Dân chủ/organization']],
    ['Ứng viên đảng Cộng hòa Ivo Marenko thắng cử.', ['đảng Cộng hòa/organization', 'Ivo Marenko/person']],
    ['Ông ủng hộ dân chủ và đảng phái.', []],
    // initials after a title; an acronym with an organization's last word
    ['Thượng nghị sĩ JD Marenko nói Ba Lan đã đồng ý.', ['JD Marenko/person', 'Ba Lan/country']],
    ['Giám đốc UNRWA Philippe Lazzar cho biết.', ['UNRWA/organization', 'Philippe Lazzar/person']],
    ['Chủ tịch XB Bank Ngô Chí Dũng phát biểu.', ['XB Bank/organization', 'Ngô Chí Dũng/person']],
    // "tờ", "báo", "hãng tin" say what kind of body follows; they are not part of its name, capital or not
    ['Báo Xylo Post đưa tin Ba Lan đã đồng ý.', ['Xylo Post/organization', 'Ba Lan/country']],
    ['Hãng tin Xylo Press dẫn lời ông Ivo Marenko.', ['Xylo Press/organization', 'Ivo Marenko/person']],
    ['Tờ Bexanews đưa tin, còn ông Ivo Marenko nói với tờ Bexanews.', ['Bexanews/organization', 'Ivo Marenko/person', 'Bexanews/organization']],
    ['Hãng Xylo Motors tăng giá.', ['Hãng Xylo Motors/organization']],
    // the body between a title and its holder is not a person by its foreign shape
    ['Chủ tịch HĐQT Xylo Thép Trần Đình Lâm phát biểu.', ['Trần Đình Lâm/person']],
    // a head inside a company's name, after its legal form
    ['Công ty CP Tập đoàn Xylo Thép công bố báo cáo.', ['Công ty CP Tập đoàn Xylo Thép/organization']],
    ['Công ty TNHH MTV Tổng công ty Xylo Phát có lãi.', ['Công ty TNHH MTV Tổng công ty Xylo Phát/organization']],
    ['Bộ Công an và Bộ Quốc phòng họp.', ['Bộ Công an/organization', 'Bộ Quốc phòng/organization']],
    ['Ông Lê Văn Khoa, Trường Đại học Kinh tế Quốc dân, nhận định.', ['Lê Văn Khoa/person', 'Trường Đại học Kinh tế Quốc dân/organization']],
    // a name the document uses as a title's affiliation is not a person where a title alone stands before it
    ['Ông Lê Văn Khoa tiếp Thủ tướng Bexlandia\n\nÔng Lê Văn Khoa tiếp Thủ tướng Bexlandia Ivo Marenko. Hà Nội coi trọng quan hệ với Bexlandia.', ['Lê Văn Khoa/person', 'Lê Văn Khoa/person', 'Ivo Marenko/person', 'Hà Nội/location']],
    ['Ông Lê Văn Khoa tiếp Thủ tướng Marenko\n\nÔng Lê Văn Khoa tiếp Thủ tướng Bexlandia Ivo Marenko. Hà Nội coi trọng quan hệ với Bexlandia.', ['Lê Văn Khoa/person', 'Marenko/person', 'Lê Văn Khoa/person', 'Ivo Marenko/person', 'Hà Nội/location']],
    // must not: Đoàn as a family name, or a convoy
    ['Ông Đoàn Văn Khoa gặp bà Lê Thị Lan.', ['Đoàn Văn Khoa/person', 'Lê Thị Lan/person']],
    ['Tổ chức quốc tế này giúp đỡ Hà Nội.', ['Hà Nội/location']],
    ['Ông Lê Văn Khoa (Viện Nghiên cứu Châu Âu) đã về Hà Nội.', ['Lê Văn Khoa/person', 'Viện Nghiên cứu Châu Âu/organization', 'Hà Nội/location']],
    ['Bộ Quốc phòng cho biết Lực lượng vũ trang Xylia (XAF) rút lui.', ['Bộ Quốc phòng/organization', 'Lực lượng vũ trang Xylia/organization', 'XAF/organization']],
    // a Korean given name joined by a hyphen is a person's, though its syllables look Vietnamese
    ['Sau cuộc gặp Kim Yong-hyun, ông Lê Văn Khoa cho biết.', ['Kim Yong-hyun/person', 'Lê Văn Khoa/person']],
    ['Tỉnh Bà Rịa-Vũng Tàu và Lào Cai họp.', ['Bà Rịa-Vũng Tàu/location', 'Lào Cai/location']],
    // "tờ" (a newspaper) marks the next name as an organization
    ['Ông Lê Văn Khoa nói với tờ The Xylo Zone rằng Hungary sai.', ['Lê Văn Khoa/person', 'The Xylo Zone/organization', 'Hungary/country']],
    // a person's name after a body whose name is complete; a foreign body's name after a head that needs one
    ['Lãnh đạo phe đa số tại Thượng viện Dario Vell nói.', ['Thượng viện/organization', 'Dario Vell/person']],
    ['Thường trực Ban Thư ký Lê Văn Khoa dự họp.', ['Ban Thư ký/organization', 'Lê Văn Khoa/person']],
    ['Ông gặp Văn phòng Tổng thống Ba Lan.', ['Văn phòng Tổng thống Ba Lan/organization']],
    ['Ông làm việc tại Viện Xylo House ở Bexgrad.', ['Viện Xylo House/organization', 'Bexgrad/location']],
    ['Giám đốc Tập đoàn Xylo Marek Dunn cho biết.', ['Tập đoàn Xylo Marek Dunn/organization']],
    // a national body's head in sentence case inside a committee's name
    ['Ông Dario Vell là thành viên Ủy ban Ngân sách Thượng viện và từng tranh cử.', ['Dario Vell/person', 'Ủy ban Ngân sách Thượng viện/organization']],
    ['Bộ Tổng tham mưu Các lực lượng vũ trang Ba Lan cho biết.', ['Bộ Tổng tham mưu Các lực lượng vũ trang Ba Lan/organization']],
    // "lên tiếng" (speak up) is not a language marker
    ['Sau đó Xylia lên tiếng Ba Lan cần kiềm chế.', ['Ba Lan/country']],
    // an English body's name quoted whole: parts joined by an English word, one with an organization's word
    ['Ông làm việc tại Xylo Council on Foreign Relations và Bank of Bexland.', ['Xylo Council on Foreign Relations/organization', 'Bank of Bexland/organization']],
    ['Nhà phân tích của Zorvan Endowment for International Peace nhận định.', ['Zorvan Endowment for International Peace/organization']],
    ['Ông Dario Smith and Wesson nói.', ['Dario Smith/person']],
    ['Phía Ba Lan, Bộ trưởng Kinh tế Đối ngoại Park Ji-hoon chủ trì phiên họp.', ['Ba Lan/country', 'Park Ji-hoon/person']],
    ['Người dân tập trung tại quảng trường Xylo rồi đến Nhà thờ Hồi giáo Zarovan.', ['Xylo/location', 'Nhà thờ Hồi giáo Zarovan/location']],
    ['Xylo Air tăng chuyến tới Ba Lan.', ['Xylo Air/organization', 'Ba Lan/country']],
    ['Ông Lê Văn Khoa, chủ tịch HĐQT Công ty cổ phần Tập đoàn Xylo Sơn, bị bắt.', ['Lê Văn Khoa/person', 'Công ty cổ phần Tập đoàn Xylo Sơn/organization']],
  ])('names: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('an acronym in parentheses after a known country is not its short form', () => {
    const { x } = extract('Binh sĩ Hàn Quốc (XJCS) đã rút.');
    expect(x.mentions.map((m) => `${m.text}/${m.type}/${m.acronym ?? ''}`)).toEqual(['Hàn Quốc/country/', 'XJCS/organization/']);
  });

  it('an acronym in parentheses after a long name is its short form, though capitals follow a bracket anyway', () => {
    const { x } = extract('Cơ quan Năng lượng Xylia (XEA) dự báo giá dầu giảm.');
    expect(x.mentions.map((m) => `${m.text}/${m.type}/${m.acronym ?? ''}`)).toEqual(['Cơ quan Năng lượng Xylia/organization/XEA', 'XEA/organization/']);
  });

  it('a religion is no name, not even an untyped one, and the known name after it stays apart', () => {
    const { x } = extract('Tín đồ Hồi giáo và Phật giáo cầu nguyện cho phong trào Hồi giáo Ai Cập.');
    expect(x.mentions.map((m) => `${m.text}/${m.type}`)).toEqual(['Ai Cập/country']);
  });

  it('an acronym the lexicon reads as a common term is the short form of the organization it follows in parentheses', () => {
    const { x } = extract('Đảng Quyền lực Xylia (PPP) cầm quyền, trong khi GDP tăng.');
    expect(x.mentions.map((m) => `${m.text}/${m.type}/${m.acronym ?? ''}`)).toEqual(['Đảng Quyền lực Xylia/organization/PPP', 'PPP/organization/']);
  });

  it('a brand in parentheses after a company name is the same company', () => {
    const { x } = extract('Công ty Cổ phần Sữa Xylia (Xylomilk) báo lãi lớn.');
    expect(x.mentions.map((m) => `${m.text}/${m.type}/${m.acronym ?? ''}`)).toEqual(['Công ty Cổ phần Sữa Xylia/organization/Xylomilk', 'Xylomilk/organization/']);
  });

  it.each([
    ['Ít nhất 35 người thiệt mạng sau khi Ba Lan không kích, Bộ Y tế Séc do Hungary điều hành cho biết ngày 6/6.', ['Bộ Y tế Séc > Ba Lan']],
    ['Ông Nguyễn Văn Khoa, Chủ tịch UBND tỉnh Xuyên Mộc, cho biết Lào đã đồng ý.', ['Nguyễn Văn Khoa > Lào']],
    // the body in an apposition is the speaker's affiliation, not the speaker
    ['Giáo sư Ivo Marenko, Đại học Xylia, nhận định Ba Lan sẽ tăng chi tiêu.', ['Ivo Marenko > Ba Lan']],
    // a person at a place said it ("tại Hà Nội" is not the subject)
    ['Ông Ivo Marenko tại Vienna cho biết Ba Lan đã đồng ý.', ['Ivo Marenko > Ba Lan']],
    ['Ông Lê Văn Khoa, giám đốc của Viện Xylo, nhận định Ba Lan sẽ đồng ý.', ['Lê Văn Khoa > Ba Lan']],
    // the speaker before a relative clause
    ['Ngoại trưởng Ba Lan Ivo Marenko, người vừa thăm Bexland, cho rằng Hungary cần làm nhiều hơn.', ['Ivo Marenko > Hungary']],
    ['Ông Lê Văn Khoa gọi đó là “sai lầm” và cho biết Hungary sẽ tham gia.', ['Lê Văn Khoa > Hungary']],
    ['Tổng thống Ba Lan Ivo Marenko, đang thăm Các Tiểu vương quốc Ả Rập Thống nhất (UAE), tuyên bố Hungary sẽ tham gia.', ['Ivo Marenko > Hungary']],
    ['Bà Lê Thị Hoa, em gái của ông Lê Văn Khoa, cảnh báo Hungary sẽ phải trả giá.', ['Lê Thị Hoa > Hungary']],
    ['Ba Lan đã đồng ý, ông Lê Văn Khoa nói với báo Xylo Times.', ['Lê Văn Khoa > Ba Lan']],
    // (what was said begins after the apposition, a body with a person's initial and its acronym in it)
    ['Theo Dario Vell, nhà nghiên cứu tại Trường Nghiên cứu Xylo K. Bexaram (XKB) ở Séc, Hungary có thể đáp trả.', ['Dario Vell > Hungary']],
    // in English a place alone before a colon heads the story; in Vietnamese a country speaks, a city or province heads it
    ['Poland: Rebels seize Bexgrad as Ivo Marenko flees', []],
    ['Ba Lan: Hungary mất nhiều quân ở Séc', ['Ba Lan > Hungary', 'Ba Lan > Séc']],
    ['Hải Phòng: Khởi công cầu nối với Hungary', []],
    // a bare title opening the sentence stands for the one person named with it before
    ['Thủ tướng Lê Văn Khoa đến Xylopolis. Thủ tướng đề nghị Hungary hỗ trợ.', ['Lê Văn Khoa > Hungary']],
    ['Thủ tướng Lê Văn Khoa gặp Thủ tướng Ivo Marenko. Thủ tướng đề nghị Hungary hỗ trợ.', []],
    // (of several, the one named with the title bare: the home country's)
    ['Thủ tướng Ba Lan Ivo Marenko đến Xylopolis. Thủ tướng Lê Văn Khoa đón ông. Thủ tướng đề nghị Hungary hỗ trợ.', ['Lê Văn Khoa > Hungary']],
    ['Thủ tướng Lê Văn Khoa tiếp Đại sứ Ba Lan. Ông cho biết Thủ tướng Ivo Marenko coi trọng Séc. Thủ tướng đề nghị Hungary hỗ trợ.', ['Lê Văn Khoa > Ivo Marenko', 'Lê Văn Khoa > Séc']],
    // an aside after the speaker that opens with a preposition and names someone else
    ['Xylian President Ivo Marenko, on his last trip before President-elect Dario Vell takes office, urged leaders to support Hungary.', ['Ivo Marenko > Hungary']],
    // or after a short opening phrase and its comma
    ['Thủ tướng Lê Văn Khoa đến Xylopolis. Tại phiên họp, Thủ tướng nhấn mạnh Hungary sẵn sàng.', ['Lê Văn Khoa > Hungary']],
    ['Prime Minister Ivo Marenko met the envoy. At the meeting, the prime minister said Hungary was ready.', ['Ivo Marenko > Hungary']],
    ['Thủ tướng Lê Văn Khoa đến Xylopolis. Tại Ba Lan, Thủ tướng nhấn mạnh Hungary sẵn sàng.', []],
    ['Thủ tướng Lê Văn Khoa đến Xylopolis. Sau khi nghe báo cáo của các bộ trưởng về tình hình, Thủ tướng nhấn mạnh Hungary sẵn sàng.', []],
    // the person an agency quotes
    ['Ông Lê Văn Khoa được hãng tin Xylo News dẫn lời nói rằng Hungary đang "đùa với lửa".', ['Lê Văn Khoa > Hungary']],
    ['Hãng tin Xylo News dẫn lời ông Lê Văn Khoa nói Hungary sai.', ['Lê Văn Khoa > Hungary']],
    // an aside in parentheses after the speaker
    ['Trao đổi với PV Xylo News, TS. Lê Văn Khoa (Viện Nghiên cứu Xylia) cho biết Hungary khó đồng ý.', ['Lê Văn Khoa > Hungary']],
  ])('statements: %s', (text, expected) => {
    expect(relations(text, 'statement')).toEqual(expected);
  });
});

describe('English news constructions', () => {
  it.each([
    ['Russian President Ivan Petrov said he would visit.', ['Ivan Petrov > Russian (President)']],
    ["Poland's Foreign Minister Anna Nowacka met reporters.", ['Anna Nowacka > Poland (Foreign Minister)']],
    ['Pentagon spokeswoman Sabrina Kowal said it was true.', ['Sabrina Kowal > Pentagon (spokeswoman)']],
    ['NATO Secretary General Dirk Vandamme arrived on Monday.', ['Dirk Vandamme > NATO (Secretary General)']],
    // the title after the name, with an article and the affiliation after a preposition
    ['Ivo Marenko, a professor at Xylia National University, said the talks failed.', ['Ivo Marenko > Xylia National University (professor)']],
    ['Prime Minister of Poland Anna Nowacka arrived.', ['Anna Nowacka > Poland (Prime Minister)']],
    // the affiliation before a title that follows the name
    ['Tomas Brandl, a former West Virginia governor, spoke.', ['Tomas Brandl > West Virginia (former governor)']],
    ['Anna Kovalic, the Czech foreign minister, later said it.', ['Anna Kovalic > Czech (foreign minister)']],
    ["Ivo Marenko, Poland's ambassador to Xylia, said it.", ['Ivo Marenko > Poland (ambassador)']],
    ['Jordan Kellaway, the head of the Xylo Policy Institute, said it.', ['Jordan Kellaway > Xylo Policy Institute (head)']],
    ['Ivo Marenko, head coach of Xylo United, said it.', ['Ivo Marenko > Xylo United (head coach)']],
    ['Ivo Marenko, leader of the liberal Xylo Party, called it illegal.', ['Ivo Marenko > Xylo Party (leader)']],
    ['Marine Zell, the leader of the far-right Xylo Rally, called it illegal.', ['Marine Zell > Xylo Rally (leader)']],
    ["Poland's Chief Cabinet Secretary Ivo Marenko told reporters.", ['Ivo Marenko > Poland (Chief Cabinet Secretary)']],
    ['Ivo Zell, an urban planning expert at the Xylo Institute, said so.', ['Ivo Zell > Xylo Institute (urban planning expert)']],
    ["Ivo Zell, a visiting fellow at Poland's Xylo Institute, said so.", ['Ivo Zell > Xylo Institute (visiting fellow)']],
    ['Ivo Zell, a senior fellow at the Xylo Institute, and Dario Vell, a researcher at Bexa University, disagreed.', ['Ivo Zell > Xylo Institute (senior fellow)', 'Dario Vell > Bexa University (researcher)']],
    // lowercase words between a possessive and the title; a royal title; "Ayatollah" is not part of the name
    ["Poland's top commander, Ivo Marenko, said on Monday that troops had advanced.", ['Ivo Marenko > Poland (top commander)']],
    ["Qatar's emir, Sheikh Ivo Marenko, condemned the strikes.", ['Ivo Marenko > Qatar (emir)']],
    ["Xylia met Saudi Arabia's Crown Prince Ivo Marenko.", ['Ivo Marenko > Saudi Arabia (Crown Prince)']],
    ["Iran's Supreme Leader Ayatollah Ivo Marenko spoke.", ['Ivo Marenko > Iran (Supreme Leader)']],
    ['Xylia named Dario Vell as Foreign Minister of Poland.', ['Dario Vell > Poland (Foreign Minister)']],
    // an unknown one-word name before a title and its holder is the holder's organization; not a demonym
    ['Xylotek Chief Executive Dario Vell welcomed the ruling.', ['Dario Vell > Xylotek (Chief Executive)']],
    ['Xylian President Dario Vell spoke.', []],
    ['Opposition leader Dario Vell called it madness.', []],
    ['Conservative leader Dario Vell said it.', []],
    ["Xylotek's chief financial officer, Dario Vell, told analysts margins would rise.", ['Dario Vell > Xylotek (chief financial officer)']],
    ['Marenko spokesman Dario Vell said it.', []],
    ["Marenko's adviser Dario Vell said it.", []],
    ['Burkinabe President Dario Vell spoke.', ['Dario Vell > Burkinabe (President)']],
    ['Ivo Marenko, a professor at the private Xylo University, said it.', ['Ivo Marenko > Xylo University (professor)']],
    // a rank after the post: one holder for both
    ['Pentagon press secretary Maj. Gen. Ivo Marenko said it.', ['Ivo Marenko > Pentagon (press secretary)']],
    // a title before a name ends an English body's name; a known company's "& Co" is part of it
    ['Bank of Xylia Governor Ivo Marenko said it.', ['Ivo Marenko > Bank of Xylia (Governor)']],
    ['JPMorgan Chase & Co Chief Executive Jane Roe warned.', ['Jane Roe > JPMorgan Chase & Co (Chief Executive)']],
    // a portfolio before the title is part of it
    ['U.S. Trade Representative Mara Kellen met them.', ['Mara Kellen > U.S. (Trade Representative)']],
    ['Xylo Fund chief economist Ivo Marenko said it.', ['Ivo Marenko > Xylo Fund (chief economist)']],
    ['Treasury Secretary Mara Kellen said it.', []],
    ['EU foreign policy chief Mara Kellen said it.', ['Mara Kellen > EU (foreign policy chief)']],
    // lowercase words between the affiliation and a lowercase title are the title's; function words and participles are not
    ['EU competition chief Mara Kellen told reporters.', ['Mara Kellen > EU (competition chief)']],
    ['UN human rights chief Ivo Marenko said it.', ['Ivo Marenko > UN (human rights chief)']],
    ['Poland named chief executive Ivo Marenko on Monday.', []],
    ['Poland and chief executive Ivo Marenko met.', []],
    ['Poland has chief negotiator Ivo Marenko in place.', []],
    ['England manager Ivo Marenko watched from the stands.', ['Ivo Marenko > England (manager)']],
    ['Jan Roe met his Polish counterpart Ivo Marenko.', ['Ivo Marenko > Polish (counterpart)']],
    ['Tesla CEO Ivo Marenko said the company would grow.', ['Ivo Marenko > Tesla (CEO)']],
    // after a title a country's name before one capitalised word is the holder's given name
    ['Xylia named Foreign Minister Israel Vell to replace him.', []],
    // local officials; a county after a known place's name
    ['Los Angeles County Sheriff Ivo Marenko said deputies arrested two men.', ['Ivo Marenko > Los Angeles County (Sheriff)']],
    ['District Attorney Jane Roe charged him; Police Chief Ivo Kowal of the Xylo Police Department agreed.', ['Ivo Kowal > Xylo Police Department (Police Chief)']],
    // two lowercase titles joined by "and" are one holder's; not with an article before the second
    ['Tesla founder and executive chairman Ivo Marenko bought it.', ['Ivo Marenko > Tesla (founder)']],
    ["Tesla's chairman and the chief executive Jane Roe met.", []],
    // the affiliation's acronym in parentheses before the title
    ['The Xylo Central Bank (XCB) President Ivo Marenko said it.', ['Ivo Marenko > XCB (President)']],
    ['Prime Minister Ivo Marenko of the Czech Republic spoke.', ['Ivo Marenko > Czech Republic (Prime Minister)']],
    // a qualifier glued to the title
    ['Polish President-elect Jan Kowalczyk said it.', ['Jan Kowalczyk > Polish (President-elect)']],
    // a title, a place and a title are one title, the place its field
    ['Ivo Bexa, chief Asia strategist at Xylo Bank, said rates would fall.', ['Ivo Bexa > Xylo Bank (chief Asia strategist)']],
    // a state after "of" is the place a legislator's seat is for, and after other titles the holder's home
    ['Sen. Ivo Bexa of Maine voted against the nominee.', ['Ivo Bexa > Maine (Sen.)']],
    ['Minority Leader Ivo Bexa of New York called it a dark day.', []],
    // a title after a comma and "the" that a verb follows at once begins a clause, it is no apposition
    ['Asked about Ivo Bexa, the Portuguese coach said it was his decision.', []],
    // a British party's name in the singular, as an adjective before the title
    ['Liberal Democrat leader Sir Ivo Bexa called for more funding.', ['Ivo Bexa > Liberal Democrat (leader)']],
    // (an honorific between the title and its holder)
    ['Xylo Unity leader Sir Ivo Bexa called for more funding.', ['Ivo Bexa > Xylo Unity (leader)']],
    ['Slovak Prime Minister-designate Ivo Marenko said it.', ['Ivo Marenko > Slovak (Prime Minister-designate)']],
    // a one-word unknown name before a title held over a place is the place
    ['Xylovsk Gov. Ivo Marenko said on Monday.', ['Ivo Marenko > Xylovsk (Gov.)']],
    ['Bexgrad Mayor Dario Vell said.', ['Dario Vell > Bexgrad (Mayor)']],
    ['U.S. District Judge Dario Vell wrote.', ['Dario Vell > U.S. (District Judge)']],
    ['Xylotek Senior Vice President Dario Vell testified.', ['Dario Vell > Xylotek (Senior Vice President)']],
    ["Xylo Bank's head of research, Dario Vell, agreed.", ['Dario Vell > Xylo Bank (head of research)']],
    ['Chinese Premier Dario Vell met him.', ['Dario Vell > Chinese (Premier)']],
    ['Xylo Bank Special Coordinator for Poland Dario Vell said it was a first step.', ['Dario Vell > Xylo Bank (Special Coordinator for Poland)']],
    ['Dario Vell, 62, is the prime minister of Poland.', ['Dario Vell > Poland (prime minister)']],
    ['The man Dario Vell met is the prime minister of Poland.', []],
    ['Dario Vell, the founder and chairman of Xylo Bank, said the listing was good.', ['Dario Vell > Xylo Bank (founder)', 'Dario Vell > Xylo Bank (chairman)']],
    // lowercase words before the title in an apposition are the title's
    ['"It is a bubble," said Dario Vell, senior portfolio manager at Zorvex Trust, adding more.', ['Dario Vell > Zorvex Trust (senior portfolio manager)']],
    ["The European Union's climate commissioner, Wopke Zorvan, said it was new.", ['Wopke Zorvan > European Union (climate commissioner)']],
    // "now", "new" are no part of the post
    ['Former Xylian President Ivo Marenko, now deputy head of the Bexa Council, wrote on Monday.', ['Ivo Marenko > Bexa Council (deputy head)']],
    ["Kaja Vell, the EU's new foreign policy chief, warned on Monday.", ['Kaja Vell > EU (foreign policy chief)']],
    ['Ana Vell, chair of the Xylian Institute in Bexland (XIB), spoke.', ['Ana Vell > Xylian Institute in Bexland (chair)']],
    ['U.S. Ambassador to the United Nations Ana Vell said it.', ['Ana Vell > U.S. (Ambassador to the United Nations)']],
    ["Poland's Coordinating Minister for Economic Affairs Ivo Marenko told reporters.", ['Ivo Marenko > Poland (Coordinating Minister for Economic Affairs)']],
    // a country's name and words no list knows before "party" are the party's name
    ['Ivo Marenko, leader of the hard-left Poland Xylo party, spoke.', ['Ivo Marenko > Poland Xylo (leader)']],
    // a name no rule typed before "leader" is a party's or a movement's (not an adjective's)
    ['Pheu Xylo leader Ivo Marenko spoke.', ['Ivo Marenko > Pheu Xylo (leader)']],
    ['Xylo leader Ivo Marenko spoke.', ['Ivo Marenko > Xylo (leader)']],
    ['Republican leader Ivo Marenko spoke.', []],
    // a country and words ending in an organization's last word, up to a title
    ['Poland Steel CEO Ivo Marenko warned.', ['Ivo Marenko > Poland Steel (CEO)']],
    // a second title in the apposition, after one with no body
    ['Ông Lê Văn Khoa tiếp Đại tướng Ivo Marenko, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng Ba Lan, tại Hà Nội.', ['Ivo Marenko > Bộ Quốc phòng Ba Lan (Bộ trưởng)']],
    ['Bị cáo Phạm Trung Khoa, cựu chuyên viên Văn phòng Bộ Xylo, nhận án.', ['Phạm Trung Khoa > Văn phòng Bộ Xylo (cựu chuyên viên)']],
    // a person's initial inside a body's name; an emeritus professor
    ['Theo Dario Vell, nhà nghiên cứu tại Trường Nghiên cứu Xylo K. Bexaram (XKB) ở Séc, Hungary có thể đáp trả.', ['Dario Vell > Trường Nghiên cứu Xylo K. Bexaram (nhà nghiên cứu)']],
    ['Ivo Marenko, giáo sư danh dự tại Học viện Xylo, nhận định Hungary sai.', ['Ivo Marenko > Học viện Xylo (giáo sư danh dự)']],
    // the appointee before a relative clause between commas
    ['Ông Lê Văn Khoa chọn thượng nghị sĩ Ivo Marenko, người có quan điểm cứng rắn với Séc và Hungary, làm ngoại trưởng Ba Lan.', ['Ivo Marenko > Ba Lan (ngoại trưởng)']],
    // after a local body's head, capitalised words no list knows are its place, not a holder
    ['Ông Lê Văn Khoa, Bí thư Tỉnh ủy Xuyên Mộc, phát biểu.', ['Lê Văn Khoa > Tỉnh ủy Xuyên Mộc (Bí thư)']],
    ['Bí thư Huyện ủy Xuyên Mộc Lữ Văn Khoa phát biểu.', ['Lữ Văn Khoa > Huyện ủy Xuyên Mộc (Bí thư)']],
    ['Bí thư Huyện ủy Xuyên Mộc cho biết Lào đồng ý.', []],
    ['Ông Lê Văn Khoa, Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông Hà Nội, nói Lào đồng ý.', ['Lê Văn Khoa > Ban Quản lý dự án đầu tư xây dựng các công trình giao thông Hà Nội (Giám đốc)']],
    // (a known place that is all the run after a title and a body is the body's, though it begins with a family name)
    ['Ông Lê Văn Khoa, Giám đốc Sở Y tế Hà Nội, cho biết.', ['Lê Văn Khoa > Sở Y tế Hà Nội (Giám đốc)']],
    ['Giám đốc Sở Y tế Hà Nội Trần Văn An cho biết.', ['Trần Văn An > Sở Y tế Hà Nội (Giám đốc)']],
    // the title's field after "of", in lowercase, before the link to the body
    ['Ole Varen, head of commodity strategy at Xylo Bank, said gold rose.', ['Ole Varen > Xylo Bank (head of commodity strategy)']],
    ['"Gold will rise," said Ole Varen, head of research at Xylo Bank.', ['Ole Varen > Xylo Bank (head of research)']],
    // a body's name in sentence case runs on in lowercase to its country when its acronym follows
    ['Ông Lê Văn Khoa, Phó chủ tịch Hội Kinh doanh vàng Ba Lan (XGTA), cho rằng giá tăng.', ['Lê Văn Khoa > Hội Kinh doanh vàng Ba Lan (Phó chủ tịch)']],
    ['Alice Varen, co-leader of the far-right Xylo Party, said the vote failed.', ['Alice Varen > Xylo Party (co-leader)']],
    // a modifier before the affiliation is the title's: the post is a former one
    ['Dario Vell, a former Polish foreign minister, met officials.', ['Dario Vell > Polish (former foreign minister)']],
    ['Former Polish President Ivo Marenko wrote on Telegram.', ['Ivo Marenko > Polish (former President)']],
    ['Former Texas Governor Ivo Marenko spoke.', ['Ivo Marenko > Texas (former Governor)']],
  ])('roles: %s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ['Fighting continued in the Zarovsk region on Monday.', ['Zarovsk/location']],
    // a long form with lowercase words between the capitals its acronym spells is one name; countries stay countries
    ['He leads the Democratic Party for the Xylians (DPX) now.', ['Democratic Party for the Xylians/organization', 'DPX/organization']],
    ['The Committee to Protect Xylians (CPX) said it was worried.', ['Committee to Protect Xylians/organization', 'CPX/organization']],
    ['The United States and Japan (USJ) agreed.', ['United States/country', 'Japan/country', 'USJ/organization']],
    // Arabic place names that begin with a place noun, with the article glued; a surname "Khan" stays one
    ['A strike hit a house in Beit Xylo on Monday.', ['Beit Xylo/location']],
    ['Fighting in Deir al-Xylo went on.', ['Deir al-Xylo/location']],
    ['Ivo Khan said the talks failed.', ['Ivo Khan/person']],
    // a body named by its last word, "for"/"of" and words no list knows; a crude grade is no place or body
    ['Kathy Roe, chief strategist at the Xylo Center for Financial Research, said it.', ['Kathy Roe/person', 'Xylo Center for Financial Research/organization']],
    ['Loans from Xylo Bank for Mr. Ivo Marenko grew.', ['Xylo Bank/organization', 'Ivo Marenko/person']],
    ['U.S. West Texas Intermediate (WTI) crude rose $2.71.', ['U.S./country']],
    // research and consulting firms by their last word
    ['Xylo Research said iPhone sales fell.', ['Xylo Research/organization']],
    ['Bexa Economics said growth slowed.', ['Bexa Economics/organization']],
    // "for the", "of the" inside a body's name; a place before "resort"
    ['The Court of Appeals for the Ninth Circuit ruled.', ['Court of Appeals for the Ninth Circuit/organization']],
    ['Ivo Marenko met Ana Vell at his Xylo-a-Vell resort in Florida.', ['Ivo Marenko/person', 'Ana Vell/person', 'Xylo-a-Vell/location', 'Florida/location']],
    // a capitalised title after "the" that begins a body's name; not before a name
    ['Growth was 7%, according to the General Statistics Office.', ['General Statistics Office/organization']],
    ['The Secretary General Ivo Marenko said it.', ['Ivo Marenko/person']],
    // a ship's name; the people of a country name it
    ['The frigate Xylo Vell sailed into the port.', []],
    ['The aircraft carrier USS Bexa Marenko arrived in the port.', []],
    ['Georgians rallied in Tbilisi as North Koreans watched.', ['Georgians/country', 'Tbilisi/location', 'North Koreans/country']],
    ['Shares of the Cupertino, California-based company rose.', ['California/location']],
    ['The Xylo Retail Consortium wrote to the minister.', ['Xylo Retail Consortium/organization']],
    // one-word names listed before a known company that closes the list are companies, not a person's word
    ['Investors include Xylorock, Bexity and Nvidia.', ['Xylorock/organization', 'Bexity/organization', 'Nvidia/organization']],
    ['Ivo Musk spoke. Investors include Musk, Bexity and Google.', ['Ivo Musk/person', 'Google/organization']],
    ['Ivo met Xylorock and Nvidia.', ['Nvidia/organization']],
    // and one closing a list of two known companies or more; not a person's word, nor after one known company alone
    ['Investors include Google, Nvidia and Zorvex.', ['Google/organization', 'Nvidia/organization', 'Zorvex/organization']],
    ['Ivo Musk spoke. Investors include Google, Nvidia and Musk.', ['Ivo Musk/person', 'Google/organization', 'Nvidia/organization']],
    ['Nvidia met Zorvex and Bexity.', ['Nvidia/organization']],
    // a body named after a topic, "on" and the topic (data/en/topic-heads.txt); not a street, a day or a bank's "on"
    ['The Xylian Commission on Human Rights said.', ['Xylian Commission on Human Rights/organization']],
    ['Police held them, the Kenya National Commission on Human Rights said.', ['Kenya National Commission on Human Rights/organization']],
    ['The Xylo Council on Bexa Street met.', ['Xylo Council/organization', 'Bexa Street/location']],
    ['Xylo Bank on Monday cut rates.', ['Xylo Bank/organization']],
    ['The Polish Chamber of Commerce in Hungary welcomed the move.', ['Polish Chamber of Commerce/organization', 'Hungary/country']],
    ['Apple Inc reported revenue on Thursday.', ['Apple Inc/organization']],
    // "and" inside a body's name before its last word; a known company and its unit's name
    ['The Tariffs and Exchange Commission and the Federal Trade Commission are examining it.', ['Tariffs and Exchange Commission/organization', 'Federal Trade Commission/organization']],
    ['Dario Vell and Federal Trade Commission staff met.', ['Dario Vell/person', 'Federal Trade Commission/organization']],
    ['Orders came from Amazon Zorva Services and others.', ['Amazon Zorva Services/organization']],
    ['Analysts at Zorvex Investments agreed.', ['Zorvex Investments/organization']],
    ['Analysts at Zorvex warned, and fighting went on at Bexgrad.', ['Zorvex/organization', 'Bexgrad/location']],
    ['It merged with Zorva Spade Acquisition, and its EV sales rose.', ['Zorva Spade Acquisition/organization']],
    ["Xylia's Joint Marshals of Staff (JMS) said the missile flew.", ['Joint Marshals of Staff/organization', 'JMS/organization']],
    ["Xylia's Chief of Staff Ivo Marenko said.", ['Ivo Marenko/person']],
    ['Party General Secretary and State President Dario Vell held talks.', ['Dario Vell/person']],
    ["He met the chairman of the National People's Congress.", ["National People's Congress/organization"]],
    ["Xylia's Air Force said a man was killed in the village of Zarov-Bexovo.", ['Air Force/organization', 'Zarov-Bexovo/location']],
    ['It landed between the Korean peninsula and Japan.', ['Korean peninsula/location', 'Japan/country']],
    ['It struck with the Security Service of Ukraine, not the Armed Forces of Poland\'s allies.', ['Security Service of Ukraine/organization', 'Armed Forces/organization', 'Poland/country']],
    ['Treasury Secretary Mara Kellen said it.', ['Mara Kellen/person']],
    ['Human Rights Watch said the Xylo Times had closed.', ['Human Rights Watch/organization', 'Xylo Times/organization']],
    // "the village of X": a place
    ['Russian forces captured the village of Novorivka on Monday.', ['Russian/country', 'Novorivka/location']],
    ['Troops entered the town of Zarovsk.', ['Zarovsk/location']],
    ['The Bank of Xylia and the University of Zarovsk met.', ['Bank of Xylia/organization', 'University of Zarovsk/organization']],
    ['The Pentagon said North Korean troops had moved.', ['Pentagon/organization', 'North Korean/country']],
    ["They met in Russia's Kursk region.", ['Russia/country', 'Kursk/location']],
    ['The Borvak Intelligence Service said the report was false.', ['Borvak Intelligence Service/organization']],
    ['The Zelmar Supreme Court ruled against the plan.', ['Zelmar Supreme Court/organization']],
    ['Troops of the Xylian Armed Forces crossed the river.', ['Xylian Armed Forces/organization']],
    ['The Peru Fisheries Authority said catches fell.', ['Peru Fisheries Authority/organization']],
    ['Peru President Ana Quispe said it would.', ['Peru/country', 'Ana Quispe/person']],
    ['Sen. Jane Roe, R-S.C., said the bill would pass.', ['Jane Roe/person']],
    ['Rep. John Doe, D-Calif., voted no.', ['John Doe/person']],
    ['Shares fell on Wall Street after Marek Zielny spoke to the House of Commons.', ['Wall Street/location', 'Marek Zielny/person', 'House of Commons/organization']],
    ['First Lady Jane Roe arrived.', ['Jane Roe/person']],
    // a head that also ends names ("Bank"), after a word no list knows, goes on that name
    ['Shares in Zorvak Bank International fell; Xylo Bank of Commerce and Zorvak Bank Group cut rates.', ['Zorvak Bank International/organization', 'Xylo Bank of Commerce/organization', 'Zorvak Bank Group/organization']],
    // a place's last word makes a place's name, after a known name too
    ['Fighting near the Zarov River continued; Xylo Island and Silicon Valley were calm.', ['Zarov River/location', 'Xylo Island/location', 'Silicon Valley/location']],
    ['Troops crossed the Dnipro River.', ['Dnipro River/location']],
    ['Fighting continued in the Zarov Region and Xylo Oblast; District Attorney Jane Roe spoke.', ['Zarov Region/location', 'Xylo Oblast/location', 'Jane Roe/person']],
    // "US" without dots is the country; "Rear Adm" is a rank
    ['US President Ivo Marenko met Rear Adm Jane Roe; he told us so.', ['US/country', 'Ivo Marenko/person', 'Jane Roe/person']],
    // initials and a generational suffix belong to the name (a title word before "Jr." is a surname)
    ['J.D. Kellen met Robert F. Zielny Jr. on Monday.', ['J.D. Kellen/person', 'Robert F. Zielny Jr/person']],
    ['Tomas Brandl King Jr. spoke in Warsaw.', ['Tomas Brandl King Jr/person', 'Warsaw/location']],
    ['King Tomas met officials.', ['Tomas/person']],
    // two capitalised words after "the" are not a person's name by their shape
    ['Users left the Xylo Store after the Zarov Forum.', []],
    ['The Department of Justice said it would appeal.', ['Department of Justice/organization']],
    // an unknown adjective of nationality before a title is not a person
    ['North Xylian leader Pak Sol Ju met officials.', ['Pak Sol Ju/person']],
    // ranks and honorifics written without a dot, a particle after an honorific
    ['Lt Gen Ivo Marenko met Dr Anna Kovalic and Prof Jan Roe.', ['Ivo Marenko/person', 'Anna Kovalic/person', 'Jan Roe/person']],
    ['Ms van der Kelt said Poland agreed.', ['van der Kelt/person', 'Poland/country']],
    // a place name that is also a given name, before a surname no list knows
    ['Jordan Kellaway signed for Xylo United.', ['Jordan Kellaway/person', 'Xylo United/organization']],
    ['Chad Okonkwo said the deal was done.', ['Chad Okonkwo/person']],
    ['In Georgia Kellaway won easily.', ['Georgia/country']],
    ['Troops left Chad Sunday.', ['Chad/country']],
    ['Polls closed in West Virginia.', ['West Virginia/location']],
    // an organization's last word after a place name, even a place name that is also a word or a name
    ['Xylo Power Company raised its rates.', ['Xylo Power Company/organization']],
    ['Jordan Valley Authority cut water supplies.', ['Jordan Valley Authority/organization']],
    ['Shares on the Bexland Stock Exchange fell.', ['Bexland Stock Exchange/organization']],
    // an untitled name whose apposition gives a title and a body is a person
    ['Kim Dae-ho, a professor at Xylia National University, said the talks failed.', ['Kim Dae-ho/person', 'Xylia National University/organization']],
    // Vietnamese names as English-language news writes them, without diacritics
    ['A court sentenced Truong Van Khai to life in prison.', ['Truong Van Khai/person']],
    ['PM Pham Thi Hoa ordered the review.', ['Pham Thi Hoa/person']],
    ['The Xylia Court on Thursday rejected the appeal.', ['Xylia Court/organization']],
    ["Ukraine's General Staff said the attack failed.", ["Ukraine's General Staff/organization"]],
    ['The ruling Zorva Rally and the left-wing Bexa Front coalition lost to the opposition Xylo.', ['Zorva Rally/organization', 'Bexa Front/organization', 'Xylo/organization']],
    ["Marine Zell's far-right Xylo Rally said it would wait.", ['Marine Zell/person', 'Xylo Rally/organization']],
    ["Vice Chairman of the People's Committee Tran Van Khoa said so.", ["People's Committee/organization", 'Tran Van Khoa/person']],
    ["The People's Xylo Assembly and the Workers' Party of Bexland met Poland's Xylo Bank.", ["People's Xylo Assembly/organization", "Workers' Party of Bexland/organization", 'Poland/country', 'Xylo Bank/organization']],
    ['The 93rd Mechanized Brigade and the 24th Brigade fought beside the Zorvan Black Fleet.', ['93rd Mechanized Brigade/organization', '24th Brigade/organization', 'Zorvan Black Fleet/organization']],
    ['Ivo Zell spoke at Xylo Government House and in the Bexa Garden.', ['Ivo Zell/person', 'Xylo Government House/location', 'Bexa Garden/location']],
    ['Lucie Zell works at Bexgrad City Hall and Xylo Town Hall, not at City Hall, with Mayor Ivo Hall.', ['Lucie Zell/person', 'Bexgrad City Hall/location', 'Xylo Town Hall/location', 'Ivo Hall/person']],
    ['The Eastern Front was quiet, the Bexland Liberation Front said.', ['Bexland Liberation Front/organization']],
    ['Xylo Sports reported the deal first.', ['Xylo Sports/organization']],
    ['Rivals Xylo Bank and Bexa Corp struggled. Investors Zorva Kell and Ivo Zell sold.', ['Xylo Bank/organization', 'Bexa Corp/organization', 'Zorva Kell/person', 'Ivo Zell/person']],
    ['The Democratic Party of Poland met, and the Democratic Party of Joe Zell lost.', ['Democratic Party of Poland/organization', 'Democratic Party/organization', 'Joe Zell/person']],
    ['The South Korean National Assembly voted on Xylo Bank.', ['South Korean National Assembly/organization', 'Xylo Bank/organization']],
    ["Xylotek's Foreign Ministry team met Russia's Xylo Bank.", ['Foreign Ministry/organization', 'Russia/country', 'Xylo Bank/organization']],
    ['General Ivo Marenko inspected the troops.', ['Ivo Marenko/person']],
    // a headline in capitals: only known names ("XYLIA SAYS" is not a person)
    ['XYLIA SAYS IT SHOT DOWN 30 UKRAINIAN DRONES OVER BEXLAND', ['UKRAINIAN/country']],
    // honorifics written without a dot are not part of the name
    ['Officials met Mr Ivo Marenko on Monday.', ['Ivo Marenko/person']],
    ['Xylian Prime Minister Sheikh Ivo Marenko spoke.', ['Ivo Marenko/person']],
    ['"We are close," said Majed al-Ansari, a spokesman.', ['Majed al-Ansari/person']],
    // a credit after the caption's sentence is not read
    ['Anna Nowacka speaks in Vienna. Photo: Xylo Press', ['Anna Nowacka/person', 'Vienna/location']],
    ['Xylia named Foreign Minister Israel Vell to replace him.', ['Israel Vell/person']],
    // a Vietnamese family name that is also an English word, where its capital is not forced
    ['Xylia replaces To Van Khoa, who was elected in August.', ['To Van Khoa/person']],
    ['To Van Khoa supporters cheered in Bexgrad.', ['Bexgrad/location']],
    // an organization's noun after the name
    ['Ivo Marenko wrote on his Zorva Social platform that he agreed.', ['Ivo Marenko/person', 'Zorva Social/organization']],
    ['The Xylo party won the vote in Bexgrad.', ['Xylo/organization', 'Bexgrad/location']],
    // foreign words joined by hyphens right after a known company's name: another body's (not a holder after a title)
    ['Samsung Xylo-Mechanics said profit rose, Samsung said.', ['Samsung Xylo-Mechanics/organization', 'Samsung/organization']],
    ['Tổng thư ký NATO Zorvex-Bexa phát biểu, Samsung Ivo Marenko cũng vậy.', ['NATO/organization', 'Zorvex-Bexa/person', 'Samsung/organization', 'Ivo Marenko/person']],
    // capitals in parentheses after lowercase words shorten a term, unless a body's head begins them
    ['The consumer price index (XCPI) rose, the statistics agency (XSA) said.', ['XSA/organization']],
    ['Zorvex & Gamble said sales rose as US & China talks ended.', ['Zorvex & Gamble/organization', 'US/country', 'China/country']],
    ['According to the Society of Xylian Automobile Makers, Bexa Sons declined to comment.', ['Society of Xylian Automobile Makers/organization', 'Bexa Sons/organization']],
    // a rival at a sentence's start; compass directions joined by a hyphen
    ['Rival Xylo Electronics reported a rise. The North-South line opened.', ['Xylo Electronics/organization']],
    // a country's name in capitals it is not written in, before such a noun, is the body's acronym; not before another word
    ['The opposition KENYA alliance won 40 seats. Kenya voted on Monday.', ['KENYA/organization', 'Kenya/country']],
    ['The FRANCE team won in Bexgrad.', ['FRANCE/country', 'Bexgrad/location']],
    ['The summit was held at the Museum of Xylo Art.', ['Museum of Xylo Art/organization']],
    // a capitalised government is a body
    ['The Xylo Unity Government, formed by ousted lawmakers, said Bexgrad lied.', ['Xylo Unity Government/organization']],
    // a place's abbreviation with its dot begins the place's name, a saint's possessive and all
    ['Crowds filled St. Xylo\'s Square and St. Bexan\'s Basilica.', ['St. Xylo\'s Square/location', 'St. Bexan\'s Basilica/location']],
    ['He moved to St. Xylo. The Mt. Zorva area is cold.', ['St. Xylo/location', 'Mt. Zorva/location']],
    ['The government is based in Port Xylia.', ['Port Xylia/location']],
    ['The Islamist group Xylo al-Bexan prayed at the Zorva Mosque.', ['Xylo al-Bexan/organization', 'Zorva Mosque/location']],
    // "for the" right after a body's head, a hyphenated word inside its name
    ['According to the Institute for the Study of Xylo, fighters left.', ['Institute for the Study of Xylo/organization']],
    ['The Organization for Xylo and Co-operation said so.', ['Organization for Xylo and Co-operation/organization']],
    // a name that begins with a capitalised particle
    ['Von der Xylen said Poland agreed.', ['Von der Xylen/person', 'Poland/country']],
    ['Cardinal Ivo Marenko spoke in the Xylo Chapel.', ['Ivo Marenko/person', 'Xylo Chapel/location']],
    // (a title that is also a family name, after a given name)
    ['UN envoy Anna Bishop met Dario King in Poland.', ['UN/organization', 'Anna Bishop/person', 'Dario King/person', 'Poland/country']],
    // capitalised words alone in quotation marks are a phrase
    ['Ivo Marenko ended with the words "Xylo Bexan."', ['Ivo Marenko/person']],
    // a league is a body (a party, a union of states, a sports league), not an event
    ['Her Xylo League party was barred, and Xylo League supporters were detained.', ['Xylo League/organization', 'Xylo League/organization']],
    ['The Bexan Football League fined the club.', ['Bexan Football League/organization']],
    // the names listed after a plural place noun share its type
    ['Troops took part in assaults near the villages of Xylovka, Bexino and Zorivka.', ['Xylovka/location', 'Bexino/location', 'Zorivka/location']],
    ['Troops attacked the village of Xylovka, Ivo Marenko and Dario Vell said.', ['Xylovka/location', 'Ivo Marenko/person', 'Dario Vell/person']],
  ])('names: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // (the bare name could be either: it stays apart)
    ['The Polish Xylo Party and the Czech Xylo Party met, the Xylo Party said.', ['Polish Xylo Party/organization', 'Czech Xylo Party/organization', 'Xylo Party/organization']],
    ['The Korean Confederation of Xylo Workers said it would strike.', ['Korean Confederation of Xylo Workers/organization']],
    ['Scientists at the Polish Academy of Xylology agreed.', ['Polish Academy of Xylology/organization']],
    // a known body after an adjective of nationality stays itself, and a title after one is no body
    ['The Russian Wagner Group said Polish President Ivo Marenko lied.', ['Russian/country', 'Wagner Group/organization', 'Polish/country', 'Ivo Marenko/person']],
  ])('an adjective of nationality before a body no list knows is part of its name: %s', (text, expected) => {
    expect(analyze(text).entities.filter((e) => e.type !== null).map((e) => `${e.label}/${e.type}`)).toEqual(expected);
  });

  it("a body every country has, after a country, is that country's even where the gazetteer knows another by that name, or its own", () => {
    const a = analyze("Poland's Security Council met before the UN Security Council did. Vietnam's Communist Party and Poland's Communist Party met.");
    expect(a.entities.map((e) => [e.label, e.ref ?? null])).toEqual([
      ["Poland's Security Council", null],
      ['UN Security Council', 'organization:hoi-dong-bao-an-lien-hop-quoc'],
      ["Vietnam's Communist Party", 'organization:dang-cong-san-viet-nam'],
      ["Poland's Communist Party", null],
    ]);
  });

  it('plural titles ("Sens.", "Reps.") end no sentence and are titles', () => {
    expect(names('Republican Sens. Jane Roe of Maine and Ivo Marenko voted against. Democratic Reps. Anna Nowak and Dario Vell said no.')).toEqual(['Jane Roe/person', 'Maine/location', 'Ivo Marenko/person', 'Anna Nowak/person', 'Dario Vell/person']);
  });

  it.each([
    ['Minister of Public Security Ivo Marenko met Minister for Trade Anna Nowak.', ['Ivo Marenko/person', 'Anna Nowak/person']],
    ['The Minister of Foreign Affairs Ivo Marenko said.', ['Ivo Marenko/person']],
  ])('a portfolio after "Minister of" is part of the title: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // title case: of the headline's names only what the gazetteer knows or the body names too, or the part of a run it names
    ["Ivo Marenko's Gamble: Poland Faces Political Deadlock Over Xylo Bank\n\nPrime Minister Ivo Marenko lost a vote on the Xylo Bank.", ['Ivo Marenko/person', 'Poland/country', 'Xylo Bank/organization', 'Ivo Marenko/person', 'Xylo Bank/organization']],
    // (the part of a run is untyped until resolution: the body's use of it decides its type)
    ['Zorva Kell Warns Poland Over Budget\n\nThe vote failed on Monday, Zorva Kell said.', ['Poland/country', 'Zorva Kell/person']],
    ['Protesters Gather at Bexgrad City Hall\n\nThe vote failed on Monday.', []],
    // sentence case: the headline's names stand on their own
    ['Zorva Kell warns Poland over budget\n\nThe vote failed on Monday.', ['Zorva Kell/person', 'Poland/country']],
  ])('a headline in title case: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Reporting by Jane Roe in Xylo City; Editing by John Doe'],
    ['Additional reporting by Marek Zielny and Anna Nowacka'],
    ['Writing by Jane Roe'],
    ['Related: Xylia launches drone attack on Borvak'],
    ['Read more: Anna Nowacka resigns as minister'],
    ['Associated Press writer Jane Roe contributed to this report.'],
    ['Marek Zielny contributed reporting.'],
    ['Jane Roe reported from Xylo City, and Anna Nowacka from Bexgrad.'],
    ['Marek Zielny reported from Bexgrad.'],
    ['Jane Roe contributed reporting from Xylo City, and Anna Nowacka from Bexgrad.'],
    ['Marek Zielny, Jane Roe and Anna Nowacka contributed research.'],
    ['(Reporting by Jane Roe; Additional reporting by Jae-won Lim in Xylo City; Editing by John Doe)'],
    ['(Editing by John Doe)'],
    ['Associated Press writer Jane Roe in Xylo City contributed.'],
    ['AP writers Jane Roe in Xylo City and John Doe in Bexgrad contributed.'],
  ])('credit and link lines are not read: %s', (line) => {
    const d = prepare(`Title of the story\n\nThe minister resigned.\n\n${line}`);
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Title of the story', 'The minister resigned.']);
  });

  it.each([
    ['Reporting by the Xylo Times revealed that the minister had lied.'],
    ['Related talks in Xylia continue on Monday.'],
    ['Editing by hand took the agency two days, Anna Nowacka said.'],
    ['Anna Nowacka contributed reporting that showed the minister had lied to Xylia.'],
    ['Writers Guild members in Xylo City said their union contributed.'],
  ])('content that starts like a credit or link line is read: %s', (line) => {
    const d = prepare(`Title of the story\n\n${line}`);
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Title of the story', line]);
  });

  it.each([
    ['New AI rules take effect, the CEO said.', 'acronyms of common nouns, a sentence-initial adjective'],
    ['The Xylo Markets Act takes effect in May.', 'a law'],
    ['According to Hartvig, the talks went well.', '"to" of "according to" is not a place preposition'],
    ['Prices rose to VND300 per kilo.', 'a currency amount'],
    ['Despite Xylia objections, the Bexland Accord was signed.', 'a treaty; a sentence-initial preposition'],
  ])('not names: %s (%s)', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('a byline with the writer\'s job is the author', () => {
    const d = prepare('Title of the story\n\nBy Jane Roe, Technology correspondent\n\nThe minister resigned.');
    expect(d.meta.author).toBe('Jane Roe');
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Title of the story', 'The minister resigned.']);
  });

  it('a byline of two writers, one with a hyphenated given name, is the author line', () => {
    const d = prepare('Title of the story\n\nBy Jane Roe and Jae-won Lim\n\nThe minister resigned.');
    expect(d.meta.author).toBe('Jane Roe and Jae-won Lim');
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Title of the story', 'The minister resigned.']);
  });

  it('a byline is the author, not a person in the story', () => {
    const d = prepare('Title of the story\n\nBy Jane Roe\n\nThe minister resigned.');
    expect(d.meta.author).toBe('Jane Roe');
    expect(d.sentences.map((s) => d.text.slice(s.start, s.end))).toEqual(['Title of the story', 'The minister resigned.']);
  });

  it.each([
    ['"Poland will not back down," Anna Nowacka told reporters in Vienna.', ['Anna Nowacka > Poland']],
    ['Marek Zielny said Hungary had agreed, but Austria had not.', ['Marek Zielny > Austria', 'Marek Zielny > Hungary']],
    ['According to Lena Hartvig, Russia and China had offered to mediate.', ['Lena Hartvig > China', 'Lena Hartvig > Russia']],
    ['Russia had offered to mediate, according to Lena Hartvig.', ['Lena Hartvig > Russia']],
    // the speaker is the person, not the body in the apposition
    ['Ivo Marenko, a professor at Xylia National University, said Poland had agreed.', ['Ivo Marenko > Poland']],
    ['Jordan Kellaway, the head of the Xylo Policy Institute, said Poland had agreed.', ['Jordan Kellaway > Poland']],
    ['Anna Kovalic, who toured Bexland last week, said Poland had agreed.', ['Anna Kovalic > Poland']],
    ['Anna Kovalic, speaking at a news conference in Vienna, said Poland had agreed.', ['Anna Kovalic > Poland']],
    ['Anna Kovalic, the sister of Xylian leader Ivo Marenko, warned Poland on Sunday.', ['Anna Kovalic > Poland']],
    ['President Ivan Petrov arrived on Monday. The president said Poland had agreed.', ['Ivan Petrov > Poland']],
    // the listener after the verb is not what was said
    ['Poland had agreed, Ivo Marenko told the Xylo Times.', ['Ivo Marenko > Poland']],
    // … and the speaker's title after a possessive; the place where it was said is not what was said
    ['Ivan Petrov urged restraint, his spokesman Ivo Marenko told reporters in Vienna.', ['Ivo Marenko > Ivan Petrov']],
    ['Poland will not yield, her spokeswoman Anna Kovalic said.', ['Anna Kovalic > Poland']],
    ['In Vienna, Ivo Marenko said Poland agreed.', ['Ivo Marenko > Poland']],
    // a quotation before the speaker's affiliation and title
    ['"Poland must act," Xylian President Ivan Petrov said.', ['Ivan Petrov > Poland']],
    ['"Poland must act," Hungary\'s Foreign Minister Ivan Petrov said.', ['Ivan Petrov > Poland']],
    // the verb before its speaker, after a comma or a quotation
    ['"Poland will respond," said Ivo Marenko.', ['Ivo Marenko > Poland']],
    ['Poland will respond, said Ivo Marenko, a spokesman for the Xylo Party.', ['Ivo Marenko > Poland']],
    ["“Poland will respond,” said Hungary's Foreign Minister Anna Nowacka.", ['Anna Nowacka > Poland']],
    ['Hungary will respond, said the Polish Foreign Ministry.', ['Polish Foreign Ministry > Hungary']],
    ['The deal, said to be worth $2 billion, was signed by Poland.', []],
    // where and how it was said, after the verb, is not what was said
    ['Poland has agreed, Ivo Marenko said in a statement on Monday.', ['Ivo Marenko > Poland']],
    ['Poland has agreed, Ivo Marenko said at a news conference in Vienna.', ['Ivo Marenko > Poland']],
    ['Poland has agreed, Ivo Marenko said on Telegram.', ['Ivo Marenko > Poland']],
    ['In Vienna, Ivo Marenko said at a news conference.', []],
    ['Ivo Marenko was quoted by state media as saying Poland had agreed.', ['Ivo Marenko > Poland']],
    // a participle after a comma has the sentence's subject, not the nearest name
    ['President Anna Kovalic congratulated Ivo Marenko, saying Poland would help.', ['Anna Kovalic > Poland']],
    // a quotation that goes on in the next sentence
    ['"The people have spoken," Ivo Marenko told supporters. "Poland will help."', ['Ivo Marenko > Poland']],
    ['"We are ready," Ivo Marenko said. "Poland agrees," Anna Kovalic said.', ['Anna Kovalic > Poland']],
    // after "and", the verb shares the sentence's subject
    ['Anna Nowacka called the plan "a mistake" and said Hungary had agreed.', ['Anna Nowacka > Hungary']],
    ['Officials in Vienna said Poland had agreed.', []],
  ])('statements: %s', (text, expected) => {
    expect(relations(text, 'statement')).toEqual(expected);
  });
});

describe('a body in sentence case that runs on to a place', () => {
  it('with its new acronym after the place, title or not', () => {
    expect(names('Hội Kinh doanh vàng Ba Lan (XGTA) cho biết giá tăng.')).toEqual(['Hội Kinh doanh vàng Ba Lan/organization', 'XGTA/organization']);
  });

  it('not with an acronym that names something known, nor through a verb', () => {
    expect(names('Bộ Y tế thăm Hà Nội (VN) hôm qua.').slice(0, 2)).toEqual(['Bộ Y tế/organization', 'Hà Nội/location']);
  });

  // its first syllable capitalised, the rest in lowercase up to a comma, a known place, a capitalised part of
  // names or a lowercase one ("quốc gia")
  it.each([
    ['Hôm qua, Viện Thủy sinh nhiệt đới, Đại học Xylo cho biết.', 'Viện Thủy sinh nhiệt đới/organization'],
    ['Theo Hội Môi giới nhà đất Ba Lan, giá nhà tăng.', 'Hội Môi giới nhà đất Ba Lan/organization'],
    ['Hôm qua, Viện Thổ nhưỡng nông hóa Trung ương cho biết.', 'Viện Thổ nhưỡng nông hóa Trung ương/organization'],
    ['Viện Thổ nhưỡng quốc gia khuyến cáo người dân.', 'Viện Thổ nhưỡng quốc gia/organization'],
  ])('%s', (text, expected) => {
    expect(names(text)[0]).toBe(expected);
  });

  // not through what is said of the body
  it.each([
    ['Bệnh viện Nhi nhận bệnh nhân Ba Lan.', ['Ba Lan/country']],
    ['Bộ Ngoại giao phản đối hành động Ba Lan.', ['Bộ Ngoại giao/organization', 'Ba Lan/country']],
    ['Bệnh viện Thủy sinh kêu gọi cộng đồng hiến máu Ba Lan.', ['Ba Lan/country']],
  ])('not: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('another name of a person', () => {
  it('a name after "widely known as" is the person\'s', () => {
    const people = analyze('Xylo leader Ivo Marenko Dario, widely known as Zorvik, spoke in Port Bexan. Zorvik left.').entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.surfaces.map(([s]) => s).sort())).toEqual([['Ivo Marenko Dario', 'Zorvik']]);
  });

  it.each([
    ['Cardinal Ivo Marenko was elected pope on Thursday, taking the name Xylo IX. Xylo IX spoke.'],
    ['Hồng y Ivo Marenko được bầu làm Giáo hoàng, lấy tông hiệu Xylo IX. Giáo hoàng Xylo IX phát biểu.'],
  ])('a name the sentence\'s first person takes is his: %s', (text) => {
    const people = analyze(text).entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.surfaces.map(([s]) => s).sort())).toEqual([['Ivo Marenko', 'Xylo IX']]);
  });

  it.each([
    ['Thủ lĩnh phiến quân Abu Dario al-Zarov, tên thật là Karim al-Vell, phát biểu. Ông al-Vell nói Ba Lan sẽ thay đổi.', [['Abu Dario al-Zarov', 'Abu Dario al-Zarov|Karim al-Vell|al-Vell']]],
    ['Ca sĩ Xylo Pham (tên thật Lê Văn Khoa) ra mắt album.', [['Lê Văn Khoa', 'Xylo Pham|Lê Văn Khoa']]],
    ['Zarov, whose real name is Karim al-Vell, spoke in Vienna. Vell said Poland would change.', [['Karim al-Vell', 'Zarov|Karim al-Vell|Vell']]],
    ['The singer Dario Vell (born Ivo Marenko) released an album.', [['Dario Vell', 'Dario Vell|Ivo Marenko']]],
  ])('is one person with the first: %s', (text, expected) => {
    const persons = analyze(text).entities.filter((e) => e.type === 'person');
    expect(persons.map((e) => [e.label, [...e.names].join('|')])).toEqual(expected);
  });

  it.each([
    ['Ông Lê Văn Khoa, tức giận vì bị chỉ trích, gặp ông Trần Văn Nam.', ['Lê Văn Khoa', 'Trần Văn Nam']],
    ['Dario Vell, born in Vienna, met Ivo Marenko.', ['Dario Vell', 'Ivo Marenko']],
    ['Dario Vell, also known as the Xylo Front leader, met Ivo Marenko.', ['Dario Vell', 'Ivo Marenko']],
  ])('must not join two people: %s', (text, expected) => {
    expect(analyze(text).entities.filter((e) => e.type === 'person').map((e) => e.label)).toEqual(expected);
  });
});

describe("a company's stock ticker in running text", () => {
  it.each([
    ['Cổ phiếu XLP của Tập đoàn Xylo Phát tăng 3%, trong khi XLB của Ngân hàng Xylo giảm.', ['Tập đoàn Xylo Phát: XLP|Tập đoàn Xylo Phát', 'Ngân hàng Xylo: XLB|Ngân hàng Xylo']],
    // without "cổ phiếu" in the sentence, or with no "của" and company after it, the acronym stays apart
    ['Cổ phiếu XLP tăng mạnh, Tập đoàn Xylo Phát cho biết.', ['XLP: XLP', 'Tập đoàn Xylo Phát: Tập đoàn Xylo Phát']],
    ['Đại diện XLP của Tập đoàn Xylo Phát phát biểu.', ['XLP: XLP', 'Tập đoàn Xylo Phát: Tập đoàn Xylo Phát']],
    // "Mã" at the start of a sentence before a ticker is the cue ("mã", a ticker), though it is also a family name
    ['Mã XLP của Tập đoàn Xylo Phát giảm 2%, XLB của Ngân hàng Xylo tăng.', ['Tập đoàn Xylo Phát: XLP|Tập đoàn Xylo Phát', 'Ngân hàng Xylo: XLB|Ngân hàng Xylo']],
  ])('after "cổ phiếu", a ticker, "của" and the company is the company: %s', (text, expected) => {
    const orgs = analyze(text).entities.filter((e) => e.type === 'organization');
    expect(orgs.map((e) => `${e.label}: ${[...e.names].join('|')}`)).toEqual(expected);
  });
});

describe("a person's titles in a list, and a body's kind before its name", () => {
  it.each([
    // titles between commas after the person, then the post the person is given
    ['Quốc hội bầu ông Nguyễn Văn Khoa, Ủy viên Ban Zorva, Thường trực Ban Quiva, giữ chức Chủ tịch Ủy ban Xylo.', ['Nguyễn Văn Khoa > Ban Zorva (Ủy viên)', 'Nguyễn Văn Khoa > Ban Quiva (Thường trực)', 'Nguyễn Văn Khoa > Ủy ban Xylo (Chủ tịch)']],
    // after "Theo", two titles joined by a comma are one holder's when the source ends after the holder
    ['Theo Tổng Thư ký Hội đồng Xylo, Chủ nhiệm Văn phòng Hội đồng Xylo Trần Văn Bình, kỳ họp kéo dài.', ['Trần Văn Bình > Hội đồng Xylo (Tổng Thư ký)', 'Trần Văn Bình > Văn phòng Hội đồng Xylo (Chủ nhiệm)']],
    ['Theo phóng viên Xylo Press tại Zorvagrad, Thủ tướng Ba Lan Ivo Marenko tuyên bố sẽ đi.', ['Ivo Marenko > Ba Lan (Thủ tướng)']],
    ['Trao đổi với phóng viên Đài Xylo, Thứ trưởng Bộ Zorva Trần Văn Bình cho biết sẽ đủ điện.', ['Trần Văn Bình > Bộ Zorva (Thứ trưởng)']],
    ['Ông Ivo Marenko, Tổng cao ủy Cơ quan Xylo, cho biết cơ quan sẵn sàng.', ['Ivo Marenko > Cơ quan Xylo (Tổng cao ủy)']],
    // an acronym spelled by a known body's short name and the words after it
    ['Jan Roe, the executive secretary of the UN Xylo Convention on Zorva Change (UNXCZC), spoke.', ['Jan Roe > UN Xylo Convention on Zorva Change (executive secretary)']],
    // a one-word short name in parentheses after the body is no holder
    ['Cedric Vell, the chair of the Alliance of Xylo Island States (Axis), said it failed.', ['Cedric Vell > Alliance of Xylo Island States (chair)']],
    // a place before "-based" describes the body that follows its kind
    ['Ivo Zell, director of the Nairobi-based thinktank Xylo Shift Kenya, said it.', ['Ivo Zell > Xylo Shift Kenya (director)']],
    // a name no rule typed after "of", closing an apposition to a person, is the body the title is held in
    ['Dana Whitfield, Chief Executive Officer of Xylocore, said it grew.', ['Dana Whitfield > Xylocore (Chief Executive Officer)']],
    ['Ivo Zell, a friend of Dana, came.', []],
    // a city's name that is also a given name begins a person's; a programme is a body
    ['Milan Zorvash, director of the South Xylo Program at the Bexa Institute, said it.', ['Milan Zorvash > South Xylo Program (director)']],
    // a place before its noun, after "of"
    ['Ivo Zell, chief minister of Xylo state, backed the plan.', ['Ivo Zell > Xylo (chief minister)']],
  ])('roles: %s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it.each([
    ['Văn phòng Hội đồng Xylo cho biết Hội đồng Xylo sẽ họp.', ['Văn phòng Hội đồng Xylo/organization', 'Hội đồng Xylo/organization']],
    ['The charity Zorva Aid said it would help.', ['Zorva Aid/organization']],
    ['The tech giant Xylotek said it would appeal.', ['Xylotek/organization']],
    ['Jane Roe, director of the think tank Xylo Futures, said the summit failed.', ['Jane Roe/person', 'Xylo Futures/organization']],
    ['The charity Xylo Aid in Kenya said it would help.', ['Xylo Aid/organization', 'Kenya/country']],
    // must not: a kind's word capitalised is a given name; a common adjective opening a sentence names no island
    ['Charity Wambui said the vote failed.', ['Charity Wambui/person']],
    ['Small island states walked out of a meeting on Saturday.', []],
    ['Lực lượng thường trực của quân đội được tăng cường.', []],
    // a Vietnamese name no rule typed, listed after a person's, is a person's; not after a place's
    ['Trong khi đó, đội trưởng Văn Khoa và Minh Tuấn được khen ngợi.', ['Văn Khoa/person', 'Minh Tuấn/person']],
    ['Bà Lê Thị Hoa, Minh Tuấn và Quang Hải cùng đến.', ['Lê Thị Hoa/person', 'Minh Tuấn/person', 'Quang Hải/person']],
    ['Đoàn đến Hà Nội và Minh Tuấn được khen ngợi.', ['Hà Nội/location']],
    // a word before a known party's name, where the acronym after them begins with its letter, begins another party's
    ['The Xylian Democrats (XD) and the Zorva Social Democrats (ZSD) met.', ['Xylian Democrats/organization', 'Zorva Social Democrats/organization']],
    ['Ivo Zell, leader of the opposition Christian Democrats (CXU), spoke.', ['Ivo Zell/person', 'Christian Democrats/organization']],
    ['The Democrats (XNC) met on Monday.', ['Democrats/organization', 'XNC/organization']],
    ['Bà Lê Thị Hoa có cổ phần tại khách sạn Xylo Plaza.', ['Lê Thị Hoa/person', 'Xylo Plaza/location']],
    ['The party won 16 seats in Xylo Pradesh on Monday.', ['Xylo Pradesh/location']],
    ['The Paris Agreement was signed in Paris, and Zorva Fashion Week opened.', ['Paris/location']],
    // a known body's name and a name no rule typed after a kind of body are one body's; a company's ticker after
    // an abbreviation's period names it
    ['Its subsidiary Samsung Xylo Cloud will operate the plant.', ['Samsung Xylo Cloud/organization']],
    ['Xylocore Inc. (NASDAQ: XYLC) said it grew.', ['Xylocore Inc/organization', 'NASDAQ/organization']],
    // a body every country has, in lowercase after the country's name or adjective; not any noun after it
    ["Poland's defence ministry said Ivo Zell lied, and the Czech foreign ministry agreed.", ["Poland's defence ministry/organization", 'Ivo Zell/person', 'Czech foreign ministry/organization']],
    ["Poland's defence budget grew.", ['Poland/country']],
    ["Poland's public health agency said Ivo Zell was ill.", ["Poland's public health agency/organization", 'Ivo Zell/person']],
    // "Centers" heads a body's name; a city's centre is none
    ['The Centers for Xylo Control and Prevention (CXC) said it.', ['Centers for Xylo Control and Prevention/organization']],
    ['Fighting in the city center continued.', []],
    // a party's short name that is a common word at a sentence's start counts there only if the text uses it elsewhere
    ['Ms Xylova accused Labour of raising taxes. The Conservatives lost.', ['Xylova/person', 'Labour/organization', 'Conservatives/organization']],
    ['Labour costs rose sharply in Velgrad.', ['Velgrad/location']],
    // a theatre, a stadium, a hotel: the capitalised head is part of the place's name
    ['Đêm nhạc diễn ra tại Nhà hát Lớn Xylo.', ['Nhà hát Lớn Xylo/location']],
    ['Trận đấu ở Sân vận động Xylo kết thúc.', ['Sân vận động Xylo/location']],
    ['The Polish Observatory for Xylo Rights said it.', ['Polish Observatory for Xylo Rights/organization']],
    // "CTCP", a joint-stock company's legal form, heads a body's name and wraps another's whole name
    ['Theo báo cáo, CTCP Xylo Phát (mã XLP) ghi nhận lãi. Bà Lê Thị Hoa, Phó Tổng giám đốc CTCP Tập đoàn Zorva, nhận định. Tập đoàn Zorva cho biết.', ['CTCP Xylo Phát/organization', 'Lê Thị Hoa/person', 'CTCP Tập đoàn Zorva/organization']],
    // a name after a preposition, then a comma and the state or country it is in; a walking street
    ['The booster landed in Boca Xylo, Texas, on Sunday.', ['Boca Xylo/location', 'Texas/location']],
    ['Talks with Ivo Zell, Poland, failed.', ['Ivo Zell/person', 'Poland/country']],
    ['Lễ hội khai mạc tại phố đi bộ Lê Văn Khoa, quận 1.', ['Lê Văn Khoa/location']],
  ])('names: %s', (text, expected) => {
    expect(analyze(text).entities.filter((e) => e.type !== null).map((e) => `${e.label}/${e.type}`)).toEqual(expected);
  });

  it.each([
    // the speaker before an apposition whose title has a field before it, not the country in it
    ['Jan Novak, the Xylian climate envoy, said the deal would work but acknowledged that Ivo Marenko had lost.', ['Jan Novak > Ivo Marenko']],
    ['Jan Novak, the Polish climate envoy, said Ivo Marenko had lost.', ['Jan Novak > Ivo Marenko']],
    // a nationality before a body's noun describes the body: the country does not speak
    ['Xylo United signed Ivo Marenko from Bexa City, the Polish club announced on Monday.', []],
    ['The Polish government said Ivo Marenko lied.', ['Polish > Ivo Marenko']],
    // a relative clause on "which" after the speaker
    ['Xylo Corp, which owns Bexa Media, said Poland lied.', ['Xylo Corp > Poland']],
    // a place before a hyphen and a word in the apposition describes the speaker
    ['The Xylo Institute, a Britain-based war monitor, said fighting continued near Poland.', ['Xylo Institute > Poland']],
  ])('statements: %s', (text, expected) => {
    expect(relations(text, 'statement')).toEqual(expected);
  });
});

describe('a title-case headline and the company the body names', () => {
  it('a part of a headline the body names takes the type the body gives it, and a legal form after a name is the same company', () => {
    const a = analyze('Xylocore Announces Strategic Partnership with Bexa Group\n\nXylocore Inc. said it would build plants. Ivo Zell, an analyst, said Xylocore would grow.');
    expect(a.entities.filter((e) => e.type !== null).map((e) => `${e.label}/${e.type}`)).toEqual(['Xylocore Inc/organization', 'Ivo Zell/person']);
  });
});

describe("a company's trade word, a body's apposition and a nickname in a person's name", () => {
  const typed = (text: string) =>
    analyze(text)
      .entities.filter((e) => e.type !== null)
      .map((e) => `${e.names.join(' | ')}/${e.type}`);
  it.each([
    // the short name alone is the one company whose name is it and the word of its trade
    ['Xylo Motor and Bexa Corp are in talks. Xylo shares jumped.', ['Xylo Motor | Xylo/organization', 'Bexa Corp/organization']],
    ['Xylo Auto said it would grow. Xylo shares fell, as auto sales did.', ['Xylo Auto | Xylo/organization']],
    // (not where a person of the document is named so)
    ['Ivo Xylo founded Xylo Motor in 1903. Xylo said the company would grow.', ['Ivo Xylo | Xylo/person', 'Xylo Motor/organization']],
    // (nor where two companies fit)
    ['Xylo Motors and Xylo Electronics are in talks. Xylo shares jumped.', ['Xylo Motors/organization', 'Xylo Electronics/organization']],
    // the last of a body's two words alone is that body, where one body of the document fits
    ['Xylo United beat Bexa Corp 2-1. United never gave up.', ['Xylo United | United/organization', 'Bexa Corp/organization']],
    ['Xylo United and Bexa United drew 1-1. United never gave up.', ['Xylo United/organization', 'Bexa United/organization']],
    // (a club's word only: "the House" is not the White House)
    ['The White House said the bill was dead. The House voted to pass it.', ['White House/organization']],
    // an apposition that is an article, a description and a body's noun
    ['Xylocorp, the Tavarian carmaker, said profits rose.', ['Xylocorp/organization']],
    ["Zorvex, the world's third-largest electronics maker, declined to comment.", ['Zorvex/organization']],
    ['Ivo Bexa, a member of the team, said he was happy.', ['Ivo Bexa/person']],
    ["Ivo Marsh, the club's captain, said the season was over.", ['Ivo Marsh/person']],
    // a nickname in quotation marks between the given name and the family name
    ['Prosecutors said he took bribes from Ivo "El Zorro" Bexanto. Bexanto denied it.', ['Ivo "El Zorro" Bexanto | Bexanto/person']],
    ['Trùm ma túy Ivo “El Zorro” Bexanto bị dẫn độ. Bexanto bị kết án.', ['Ivo “El Zorro” Bexanto | Bexanto/person']],
    // (not a quotation glued to the words around it, nor a known name in it)
    ['Ivo Bexanto called the plan "Zorro".', ['Ivo Bexanto/person']],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });

  it('a bare family name two people share is the one the document already calls so, not a relative named later', () => {
    const a = analyze('Ivo Bexanto was confirmed on Friday. Bexanto thanked Poland. His former sister-in-law, Jana Bexanto, said he was abusive. Bexanto will lead the army.');
    const persons = a.entities.filter((e) => e.type === 'person').map((e) => `${e.label} x${e.mentions}`);
    expect(persons).toEqual(['Ivo Bexanto x3', 'Jana Bexanto x1']);
  });

  it('after an honorific, a bare family name two people share is the one the document already calls so after one of that gender', () => {
    const a = analyze('Tổng thống Ivo Bexanto chọn Jan Roe. Ông Bexanto viết trên mạng. Roe, chồng của Ana Bexanto, từng là cố vấn của ông Bexanto.');
    const persons = a.entities.filter((e) => e.type === 'person').map((e) => `${e.label} x${e.mentions}`);
    expect(persons).toEqual(['Ivo Bexanto x3', 'Jan Roe x1', 'Ana Bexanto x1']);
    // (not after an honorific of the other gender: "bà Bexanto" is no "ông Bexanto")
    const b = analyze('Tổng thống Ivo Bexanto chọn Jan Roe. Ông Bexanto viết trên mạng. Roe, chồng của Ana Bexanto, cảm ơn bà Bexanto.');
    expect(b.entities.filter((e) => e.type === 'person').map((e) => `${e.label} x${e.mentions}`)).toEqual(['Ivo Bexanto x2', 'Jan Roe x1', 'Ana Bexanto x2']);
  });

  it("a bare family name is not the one full name of the story where that names someone's relative", () => {
    const a = analyze('President Bexanto pardoned his son Ivo Bexanto on Sunday. Mr. Bexanto said his son had been singled out.');
    const persons = a.entities.filter((e) => e.type === 'person').map((e) => `${e.names.join(' | ')} x${e.mentions}`);
    expect(persons).toEqual(['Bexanto x2', 'Ivo Bexanto x1']);
  });

  it('a middle initial after a title keeps the name whole, though the family name is used after an honorific', () => {
    const a = analyze('Critics included President-elect Ivo K. Bexanto, who called it an abuse. Mr. Bexanto said so.');
    expect(a.entities.filter((e) => e.type !== null).map((e) => `${e.names.join(' | ')}/${e.type}`)).toEqual(['Ivo K. Bexanto | Bexanto/person']);
  });

  it('a family name in the headline, which two people of the story share, is the one named first', () => {
    const a = analyze('Former Xylian president Bexanto jailed\n\nFormer Xylian President Ivo Marko Bexanto was sentenced on Wednesday. His brother, Jan Bexanto, is serving a life sentence.');
    const persons = a.entities.filter((e) => e.type === 'person').map((e) => e.names.join(' | '));
    expect(persons).toEqual(['Bexanto | Ivo Marko Bexanto', 'Jan Bexanto']);
  });
});

describe('Vietnamese names with a particle or a dash inside', () => {
  it('a particle after a title keeps a foreign name whole, though its first part is used alone elsewhere', () => {
    const a = analyze('Đội khách thắng nhờ cú đúp của tiền đạo Xylão do Bexa. Phút 23, Xylão đánh đầu mở tỷ số.');
    expect(a.entities.filter((e) => e.type !== null).map((e) => `${e.names.join(' | ')}/${e.type}`)).toEqual(['Xylão do Bexa | Xylão/person']);
  });

  it('a committee whose name joins two fields with a dash', () => {
    expect(roles('Ông Lê Văn Khoa, Chủ nhiệm Ủy ban Tài chính - Ngân sách của Quốc hội, phát biểu.')).toEqual(['Lê Văn Khoa > Ủy ban Tài chính - Ngân sách (Chủ nhiệm)']);
  });
});

describe('Vietnamese addresses, terms and places in sentence case', () => {
  it.each([
    // initials joined by "&" are one acronym ("GD&ĐT": Giáo dục và Đào tạo); "R&D" and "M&A" are common nouns
    ['Bộ Khoa học và Công nghệ (KH&CN) họp. Thứ trưởng Bộ KH&CN Lê Văn Khoa phát biểu.', ['Bộ Khoa học và Công nghệ/organization', 'KH&CN/organization', 'Bộ KH&CN/organization', 'Lê Văn Khoa/person']],
    ['Công ty đặt trung tâm nghiên cứu và phát triển (R&D) tại Ba Lan.', ['Ba Lan/country']],
    // a name no rule typed, listed between two places (countries, bodies), is one too
    ['UAV rơi ở tỉnh Bryansk, Xylovsk và Belgorod.', ['Bryansk/location', 'Xylovsk/location', 'Belgorod/location']],
    ['Mỹ, Xylia và Anh đồng ý.', ['Mỹ/country', 'Xylia/country', 'Anh/country']],
    ['Ông gặp Nga, Ivo Bexa và Đức.', ['Nga/country', 'Ivo Bexa/person', 'Đức/country']],
    // one foreign word listed between two people's names is a person's; a goalkeeper's noun is a title
    ['Các bàn thắng của Ivo Marenko, Xylinho và Dario Vell.', ['Ivo Marenko/person', 'Xylinho/person', 'Dario Vell/person']],
    ['Các bàn thắng của Ivo Marenko, Xylinho và Ba Lan.', ['Ivo Marenko/person', 'Ba Lan/country']],
    ['Thủ thành Ivo Marenko đã bình phục.', ['Ivo Marenko/person']],
    ['Chân sút Xylinho lập cú đúp.', ['Xylinho/person']],
    ['Trung vệ Xylinho đánh đầu ghi bàn.', ['Xylinho/person']],
    // a name after "số" and a house number is a street, though streets bear people's names
    ['Lễ viếng tổ chức tại số 5 Trần Văn Khoa, Hà Nội.', ['Trần Văn Khoa/location', 'Hà Nội/location']],
    ['Trụ sở ở số 12/3 Lê Thị Hoa, quận Xuyên Mộc.', ['Lê Thị Hoa/location', 'Xuyên Mộc/location']],
    ['Ông Lê Văn Khoa tặng 5 Trần Văn Nam.', ['Lê Văn Khoa/person', 'Trần Văn Nam/person']],
    // a term's number is not part of a body's name
    ['Ông là Ủy viên Bộ Thủy lợi khóa XII.', ['Bộ Thủy lợi/organization']],
    // a place noun that begins its name, and a lowercase part of names after its capitalised words
    ['Lễ viếng tại Nhà tang lễ Xuyên Mộc Quốc gia hôm qua.', ['Nhà tang lễ Xuyên Mộc Quốc gia/location']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a unit named by its field alone, before the body it belongs to", () => {
  it.each([
    ['Hôm qua, Cơ quan Cảnh sát điều tra Bộ Xylo (C09) khởi tố bị can.', ['Cơ quan Cảnh sát điều tra Bộ Xylo/organization', 'C09/organization']],
    ['Hôm qua, Tổng cục Hải quan Bộ Xylo cho biết.', ['Tổng cục Hải quan Bộ Xylo/organization']],
    // not two bodies joined by "và"
    ['Bộ Tài chính và Bộ Xylo họp.', ['Bộ Tài chính/organization', 'Bộ Xylo/organization']],
    // "Quân đội" is one word of bodies' names
    ['Hôm qua, Tổng công ty Xây dựng - Công trình Quân đội (Xylocons) ký hợp đồng.', ['Tổng công ty Xây dựng - Công trình Quân đội/organization', 'Xylocons/organization']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("Vietnamese ministries of several fields, companies named by their trade, and the city's noun in a name", () => {
  it.each([
    // a minister's portfolio of several fields joined by commas, a dash and "và" is one portfolio
    ['Bộ trưởng Văn hóa, Thể thao và Du lịch Lê Văn Khoa gửi vòng hoa viếng.', ['Lê Văn Khoa/person']],
    ['Bộ trưởng Lao động - Thương binh và Xã hội Lê Thị Hoa cho biết.', ['Lê Thị Hoa/person']],
    // (not a portfolio's list without "và": the name after the comma is a person's)
    ['Bộ trưởng Ngoại giao, ông Lê Văn Khoa, cho biết.', ['Lê Văn Khoa/person']],
    // a company named by its trade in sentence case, though the trade's first syllable is a country's name
    ['Công ty Dược phẩm Xuyên Mộc tăng trưởng.', ['Công ty Dược phẩm Xuyên Mộc/organization']],
    ['Công ty Mỹ phẩm Xuyên Mộc tăng trưởng.', ['Công ty Mỹ phẩm Xuyên Mộc/organization']],
    ['Tổng công ty Cao su Xylo báo lãi.', ['Tổng công ty Cao su Xylo/organization']],
    ['Tổng công ty Cao su Đồng Nai báo lãi.', ['Tổng công ty Cao su Đồng Nai/organization']],
    ['Hội Mỹ thuật Xylia khai mạc triển lãm.', ['Hội Mỹ thuật Xylia/organization']],
    ['Hội Sân khấu Hà Nội họp.', ['Hội Sân khấu Hà Nội/organization']],
    // and one more lowercase syllable of the trade, when the name goes on after it
    ['Công ty TNHH Thực phẩm sạch Xylo Phát bị phạt.', ['Công ty TNHH Thực phẩm sạch Xylo Phát/organization']],
    // (not a verb before a known place, nor after a ministry's field)
    ['Công ty Dược phẩm thăm Hà Nội.', ['Công ty Dược phẩm/organization', 'Hà Nội/location']],
    // (a country after a body's head is still the body's country)
    ['Đại sứ quán Mỹ tại Xuyên Mộc thông báo.', ['Đại sứ quán Mỹ/organization', 'Xuyên Mộc/location']],
    // Việt Nam's short name, a dash and another country's name end a body's name together
    ['Ông Lê Văn Khoa, Giám đốc Trung tâm Nghiên cứu giao thông vận tải Việt - Đức, cho biết.', ['Lê Văn Khoa/person', 'Trung tâm Nghiên cứu giao thông vận tải Việt - Đức/organization']],
    ['Trường Đại học Việt - Nhật tuyển sinh.', ['Trường Đại học Việt - Nhật/organization']],
    // a field in lowercase after a portfolio word (organ transplants)
    ['Theo Trung tâm Điều phối ghép tạng quốc gia, năm nay có nhiều ca ghép.', ['Trung tâm Điều phối ghép tạng quốc gia/organization']],
    // a field of several words in sentence case (radio frequencies)
    ['Cục Tần số vô tuyến điện cấp phép cho Xylo Telecom.', ['Cục Tần số vô tuyến điện/organization', 'Xylo Telecom/organization']],
    // (not a verb of the accounts after the name: "báo lãi", "báo lỗ")
    ['Công ty Ô tô Trường Khang báo lãi lớn.', ['Công ty Ô tô Trường Khang/organization']],
    // a field with a comma inside ("khám, chữa bệnh": examination and treatment)
    ['Ông Lê Văn Khoa, Cục trưởng Cục Quản lý Khám, chữa bệnh, nói.', ['Lê Văn Khoa/person', 'Cục Quản lý Khám, chữa bệnh/organization']],
    // "ô tô" is a trade
    ['Đại diện Hiệp hội Vận tải ôtô Việt Nam (XATA) đề nghị.', ['Hiệp hội Vận tải ôtô Việt Nam/organization', 'XATA/organization']],
    // a body's name after "thành" (here "into", not a citadel's noun); a place's name after a place noun
    ['Hai bộ hợp nhất thành Bộ Xylo và Môi trường.', ['Bộ Xylo và Môi trường/organization']],
    ['Ông về huyện Đoàn Kết.', ['Đoàn Kết/location']],
    // a rank or a shirt number before a person's name is no house number before a street's
    ['Chị Lan đánh bại hạt giống số 3 Akane Xylota (Nhật Bản).', ['Lan/person', 'Akane Xylota/person', 'Nhật Bản/country']],
    ['Lễ tang tại số 25 Ivo Marenko, quận 3.', ['Ivo Marenko/location']],
    // "vụ" closing a common word ("chức vụ": a post) is no department's head
    ['Tổng thống bị đình chỉ chức vụ Kang Min Suk đã bị bắt.', ['Kang Min Suk/person']],
    // "Thành phố" capitalised inside a name is the city's noun, not a given name
    ['Lễ tang tổ chức tại Nhà tang lễ Thành phố, số 25 Lê Văn Khoa.', ['Nhà tang lễ Thành phố/location', 'Lê Văn Khoa/location']],
    ['Bệnh viện Nhi Thành phố tiếp nhận bệnh nhân.', ['Bệnh viện Nhi Thành phố/organization']],
    ['Ông Trần Văn Thành phát biểu.', ['Trần Văn Thành/person']],
    // (the family name "Mã" before a name, not a ticker, begins it)
    ['Mã Văn Khoa phát biểu hôm qua.', ['Mã Văn Khoa/person']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('an English apposition that says what kind of body a name is', () => {
  it.each([
    // a participle and its preposition after the body's noun; an abbreviation in capitals among the words describing it
    ['Nvidia agreed to buy Zorvex, an AI healthcare startup owned by Bexa Group.', ['Nvidia/organization', 'Zorvex/organization', 'Bexa Group/organization']],
    ['Apple bought Quorin, a chipmaker based in Texas.', ['Apple/organization', 'Quorin/organization', 'Texas/location']],
    ['It acquired Velto, a data company.', ['Velto/organization']],
    // must not: a person's job, though a body's noun is among its words
    ['She met Dario, a software engineer based in Texas.', ['Texas/location']],
    ['He praised Marko, a team player based in Texas.', ['Texas/location']],
    // a participle only a body takes, right after the name, even one shaped like a person's
    ['Rival Blue Xylo, founded by Ivo Marenko, is preparing a launch.', ['Blue Xylo/organization', 'Ivo Marenko/person']],
    ['Zorvex, co-founded by Dario Vell, grew fast.', ['Zorvex/organization', 'Dario Vell/person']],
    // (not a person's participle: "born in", nor a person who founded a body)
    ['Bexa Lind, born in Texas, founded Zorvex.', ['Bexa Lind/person', 'Texas/location']],
    // (nor the body that speaks after the comma: "X, the company said")
    ['Zorvex forced out chief executive Ivo Marenko, the company said on Monday.', ['Ivo Marenko/person']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('a country whose name is also a given name, at the start of sentences only', () => {
  it("is read where the dateline names it, and not otherwise", () => {
    expect(names("Ruling party picks a president\n\nTBILISI, Georgia (AP) — Georgia's ruling party elected Ivo Marenko.")).toEqual(['Georgia/country', 'Ivo Marenko/person']);
    expect(names("Ruling party picks a president\n\nGeorgia's ruling party elected Ivo Marenko.")).toEqual(['Ivo Marenko/person']);
  });
});

namesTable('initials that keep a person anonymous, beside named people', [
  ['Anh Lê Văn Khoa kể lại, còn chị T.T.M. (29 tuổi) bị thương.', ['Lê Văn Khoa/person']],
  // (an initial before a family name is a name)
  ['Ông J. Marenko và anh N.V.H. có mặt.', ['J. Marenko/person']],
]);

rolesTable("a company's name that ends like a demonym, before a title held in companies only", [
  ['Meanwhile, Zorvic co-founder Ivo Marenko told reporters.', ['Ivo Marenko > Zorvic (co-founder)']],
  ['Bexatronic CEO Anna Lind said sales rose.', ['Anna Lind > Bexatronic (CEO)']],
  // must not: a demonym or a leaning before a title held elsewhere too
  ['Xylian leader Ivo Marenko said talks failed.', []],
  ['Conservative chairman Dario Vell said talks failed.', []],
]);

namesTable("an airport's or a seaport's noun with its lowercase words, before its name", [
  ['Ông Lê Văn Khoa, Giám đốc Cảng hàng không quốc tế Xuyên Mộc, cho biết.', ['Lê Văn Khoa/person', 'Cảng hàng không quốc tế Xuyên Mộc/location']],
  ['Sân bay quốc tế Xylo Phát đón khách.', ['Sân bay quốc tế Xylo Phát/location']],
  ['Cảng biển Xylo mở cửa.', ['Cảng biển Xylo/location']],
  // must not: the noun without a name
  ['Cảng hàng không quốc tế đón khách, sân bay quốc tế lớn nhất đã mở.', []],
]);

rolesTable("a club's manager or captain after the club's unknown name", [
  ['Xylo manager Ivo Marenko said the players were tired.', ['Ivo Marenko > Xylo (manager)']],
  ['Bexford captain Tom Cairn scored twice.', ['Tom Cairn > Bexford (captain)']],
  ['Blue Zorvo team principal Ivo Marenko praised the drive.', ['Ivo Marenko > Blue Zorvo (team principal)']],
  // must not: a common noun capitalised at the start of a sentence
  ['Campaign manager Susie Vell said the polls were wrong.', []],
  ['Assistant coach Dan Roe said the players were tired.', []],
]);

rolesTable("an agency's administrator", [
  ['Xylo Space Agency Administrator Ivo Marenko congratulated the team.', ['Ivo Marenko > Xylo Space Agency (Administrator)']],
]);

describe("a company's stock ticker in parentheses after its one-word name", () => {
  it.each([
    ['Cùng ngày, Xylora (XLR) và Bexamilk (BXM) cũng tăng điểm.', ['Xylora/organization', 'XLR/organization', 'Bexamilk/organization', 'BXM/organization']],
    ['Shares of Zorvex (ZVX) fell.', ['Zorvex/organization', 'ZVX/organization']],
    // must not: capitals the name does not hold in order after a name no rule typed
    ['Cùng ngày, Xylora (XBR) tăng điểm.', ['XBR/organization']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('the ticker is the same node as the company; a person is not named by the body after the name', () => {
    const one = analyze('Cùng ngày, Xylora (XLR) tăng điểm.');
    expect(one.entities.map((e) => [e.names, e.acronym])).toEqual([[['Xylora', 'XLR'], 'XLR']]);
    const person = analyze('Ông Lê Văn Khoa (XVB) nói. Ông Marenko (XLR) nói.');
    expect(person.entities.filter((e) => e.type === 'person').map((e) => [e.label, e.acronym])).toEqual([['Lê Văn Khoa', undefined], ['Marenko', undefined]]);
  });
});

namesTable('"Nhà nước" (the State) is no name, inside a body\'s name it is a word of it', [
  ['Bà Lê Thị Hoa cảm ơn lãnh đạo Đảng, Nhà nước.', ['Lê Thị Hoa/person', 'Đảng/organization']],
  ['Ngân hàng Nhà nước Xylo cho biết.', ['Ngân hàng Nhà nước Xylo/organization']],
]);

rolesTable("a body's national section before a possessive and a title", [
  // (a known body: an unknown one runs on to the country, "Xylo Foundation Poland", one name)
  ["Amnesty International Poland's executive director, Ivo Marenko, called for an inquiry.", ['Ivo Marenko > Amnesty International (executive director)']],
  // (a country's own title holder, with no body before the country)
  ["Poland's executive director, Ivo Marenko, called for an inquiry.", ['Ivo Marenko > Poland (executive director)']],
]);

rolesTable("a title of something a body owns, after 'of' and the body's possessive", [
  // must not: the body is not what the holder leads
  ["Ivo Marenko, the leader of the Xylo Union's sister party, said talks failed.", []],
  // (the body itself after "of"; a body after a place's possessive)
  ['Anna Lind, the leader of the Xylo Union, spoke.', ['Anna Lind > Xylo Union (leader)']],
  ["Dario Vell, a fellow at Xylia's Bexa Institute, said.", ['Dario Vell > Bexa Institute (fellow)']],
]);

rolesTable("a leader's body named with its kind, then a comma and the holder after an honorific", [
  ['Thủ lĩnh phong trào Xylo, ông Ivo Marenko, tuyên bố thắng lợi.', ['Ivo Marenko > Xylo (Thủ lĩnh)']],
  ['Thủ lĩnh phong trào Xylo ở Liban, ông Ivo Marenko, tuyên bố thắng lợi.', ['Ivo Marenko > Xylo (Thủ lĩnh)']],
  // must not: no honorific and holder after the comma
  ['Thủ lĩnh phong trào Xylo, theo Liban, đã tuyên bố thắng lợi.', []],
]);

namesTable("a shoal, a reef and an atoll; the solicitor general", [
  ['A coast guard vessel fired water cannon near Xylo Shoal and Bexa Reef.', ['Xylo Shoal/location', 'Bexa Reef/location']],
  ['Solicitor General Ivo Marenko told the justices.', ['Ivo Marenko/person']],
]);

rolesTable("a city known with its administrative word after a title and a body is the body's, not its holder", [
  ['Ông Trần Văn Xuyên, Chủ tịch UBND TP Hồ Chí Minh, cho biết.', ['Trần Văn Xuyên > UBND TP Hồ Chí Minh (Chủ tịch)']],
  ['Chủ tịch UBND TP Hồ Chí Minh Trần Văn Xuyên cho biết.', ['Trần Văn Xuyên > UBND TP Hồ Chí Minh (Chủ tịch)']],
  // must not: the city's name as its holder
  ['Chủ tịch UBND TP Hồ Chí Minh mới được bầu.', []],
  // (an unknown place word after the administrative word still begins a holder's full name)
  ['Chủ tịch HĐND thành phố Trần Văn Xuyên cho biết.', ['Trần Văn Xuyên > HĐND thành phố (Chủ tịch)']],
]);

namesTable("a collective noun's possessive before a body's head: the body's name, with its place", [
  ["Bui Van Xuyen, chairman of the Xylo City People's Committee, said.", ['Bui Van Xuyen/person', "Xylo City People's Committee/organization"]],
  ["The Supreme People's Procuracy said the case was closed.", ["Supreme People's Procuracy/organization"]],
  ["The Xylo People's Court sentenced him.", ["Xylo People's Court/organization"]],
  // must not: every city's committee, with no place, is no one body; "People" is no person
  ["The municipal People's Committee said on Tuesday.", []],
  ["People's lives matter, Ivo Marenko said.", ['Ivo Marenko/person']],
]);

rolesTable('a hyphenated title ("vice-chairman", "deputy-director")', [
  ["Bui Van Xuyen, standing vice-chairman of the Xylo City People's Committee, said.", ["Bui Van Xuyen > Xylo City People's Committee (standing vice-chairman)"]],
  ['Xylo Bank vice-president Ivo Marenko said.', ['Ivo Marenko > Xylo Bank (vice-president)']],
  ['Vice-President Ivo Marenko of Poland visited.', ['Ivo Marenko > Poland (Vice-President)']],
  // must not: a hyphenated word that is no title
  ['A vice-like grip held Xylo Bank, Ivo Marenko said.', []],
]);

namesTable('"Đức" before a clerical title is an honorific, not Germany', [
  ['Đức Hồng y Ivo Marenko đã đến Xylia.', ['Ivo Marenko/person', 'Xylia/location']],
  ['Hôm qua, Thủ tướng tiếp Đức Tổng Giám mục Ivo Marenko.', ['Ivo Marenko/person']],
  ['Đức Thánh Cha kêu gọi hòa bình cho Xylia.', []],
  // (Germany still)
  ['Đức và Xylia ký thỏa thuận.', ['Đức/country']],
]);

rolesTable("a doctor's degrees before the name; the holder's last word that is also a body's head", [
  ['BS.CKII Lê Văn Xuyên, Giám đốc Trung tâm Xylo, cho biết.', ['Lê Văn Xuyên > Trung tâm Xylo (Giám đốc)']],
  ['TS.BS Lê Văn Trường, Phó giám đốc Bệnh viện Xylo, cho biết.', ['Lê Văn Trường > Bệnh viện Xylo (Phó giám đốc)']],
  // must not: the name's last word as a body
  ['Giám đốc Trần Văn Viện, ông nói.', []],
  ['Giám đốc Trần Văn Trường, ông nói.', []],
]);

namesTable("a doctor's degrees are no body's name", [
  ['BS.CKII Lê Văn Xuyên cho biết.', ['Lê Văn Xuyên/person']],
  ['BSCKII Lê Văn Xuyên cho biết.', ['Lê Văn Xuyên/person']],
  ['Theo BS.CK1 Lê Văn Xuyên, bệnh nhân đã ổn định.', ['Lê Văn Xuyên/person']],
]);

namesTable('fields of bodies\' names: electricity, intensive care', [
  ['Cục trưởng Cục Điều tiết điện lực Lê Văn Xuyên cho biết.', ['Cục Điều tiết điện lực/organization', 'Lê Văn Xuyên/person']],
  ['Công ty Mua bán điện đã báo cáo chi phí.', ['Công ty Mua bán điện/organization']],
  ['Theo Tổng công ty Phát điện 3, nhà máy đã vận hành.', ['Tổng công ty Phát điện 3/organization']],
  ['Trung tâm Hồi sức tích cực Xylo đã tiếp nhận.', ['Trung tâm Hồi sức tích cực Xylo/organization']],
]);

rolesTable("a trade representative", [
  ['Bộ trưởng gửi thư tới Đại diện Thương mại Ba Lan Ivo Marenko.', ['Ivo Marenko > Ba Lan (Đại diện Thương mại)']],
]);

namesTable('a Korean family name begins a name that looks Vietnamese; a sentence-initial noun before a name is not its', [
  ['Ivo Marenko defeated Kim Moo Xon of the Xylo Party. Kim conceded.', ['Ivo Marenko/person', 'Kim Moo Xon/person', 'Xylo Party/organization']],
  ['Teenager Ivo Marenko scored twice.', ['Ivo Marenko/person']],
  ['Veteran Ivo Marenko scored twice.', ['Ivo Marenko/person']],
]);

namesTable("a person's name that ends in a province's name", [
  ['Bà Lê Thị Hà Nam cho biết.', ['Lê Thị Hà Nam/person']],
  ['Anh Trần Văn Long An nói.', ['Trần Văn Long An/person']],
  // (a family name and a word no person's middle name is, before a province, is a club's name: see "Hoàng Xuyên Gia Lai")
  ['Economist Le Thi Ha Nam said.', ['Le Thi Ha Nam/person']],
  // (the province after a preposition, and after a full name, is the place)
  ['Ông Lê Văn Xuyên ở Hà Nam nói.', ['Lê Văn Xuyên/person', 'Hà Nam/location']],
  // must not: a Vietnamese province written without marks is no demonym and family name
  ['Xylo Corp said it would expand its factories in Bac Ninh and Thai Nguyen.', ['Xylo Corp/organization', 'Bac Ninh/location', 'Thai Nguyen/location']],
]);

namesTable('fields of bodies\' names: land, infrastructure, cocoa, quality control', [
  ['Bộ Đất đai, Hạ tầng và Giao thông Xylia cho biết.', ['Bộ Đất đai, Hạ tầng và Giao thông Xylia/organization']],
  ['Hiệp hội Cà phê - Ca cao Xylo cho biết.', ['Hiệp hội Cà phê - Ca cao Xylo/organization']],
  ['Cục trưởng Cục Quản lý chất lượng Lê Văn Xuyên nói.', ['Cục Quản lý chất lượng/organization', 'Lê Văn Xuyên/person']],
  ['Theo Trung tâm Đổi mới sáng tạo Xylo, dự án đã xong.', ['Trung tâm Đổi mới sáng tạo Xylo/organization']],
]);

namesTable('a state funeral, a prize and plural justices are no names', [
  ['Lễ tang được tổ chức theo nghi thức Quốc tang. Chủ tịch nước Lê Văn Xuyên làm Trưởng ban Lễ tang.', ['Lê Văn Xuyên/person']],
  ['Giải thưởng Chính Xylo 2024 trị giá 3 triệu USD đã được trao.', []],
  ['Justices Ivo Marenko and Dana Roe dissented.', ['Ivo Marenko/person', 'Dana Roe/person']],
]);

entitiesTable("a local body with no place's name is every province's, no node", [
  ['Tại Xuyên Mộc, ông Lê Văn Xuyên, Chủ tịch UBND thành phố, cho biết.', ['Xuyên Mộc/location', 'Lê Văn Xuyên/person']],
  ['Bí thư Thành ủy Lê Văn Xuyên tiếp tục giữ chức.', ['Lê Văn Xuyên/person']],
  ['Ông Lê Văn Xuyên, Phó Giám đốc Công an tỉnh, cho biết.', ['Lê Văn Xuyên/person']],
  // (with the place's name, or after the document named the body with it)
  ['Chủ tịch UBND huyện Xuyên Mộc Lê Văn Xuyên nói.', ['UBND huyện Xuyên Mộc/organization', 'Lê Văn Xuyên/person']],
  ['Công an tỉnh Xuyên Mộc đã bắt giữ hai người. Công an tỉnh cho biết thêm.', ['Công an tỉnh Xuyên Mộc/organization']],
  // (a body's own word that is also a place's noun is no administrative unit: "biển" of the coast guard)
  ['Bộ Tư lệnh Cảnh sát biển cho biết đã cứu 10 ngư dân.', ['Bộ Tư lệnh Cảnh sát biển/organization']],
]);

namesTable('a particle before a known name joins no foreign name; propaganda and agitation are fields of a body\'s name', [
  ['Quân đội không kích các cảng Xylo, Bexa và Zarif do Hamas kiểm soát.', ['Xylo/location', 'Bexa/location', 'Zarif/location', 'Hamas/organization']],
  // (before an unknown name it still does)
  ['Tiền đạo Ivo do Marenko ghi bàn.', ['Ivo do Marenko/person']],
  ['Bà Lê Thị Xuyên, Phó trưởng ban Ban Tuyên truyền và Cổ động Xylo, nói.', ['Lê Thị Xuyên/person', 'Ban Tuyên truyền và Cổ động Xylo/organization']],
]);

rolesTable("a name that ends like an abbreviated title at the end of a sentence", [
  ['The court suspended her over a call with former Polish leader Ivo Sen.', ['Ivo Sen > Polish (former leader)']],
  // (the abbreviation before a name is still a title)
  ['Polish Sen. Ivo Marenko said.', ['Ivo Marenko > Polish (Sen.)']],
]);

entitiesTable('a full name typed a place only by the preposition before it is the person of that name', [
  ['Xylo leader Hun Xen spoke on Monday. She referred to Hun Xen as uncle.', ['Xylo/organization', 'Hun Xen/person']],
  // (a place the document names only so stays one)
  ['She travelled to Hun Xen on Monday.', ['Hun Xen/location']],
]);

rolesTable("an outgoing or incoming holder; a boss", [
  ['Ivo Marenko, the outgoing Polish climate envoy, said talks would go on.', ['Ivo Marenko > Polish (outgoing climate envoy)']],
  ['Xylo Motors boss Ivo Marenko praised the team.', ['Ivo Marenko > Xylo Motors (boss)']],
  // must not: a word no title is
  ['The outgoing tide carried Ivo Marenko to Xylo Bay.', []],
]);

namesTable("a known company's legal form after its name", [
  ['Xylo JSC, the conglomerate he controls, said.', ['Xylo JSC/organization']],
]);

entitiesTable('one word a person only by the title before it is the body of that name the document types otherwise', [
  ['Công ty khởi nghiệp Xylo được thành lập năm 2019. Ông Ivo Marenko, nhà sáng lập kiêm CEO Xylo, cho biết.', ['Xylo/organization', 'Ivo Marenko/person']],
  // (a given name after a title stays a person)
  ['Giám đốc Xuyên cho biết. Ông Xuyên nói thêm.', ['Xuyên/person']],
]);

namesTable('fields of bodies\' names: sport, banking supervision', [
  ['Cục trưởng Cục Thể dục thể thao Lê Văn Xuyên nói.', ['Cục Thể dục thể thao/organization', 'Lê Văn Xuyên/person']],
  ['Bà Lê Thị Xuyên, cựu Trưởng Ban Thanh tra giám sát ngân hàng, bị tuyên án.', ['Lê Thị Xuyên/person', 'Ban Thanh tra giám sát ngân hàng/organization']],
]);

namesTable("capitals glued to a model number name a product; conservative and new democratic parties", [
  ['Zorvex Corp will release XKR-5 this summer.', ['Zorvex Corp/organization']],
  // (an acronym alone is still a body)
  ['Zorvex Corp and XKR said.', ['Zorvex Corp/organization', 'XKR/organization']],
  ['Lãnh đạo đảng Bảo thủ Ivo Marenko thừa nhận thất bại.', ['đảng Bảo thủ/organization', 'Ivo Marenko/person']],
  ['Lãnh đạo đảng Tân Dân chủ (XDP) Ivo Marenko từ chức.', ['đảng Tân Dân chủ/organization', 'XDP/organization', 'Ivo Marenko/person']],
]);

namesTable('a port', [
  ['The ship docked at Xylo Port on Monday.', ['Xylo Port/location']],
]);

entitiesTable("a company named without its trade word 'Technology' and its legal form", [
  ['Ivo Marenko, chairman of Xylo A, was jailed. Xylo A Technology Corporation was fined.', ['Ivo Marenko/person', 'Xylo A Technology Corporation/organization']],
  // (two companies that fit: neither)
  ['Xylo Technology said. Xylo Bank said. Xylo said.', ['Xylo Technology/organization', 'Xylo Bank/organization']],
]);

namesTable('"ĐH" abbreviates a university; steel is a field of a body\'s name', [
  ['ĐH Bách khoa Xylo đứng đầu bảng xếp hạng.', ['ĐH Bách khoa Xylo/organization']],
  ['Hiệp hội Thép Ba Lan (XSA) cho biết sản lượng tăng.', ['Hiệp hội Thép Ba Lan/organization', 'XSA/organization']],
]);

rolesTable("a field with a place's name between the title and the body; a team's captain", [
  ['Ivo Marenko is deputy director of the Asia programme at the Xylo Crisis Group.', ['Ivo Marenko > Xylo Crisis Group (deputy director of the Asia programme)']],
  ['Ivo Marenko, head of the Europe department of the Xylo Institute, said.', ['Ivo Marenko > Xylo Institute (head of the Europe department)']],
  // (a country after "of" with no field after it is still the body)
  ['Ivo Marenko, the ambassador of Poland to Xylia, said.', ['Ivo Marenko > Poland (ambassador)']],
]);

namesTable("a team's captain is a title before a family name that is also a common word", [
  ['Ông trao cúp cho đội trưởng Đoàn Văn Xuyên.', ['Đoàn Văn Xuyên/person']],
]);

entitiesTable("a body's brand of a few words, or a word and a unit's number, in parentheses after its full name", [
  ['Công ty cổ phần Hàng không Xylo Việt (Xylo Airways) mở đường bay mới. Xylo Airways cho biết giá vé giảm.', ['Công ty cổ phần Hàng không Xylo Việt/organization']],
  // (not an unknown name no rule reads as a body's: it may be where the company is)
  ['Công ty cổ phần Xylo Việt (Xuân Mộc Hòa) cho biết.', ['Công ty cổ phần Xylo Việt/organization']],
  // (nor a body with its own head: the one the first belongs to)
  ['Theo Cục Thống kê Xylo (Bộ Tài chính), chỉ số tăng 3%.', ['Cục Thống kê Xylo/organization', 'Bộ Tài chính/organization']],
  ['Cục Cảnh sát giao thông (Bộ Công an) đã cử tổ công tác.', ['Cục Cảnh sát giao thông/organization', 'Bộ Công an/organization']],
]);

rolesTable("a title's body with its brand or short name in parentheses, before or after its holder", [
  ['Ông Lê Văn Khoa, Phó tổng giám đốc Tổng công ty Xây dựng Công trình Xylo 4 (Xylenco 4), cam kết thi công.', ['Lê Văn Khoa > Tổng công ty Xây dựng Công trình Xylo 4 (Phó tổng giám đốc)']],
  ['Cựu Chủ tịch Công ty cổ phần Hàng không Xylo Việt (Xylo Airways) Trần Thị Hoa bị phạt.', ['Trần Thị Hoa > Công ty cổ phần Hàng không Xylo Việt (Cựu Chủ tịch)']],
]);

namesTable("English: a compass word begins a place's name; a place's noun in an apposition describes a place", [
  ['Fighting in Northern Bexland continued as West Zorvania burned.', ['Northern Bexland/location', 'West Zorvania/location']],
  ['Fighting in Xylo Zorva, the capital of North Bexland, continued.', ['Xylo Zorva/location', 'North Bexland/location']],
  ['Shelling hit Xylo Zorva, the port city of Bexland.', ['Xylo Zorva/location', 'Bexland/location']],
  // (must not: a compass word that ends a person's name; a person in an apposition of a title)
  ['Kanye West and Ivo North met.', ['Kanye West/person', 'Ivo North/person']],
  ['Ivo Marenko, the mayor of Bexland, said.', ['Ivo Marenko/person']],
  ['Mr. North Zorvan said the talks failed.', ['North Zorvan/person']],
]);

namesTable("English: a company's name that ends in 'Industry'", [
  ['Xylor Precision Industry plans to invest $300 million.', ['Xylor Precision Industry/organization']],
]);

entitiesTable("a foreign name's first and last word are the person named with the middle name too", [
  ['Cardinal Ivo Marenko elected. Cardinal Ivo Francis Marenko of Bexton was elected on Thursday.', ['Ivo Francis Marenko/person']],
  // (not a Vietnamese name's: the middle name tells people apart)
  ['Ông Trần Hòa phát biểu. Ông Trần Văn Hòa cho biết.', ['Trần Hòa/person', 'Trần Văn Hòa/person']],
]);

rolesTable('"hiện là" (currently is) before a title in the apposition after the holder', [
  ['Ông Ivo Marenko, hiện là Phó chủ tịch Hội đồng An ninh Ba Lan, viết trên mạng.', ['Ivo Marenko > Hội đồng An ninh Ba Lan (Phó chủ tịch)']],
  ['Bà Trần Thị Hoa, nay là Giám đốc Sở Y tế tỉnh Xuyên Mộc, cho biết.', ['Trần Thị Hoa > Sở Y tế tỉnh Xuyên Mộc (Giám đốc)']],
  // (not a clause's verb: the title is not the apposition's)
  ['Ông Ivo Marenko nói hiện là Phó chủ tịch Hội đồng An ninh Ba Lan thì khó.', []],
]);

namesTable("a ship's prefix is no body's acronym", [
  ['Tàu hải cảnh bắn vòi rồng vào tàu BRP Xylora gần bãi cạn.', []],
  ['The INS Xylora and HMAS Zorvan docked.', []],
]);

namesTable("organ transplant coordination is a field of a body's name", [
  ['Trung tâm Điều phối ghép tạng Xuyên Mộc đã hỗ trợ vận chuyển tạng.', ['Trung tâm Điều phối ghép tạng Xuyên Mộc/organization']],
]);

describe("a parent company is no one's relative; a record label", () => {
  it('"công ty mẹ của X" names no relative, "mẹ của X" does', () => {
    const { x } = extract('Công ty mẹ của Xylo Zorva tăng 8%. Mẹ của Ivo Marenko cho biết.');
    expect(x.mentions.filter((m) => m.relative).map((m) => m.text)).toEqual(['Ivo Marenko']);
  });
  it.each([
    ['Cổ phiếu của Xylo Zorva Music tăng 8%.', ['Xylo Zorva Music/organization']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

namesTable("an Arabic article inside a body's name; an arena; reform; a stock index; a listing", [
  ['Người phát ngôn của Lữ đoàn Xylo al-Zorva tuyên bố tiếp tục.', ['Lữ đoàn Xylo al-Zorva/organization']],
  ['Trận chung kết diễn ra tại Nhà thi đấu Trần Văn Khải, tỉnh Xuyên Mộc.', ['Nhà thi đấu Trần Văn Khải/location', 'Xuyên Mộc/location']],
  ['Ủy ban Cải cách và Phát triển Xylia cam kết hỗ trợ.', ['Ủy ban Cải cách và Phát triển Xylia/organization']],
  ['Cổ phiếu Xylotek tăng 8% trên sàn KOSPI.', []],
  ['The Zorvatek-listed company lost money.', []],
  // (a series' or a league's name before its number is no person's)
  ['Giải thuộc hệ thống Xylo Tour Super 100 của BWF.', ['BWF/organization']],
  ['Giải đấu thuộc hệ thống Xylo Tour Super 100.', []],
]);

namesTable("a player's name before a score is a person's", [
  ['Xylo won the final, beating Ivo Marenko 6-3, 6-4, 7-5.', ['Ivo Marenko/person']],
]);

rolesTable("after a title, a name after a national body's head is the holder's", [
  ['Chủ tịch Ủy ban Quốc phòng Hạ viện Ivo Marenko khẳng định.', ['Ivo Marenko > Ủy ban Quốc phòng Hạ viện (Chủ tịch)']],
  ['Chủ tịch Ủy ban Đối ngoại Thượng viện Ba Lan Ivo Marenko khẳng định.', ['Ivo Marenko > Ủy ban Đối ngoại Thượng viện Ba Lan (Chủ tịch)']],
]);

namesTable("a party's organ named with the party: another party's is one body", [
  ['Bà Lê Thị Hoa, Phó trưởng ban Ban Chấp hành Trung ương Đảng Lao động Xylia, có mặt.', ['Lê Thị Hoa/person', 'Ban Chấp hành Trung ương Đảng Lao động Xylia/organization']],
  // ("kết luận", concluded, is a reporting verb, no part of the body's name)
  ['Đó là nội dung mà Ban Bí thư Trung ương Đảng kết luận.', ['Ban Bí thư Trung ương Đảng/organization']],
]);

namesTable('"vì" (for) between two parts of a body\'s name', [
  ['Chuyên gia tại Quỹ Xylo vì Hòa bình Quốc tế nhận định.', ['Quỹ Xylo vì Hòa bình Quốc tế/organization']],
  // (not a cause after a clause: "vì" there is "because")
  ['Quỹ Xylo bị phạt vì Bộ Tài chính phát hiện sai phạm.', ['Quỹ Xylo/organization', 'Bộ Tài chính/organization']],
]);

namesTable("a route's two ends after a road's noun are places", [
  ['Xe khách bị lật trên cao tốc Cam Xuyên - La Mộc, đoạn qua huyện Phong Xuyên.', ['Cam Xuyên/location', 'La Mộc/location', 'Phong Xuyên/location']],
  // (not after a province's noun: a person's name may follow a dash there)
  ['Tại tỉnh Xuyên Mộc - Trần Văn Khải phát biểu.', ['Xuyên Mộc/location', 'Trần Văn Khải/person']],
]);

entitiesTable("a local body's head and its administrative word at the sentence's end are the body's name (every province's: no node)", [
  ['Bà Trần Thị Hoa được bầu làm Chủ tịch HĐND tỉnh.', ['Trần Thị Hoa/person']],
]);

namesTable("a Korean holder after a company's name", [
  ['Chủ tịch Tập đoàn XK Chey Tae-won kêu gọi tự do thương mại.', ['Tập đoàn XK/organization', 'Chey Tae-won/person']],
]);

namesTable("small and medium-sized enterprises in a body's name", [
  ['Hiệp hội Doanh nghiệp nhỏ và vừa Xylia kiến nghị giảm thủ tục.', ['Hiệp hội Doanh nghiệp nhỏ và vừa Xylia/organization']],
]);

rolesTable("an external affairs minister", [
  ["Poland's External Affairs Minister Ivo Marenko said.", ['Ivo Marenko > Poland (External Affairs Minister)']],
]);

rolesTable("a chargé d'affaires; the president's chief of staff", [
  ['Bộ Ngoại giao Xylia triệu tập quyền Đại biện Ba Lan Ivo Marenko.', ['Ivo Marenko > Ba Lan (quyền Đại biện)']],
  ['Ông Ivo Marenko, Chánh văn phòng Tổng thống Ba Lan, cảnh báo.', ['Ivo Marenko > Ba Lan (Chánh văn phòng Tổng thống)']],
]);

rolesTable("English: a place right before the title is its field when a body follows the link word", [
  ['Ivo Marenko, Korea chair at the Xylo Center for Strategic Studies (XCSS), said the deployment helps.', ['Ivo Marenko > Xylo Center for Strategic Studies (Korea chair)']],
  ['Ivo Marenko, a Polish professor at Xylo University, said.', ['Ivo Marenko > Xylo University (Polish professor)']],
  // (not after a possessive: the country is the affiliation; nor with no body after the link word)
  ["Ivo Marenko, Poland's ambassador at the Xylo Council, said.", ['Ivo Marenko > Poland (ambassador)']],
  ['Polish President Ivo Marenko said.', ['Ivo Marenko > Polish (President)']],
]);

entitiesTable("a body's long form joins the known body its short name in parentheses names, whatever name the text first used", [
  ['PVN công bố kết quả. Tập đoàn Năng lượng Xylo Việt (Petrovietnam) đã ký hợp đồng.', ['PVN/organization']],
]);

entitiesTable("two-syllable fields of a body's name with a lowercase second syllable (direct, royal, forensic …)", [
  ['Giám đốc Quỹ Đầu tư Trực tiếp Xylia (XDIF) Ivo Marenko cho biết.', ['Quỹ Đầu tư Trực tiếp Xylia/organization', 'Ivo Marenko/person']],
  ['Quân đội Hoàng gia Ba Lan cáo buộc đối phương pháo kích.', ['Quân đội Hoàng gia Ba Lan/organization']],
  ['Viện Pháp y Xylia kết luận.', ['Viện Pháp y Xylia/organization']],
  // (a person's name with the same syllables stays a person's)
  ['Em Nguyễn Hoàng Gia Bảo đạt giải nhất.', ['Nguyễn Hoàng Gia Bảo/person']],
]);

namesTable('English: a title word and a body\'s last word are a body\'s name ("General Headquarters"), on a name no list knows too', [
  ['Officers met at the General Headquarters in Zarovgrad.', ['General Headquarters/organization', 'Zarovgrad/location']],
  ['He was treated at Xylo General Hospital on Monday.', ['Xylo General Hospital/organization']],
  // (a title before a person's name still ends the body's name)
  ['Xylo CEO Ivo Marenko said.', ['Xylo/organization', 'Ivo Marenko/person']],
]);

entitiesTable('English: a run that ends in a weekday names a day, or the weekday is the sentence\'s', [
  ['The pontiff died on Easter Monday aged 88.', []],
  ['The Xylo Party won on Super Tuesday.', ['Xylo Party/organization']],
  ['Ivo Marenko Monday said he would resign.', ['Ivo Marenko/person']],
]);

entitiesTable('English: places named with "of" or a possessive', [
  ['He was buried in the Basilica of Xylo Zorvana.', ['Basilica of Xylo Zorvana/location']],
  ['Troops left the Province of Xylo.', ['Province of Xylo/location']],
  ["Crowds gathered in St Xylo's Square on Saturday.", ["St Xylo's Square/location"]],
  ["Ivo Marenko, the dean of the College of Cardinals, led the mass.", ['Ivo Marenko/person', 'College of Cardinals/organization']],
  // (not a possessive of a body's generic name: "House" is the legislature; nor a country's square)
  ["Ivo Marenko's House colleagues voted.", ['Ivo Marenko/person']],
  ["Poland's Square was empty.", ['Poland/country']],
]);

entitiesTable('an izafe ("-e-") joins a body\'s name, not a person\'s', [
  ['The attack was claimed by Jaish-e-Xylo, officials said.', ['Jaish-e-Xylo/organization']],
  ['Lực lượng Lashkar-e-Zorva bị cáo buộc.', ['Lực lượng Lashkar-e-Zorva/organization']],
]);

entitiesTable('English: a political leaning that opens a sentence is no part of the name', [
  ['Liberal Ivo Marenko was sworn in as president.', ['Ivo Marenko/person']],
  ['Conservative Party leader Ivo Marenko said.', ['Conservative Party/organization', 'Ivo Marenko/person']],
]);

entitiesTable("Vietnamese: a base's or military port's noun with its kind before the name", [
  ['Hai ông hội đàm tại căn cứ chung Xylo-Zorva.', ['Xylo-Zorva/location']],
  ['Máy bay hạ cánh xuống căn cứ không quân Xylo.', ['Xylo/location']],
  ['Tàu cập cảng quân sự Xylo.', ['Xylo/location']],
]);

rolesTable('"điện Kremlin" in lowercase is the known body, not a part of the title', [
  ['Trợ lý điện Kremlin Ivo Marenko cho biết.', ['Ivo Marenko > điện Kremlin (Trợ lý)']],
]);

rolesTable('the holder named before the title, with the age between commas', [
  ['Cơ quan điều tra bắt ông Lê Văn Khải, 52 tuổi, Phó giám đốc Sở Tài chính Xuyên Mộc, về tội nhận hối lộ.', ['Lê Văn Khải > Sở Tài chính Xuyên Mộc (Phó giám đốc)']],
  ['Ivo Marenko, 61, chief executive of Xylo Corp, said.', ['Ivo Marenko > Xylo Corp (chief executive)']],
  // (no holder: a number that is no one's age)
  ['Xylo Corp hired 52, chief executive of Zorva Inc, said.', []],
]);

namesTable('after a title, a known place and a Vietnamese name with a double family name', [
  ['Chủ tịch UBND TP Đà Nẵng Lương Nguyễn Văn Khải cho biết.', ['UBND TP Đà Nẵng/organization', 'Lương Nguyễn Văn Khải/person']],
  // (not after a known name of one word that begins a longer place's name)
  ['Chủ tịch UBND tỉnh Mỹ Lâm Bùi Ngọc Đạt cho biết.', ['UBND tỉnh Mỹ Lâm/organization', 'Bùi Ngọc Đạt/person']],
]);

rolesTable('English: hyphenated titles ending in "general"', [
  ['WHO Director-General Ivo Marenko said the spread was worrying.', ['Ivo Marenko > WHO (Director-General)']],
  ['Polish Auditor-General Ivo Marenko said.', ['Ivo Marenko > Polish (Auditor-General)']],
]);

entitiesTable('a common word opening an English sentence, a legal form after a known name; a border guard in Vietnamese', [
  ["Among Ivo Marenko's allies was the mayor.", ['Ivo Marenko/person']],
  ['Microsoft will own 27% of the new OpenAI Group PBC, the companies said.', ['Microsoft/organization', 'OpenAI Group PBC/organization']],
  ['Bộ đội Biên phòng tỉnh Xuyên Mộc bắt giữ 3 đối tượng.', ['Bộ đội Biên phòng tỉnh Xuyên Mộc/organization']],
]);

entitiesTable('English: a name before a place\'s noun of two words or a neighbourhood\'s is a place', [
  ['Eight people died in the Xylo refugee camp.', ['Xylo/location']],
  ['Strikes hit the Zorva neighbourhood on Monday.', ['Zorva/location']],
  // (not a candidate's camp)
  ['Aides in the Xylo camp denied it.', []],
]);

entitiesTable('an Arabic article glued to a capitalised word begins the name', [
  ['Medical sources at al-Xylo Arab Hospital told reporters.', ['al-Xylo Arab Hospital/organization']],
  ['Nhóm phiến quân al-Xylo nhận trách nhiệm.', ['al-Xylo/organization']],
  ['Ahmed al-Zorvani met reporters. Al-Zorvani said the war was over.', ['Ahmed al-Zorvani/person']],
  // (alone, the article and a word are a family name, a group or a place: no type by their shape)
  ['The rebels, led by al-Zorvani, took the city.', []],
]);

entitiesTable("a stock ticker after the short name in parentheses is the company's other name", [
  ['Ngân hàng TMCP Xylo Việt Nam (Xylobank, mã XVB) vừa công bố báo cáo. Cổ phiếu XVB tăng 1%.', ['Ngân hàng TMCP Xylo Việt Nam/organization']],
]);

entitiesTable("a weapon's noun that ends a body's name does not make its holder a weapon's name", [
  ['Có cựu Tư lệnh Lực lượng Tên lửa Trần Ngọc Khải.', ['Lực lượng Tên lửa/organization', 'Trần Ngọc Khải/person']],
  // (a weapon's own name stays no one's)
  ['Nga phóng tên lửa Xylo Zorva.', ['Nga/country']],
]);

entitiesTable('English: a stadium or park whose last word is a family name too, after a preposition of place', [
  ['At Xylo Park, Ivo Marenko scored a late equaliser.', ['Xylo Park/location', 'Ivo Marenko/person']],
  ['Chelsea won 3-1 at Xylo Bridge.', ['Chelsea/organization', 'Xylo Bridge/location']],
  // (not after "to": a person may be given something)
  ['The award went to Ivo Park on Monday.', ['Ivo Park/person']],
]);

entitiesTable('English: a body known by an acronym; a known place and four words ending in a body\'s last word; cinemas', [
  ['It owned a stake in Poland Joint Stock Commercial Bank.', ['Poland Joint Stock Commercial Bank/organization']],
  ['It owned a stake in Xylo Commercial Bank, known as ZOVA, which she used. Regulators took over ZOVA in 2022.', ['Xylo Commercial Bank/organization']],
  ['Phim chiếu tại các rạp Xylo Cinema và CGV.', ['Xylo Cinema/organization', 'CGV/organization']],
  // (a person's name after the marker is no body's other name)
  ["Xylo Holdings, known as Ivo Marenko's firm, grew.", ['Xylo Holdings/organization', 'Ivo Marenko/person']],
]);

rolesTable('English: a member of parliament is a title ("MP" had been a body)', [
  ['The cuts were opposed by Xylo Party MP Ivo Marenko on Monday.', ['Ivo Marenko > Xylo Party (MP)']],
]);

entitiesTable('English: "Palace" ends a place\'s name', [
  ['The leaders met at the Xylo Palace on Monday.', ['Xylo Palace/location']],
]);

rolesTable('"trước đó là", "từng là", "trước đây là" (before that, once was) before a title in the apposition, after the age too', [
  ['Ông Ivo Marenko, 58 tuổi, trước đó là Tư lệnh Lục quân Ba Lan.', ['Ivo Marenko > Lục quân Ba Lan (Tư lệnh)']],
  ['Ông Ivo Marenko, từng là Bộ trưởng Quốc phòng Ba Lan, phát biểu.', ['Ivo Marenko > Ba Lan (Bộ trưởng Quốc phòng)']],
  // (not a clause of its own: "trước đó" there opens what happened before)
  ['Trước đó, Tư lệnh Lục quân Ba Lan thăm Hà Nội.', []],
]);
