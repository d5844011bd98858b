import type { SectionKind } from './model';

/**
 * The words that name each section kind, English and Vietnamese, folded (lower case, no diacritics).
 * A word ending in `*` matches any word it starts ("highlight*": highlights, highlighted). Terms are
 * words and stems, not whole headings: a heading is read by the words it contains (see sections.ts).
 */
export interface Term {
  readonly words: readonly string[];
  /** `other` for words that name none of the kinds and make the heading other (Agenda, Lịch trình). */
  readonly kind: SectionKind;
  readonly lang: 'en' | 'vi';
  /** Gives way to a kind word beside it: "Speaker Details", "Danh sách diễn giả". */
  readonly light?: boolean;
  /** A verb that heads its phrase when it opens it: "Applying the Lessons". */
  readonly verbal?: boolean;
  /** Names the kind only with a word saying it was gained or is the key one ("Knowledge Gained", not "Technical Knowledge"). */
  readonly needsMarker?: boolean;
}

type Flags = Pick<Term, 'light' | 'verbal' | 'needsMarker'>;

const terms: Term[] = [];
function add(kind: SectionKind, lang: Term['lang'], list: string, flags: Flags = {}): void {
  for (const phrase of list.split(',')) terms.push({ words: phrase.trim().split(' '), kind, lang, ...flags });
}

add('objectives', 'en', 'objective*, goal*, purpose*, aim, aims, why i attended');
add('objectives', 'vi', 'muc tieu, muc dich');

add('speakers', 'en', 'speaker*, presenter*, panelist*, panellist*, panel, keynote speaker*, guest speaker*, who spoke, presenting team*, lineup, line up');
add('speakers', 'vi', 'dien gia, nguoi trinh bay, nhom trinh bay, doi trinh bay, trinh bay, khach moi, nguoi chia se, dien thuyet');

add('highlights', 'en', 'highlight*, session*, talk*, topics covered, topic*, presentation*, keynotes, main content, key content, content*, what happened, notable points, key points, main points, deep dive*, activities');
add('highlights', 'vi', 'noi dung, noi bat, diem nhan, diem noi bat, phien, cac phien, chu de, bai noi chuyen, bai trinh bay, hoat dong, tong hop noi dung, dien bien');

add('takeaways', 'en', 'takeaway*, take away*, learnings, learned, learnt, key learning, lesson*, outcome*, results, what i learned, what i learnt, what we learned');
add('takeaways', 'en', 'knowledge*, insight*', { needsMarker: true });
add('takeaways', 'vi', 'bai hoc, hoc duoc, hoc hoi duoc, dieu hoc, dieu rut ra, rut ra, ket qua, thu hoach duoc, bai hoc kinh nghiem');
add('takeaways', 'vi', 'kien thuc, hieu biet', { needsMarker: true });

add('applying', 'en', 'application*, applicable, action plan, next steps, connection to, relevance to, how i will apply');
add('applying', 'en', 'applying, apply, applied, using', { verbal: true });
add('applying', 'vi', 'ung dung, ap dung, lien he, ke hoach hanh dong, van dung');

add('experience', 'en', 'experience*, reflection*, impression*, atmosphere, feeling*, thoughts, feedback, memorable moment*, personal view*');
add('experience', 'vi', 'trai nghiem, cam nhan, cam tuong, an tuong, suy ngam, khong khi, cam xuc');

add('photos', 'en', 'photo*, picture*, image*, gallery, snapshot*, proof of attendance');
add('photos', 'vi', 'hinh anh, anh su kien, anh chup, anh ky niem, mot so anh, hinh');

// "Teams & Speakers", "Presenting Teams": teams name the speakers section only beside a speakers word or alone.
add('speakers', 'en', 'teams', { light: true });
add('overview', 'en', 'overview, information, info, details, detail, description, introduction, about the event, about, logistics, general, time, date, venue, location, notes', { light: true });
add('overview', 'vi', 'thong tin, tong quan, gioi thieu, chi tiet, mo ta, thoi gian, dia diem', { light: true });

add('conclusion', 'en', 'conclusion*, concluding, final thought*, closing thought*, closing remark*, closing, wrap up, wrapup, wrap, summary, in summary');
add('conclusion', 'vi', 'ket luan, tong ket, loi ket, tom lai');

// Words that name none of the kinds: a programme, a list of something else, the report itself.
add('other', 'en', 'agenda, schedule, timeline, program, programme, summary report, event report, report, recap, format, rules');
add('other', 'vi', 'lich trinh, chuong trinh, bao cao, bai thu hoach, the thuc, cau truc');
// Light words that only say "a list of" or "the details of" what follows.
add('other', 'en', 'list', { light: true });
add('other', 'vi', 'danh sach', { light: true });

export const VOCABULARY: readonly Term[] = terms;

/** Words that may stand beside a kind's name without making the heading more than that name. */
export const FILLER: ReadonlySet<string> = new Set(
  ('the my our a an some key main personal overall general event events workshop meetup conference day of from at in during for to with this ' +
    'su kien cua tai toi em chung cac nhung mot so chinh va khi tham gia du trong ve sau nay buoi hoc hoi thao chia se ca nhan ' +
    'quan trong rut ra duoc chung summary final my own i we what gained acquired learned ' +
    'vao den voi work job cong viec du project projects internship thuc tap te practice myself me career su nghiep').split(' '),
);

/** Words that make "knowledge" or "kiến thức" the learnings section ("Knowledge Gained", "Kiến thức thu được"). */
export const GAIN_MARKERS = /\b(?:key|main|important|gained|acquired|learned|learnt|my|personal|quan trong|chinh|thu nhan|thu duoc|tiep thu|hoc duoc|rut ra|dat duoc|ca nhan)\b/;

/** Words that label one item of a series ("Session 1", "Phiên 2", "Part 3"): such a heading is that item's title. */
export const SERIES_ITEM = /(?:^|\| )(?:session|phien|part|phan|track|talk|module|round|vong|week|tuan|day|ngay|keynote|bai) \d+\b/;

/** Where an English noun phrase ends and its complement starts ("Highlights | from Presentations"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set('from of at in during for to with on into by through about'.split(' '));

/** The same in Vietnamese ("Học hỏi | từ các diễn giả"). */
export const VI_PREPOSITIONS: ReadonlySet<string> = new Set('tu ve voi cho tai den'.split(' '));
