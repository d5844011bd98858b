/** Reads one written speaker entry (`**Name** – Role, Org`, `Name: Role`, `**A** và **B**`, `**Team** – A, B`) into its parts. */
import { slice, sourceSpan, type InlineText } from './inlineText';
import { isPersonName, isRoleWord } from './personName';

export interface NamePart {
  readonly name: string;
  /** Source offsets [start, end) of the name (tree offsets). */
  readonly start: number;
  readonly end: number;
}

export interface SpeakerEntry {
  readonly names: readonly NamePart[];
  readonly bold: boolean;
  /** What follows the name: `–`, `-`, `—`, `:`, `,`, `(`, `|` or empty for a name alone. */
  readonly separator: string;
  readonly role: string;
  readonly organization: string;
  readonly details: string;
}

/** What one line of a Speakers section or a label says. */
export type EntryReading =
  | { readonly kind: 'people'; readonly entry: SpeakerEntry }
  /** `**Speakers:**`, `Presenter: …`, `- **Panelists**:`: the people are in `rest` or in what follows. */
  | { readonly kind: 'label'; readonly rest: InlineText | null }
  /** `Talk: …`, `Description: …`, `Session 1: …`: a detail of the person above, never a person. */
  | { readonly kind: 'field'; readonly text: string }
  /** A team without members, an anonymous role, a sentence. */
  | { readonly kind: 'none' };

/** The words that introduce the people who presented, wherever they stand. Hosts, organisers and chairs are not among them. */
export const LABEL_WORDS = String.raw`speakers?|presenters?|presenter\s*\(s\)|speaker\s*\(s\)|panel+ists?|moderators?|keynote speakers?|guest speakers?|diễn giả|người trình bày|người chia sẻ|tác giả|khách mời`;

/** A label that opens a line: `Speaker:`, `**Diễn giả:**`, `Presenter(s):`. */
export const LABEL = new RegExp(String.raw`^(?:${LABEL_WORDS})\s*[:：]\s*`, 'iu');

/** Field labels under a person or a talk: what follows them is a detail. */
const FIELD = /^(?:topic|talk|title|description|link|links|slides?|duration|time|date|role|position|company|organi[sz]ation|bio|session|track|abstract|summary|video|recording|website|linkedin|github|chủ đề|đề tài|mô tả|thời gian|vai trò|chức vụ|công ty|phiên|nội dung|liên kết)(?=[\s:：(]|$)[^:：]{0,16}[:：]/iu;

/**
 * A role whose head says the entry is a team: "FCAJ Build Week Participant Team", "Đại diện Đội thi …"; not a
 * person's role that mentions a group ("Member of AWS Student Builder Group HUFLIT", "Team Lead").
 */
const TEAM_ROLE = /^(?:đại diện\s+|representatives? of\s+)?(?:team|teams|nhóm|đội)(?=\s|$)(?!\s+(?:lead|leader|trưởng|manager))|(?:^|\s)(?:team|teams|group|nhóm|đội)$/iu;

/** A role that makes the entry the event's host or organiser, not a presenter. */
const HOST_ROLE = /^(?:mc|emcee|hosts?|master of ceremonies|người dẫn chương trình|dẫn chương trình|ban tổ chức|organi[sz]ers?)(?=[\s,.;:)]|$)/iu;

const JOINER = /^\s*(?:,|&|\+|(?:and|và|va)(?=\s))\s*/iu;
const TEAM_INTRO = /^\s*(?:[–—:-]|gồm|bao gồm|including|with|members?:|thành viên:?)\s*/iu;
const PLAIN_SEPARATORS = [' – ', ' — ', ' - ', ': ', ' -- ', ' —', '– ', ' | ', ', ', ' ('];

