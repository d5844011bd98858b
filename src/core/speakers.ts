import type { Heading as MdHeading, List, ListItem, Paragraph, RootContent, Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LineIndex } from './lineIndex';
import type { Section, Speaker, SpeakerForm, SpeakerMarker } from './model';
import { looksLikePerson, parseSpeakerEntry, plainText, type SpeakerEntry } from './speakerEntry';

/** What speaker finding needs besides the nodes: the line index of the text, and how tree offsets map into it. */
export interface SpeakerSource {
  readonly index: LineIndex;
  /** Added to a tree offset to get an offset in the indexed text (the BOM's length). */
  readonly shift: number;
}

type Node = RootContent;

const LABEL_LINE = /^(\s*(?:[-*+]\s+)?)(?:\*\*|__)\s*(speakers?|presenters?|hosts?|diễn giả|người trình bày)\s*[:：]?\s*(?:\*\*|__)\s*[:：]?\s*(.+)$/i;
const LABEL_PARENTHESIS = /\((?:speakers?|presenters?|diễn giả)\s*[:：]\s*([^()]+)\)/gi;

/** Offsets [start, end) of the content of the outermost Speakers sections, in document order. */
export function speakerExtents(sections: readonly Section[], index: LineIndex): [number, number][] {
  const extents: [number, number][] = [];
  for (const section of sections) {
    if (section.kind !== 'speakers') continue;
    const start = index.offset(section.heading.range.end);
    if (extents.length > 0 && start < extents[extents.length - 1][1]) continue;
    extents.push([start, index.offset(section.range.end)]);
  }
  return extents;
}

/** Whether an offset lies in one of the sorted, disjoint extents. */
export function inside(extents: readonly [number, number][], offset: number): boolean {
  let low = 0;
  let high = extents.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (offset < extents[mid][0]) high = mid - 1;
    else if (offset >= extents[mid][1]) low = mid + 1;
    else return true;
  }
  return false;
}

function offsetOf(src: SpeakerSource, node: { position?: { start: { offset?: number } } }): number {
  return (node.position?.start.offset ?? 0) + src.shift;
}

function endOf(src: SpeakerSource, node: { position?: { end: { offset?: number } } }): number {
  return (node.position?.end.offset ?? 0) + src.shift;
}

/** The people listed by the top-level nodes of one Speakers section. */
export function fromSectionNodes(src: SpeakerSource, nodes: readonly Node[]): Speaker[] {
  const found: Speaker[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'list') found.push(...fromList(src, node));
    else if (node.type === 'table') found.push(...fromTable(src, node));
    else if (node.type === 'paragraph') found.push(...fromParagraph(src, node));
    else if (node.type === 'heading') {
      const following: Node[] = [];
      for (let j = i + 1; j < nodes.length && nodes[j].type !== 'heading'; j++) following.push(nodes[j]);
      const groupsPeople = following.some((n) => n.type === 'list' || n.type === 'table');
      if (!groupsPeople) found.push(...fromHeading(src, node, following));
    }
  }
  return found;
}

function makeSpeakers(
  src: SpeakerSource,
  entry: SpeakerEntry,
  entryStart: number,
  rangeStart: number,
  rangeEnd: number,
  marker: SpeakerMarker,
  bullet: string,
  extraDetails: string,
  inline = false,
): Speaker[] {
  const form: SpeakerForm = { marker, bullet, bold: entry.bold, separator: entry.separator };
  const details = [entry.details, extraDetails].filter(Boolean).join('; ');
  return entry.names.map((n) => ({
    name: n.name,
    role: entry.role,
    organization: entry.organization,
    details,
    inline,
    form,
    nameRange: src.index.range(entryStart + n.start, entryStart + n.end),
    range: src.index.range(rangeStart, rangeEnd),
  }));
}

function bulletOf(src: SpeakerSource, list: List, item: ListItem): string {
  const raw = src.index.text.slice(offsetOf(src, item), offsetOf(src, item) + 12);
  if (list.ordered) {
    const m = /^(\d+)([.)])/.exec(raw);
    return m ? `1${m[2]}` : '1.';
  }
  return raw.charAt(0) || '-';
}

