// A generator of realistic Vietnamese news articles with invented people,
// organizations and places, for benchmarks and scale tests. Deterministic for a
// seed. Names follow a Zipf-like skew (a few are everywhere, most are rare), as
// in a real archive; articles mix titles, quotes, statements, captions, bylines
// and page furniture.
import { mulberry32 } from '../util/random.js';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Lâm', 'Mai', 'Trịnh', 'Đào'];
const MIDDLES = ['Văn', 'Thị', 'Minh', 'Hữu', 'Đức', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Hoàng', 'Thu', 'Bảo', 'Gia', 'Kim', 'Anh'];
const GIVEN = ['Khoa', 'Hằng', 'Tuấn', 'Lan', 'Dũng', 'Hạnh', 'Phong', 'Thảo', 'Hiếu', 'Trang', 'Quân', 'Vy', 'Khánh', 'Yến', 'Sơn', 'Hòa', 'Tâm', 'Nhung', 'Lộc', 'Thắng', 'Hùng', 'Mai', 'Đạt', 'Linh'];
const FOREIGN_FIRST = ['Ivar', 'Marek', 'Anja', 'Dmitar', 'Lorenz', 'Sabine', 'Tomasz', 'Elira', 'Bogdan', 'Mirela', 'Jaroslav', 'Katrin', 'Oskar', 'Radek', 'Valentin', 'Greta'];
const FOREIGN_LAST = ['Petrovak', 'Zielnik', 'Kowarski', 'Vandermolen', 'Haldorsen', 'Brankovic', 'Ostrander', 'Lindqvast', 'Mazurek', 'Dobrev', 'Kessling', 'Varga-Noll', 'Strandberg', 'Horvatek', 'Ilievski', 'Castellor'];
const PLACE_SYL = ['Xuyên', 'Lâm', 'Phước', 'Thạch', 'Bình', 'An', 'Đông', 'Hòa', 'Tân', 'Mỹ', 'Sơn', 'Quang', 'Vĩnh', 'Hưng', 'Phú', 'Long', 'Hải', 'Thanh'];
const FOREIGN_PLACES = ['Zarovsk', 'Belmora', 'Kestrel', 'Orvanta', 'Dunmarsh', 'Velikaya', 'Tarnhold', 'Sorvik', 'Ildaran', 'Pelmont'];
const COUNTRIES = ['Nga', 'Ukraine', 'Mỹ', 'Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'Triều Tiên', 'Pháp', 'Đức', 'Ấn Độ', 'Ba Lan', 'Lào', 'Campuchia', 'Thái Lan', 'Israel', 'Iran', 'Úc', 'Anh', 'Indonesia', 'Philippines'];
const MINISTRIES = ['Quốc phòng', 'Ngoại giao', 'Tài chính', 'Y tế', 'Công an', 'Giáo dục và Đào tạo', 'Công thương', 'Xây dựng', 'Nội vụ', 'Tư pháp'];
const COMPANY_HEADS = ['Tập đoàn', 'Công ty', 'Ngân hàng', 'Tổng công ty'];
const COMPANY_NAMES = ['Xylotek', 'Hưng Phát Lộc', 'Đại Dương Xanh', 'Vinacorex', 'Sao Mai Việt', 'Tân Á Châu', 'Bexmart', 'Phú Thịnh Vượng', 'Orvana', 'Kim Long Hải'];
const VERBS = ['cho biết', 'nói', 'khẳng định', 'nhấn mạnh', 'tuyên bố', 'nhận định', 'cảnh báo', 'cho hay'];
const TITLES = ['Bộ trưởng', 'Thứ trưởng', 'người phát ngôn', 'Giám đốc', 'Chủ tịch', 'Phó Chủ tịch'];
const FILLER = [
  'tình hình đang được theo dõi chặt chẽ',
  'các bên cần kiềm chế và đối thoại',
  'kế hoạch sẽ được triển khai trong quý tới',
  'thiệt hại ban đầu ước tính hàng trăm tỷ đồng',
  'lực lượng chức năng đã có mặt tại hiện trường',
  'chưa có thông tin về thương vong',
  'giá cả thị trường tăng nhẹ so với tháng trước',
  'dự án có tổng vốn đầu tư hơn 2.500 tỷ đồng',
];
const FURNITURE = ['TIN MỚI', 'ĐANG PHÁT', 'Xem thêm:', '3 phút trước', '* Mời quý độc giả theo dõi các chương trình đã phát sóng trên kênh XTV!', 'anh-minh-hoa-2024.jpg'];

export interface GeneratedDoc {
  id: string;
  text: string;
  title: string;
}

/** A pool of names drawn from with a Zipf-like skew (rank r has weight 1/r). */
class Pool {
  private readonly cum: number[];
  constructor(
    readonly names: string[],
    private readonly rnd: () => number,
  ) {
    let s = 0;
    this.cum = names.map((_, r) => (s += 1 / (r + 1)));
  }
  pick(): string {
    const x = this.rnd() * this.cum[this.cum.length - 1]!;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.names[lo]!;
  }
}

export class NewsGenerator {
  private readonly rnd: () => number;
  private readonly people: Pool;
  private readonly foreigners: Pool;
  private readonly provinces: Pool;
  private readonly companies: Pool;
  private readonly countries: Pool;

  /** shortForms: false writes people by their full name only (no "Ông Khoa"): no short form is ever ambiguous. */
  constructor(seed = 42, poolSize = 4000, private readonly opts: { shortForms?: boolean } = {}) {
    this.rnd = mulberry32(seed);
    const r = this.rnd;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const unique = (make: () => string, n: number) => {
      const set = new Set<string>();
      for (let i = 0; set.size < n && i < n * 20; i++) set.add(make());
      return [...set];
    };
    this.people = new Pool(unique(() => `${pick(SURNAMES)} ${pick(MIDDLES)} ${pick(GIVEN)}`, poolSize), r);
    this.foreigners = new Pool(unique(() => `${pick(FOREIGN_FIRST)} ${pick(FOREIGN_LAST)}`, Math.min(250, poolSize)), r);
    this.provinces = new Pool(unique(() => `${pick(PLACE_SYL)} ${pick(PLACE_SYL)}`, Math.min(300, poolSize)), r);
    this.companies = new Pool(unique(() => `${pick(COMPANY_HEADS)} ${pick(COMPANY_NAMES)}${r() < 0.5 ? '' : ' ' + pick(PLACE_SYL)}`, Math.min(400, poolSize)), r);
    this.countries = new Pool(COUNTRIES.slice(0, Math.max(2, Math.min(COUNTRIES.length, poolSize))), r);
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)]!;
  }

  private org(): string {
    const x = this.rnd();
    if (x < 0.4) return `Bộ ${this.pick(MINISTRIES)}${this.rnd() < 0.5 ? ' ' + this.countries.pick() : ''}`;
    if (x < 0.6) return `Ủy ban Nhân dân tỉnh ${this.provinces.pick()}`;
    if (x < 0.7) return `Công an tỉnh ${this.provinces.pick()}`;
    return this.companies.pick();
  }

  private person(): { name: string; intro: string } {
    if (this.rnd() < 0.3) {
      const name = this.foreigners.pick();
      const c = this.countries.pick();
      return { name, intro: `${this.pick(['Tổng thống', 'Thủ tướng', 'Ngoại trưởng', 'Bộ trưởng Quốc phòng'])} ${c} ${name}` };
    }
    const name = this.people.pick();
    return { name, intro: `${this.pick(TITLES)} ${this.org()} ${name}` };
  }

  private sentence(): string {
    // about half the sentences of a news story name nobody
    if (this.rnd() < 0.5) return `${cap(this.pick(FILLER))}, ${this.pick(FILLER)}.`;
    const x = this.rnd();
    const p = this.person();
    const c1 = this.countries.pick();
    const place = this.rnd() < 0.3 ? `vùng ${this.pick(FOREIGN_PLACES)}` : `tỉnh ${this.provinces.pick()}`;
    if (x < 0.3) return `${p.intro} ${this.pick(VERBS)} ${c1} và ${this.org()} đã đạt thỏa thuận về ${this.pick(FILLER)} tại ${place}.`;
    if (x < 0.5) return `"${cap(this.pick(FILLER))} ở ${place}, và ${c1} sẽ hỗ trợ" - ${p.intro} ${this.pick(['nói', 'phát biểu'])}.`;
    if (x < 0.65) return `Theo ${this.org()}, ${this.pick(FILLER)} trong ngày ${1 + Math.floor(this.rnd() * 28)}/${1 + Math.floor(this.rnd() * 12)}.`;
    if (x < 0.8) return `Ông ${this.opts.shortForms === false ? p.name : p.name.split(' ').slice(-1)[0]} ${this.pick(VERBS)} thêm rằng ${this.pick(FILLER)}, đồng thời đề nghị ${c1} phối hợp với ${this.org()}.`;
    if (x < 0.9) return `Trước đó, ${this.org()} đã làm việc với đại diện ${this.companies.pick()} tại ${place} về ${this.pick(FILLER)}.`;
    return `Tuy nhiên, ${this.pick(FILLER)} khi ${c1} và ${this.countries.pick()} chưa thống nhất lịch trình, tính đến 10.000 người và 2,5 tỷ đồng.`;
  }

  /** One article of about `size` characters (about 3.5 KB of UTF-8 for the default). */
  article(i: number, size = 2700): GeneratedDoc {
    const p = this.person();
    const title = `${p.name} ${this.pick(['gặp', 'làm việc với', 'tiếp'])} đại diện ${this.org()}`;
    const lines = [title, '', `${this.pick(['Minh An', 'Thu Hà', 'Quỳnh Chi', 'Hải Đăng'])} (Theo ${this.pick(['Reuters', 'AFP', 'TTXVN'])})-Thứ ba, ngày ${1 + (i % 28)}/${1 + (i % 12)}/2024 08:00 GMT+7`, ''];
    let body = 0;
    while (body < size * 0.9) {
      const para = Array.from({ length: 2 + Math.floor(this.rnd() * 3) }, () => this.sentence()).join(' ');
      lines.push(para, '');
      body += para.length;
      if (this.rnd() < 0.1) lines.push(this.pick(FURNITURE), '');
    }
    lines.push(this.pick(['Hồng Hà', 'Minh Tú', 'Lan Anh']));
    return { id: `gen-${String(i).padStart(6, '0')}.txt`, text: lines.join('\n'), title };
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
