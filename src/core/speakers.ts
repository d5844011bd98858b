import type { Heading as MdHeading, List, ListItem, Paragraph, RootContent, Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { inlineLines, inlineText, slice, sourceSpan, type InlineText } from './inlineText';
import type { LineIndex } from './lineIndex';
import type { Section, Speaker, SpeakerForm, SpeakerMarker } from './model';
import { LABEL, LABEL_WORDS, peopleAfterLabel, readEntry, type SpeakerEntry } from './speakerEntry';

/** What speaker finding needs besides the nodes: the line index of the text, and how tree offsets map into it. */
export interface SpeakerSource {
  readonly index: LineIndex;
  /** Added to a tree offset to get an offset in the indexed text (the BOM's length). */
  readonly shift: number;
}

type Node = RootContent;

/** One top-level block of a Speakers section and the people it lists. */
export interface FoundBlock {
  readonly node: Node;
  readonly speakers: readonly Speaker[];
  /** Every word of the block is a name or a detail of its people: it can be shown as cards and lose none. */
  readonly accounted: boolean;
}

/** Offsets [start, end) of the content of the outermost Speakers sections, with each section's index. */
export function speakerExtents(sections: readonly Section[], index: LineIndex): [number, number, number][] {
  const extents: [number, number, number][] = [];
  sections.forEach((section, i) => {
    if (section.kind !== 'speakers') return;
    const start = index.offset(section.heading.range.end);
    if (extents.length > 0 && start < extents[extents.length - 1][1]) return;
    extents.push([start, index.offset(section.range.end), i]);
  });
  return extents;
}

/** Whether an offset lies in one of the sorted, disjoint extents. */
export function inside(extents: readonly (readonly number[])[], offset: number): boolean {
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

const startOf = (src: SpeakerSource, node: { position?: { start: { offset?: number } } }) => (node.position?.start.offset ?? 0) + src.shift;
const endOf = (src: SpeakerSource, node: { position?: { end: { offset?: number } } }) => (node.position?.end.offset ?? 0) + src.shift;

function makeSpeakers(src: SpeakerSource, entry: SpeakerEntry, rangeStart: number, rangeEnd: number, form: Omit<SpeakerForm, 'bold' | 'separator'>, extraDetails: readonly string[], inline = false): Speaker[] {
  const fullForm: SpeakerForm = { ...form, bold: entry.bold, separator: entry.separator };
  const details = [entry.details, ...extraDetails].filter(Boolean).join('; ');
  return entry.names.map((n) => ({
    name: n.name,
    role: entry.role,
    organization: entry.organization,
    details,
    inline,
    form: fullForm,
    nameRange: src.index.range(n.start + src.shift, n.end + src.shift),
    range: src.index.range(rangeStart, rangeEnd),
  }));
}

/**
 * The people listed by the top-level nodes of one Speakers section, block by block: list items (and
 * people nested under a group label), table rows by the column whose header means the name, paragraph
 * lines, and sub-headings that name a person with the fields under them as details.
 */
export function fromSectionNodes(src: SpeakerSource, nodes: readonly Node[]): FoundBlock[] {
  const blocks: FoundBlock[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'heading') {
      let j = i + 1;
      while (j < nodes.length && nodes[j].type !== 'heading') j++;
      const person = fromHeading(src, node, nodes.slice(i + 1, j));
      if (person.length > 0) {
        blocks.push({ node, speakers: person, accounted: false });
        for (const under of nodes.slice(i + 1, j)) blocks.push({ node: under, speakers: [], accounted: false });
        i = j - 1;
      }
      continue;
    }
    const speakers = node.type === 'list' ? fromList(src, node)
      : node.type === 'table' ? fromTable(src, node)
      : node.type === 'paragraph' ? fromParagraph(src, node)
      : node.type === 'blockquote' ? fromSectionNodes(src, node.children).flatMap((b) => b.speakers)
      : [];
    // A table's header words are not in its people's names or details: a speaker table stays a table.
    blocks.push({ node, speakers, accounted: speakers.length > 0 && accountedFor(node, speakers) });
  }
  return blocks;
}

/** Whether every word of a block appears among its people's names and details, as often as in the block. */
function accountedFor(node: Node, speakers: readonly Speaker[]): boolean {
  const shown = new Map<string, number>();
  for (const s of speakers) for (const w of words([s.name, s.role, s.organization, s.details].join(' '))) shown.set(w, (shown.get(w) ?? 0) + 1);
  for (const w of words(textOf(node))) {
    const left = shown.get(w) ?? 0;
    if (left === 0) return false;
    shown.set(w, left - 1);
  }
  return true;
}

/** A block's text with a space between its pieces (mdast-util-to-string runs list items together). */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  return 'children' in node ? (node.children as Node[]).map(textOf).join(' ') : '';
}

