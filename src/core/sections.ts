import type { Section, SectionKind } from './model';
import { t } from './l10n';
import { FILLER, GAIN_MARKERS, PREPOSITIONS, SERIES_ITEM, VI_PREPOSITIONS, VOCABULARY, type Term } from './sectionWords';

/** Lower case without diacritics: "Diễn Giả" -> "dien gia", "Đạt" -> "dat". */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Where a heading's wording breaks into parts that may each name a kind ("Experience & Learnings"). */
const BREAK = '|';

/**
 * A heading's words, folded, numbering and emoji dropped; `&`, `,`, `:`, ` - ` and the like become BREAK.
 * "3. Key Takeaways:" -> ["key", "takeaways"]; "Diễn giả & Đề tài" -> ["dien", "gia", "|", "de", "tai"].
 */
function headingWords(text: string): { words: string[]; numbered: boolean } {
  const folded = foldDiacritics(text)
    .replace(/\s[-–—]+\s|[&,;:|/–—+[\]"“”]|\band\b|\bva\b/g, ` ${BREAK} `)
    .replace(/[^\p{L}\p{N}|\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const unnumbered = folded
    .replace(/^(?:(?:part|phan|section|muc|chapter) )?(?:\d+|[ivx]+)(?: \d+)* (?=\p{L}|\|)/u, '')
    .replace(/^[a-e] (?=\p{L}{3})/u, '');
  const words = unnumbered.split(' ').filter(Boolean);
  while (words[0] === BREAK) words.shift();
  return { words, numbered: unnumbered !== folded };
}

interface Match {
  readonly at: number;
  readonly length: number;
  readonly term: Term;
}

function wordMatches(pattern: string, word: string | undefined): boolean {
  if (word === undefined || word === BREAK) return false;
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/** The longest vocabulary term at each word (a term never spans a BREAK). */
function matchTerms(words: readonly string[], marked: boolean): Match[] {
  const matches: Match[] = [];
  for (let at = 0; at < words.length; ) {
    let best: Match | undefined;
    for (const term of VOCABULARY) {
      if ((best && term.words.length <= best.length) || (term.needsMarker && !marked)) continue;
      if (term.words.every((p, i) => wordMatches(p, words[at + i]))) best = { at, length: term.words.length, term };
    }
    if (best) {
      matches.push(best);
      at += best.length;
    } else {
      at++;
    }
  }
  return matches;
}

/** What a heading's wording says: the kind it names, and whether it is nothing but that name. */
export interface HeadingReading {
  readonly kind: SectionKind;
  /**
   * True where every word of the heading belongs to the kind's name or is filler ("Key Takeaways",
   * "Một số hình ảnh sự kiện"); false where other words come with it ("Trải nghiệm 36 giờ Hackathon"),
   * which inside Highlights makes the heading a talk's own title.
   */
  readonly pure: boolean;
  /** The heading starts with a number ("2. …", "II. …"): one point of a numbered run. */
  readonly numbered: boolean;
}

/**
 * Reads the kind a heading names, by its words and wherever the heading stands.
 *
 * The heading is cut at `&`, `,`, `:`, ` - ` and "and"; the first part that holds a kind word decides, so
 * a heading naming two kinds takes the first. Within that part, Vietnamese puts the head word first
 * ("Danh sách diễn giả nổi bật": diễn giả) and English last, before any preposition ("Key Highlights from
 * Presentations": highlights; "Learning Atmosphere": atmosphere; "Learning from Speakers": none). A light
 * word such as "details", "information" or "danh sách" gives way to a kind word beside it ("Speaker
 * Details", "List of Speakers"), and names its own kind only as the whole heading ("Event Information",
 * not "Time Series Anomaly Detection"). A word of another sort (Agenda, Lịch trình, Summary Report) that
 * heads the part makes it `other`, and so does an item label ("Session 1: …", "Phiên 2: …").
 * Parentheses are asides: "Bài học Chính (Key Takeaways)" is read by "Bài học Chính".
 */
export function readHeading(text: string): HeadingReading {
  let reading = readings.get(text);
  if (reading === undefined) {
    if (readings.size > 100_000) readings.clear();
    reading = read(text);
    readings.set(text, reading);
  }
  return reading;
}

// Headings repeat from one keystroke to the next: each wording is read once (a 5 MB report has 60,000).
const readings = new Map<string, HeadingReading>();

/** The kind a heading's words name, ignoring where the heading stands. */
export function classifyHeading(text: string): SectionKind {
  return readHeading(text).kind;
}

function read(text: string): HeadingReading {
  // A section's name is short: a long heading is read by its start.
  const outside = text.slice(0, 300).replace(/\([^()]*\)/g, ' ').trim();
  const { words, numbered } = headingWords(outside || text.slice(0, 300));
  const none: HeadingReading = { kind: 'other', pure: false, numbered };
  const joined = words.join(' ');
  if (words.length === 0 || SERIES_ITEM.test(joined)) return none;
  const matches = matchTerms(words, GAIN_MARKERS.test(joined));
  const covered = new Set<number>();
  for (const m of matches) for (let w = m.at; w < m.at + m.length; w++) covered.add(w);
  const pure = words.every((w, index) => w === BREAK || covered.has(index) || FILLER.has(w));

  let partStart = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && words[i] !== BREAK) continue;
    const inPart = matches.filter((m) => m.at >= partStart && m.at < i);
    const head = inPart.length > 0 ? headOf(inPart, words, partStart, i) : undefined;
    if (head) {
      if (head.term.kind === 'other' || (head.term.light && !pure)) return none;
      return { kind: head.term.kind, pure, numbered };
    }
    // The first part with words of its own names the heading: "AWS GameDay: Immersive Learning Experience"
    // is a talk, "Industry Experts & Alumni Panel" a group; a kind word in a later part does not decide.
    if (words.slice(partStart, i).some((w) => !FILLER.has(w))) return none;
    partStart = i + 1;
  }
  return none;
}

/** The match that heads one part of a heading (see readHeading), or none. */
function headOf(inPart: readonly Match[], words: readonly string[], start: number, end: number): Match | undefined {
  const first = inPart[0];
  const vietnamese = inPart.some((m) => m.term.lang === 'vi');
  // "Applying the Lessons to Myself": a verb that opens the part heads it; another verb with its object and
  // complement ("Building Docker Images with Spring Boot") makes the part a talk's title. An adjective in -ing
  // with no complement stays an adjective ("Exciting Competition Atmosphere").
  if (!vietnamese && first.at === start && first.term.verbal) return first;
  const complement = words.slice(first.at + first.length, end).some((w) => PREPOSITIONS.has(w));
  if (!vietnamese && first.at > start && /ing$/.test(words[start]) && complement) return undefined;
  // The head phrase ends at a preposition: "Learning from Speakers", "Học hỏi từ các diễn giả" name no kind.
  const prepositions = vietnamese ? VI_PREPOSITIONS : PREPOSITIONS;
  let phraseEnd = end;
  for (let i = start + 1; i < end; i++) {
    if (prepositions.has(words[i]) && !inPart.some((m) => i > m.at && i < m.at + m.length)) {
      phraseEnd = i;
      break;
    }
  }
  const phrase = inPart.filter((m) => m.at < phraseEnd);
  if (phrase.length === 0) return undefined;
  const heads = phrase.filter((m) => !m.term.light);
  // Vietnamese puts the head first, English last.
  if (heads.length > 0) return vietnamese ? heads[0] : heads[heads.length - 1];
  // "List of Speakers", "Thông tin về diễn giả": a light head defers to the kind its complement names.
  return inPart.find((m) => !m.term.light) ?? (vietnamese ? phrase[0] : phrase[phrase.length - 1]);
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

/** A section ends where the next heading starts (character 0 of its line) or at the end of the text: its own last line. */
export function sectionLastLine(section: Section): number {
  const end = section.range.end;
  return end.character === 0 && end.line > section.heading.range.start.line ? end.line - 1 : end.line;
}