/** Reads a line; `strict` (paragraph lines) asks for bold or a dash or colon after the name, as a list item need not. */
export function readEntry(line: InlineText, strict = false): EntryReading {
  const text = line.text;
  if (!text.trim()) return { kind: 'none' };
  const numbering = /^(?:\d{1,2}[.)]|[•·▪►])\s+/.exec(text);
  const body = numbering ? slice(line, numbering[0].length) : line;

  const label = LABEL.exec(body.text);
  if (label) return { kind: 'label', rest: label[0].length < body.text.length ? slice(body, label[0].length) : null };
  const field = FIELD.exec(body.text);
  if (field) return { kind: 'field', text: body.text };

  const head = headOf(body);
  if (!head) return { kind: 'none' };
  if (strict && !head.bold && !['–', '—', '-', ':', '--'].includes(head.separator)) return { kind: 'none' };

  // A bold line and nothing else, in a paragraph, is a group's title ("**Track Migration & Modernization**").
  if (strict && head.bold && head.restAt >= body.text.length && head.separator === '') return { kind: 'none' };

  // "**3KA** – A, B, C", "**Nhóm The Ballers** (A, B, C) - …", "The Baller gồm A, B, C": the members.
  const members = teamMembers(body, head.restAt);
  const pieces = splitPeople(body, head.start, head.end, head.bold);
  const people = pieces.filter((p) => isPersonName(p.name));
  const restText = body.text.slice(head.restAt);
  if (!members && people.length > 0 && (people.length === pieces.length || pieces.length > 1)) {
    const about = splitRole(restText, head.separator);
    // "**Plan V** – FCAJ Build Week Participant Team": what the entry is, is a team.
    if (pieces.length === 1 && TEAM_ROLE.test(about.role)) return { kind: 'none' };
    // "**Quỳnh Mai**: Người dẫn chương trình, …": the host or organiser, who presented nothing.
    if (HOST_ROLE.test(about.role || about.details)) return { kind: 'none' };
    return { kind: 'people', entry: { names: people, bold: head.bold, separator: head.separator, ...about } };
  }
  if (members) {
    const team = body.text.slice(head.start, head.end).trim();
    const after = members.after.replace(/^[\s)–—:-]+/, '').trim();
    return { kind: 'people', entry: { names: members.names, bold: head.bold, separator: head.separator, role: '', organization: '', details: [team, after].filter(Boolean).join(' – ') } };
  }
  return { kind: 'none' };
}

interface Head {
  /** Character indexes of the name zone in the body. */
  readonly start: number;
  readonly end: number;
  /** Where what follows the names starts (after the separator). */
  readonly restAt: number;
  readonly bold: boolean;
  readonly separator: string;
}