function fromList(src: SpeakerSource, list: List): Speaker[] {
  const found: Speaker[] = [];
  for (const item of list.children) {
    const first = item.children[0];
    const nested = item.children.filter((c): c is List => c.type === 'list');
    if (!first || first.type !== 'paragraph') {
      for (const n of nested) found.push(...fromList(src, n));
      continue;
    }
    const start = offsetOf(src, first);
    const raw = src.index.text.slice(start, endOf(src, first));
    const lines = raw.split(/\r?\n|\r/);
    const entry = parseSpeakerEntry(lines[0]);
    const nestedPeople = nested.flatMap((n) => fromList(src, n));
    const isGroupLabel = entry !== null && entry.role === '' && nested.length > 0 && nestedPeople.length > 0 &&
      nestedPeople.every((p) => p.form.separator !== '' || p.form.bold);
    if (isGroupLabel || !entry) {
      found.push(...nestedPeople);
      continue;
    }
    if (!looksLikePerson(entry) || isLabelOnly(lines[0])) {
      if (/[:：]\s*(\*\*)?\s*$/.test(lines[0])) found.push(...nestedPeople);
      continue;
    }
    const extra = [
      ...lines.slice(1).map(plainText),
      ...nested.flatMap((n) => n.children.map((item) => plainText(toString(item, { includeHtml: false })))),
    ].filter(Boolean).join('; ');
    found.push(...makeSpeakers(src, entry, start, offsetOf(src, item), endOf(src, item), list.ordered ? 'ordered' : 'bullet', bulletOf(src, list, item), extra));
  }
  return found;
}

/** An intro sentence or a group title such as `**Ban lãnh đạo & Chuyên gia**` or `Speakers include:`. */
function isLabelOnly(line: string): boolean {
  const t = line.trim();
  return /[:：]\s*(\*\*)?$/.test(t) && !/^(\*\*|__)[^*_]+[:：](\*\*|__)$/.test(t);
}

function fromParagraph(src: SpeakerSource, paragraph: Paragraph): Speaker[] {
  const found: Speaker[] = [];
  const start = offsetOf(src, paragraph);
  const raw = src.index.text.slice(start, endOf(src, paragraph));
  let at = 0;
  for (const line of raw.split(/(?<=\r\n|\n|\r)/)) {
    const text = line.replace(/\r?\n$|\r$/, '');
    const lineStart = start + at;
    at += line.length;
    const t = text.trim();
    if (!t || /^(\*\*|__)[^*_]*(\*\*|__)$/.test(t) || LABEL_LINE.test(text)) continue; // group label
    const entry = parseSpeakerEntry(text);
    if (!entry || !looksLikePerson(entry) || isLabelOnly(text)) continue;
    if (!entry.bold && !['–', '—', '-', ':'].includes(entry.separator)) continue; // a sentence, not a person
    found.push(...makeSpeakers(src, entry, lineStart, lineStart, lineStart + text.trimEnd().length, 'line', '', ''));
  }
  return found;
}

const COLUMN_NAMES: ReadonlyArray<readonly [keyof Columns, RegExp]> = [
  ['name', /name|speaker|diễn giả|tên|người/i],
  ['role', /role|title|position|chức|vai trò|vị trí/i],
  ['organization', /org|company|công ty|tổ chức|đơn vị|from/i],
];

export interface Columns {
  name: number;
  role: number;
  organization: number;
}

/** Which column of a speaker table holds the name, the role and the organisation (-1: none), from its header. */
export function tableColumns(titles: readonly string[]): Columns {
  const columns: Columns = { name: 0, role: 1, organization: 2 };
  if (!COLUMN_NAMES.some(([, re]) => titles.some((t) => re.test(t)))) return columns;
  for (const [key, re] of COLUMN_NAMES) columns[key] = titles.findIndex((t) => re.test(t));
  if (columns.name < 0) columns.name = 0;
  return columns;
}

function fromTable(src: SpeakerSource, table: MdTable): Speaker[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const titles = header.children.map((c) => plainText(toString(c)));
  const columns = tableColumns(titles);
  const found: Speaker[] = [];
  for (const row of rows) {
    const cell = row.children[columns.name];
    if (!cell || cell.children.length === 0) continue;
    const cellStart = cell.children[0].position ? offsetOf(src, cell.children[0]) : offsetOf(src, cell);
    const cellEnd = cell.children[cell.children.length - 1].position ? endOf(src, cell.children[cell.children.length - 1]) : endOf(src, cell);
    const rawName = src.index.text.slice(cellStart, cellEnd);
    const bold = /^(\*\*|__)/.test(rawName.trim());
    const cellText = (i: number) => (i >= 0 && row.children[i] ? plainText(toString(row.children[i])) : '');
    const used = new Set([columns.name, columns.role, columns.organization]);
    const details = row.children.map((_, i) => (used.has(i) ? '' : cellText(i))).filter(Boolean).join('; ');
    const name = plainText(rawName);
    if (!name) continue;
    const lead = rawName.length - rawName.trimStart().length + (bold ? 2 : 0);
    found.push({
      name,
      role: cellText(columns.role),
      organization: cellText(columns.organization),
      details,
      inline: false,
      form: { marker: 'table', bullet: '', bold, separator: '|' },
      nameRange: src.index.range(cellStart + lead, cellStart + lead + name.length),
      range: src.index.range(offsetOf(src, row), endOf(src, row)),
    });
  }
  return found;
}