function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function bulletOf(src: SpeakerSource, list: List, item: ListItem): string {
  const raw = src.index.text.slice(startOf(src, item), startOf(src, item) + 12);
  if (list.ordered) {
    const m = /^(\d+)([.)])/.exec(raw);
    return m ? `1${m[2]}` : '1.';
  }
  return raw.charAt(0) || '-';
}

/** A list item's text, its paragraphs read as one line. */
function itemText(item: ListItem): string {
  return inlineText(item.children.flatMap((c) => ('children' in c ? (c.children as RootContent[]) : [c]))).text;
}

/** The text of an item's children after its first line, one detail per line or nested item. */
function itemDetails(item: ListItem, lines: readonly InlineText[]): string[] {
  const nested = item.children.slice(1).flatMap((c) => (c.type === 'list' ? c.children.map(itemText) : [inlineText([c]).text]));
  return [...lines.slice(1).map((l) => l.text), ...nested].filter(Boolean);
}

function fromList(src: SpeakerSource, list: List, inline = false): Speaker[] {
  const found: Speaker[] = [];
  for (const item of list.children) {
    const first = item.children[0];
    const nested = item.children.filter((c): c is List => c.type === 'list');
    if (!first || first.type !== 'paragraph') {
      for (const n of nested) found.push(...fromList(src, n, inline));
      continue;
    }
    const lines = inlineLines(first.children);
    const reading = lines.length > 0 ? readEntry(lines[0]) : ({ kind: 'none' } as const);
    const form = { marker: (list.ordered ? 'ordered' : 'bullet') as SpeakerMarker, bullet: bulletOf(src, list, item) };
    if (reading.kind === 'people') {
      found.push(...makeSpeakers(src, reading.entry, startOf(src, item), endOf(src, item), form, itemDetails(item, lines), inline));
    } else if (reading.kind === 'label') {
      // "- **Speakers:** A, B" or "- **Panelists**:" with the people nested under it.
      const entry = reading.rest ? peopleAfterLabel(reading.rest) : null;
      if (entry) found.push(...makeSpeakers(src, entry, startOf(src, item), endOf(src, item), form, [], inline));
      for (const n of nested) found.push(...fromList(src, n, inline));
    } else if (reading.kind === 'none') {
      // A group ("Migration & Modernization Track", "Ban lãnh đạo") with its people nested under it.
      for (const n of nested) found.push(...fromList(src, n, inline));
    }
  }
  return found;
}

function fromParagraph(src: SpeakerSource, paragraph: Paragraph): Speaker[] {
  const found: Speaker[] = [];
  for (const line of inlineLines(paragraph.children)) {
    const reading = readEntry(line, true);
    const [start, end] = sourceSpan(line);
    const form = { marker: 'line' as SpeakerMarker, bullet: '' };
    if (reading.kind === 'people') found.push(...makeSpeakers(src, reading.entry, start + src.shift, end + src.shift, form, []));
    else if (reading.kind === 'label' && reading.rest) {
      const entry = peopleAfterLabel(reading.rest);
      if (entry) found.push(...makeSpeakers(src, entry, start + src.shift, end + src.shift, form, []));
    }
  }
  return found;
}

const COLUMN_NAMES: ReadonlyArray<readonly [keyof Columns, RegExp]> = [
  ['name', /name|speaker|presenter|diễn giả|tên|người trình bày|người chia sẻ/i],
  ['role', /role|title|position|job|chức|vai trò|vị trí/i],
  ['organization', /org|company|employer|affiliation|công ty|tổ chức|đơn vị|from/i],
];

export interface Columns {
  name: number;
  role: number;
  organization: number;
}

/** Which column of a table holds the name, the role and the organisation (-1: none), from its header. */
export function tableColumns(titles: readonly string[]): Columns {
  const columns: Columns = { name: -1, role: -1, organization: -1 };
  for (const [key, re] of COLUMN_NAMES) {
    columns[key] = titles.findIndex((t, i) => re.test(t) && !Object.values(columns).includes(i));
  }
  return columns;
}

/** The people of a table whose header names a speaker or name column; any other table lists nobody. */
function fromTable(src: SpeakerSource, table: MdTable): Speaker[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const columns = tableColumns(header.children.map((c) => toString(c)));
  if (columns.name < 0) return [];
  const found: Speaker[] = [];
  for (const row of rows) {
    const cell = row.children[columns.name];
    if (!cell || cell.children.length === 0) continue;
    const reading = readEntry(inlineText(cell.children));
    if (reading.kind !== 'people') continue;
    const cellText = (i: number) => (i >= 0 && row.children[i] ? inlineText(row.children[i].children).text : '');
    const used = new Set([columns.name, columns.role, columns.organization]);
    const others = row.children.map((_, i) => (used.has(i) ? '' : cellText(i)));
    const entry = reading.entry;
    const role = columns.role >= 0 ? cellText(columns.role) : entry.role;
    const organization = columns.organization >= 0 ? cellText(columns.organization) : entry.organization;
    found.push(...makeSpeakers(src, { ...entry, role, organization, separator: '|' }, startOf(src, row), endOf(src, row), { marker: 'table', bullet: '' }, others));
  }
  return found;
}

