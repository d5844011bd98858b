import type { SectionKind } from '../../src/core/model';

/**
 * What 32 real reports contain, written by reading each file in test/fixtures/corpus (not by running
 * the parser). `kinds` maps a heading's 1-based line to its section kind; with `strict` (the default)
 * every heading not listed must be `other`.
 */
export interface CorpusExpectation {
  readonly file: string;
  readonly title: string | null;
  readonly kinds: Readonly<Record<number, SectionKind>>;
  readonly strict?: boolean;
  readonly speakers: readonly string[];
  readonly inline?: boolean;
  /** Spot checks of role and organisation, by speaker name. */
  readonly roles?: Readonly<Record<string, readonly [role: string, organization: string]>>;
}

const H = 'highlights', O = 'objectives', S = 'speakers', T = 'takeaways', A = 'applying', E = 'experience', P = 'photos', V = 'overview', C = 'conclusion';

export const CORPUS_EXPECTATIONS: readonly CorpusExpectation[] = [
  {
    file: '36JungKwan__InternshipReport__content__4-EventParticipated__4.4-Event4___index.md',
    title: 'Summary Report: "AIML & Generative AI on AWS – AWS Cloud Mastery Series #1"',
    kinds: { 11: V, 256: T, 278: T, 290: A, 300: E, 308: P },
    speakers: ['Lam Tuan Kiet', 'Dinh Le Hoang Anh', 'Danh Hoang Hieu Nghi'],
    inline: true,
  },
  {
    file: '36JungKwan__InternshipReport__content__4-EventParticipated__4.6-Event6___index.vi.md',
    title: 'Báo Cáo Tóm Tắt: "Workshop Trụ Cột Bảo Mật AWS Well-Architected"',
    kinds: { 11: V, 617: T, 649: T, 671: E, 681: P },
    speakers: ['Huynh Hoang Long', 'Dinh Le Hoang Anh', 'Tran Duc Anh', 'Nguyen Tuan Thinh', 'Nguyen Do Thanh Dat', 'Nguyen Van Hoang Kha', 'Thinh Lam', 'Viet Nguyen', 'Tinh Truong', 'Mendel Grabski'],
    inline: true,
  },
  {
    file: '37nhuquynh9at2-sketch__aws_report__content__4-EventParticipated__4.1-Event1___index.md',
    title: 'Summary Report (June 13, 2026)',
    kinds: { 11: O, 20: S, 27: H, 171: T, 187: A, 196: E, 204: T, 212: P },
    speakers: ['Trong H. Truong', 'Danh Hoàng Hiếu Nghị', 'Mr. Dat Pham', 'Mr. Cường Nguyễn'],
    roles: { 'Trong H. Truong': ['DevOps Engineer', 'Endava Vietnam'], 'Mr. Cường Nguyễn': ['Process Engineer', ''] },
  },
  {
    file: '37nhuquynh9at2-sketch__aws_report__content__4-EventParticipated__4.1-Event1___index.vi.md',
    title: 'Bài thu hoạch Saturday Meet up! (13/06/2026)',
    kinds: { 11: O, 20: S, 27: H, 171: T, 187: A, 196: E, 204: T, 212: P },
    speakers: ['Trong H. Truong', 'Danh Hoàng Hiếu Nghị', 'Mr. Dat Pham', 'Mr. Cường Nguyễn'],
  },
  {
    file: 'AWS-FCJ-Project__se192169_report__content__4-EventParticipated__3.1-Event1___index.md',
    title: 'Report on "Cloud Mastery Series #1: AI From Scratch"',
    kinds: { 13: O, 20: S, 26: H, 45: T, 52: A, 58: E, 66: T, 72: C },
    speakers: ['Anh Dinh Le Hoang', 'Vinh Banh Cam', 'Thinh Nguyen Tuan'],
    roles: { 'Anh Dinh Le Hoang': ['AI Engineer', ''], 'Vinh Banh Cam': ['Data Engineer', ''] },
  },
  {
    file: 'AWS-FCJ-Project__se192169_report__content__4-EventParticipated__3.2-Event2___index.vi.md',
    title: 'Bài thu hoạch “Cloud Mastery Series #2: DevOps Fundamentals & Infrastructure”',
    kinds: { 11: O, 18: S, 24: H, 44: T, 51: A, 57: E, 65: T, 71: P, 75: C },
    speakers: ['Thinh Nguyễn', 'Bảo Huỳnh', 'Nguyễn Tạ Minh Triết'],
  },
  {
    file: 'AkiHayakwa__AWS-Intership-FCJ-__content__4-EventParticipated__4.3-Event3___index.md',
    title: 'Summary Report: “First Cloud Journey Meetup - June 2026”',
    kinds: { 12: O, 21: S, 30: H, 57: T, 73: A, 80: E, 96: T },
    speakers: ['Bao Huynh', 'Viet Phat', 'Lê Hoàng Gia Đại', 'Tran Trung Vinh', 'Nguyen Quoc Bao', 'Truong Huy Phuoc'],
    // '**Viet Phat** - GraphRAG with Amazon Bedrock & Neptune': a talk, not a role.
    roles: { 'Viet Phat': ['', ''] },
  },
  {
    file: 'AkiHayakwa__AWS-Intership-FCJ-__content__4-EventParticipated__4.4-Event4___index.vi.md',
    title: 'Bài thu hoạch "FCAJ Community Day - Tháng 6 2026"',
    kinds: { 11: O, 15: S, 23: H, 52: T },
    speakers: ['Steve Trần', 'Hiếu Nghị', 'Anh Kiệt', 'Anh Trung', 'Chị Bảo', 'Nguyên Nguyễn', 'Anh Trường', 'Minh Anh', 'Toàn Nguyễn'],
  },
  {
    file: 'DazielNguyen__aws-fcj-report__content__4-EventParticipated__4.2-Event2___index.vi.md',
    title: 'Bài thu hoạch “Vòng đời phát triển theo hướng AI: Tái định hình kỹ thuật phần mềm”',
    kinds: { 11: O, 18: S, 23: H, 135: E, 145: E, 162: A, 173: T, 186: P },
    speakers: ['Anh Toan Huynh', 'Chị My Nguyen'],
    roles: { 'Anh Toan Huynh': ['PMP, Senior Solutions Architect', 'AWS'] },
  },
  {
    file: 'DazielNguyen__aws-fcj-report__content__4-EventParticipated__4.1-Event1___index.md',
    title: 'Summary Report: “Vietnam Cloud Day 2025: Ho Chi Minh City Connect Edition for Builders (Track 2: Migration & Modernization)”',
    kinds: { 11: O, 19: S, 26: H, 315: T, 341: A, 348: E, 375: T, 391: P },
    speakers: ['Nguyen Van Hai', 'Nguyen The Vinh', 'Nguyen Minh Nganh', 'Nguyen Manh Tuyen'],
    roles: { 'Nguyen The Vinh': ['Co-Founder & CTO', 'Ninety Eight'] },
  },
  {
    file: 'DongQuan04__DongQuan04.github.io__content__4-EventParticipated__4.1-Event1___index.md',
    title: 'Event Report “23-05-2026 | FCAJ Community Day”',
    kinds: { 10: O, 17: S, 28: H, 60: T, 76: A, 85: E, 99: P },
    // The talk headings label their presenters again ('(Speaker: Tinh Truong)'): inline entries.
    speakers: ['Tinh Truong', 'Anh Pham', 'Thinh Nguyen', 'Duc Dao', 'Vy Lam', 'Tinh Truong', 'Anh Pham', 'Thinh Nguyen', 'Duc Dao', 'Vy Lam'],
    inline: true,
  },
  {
    file: 'DongQuan04__DongQuan04.github.io__content__4-EventParticipated__4.2-Event2___index.vi.md',
    title: 'Bài thu hoạch “24-05-2026 | FCAJ Community Day - Làn Sóng AI & Tự Động Hóa Hệ Thống”',
    kinds: { 11: O, 18: S, 28: H, 55: T, 70: A, 78: E, 88: E, 91: P },
    // '**Speaker 1**: Chuyên gia …': placeholders with anonymous roles, so nobody is named.
    speakers: [],
  },
  {
    file: 'DucTrumcodex__Daily-Work-Log__content__4-EventParticipated__4.1-Event1___index.vi.md',
    title: null,
    kinds: { 11: O, 17: S, 24: H, 50: T, 76: A, 86: E, 108: P },
    speakers: ['Hoàng Long', 'Anh Thịnh', 'Anh Khang', 'Thảo'],
    roles: { 'Anh Khang': ['Solution Architect', 'Cloud Kinetics'] },
  },
  {
    file: 'EricN2907__fcj-aws-internship-report-SE182076__content__4-EventParticipated__4.1-Event1___index.md',
    title: 'Summary Report: Kick-off Event – AWS First Cloud Journey Workforce (OJT Fall 2025)',
    kinds: { 11: O, 18: V, 23: S, 38: H, 57: T, 74: A, 80: E, 88: P },
    speakers: ['Mr. Nguyen Tran Phuoc Bao', 'Mr. Nguyen Gia Hung', 'Do Huy Thang', 'Danh Hoang Hieu Nghi', 'Bui Ho Linh Nhi', 'Pham Nguyen Hai Anh', 'Nguyen Dong Thanh Hiep'],
    roles: { 'Do Huy Thang': ['DevOps Lead', 'VNG'] },
  },
  {
    file: 'EricN2907__fcj-aws-internship-report-SE182076__content__4-EventParticipated__4.4-Event4___index.vi.md',
    title: 'Báo cáo tổng kết: AWS Cloud Mastery Series #2 – DevOps on AWS',
    kinds: { 12: O, 20: V, 25: H, 47: T, 59: A, 67: E },
    speakers: ['Trương Quang Tinh', 'Kha Van', 'Bảo Huỳnh', 'Thịnh Nguyễn', 'Vi Trần'],
    inline: true,
  },
  {
    file: 'H-Ngyen__Internship-report-aws__content__3-eventparticipated__3.1-Event1___index.md',
    title: 'Bài thu hoạch "Secure Your Applications: AWS Perimeter Protection Workshop"',
    kinds: { 12: O, 19: S, 25: H, 62: T, 76: A, 83: E, 91: E, 96: A, 106: T },
    speakers: ['Nguyen Gia Hung', 'Julian Ju', 'Kevin Lim'],
  },
  {
    file: 'KhaiND1221__FCAJ-intership-report__content__events__01-reinvent-recap-2025.en.md',
    title: 'AWS re:Invent 2025 Recap - Vietnam Edition',
    kinds: { 7: V, 11: H, 32: T },
    speakers: ['Thi', 'Tùng'],
    inline: true,
    roles: { Thi: ['Solution Architect', ''] },
  },
  {
    file: 'KhaiND1221__FCAJ-intership-report__content__events__03-cloud-mastery-2.vi.md',
    title: 'AWS Cloud Mastery 2',
    kinds: { 7: V, 11: H, 24: T },
    speakers: [],
  },
  {
    file: 'Nikolas-Charalambidis__conference-talks__2022-java-days.md',
    title: 'JavaDays 2022',
    // 'Keynotes' under each talk is the talk's content; 630 'Experience with Spring native' is a talk title that
    // we read as experience (the kind word heads it): a known misreading.
    kinds: { 12: H, 39: H, 87: H, 145: H, 252: H, 304: H, 368: H, 450: H, 568: H, 630: E, 637: H, 743: H, 800: H, 1113: H, 73: E, 132: E, 240: E, 291: E, 356: E, 437: E, 555: E, 624: E, 730: E, 785: E, 1101: E, 1151: E },
    speakers: [],
  },
  {
    file: 'PTN2004__FCAJ-template__content__4-EventParticipated__4.1-Event1___index.md',
    title: 'Summary Report: “Cloud Architect”',
    kinds: { 12: V, 18: O, 26: V, 36: T, 45: E, 51: C },
    speakers: [],
  },
  {
    file: 'QuocAn-star__cloud-ai-journey-quocan__content__4-EventParticipated__4.2-Event2___index.vi.md',
    title: 'Bài Thu Hoạch: FCAJ COMMUNITY DAY - "DATA DRIVEN, AI RISEN"',
    kinds: { 11: V, 22: S, 48: H, 186: T, 203: E, 211: P },
    speakers: ['Truong Tran', 'Steve Tran', 'Trung Vu', 'Anh Dang', 'Nghi Danh', 'Kiet Tran', 'Bao Phan', 'Nguyen Nguyen', 'Toan Nguyen'],
  },
  {
    file: 'Senthong__fcj-internship-report__content__4-EventParticipated__4.1-Event1___index.md',
    title: 'FCAJ Community Day - June 2026',
    kinds: { 17: O, 27: S, 39: H, 155: T, 214: A, 252: E, 302: E, 312: C },
    speakers: ['Steve Trần', 'Hiếu Nghị', 'Kiệt', 'Trung Đinh', 'Bảo', 'Nguyên Nguyễn', 'Trường', 'Minh Anh', 'Toàn Nguyễn'],
    roles: { 'Trung Đinh': ['Founder & CEO', 'RE AI'], 'Minh Anh': ['AI Solutions', 'Noventis'] },
  },
  {
    file: 'SharonNg1029__fcj-fall2025-internship-report__content__4-EventParticipated__4.1-Event1___index.vi.md',
    title: 'Báo cáo tổng kết: Lễ khởi động AWS First Cloud Journey Workforce – OJT FALL 2025',
    kinds: { 11: O, 18: V, 23: S, 38: H, 57: T, 74: A, 80: E, 88: P },
    speakers: ['Thầy Nguyễn Trần Phước Bảo', 'Anh Nguyễn Gia Hưng', 'Đỗ Huy Thắng', 'Danh Hoàng Hiếu Nghi', 'Bùi Hồ Linh Nhi', 'Phạm Nguyễn Hải Anh', 'Nguyễn Đồng Thanh Hiệp'],
  },
  {
    file: 'Thormastran__fcj-workshop-template__content__4-EventParticipated__4.1-Event1___index.md',
    title: 'Comprehensive Summary Report: "Cloud Day Vietnam 2025"',
    kinds: { 15: V, 21: O, 32: S, 58: T, 103: T },
    speakers: ['H.E. Pham Duc Long', 'H.E. Marc E. Knapper', 'Dr. Jen Lottner', 'Dieter Botha', 'Uy Tran'],
    roles: { 'Dieter Botha': ['Chief Executive Officer', 'Tymex'] },
  },
  {
    file: 'ZanhZoker__fcaj-report__content__4-EventParticipated__4.1-EnterpriseCloud___index.vi.md',
    title: 'Kiến trúc Cloud doanh nghiệp và ứng dụng thực tế',
    kinds: { 19: H, 27: T, 34: E },
    speakers: [],
  },
  {
    file: 'damianooldoni__notes___posts__2023-10-04-OEMC2023.md',
    title: null,
    kinds: { 13: V, 46: H },
    speakers: [],
  },
  {
    file: 'linhxm__FCJ-Internship-Report__content__4-EventParticipated__4.1-Event1___index.md',
    title: 'Vietnam Cloud Day 2025: Ho Chi Minh City Connect Edition for Builders',
    kinds: { 14: O, 21: S, 48: H, 79: T, 85: A, 91: E, 98: P },
    speakers: [
      'Eric Yeo', 'Dr. Jens Lottner', 'Ms. Trang Phung', 'Jaime Valles', 'Jeff Johnson', 'Vu Van', 'Nguyen Hoa Binh', 'Dieter Botha',
      'Jun Kai Loke', 'Kien Nguyen', 'Tamelly Lim', 'Binh Tran', 'Taiki Dang', 'Michael Armentano', 'Hung Nguyen Gia', 'Son Do',
      'Nguyen Van Hai', 'Phuc Nguyen', 'Alex Tran', 'Nguyen Minh Ngan', 'Nguyen Manh Tuyen', 'Vinh Nguyen', 'Hung Hoang', 'Christal Poon',
    ],
    roles: { 'Jaime Valles': ['VP, GM Asia Pacific and Japan', 'AWS'], 'Eric Yeo': ['Country General Manager', 'AWS Vietnam'] },
  },
  {
    file: 'ngcbaor__fcaj-hcmut-template__content__4-EventParticipated__4.1-Event1___index.md',
    title: 'SUMMARY REPORT: FCAJ COMMUNITY DAY - JUNE 2026',
    kinds: { 11: V, 21: O, 30: S, 42: H, 71: T, 90: A, 98: E, 122: T, 130: P },
    speakers: ['Steve Trần', 'Hiếu Nghị', 'Kiệt', 'Trung', 'Bảo', 'Nguyên Nguyễn', 'Trường', 'Minh Anh', 'Toàn Nguyễn'],
    roles: { 'Bảo': ['Cloud Engineers', 'Cloud Kinetics'], 'Hiếu Nghị': ['', 'Renova Cloud'] },
  },
  {
    file: 'quangtin137__fcaj-internship-report__content__4-EventParticipated__4.1-Event1___index.md',
    title: 'Summary Report: “FCAJ Community Day”',
    kinds: { 11: O, 18: S, 25: H, 71: T, 79: A, 86: E, 94: P },
    speakers: ['Mr. Long Huynh', 'Mr. Thinh Nguyen', 'Mr. Khang Nguyen', 'Ms. Thao'],
    roles: { 'Mr. Long Huynh': ['Admin of FCAJ', ''] },
  },
  {
    file: 'toniminhkhoi__aws-fcaj-report__content__4-EventParticipated__4.1-Event1___index.md',
    title: 'Report on “First Cloud AI Journey Community Day”',
    // The H2 'Main Content' swallows the rest, which is still read by its own wording.
    kinds: { 11: O, 20: S, 29: H, 31: H, 62: T, 78: A, 91: P },
    speakers: ['Tran Trung Vinh', 'Viet Phat', 'Truong Huy Phuoc', 'Nguyen Quoc Bao', 'Le Hoang Gia Dai', 'Bao Huynh'],
  },
  {
    file: 'trtramnh__fcj-workshop-template__content__4-EventParticipated__4.1-Event1___index.vi.md',
    title: 'Agent Forge – Deep Dive Day 1: Foundations & Agent Setup',
    kinds: { 13: O, 21: S, 28: H, 57: T, 68: A, 92: E, 98: T, 105: P },
    speakers: ['Nghĩa Trần', 'Anh Phạm'],
    roles: { 'Anh Phạm': ['Cloud Consultant', 'G-AsiaPacific Vietnam'] },
  },
  {
    file: 'tuanhopq123__fcaj-workshop-hoanhtuan__content__4-EventParticipated__4.2-Event2___index.vi.md',
    title: 'Báo cáo tổng kết: “From First Cloud AI Journey to AWS Partner”',
    kinds: { 12: V, 17: O, 24: S, 31: H, 58: T, 78: A, 85: E, 91: P },
    speakers: ['Anh Đạt', 'Anh Cường', 'Anh Hoàng Trọng', 'Hiếu Nghị', 'Kiên', 'Thọ'],
  },
];