function fromHeading(src: SpeakerSource, heading: MdHeading, following: Node[]): Speaker[] {
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  if (!first?.position || !last?.position) return [];
  const start = offsetOf(src, first);
  const entry = parseSpeakerEntry(src.index.text.slice(start, endOf(src, last)));
  if (!entry || !looksLikePerson(entry)) return [];
  const body = following.filter((n) => n.type === 'paragraph').map((n) => plainText(toString(n))).join('; ');
  const end = following.length > 0 ? endOf(src, following[following.length - 1]) : endOf(src, heading);
  return makeSpeakers(src, entry, start, offsetOf(src, heading), end, 'heading', '#'.repeat(heading.depth), body);
}

/** Every person on a label line of the nodes (`**Speaker:** Name – Role`, `**Diễn giả:** A, B`), marked inline. */
export function labelLineSpeakers(src: SpeakerSource, nodes: readonly Node[]): Speaker[] {
  const result: Speaker[] = [];
  const visit = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        const start = offsetOf(src, node);
        result.push(...fromLabelParagraph(src, start, src.index.text.slice(start, endOf(src, node))));
      } else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
        visit(node.children as Node[]);
      }
    }
  };
  visit(nodes);
  return result;
}

function fromLabelParagraph(src: SpeakerSource, start: number, raw: string): Speaker[] {
  const found: Speaker[] = [];
  let at = 0;
  for (const line of raw.split(/(?<=\r\n|\n|\r)/)) {
    const lineStart = start + at;
    at += line.length;
    const text = line.replace(/\r?\n$|\r$/, '');
    const lineEnd = lineStart + text.trimEnd().length;
    const m = LABEL_LINE.exec(text);
    if (m) {
      const restStart = text.length - m[3].length;
      found.push(...peopleAfterLabel(src, m[3], lineStart + restStart, lineStart, lineEnd));
      continue;
    }
    // "**Session 1: Generative AI** (Speaker: Thi - Solution Architect)"
    for (const p of text.matchAll(LABEL_PARENTHESIS)) {
      const restStart = (p.index ?? 0) + p[0].indexOf(p[1], p[0].indexOf(':'));
      found.push(...peopleAfterLabel(src, p[1], lineStart + restStart, lineStart, lineEnd));
    }
  }
  return found;
}

/** The people named after a label: one entry with a role, bold names in a sentence, or a list of names. */
function peopleAfterLabel(src: SpeakerSource, rest: string, restStart: number, lineStart: number, lineEnd: number): Speaker[] {
  const make = (entry: SpeakerEntry, at: number) =>
    makeSpeakers(src, entry, at, lineStart, lineEnd, 'label', '', '', true);
  const bolds = [...rest.matchAll(/\*\*([^*]+)\*\*(\s*\(([^)]*)\))?/g)];
  if (bolds.length > 0) {
    return bolds.flatMap((b) => {
      const entry = parseSpeakerEntry(b[0]);
      return entry && looksLikePerson(entry) ? make(entry, restStart + (b.index ?? 0)) : [];
    });
  }
  const listed = /\(([^()]+,[^()]+)\)\s*\.?\s*$/.exec(rest);
  const names = listed ? listed[1] : rest;
  const namesStart = listed ? restStart + (listed.index ?? 0) + 1 : restStart;
  const single = parseSpeakerEntry(names);
  if (single && single.separator !== ',' && single.separator !== '' && single.separator !== '(') {
    return looksLikePerson(single) ? make(single, namesStart) : [];
  }
  const found: Speaker[] = [];
  let offset = 0;
  for (const piece of names.split(/(,\s*(?:and\s+|và\s+)?|\s+(?:and|và|&)\s+)/)) {
    if (!/^,|^\s+(and|và|&)\s+$/.test(piece) && piece.trim()) {
      const entry = parseSpeakerEntry(piece.replace(/\.\s*$/, ''));
      if (entry && looksLikePerson(entry)) found.push(...make(entry, namesStart + offset));
    }
    offset += piece.length;
  }
  return found;
}