/** Where the names of an entry are: its leading bold runs (`**A** (Role) & **B**:`), or up to the first separator. */
function headOf(line: InlineText): Head | null {
  const text = line.text;
  if (line.bold[0]) {
    let end = runEnd(line, 0);
    // The whole line bold ("**1. Mr. Name - Role**"): read inside the bold as a plain entry.
    if (end >= text.replace(/[\s:：]+$/, '').length) {
      const plain = plainHead(text.slice(0, end));
      if (plain && plain.separator !== '' && plain.separator !== ',') return { ...plain, bold: true };
    }
    for (;;) {
      let at = end;
      const paren = /^\s*\([^()]*\)/.exec(text.slice(at));
      if (paren) at += paren[0].length;
      const joiner = JOINER.exec(text.slice(at));
      if (!joiner || !line.bold[at + joiner[0].length]) break;
      end = runEnd(line, at + joiner[0].length);
    }
    let nameEnd = end;
    let separator = '';
    let restAt = end;
    const inner = text.slice(0, end);
    const colonInside = /[:：]\s*$/.exec(inner);
    if (colonInside) {
      nameEnd = end - colonInside[0].length;
      separator = ':';
    } else {
      const after = text.slice(end);
      const sep = /^\s*(\(|[–—:,|]|-{1,2})\s*/.exec(after);
      if (sep) {
        separator = sep[1];
        restAt = sep[1] === '(' ? end + after.indexOf('(') : end + sep[0].length;
      }
    }
    return { start: 0, end: nameEnd, restAt, bold: true, separator };
  }
  const plain = plainHead(text);
  return plain ? { ...plain, bold: false } : null;
}

function plainHead(text: string): Omit<Head, 'bold'> | null {
  let depth = 0;
  for (let i = 1; i < text.length; i++) {
    if (depth === 0) {
      const found = PLAIN_SEPARATORS.find((sep) => text.startsWith(sep, i));
      if (found) {
        const separator = found.trim();
        return { start: 0, end: i, restAt: separator === '(' ? i + found.indexOf('(') : i + found.length, separator };
      }
    }
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
  }
  return { start: 0, end: text.length, restAt: text.length, separator: '' };
}

/** The end of the bold run that starts at `at`. */
function runEnd(line: InlineText, at: number): number {
  let i = at;
  while (i < line.text.length && line.bold[i]) i++;
  return i;
}

/**
 * The people of a name zone, split at `,` `&` `and` `và` (and ` - ` inside bold) outside parentheses;
 * a parenthesis after a name (organisation, role, alias) is not part of it.
 */
function splitPeople(line: InlineText, start: number, end: number, bold: boolean): NamePart[] {
  const text = line.text;
  const parts: NamePart[] = [];
  let depth = 0;
  let pieceStart = start;
  const close = (at: number) => {
    const raw = text.slice(pieceStart, at);
    const name = raw.replace(/\([^()]*\)?/g, ' ').replace(/^\s*(?:\d{1,2}[.)]\s+)?/, '').replace(/[\s:：,.;]+$/, () => (/\b\p{Lu}\.$/u.test(raw.trimEnd()) ? '.' : '')).replace(/\s+/g, ' ').trim();
    if (name) {
      const lead = raw.indexOf(name.split(' ')[0]);
      const from = pieceStart + Math.max(0, lead);
      const [s, e] = sourceSpan(line, from, from + name.length);
      parts.push({ name, start: s, end: e });
    }
  };
  const joiners = bold ? /^(?:\s*,\s*(?:and\s+|và\s+)?|\s+(?:&|and|và|\+|\/)\s+|\s+[-–—]\s+)/iu : /^(?:\s*,\s*(?:and\s+|và\s+)?|\s+(?:&|and|và|\+|\/)\s+)/iu;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const j = joiners.exec(text.slice(i, end));
      if (j) {
        close(i);
        i += j[0].length - 1;
        pieceStart = i + 1;
      }
    }
  }
  close(end);
  return parts;
}

/** Members listed after a team's name: two or more names and nothing else. */
function teamMembers(line: InlineText, restAt: number): { names: NamePart[]; after: string } | null {
  const text = line.text;
  let from = restAt;
  let to = text.length;
  const intro = TEAM_INTRO.exec(text.slice(from));
  if (intro) from += intro[0].length;
  if (text[from] === '(') {
    const closeAt = text.indexOf(')', from);
    to = closeAt > 0 ? closeAt : to;
    from++;
  } else {
    // The list ends where a sentence or a talk starts after it ("… , Nguyen An - Project X").
    const end = /\s[–—-]\s|[:;]/.exec(text.slice(from));
    if (end) to = from + end.index;
  }
  const names = splitPeople(line, from, to, false);
  if (names.length < 2 || !names.every((n) => isPersonName(n.name))) return null;
  return { names, after: text.slice(to) };
}

