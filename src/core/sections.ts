import type { SectionKind } from './model';
import { t } from './l10n';

/**
 * Section kinds from heading wordings that real reports use, English and Vietnamese.
 * Patterns run on folded text: lower case, no diacritics, no punctuation or emoji, no leading numbering.
 */
const EN_PREFIX = String.raw`(?:(?:the|my|our|event|workshop|session|key|main|personal|overall|general) )*`;
const EN_SUFFIX = String.raw`(?: (?:of|from|at|in|during|for) (?:the )?(?:event|workshop|session|day|talks?))?`;
const VI_SUFFIX = String.raw`(?: (?:(?:cua|tai|khi tham gia|tham gia|trong|ve|tu|sau|khi) )?(?:(?:cac|nhung) )?(?:su kien|event|workshop|buoi (?:hoc|chia se|su kien)|chuong trinh|tham du|hoi thao)(?: nay)?)?`;

function en(core: string): RegExp {
  return new RegExp(`^${EN_PREFIX}(?:${core})${EN_SUFFIX}$`);
}

function vi(core: string): RegExp {
  return new RegExp(`^(?:(?:cac|nhung|mot so) )?(?:${core})${VI_SUFFIX}$`);
}

const PATTERNS: ReadonlyArray<readonly [SectionKind, readonly RegExp[]]> = [
  ['objectives', [
    en(String.raw`objectives?|purposes?|goals?|aims?|agenda and objectives`),
    vi(String.raw`muc (?:tieu|dich)(?: chinh)?`),
  ]],
  ['speakers', [
    en(String.raw`(?:(?:list of|distinguished|keynote|guest|featured|invited) )*(?:speakers?|presenters?|panelists?)(?: (?:list|lineup|and .+))?|who spoke`),
    vi(String.raw`(?:danh sach )?(?:cac )?(?:dien gia|nguoi trinh bay|khach moi)(?: tham gia| khach moi)?`),
  ]],
  ['highlights', [
    en(String.raw`highlights?|highlighted content|detailed content|topics? covered|topics|main (?:activities|content|topics)|activities|content|contents|session highlights|agenda|sessions|talks|program(?:me)?|what happened|notable points`),
    vi(String.raw`(?:noi dung|diem nhan|diem|cac diem|hoat dong|chu de)(?: (?:noi bat|chinh|chi tiet|chuyen mon|tung phan|duoc de cap|duoc chia se|dang chu y))*|cac chu de duoc de cap|chuong trinh|dien bien|tong hop noi dung`),
  ]],
  ['takeaways', [
    en(String.raw`(?:comprehensive )?(?:key )?takeaways?(?: .+)?|(?:technical )?learnings?|lessons?(?: learned| learnt)?|what i (?:learned|learnt|took away)|what we (?:learned|learnt)|outcomes?|results?|knowledge gained|insights?(?: gained)?`),
    vi(String.raw`bai hoc(?: (?:rut ra|chinh|ca nhan|quan trong|ghi nhan|kinh nghiem|duc ket))*(?: va (?:ap dung|ung dung))?|kien thuc(?: va kinh nghiem)?(?: ky thuat)?(?: (?:quan trong|chinh|thu duoc|hoc duoc|dat duoc|chuyen mon))?|(?:nhung )?gi (?:toi )?(?:da )?hoc (?:duoc|hoi duoc)|ket qua(?: (?:dat duoc|rut ra))?|dieu (?:hoc duoc|rut ra)`),
  ]],
  ['applying', [
    en(String.raw`(?:applying|application|applications|apply)(?: (?:it|this|these|learnings|knowledge|lessons))?(?: (?:to|in|into|for|at) .+)?|practical applications?(?: to .+)?|how i will apply .+|action plan|next steps`),
    vi(String.raw`(?:kha nang )?(?:ung dung|ap dung)(?: (?:vao|trong|cho|thuc te|kien thuc) ?.*)?|ke hoach hanh dong`),
  ]],
  ['experience', [
    en(String.raw`(?:detailed )?experiences?|reflections?|impressions?|feedback|feelings|thoughts`),
    vi(String.raw`(?:trai nghiem|cam nhan|cam tuong|an tuong)(?: .*)?`),
  ]],
  ['photos', [
    en(String.raw`(?:some )?(?:event )?(?:photos?|pictures?|images?|gallery|photo gallery|moments)`),
    vi(String.raw`(?:hinh anh|anh|hinh)(?: (?:su kien|chup|ky niem|khi|tai|tham gia|trong|cua|event)\b.*)?`),
  ]],
  ['overview', [
    en(String.raw`overview|information|info|details|description|introduction|about(?: the event)?|time and (?:venue|place|location)|time venue|date and (?:venue|location|place)|general(?: information)?|summary of the event`),
    vi(String.raw`thong tin(?: chung| su kien)?|tong quan|gioi thieu|mo ta|thoi gian (?:va |and )?dia diem`),
  ]],
  ['conclusion', [
    en(String.raw`conclusions?|final thoughts|closing(?: thoughts| remarks)?|wrap up|summary`),
    vi(String.raw`ket luan|tong ket|loi ket|ket`),
  ]],
];

/** Lower case without diacritics: "Diễn Giả" -> "dien gia", "Đạt" -> "dat". */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Lower case, diacritics and punctuation removed, leading numbering dropped. */
export function foldHeadingText(text: string): string {
  return foldDiacritics(text)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:part|phan|section|muc) )?(?:\d+|[ivx]+)(?: \d+)* (?=\p{L})/u, '')
    .replace(/^(?:[a-e]) (?=\p{L}{3})/u, '');
}

// Headings repeat from one keystroke to the next: each wording is classified once.
const classified = new Map<string, SectionKind>();

/** The kind a heading's words name, ignoring where the heading stands. */
export function classifyHeading(text: string): SectionKind {
  let kind = classified.get(text);
  if (kind === undefined) {
    if (classified.size > 10_000) classified.clear();
    kind = classify(text);
    classified.set(text, kind);
  }
  return kind;
}

function classify(text: string): SectionKind {
  // "Bài học Chính (Key Takeaways)": try the words outside and inside the parentheses.
  const outside = text.replace(/\([^)]*\)/g, ' ');
  const inside = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
  for (const candidate of [outside, text, ...inside]) {
    const folded = foldHeadingText(candidate);
    if (!folded) continue;
    for (const [kind, patterns] of PATTERNS) {
      if (patterns.some((p) => p.test(folded))) return kind;
    }
  }
  return 'other';
}

/** Section kinds' names for people, looked up when asked for (the language can change). */
const KIND_NAMES: Readonly<Record<SectionKind, () => string>> = {
  objectives: () => t('objectives'),
  speakers: () => t('speakers'),
  highlights: () => t('highlights'),
  takeaways: () => t('takeaways'),
  applying: () => t('applying'),
  experience: () => t('experience'),
  photos: () => t('photos'),
  overview: () => t('overview'),
  conclusion: () => t('conclusion'),
  other: () => t('other'),
};

/** A section kind's name for people, in the current language (the kind itself is the id settings use). */
export function sectionKindName(kind: SectionKind): string {
  // A kind from a hand-written configuration may be unknown: it is shown as written.
  return KIND_NAMES[kind]?.() ?? kind;
}