/** A sub-heading that names a person (`### Cosmo`, `### [Danny Hogan](…)`), with what follows it as details. */
function fromHeading(src: SpeakerSource, heading: MdHeading, following: readonly Node[]): Speaker[] {
  const line = inlineText(heading.children);
  const reading = readEntry(line);
  if (reading.kind !== 'people') return [];
  // A heading over a list of people is a group's name, not a person's.
  if (following.some((n) => n.type === 'list' && fromList(src, n).length > 0 && n.children.some((i) => !isField(i)))) return [];
  const details = following.flatMap((n) => (n.type === 'list' ? n.children.map(itemText) : n.type === 'paragraph' ? [inlineText(n.children).text] : []));
  const end = following.length > 0 ? endOf(src, following[following.length - 1]) : endOf(src, heading);
  return makeSpeakers(src, reading.entry, startOf(src, heading), end, { marker: 'heading', bullet: '#'.repeat(heading.depth) }, details.filter(Boolean));
}

function isField(item: ListItem): boolean {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return false;
  const line = inlineLines(first.children)[0];
  return line !== undefined && readEntry(line).kind === 'field';
}

// ---- Labels outside the Speakers sections ----

/** Any of the label words, to pass over blocks without one cheaply. */
const LABEL_WORD = new RegExp(LABEL_WORDS, 'iu');

/** `(Speaker: Name)`, `(Diễn giả: Thi - Solution Architect)` anywhere in a line. */
const LABEL_IN_PARENTHESES = new RegExp(String.raw`\(\s*(?=(?:${LABEL_WORDS})\s*[:：])`, 'giu');
/** `#### 2. Topic - Diễn giả: Hải Anh`, `… | Speaker: Name` in a heading. */
const LABEL_AFTER_SEPARATOR = new RegExp(String.raw`(?:\s[-–—|]\s*|[:：]\s+)(?=(?:${LABEL_WORDS})\s*[:：])`, 'giu');

/**
 * Every person an explicit label names (`**Speaker:** Name`, `- Diễn giả: A, B`, `Presenter: Name`, a label
 * in a heading or a parenthesis, the people under `**Panelists**:`), marked inline.
 */
export function labelLineSpeakers(src: SpeakerSource, nodes: readonly Node[]): Speaker[] {
  const result: Speaker[] = [];
  // Most blocks name no label: look at the source before reading the tree.
  const mayHoldLabel = (node: Node) => LABEL_WORD.test(src.index.text.slice(startOf(src, node) - src.shift, endOf(src, node) - src.shift));
  const visit = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (!mayHoldLabel(node)) continue;
      if (node.type === 'paragraph') {
        for (const line of inlineLines(node.children)) result.push(...labelled(src, line, false));
      } else if (node.type === 'heading') {
        result.push(...labelled(src, inlineText(node.children), true));
      } else if (node.type === 'list') {
        for (const item of node.children) {
          const first = item.children[0];
          const line = first?.type === 'paragraph' ? inlineLines(first.children)[0] : undefined;
          const reading = line ? readEntry(line) : undefined;
          if (reading?.kind === 'label' && !reading.rest) {
            for (const n of item.children) if (n.type === 'list') result.push(...fromList(src, n, true));
            visit(item.children.filter((c) => c.type !== 'list'));
          } else {
            visit(item.children);
          }
        }
      } else if (node.type === 'blockquote') {
        visit(node.children);
      }
    }
  };
  visit(nodes);
  return result;
}

function labelled(src: SpeakerSource, line: InlineText, heading: boolean): Speaker[] {
  const found: Speaker[] = [];
  const [lineStart, lineEnd] = sourceSpan(line);
  const take = (rest: InlineText) => {
    const entry = peopleAfterLabel(rest);
    if (entry) found.push(...makeSpeakers(src, entry, lineStart + src.shift, lineEnd + src.shift, { marker: 'label', bullet: '' }, [], true));
  };
  const atStart = LABEL.exec(line.text);
  if (atStart && !heading) {
    if (atStart[0].length < line.text.length) take(slice(line, atStart[0].length));
    return found;
  }
  for (const m of line.text.matchAll(LABEL_IN_PARENTHESES)) {
    const from = (m.index ?? 0) + m[0].length;
    const close = line.text.indexOf(')', from);
    const inner = slice(line, from, close < 0 ? line.text.length : close);
    const label = LABEL.exec(inner.text);
    if (label) take(slice(inner, label[0].length));
  }
  if (heading) {
    const at = atStart ? 0 : [...line.text.matchAll(LABEL_AFTER_SEPARATOR)].map((m) => (m.index ?? 0) + m[0].length)[0];
    if (at !== undefined) {
      const rest = slice(line, at);
      const label = LABEL.exec(rest.text);
      if (label) take(slice(rest, label[0].length));
    }
  }
  return found;
}