/** Role and organisation from what follows the name; `details` takes a talk title or the remainder. */
export function splitRole(rest: string, separator = ''): { role: string; organization: string; details: string } {
  let text = rest.trim();
  let details = '';
  if (separator === '(' && text.startsWith('(')) {
    const close = text.indexOf(')');
    const inner = close > 0 ? text.slice(1, close) : text.slice(1);
    const tail = close > 0 ? text.slice(close + 1) : '';
    const after = tail.replace(/^\s*[:–—-]?\s*/, '').trim();
    // "Name (Alias) - AI Engineer": the role follows the parenthesis, which is an aside.
    if (/^\s*[–—-]\s*\S/.test(tail)) {
      const split = splitRole(after);
      return { ...split, details: [inner.trim(), split.details].filter(Boolean).join('; ') };
    }
    const split = splitRole(inner);
    return { ...split, details: [split.details, after.replace(/^[“"](.*)[”"]\.?$/, '$1')].filter(Boolean).join(' ') };
  }
  // "Topic: Build Second Brain", "Chủ đề: …": a field, so a detail, never a role.
  if (FIELD.test(text)) return { role: '', organization: '', details: text };
  const quoted = /^(.*?)[\s:–—-]*[“"](.+)[”"]\s*\.?$/.exec(text);
  if (quoted) {
    details = quoted[2].trim();
    text = quoted[1].trim();
  }
  text = text.replace(/[\s.;:,]+$/, '');
  // What names no role is an organisation ("Renova Cloud") or a talk ("GraphRAG with Amazon Bedrock", "Voice AI").
  if (text && !namesRole(text)) {
    if (ORGANIZATION.test(text) && text.split(/\s+/).length <= 5) return { role: '', organization: text, details };
    return { role: '', organization: '', details: [text, details].filter(Boolean).join(' – ') };
  }
  // "CEO, Techcombank: A visionary leader …": what follows a colon, or a dash after the role, is description.
  const colon = /: |\s[–—-]\s/.exec(text);
  if (colon && colon.index > 0 && text.slice(colon.index + colon[0].length).split(/\s+/).length >= 3) {
    details = [text.slice(colon.index + colon[0].length).trim(), details].filter(Boolean).join(' ');
    text = text.slice(0, colon.index).trim();
  }
  // "Solution Architect tại Cloud Kinetics", "SA @ AWS"; not "Serverless at scale".
  const at = /^(.*?\S)\s+(?:@|at|tại)\s+(\p{Lu}.*)$/u.exec(text);
  if (at) {
    // The organisation ends where a clause starts: "tại AWS Việt Nam và người sáng lập FCAJ, chia sẻ về …".
    const [organization, ...more] = at[2].split(/[,;]\s+|\s+(?:và|and)\s+(?=\p{Ll})|\s[–—-]\s/u);
    return { role: at[1].trim(), organization: organization.trim(), details: [more.join(', ').trim(), details].filter(Boolean).join(' ') };
  }
  const comma = text.lastIndexOf(', ');
  if (comma > 0) return { role: text.slice(0, comma).trim(), organization: text.slice(comma + 2).trim(), details };
  return { role: text, organization: '', details };
}

/** Words that end or make an organisation's name. */
const ORGANIZATION = /(?:^|\s)(?:cloud|corp|corporation|inc|ltd|llc|jsc|group|bank|labs?|technologies|technology|tech|software|systems|solutions|consulting|company|university|institute|academy|vietnam|aws|amazon|google|microsoft|công ty|tập đoàn|ngân hàng|đại học)\.?(?=\s|$)/iu;

/** Vietnamese words of roles, as the English ones are known to isRoleWord. */
const VI_ROLE = /(?:kỹ sư|kiến trúc sư|giám đốc|trưởng|chuyên gia|sáng lập|giảng viên|sinh viên|quản lý|phụ trách|điều hành|cố vấn|thành viên|đại diện|nhà phát triển|lập trình viên|chủ tịch|diễn giả)/iu;

function namesRole(text: string): boolean {
  return VI_ROLE.test(text) || text.split(/[\s,&/()–—-]+/).some((w) => w && isRoleWord(w));
}

/**
 * The people after a label (`Presenter: A, B`, `Diễn giả: Thi - Solution Architect`): one entry with a role,
 * or a list of names; a piece after the first that reads as a role ends the list ("Giada Lalli, Bioinformatician").
 */
export function peopleAfterLabel(rest: InlineText): SpeakerEntry | null {
  const reading = readEntry(rest);
  if (reading.kind !== 'people') return null;
  const { entry } = reading;
  if (entry.separator !== ',') return entry;
  // A comma list: more names may follow the first.
  const pieces = splitPeople(rest, 0, rest.text.search(/\s[–—-]\s|[:;]|$/), rest.bold[0] ?? false);
  const names: NamePart[] = [];
  for (const piece of pieces) {
    const words = piece.name.split(' ');
    if (!isPersonName(piece.name) || (names.length > 0 && words.length === 1 && isRoleWord(piece.name))) break;
    names.push(piece);
  }
  if (names.length <= 1) return entry;
  const lastEnd = rest.offsets.findIndex((o) => o >= names[names.length - 1].end);
  const after = lastEnd >= 0 ? rest.text.slice(lastEnd).replace(/^[\s,.]+/, '') : '';
  return { ...entry, names, ...splitRole(after) };
}
