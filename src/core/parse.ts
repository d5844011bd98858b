import { chunkFacts, chunkSpeakerBlocks, placeRange } from './chunkFacts';
import { readFrontMatter } from './frontMatter';
import { LineIndex } from './lineIndex';
import { parseChunks, parseMarkdownWhole, warmChunks, type ParsedChunk } from './markdown';
import type { Block, EventReport, FrontMatter, Heading, Image, ParseOptions, Position, Problem, Range, Section, SectionKind, Speaker, SpeakerBlock, Table } from './model';
import { readHeading } from './sections';
import { inside, speakerExtents } from './speakers';
import { t } from './l10n';

/** Text -> EventReport. Never throws: what cannot be read becomes a problem with a range. */
export function parseReport(text: string, options: ParseOptions = {}): EventReport {
  const index = new LineIndex(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const problems: Problem[] = [];

  const binary = text.indexOf('\u0000');
  if (binary >= 0) {
    problems.push({
      rule: 'binary-content',
      severity: 'error',
      message: t('The file contains NUL bytes: it looks like binary data, not a Markdown report.'),
      range: index.range(binary, binary + 1),
    });
  }

  const fm = readFrontMatter(index, bom);
  let frontMatter: FrontMatter | null = null;
  if (fm) {
    frontMatter = fm.frontMatter;
    problems.push(...fm.problems);
  }

  const chunks = parseBody(text.slice(bom), fm ? index.offset(fm.frontMatter.range.end) - bom : 0, fm !== null);
  const headings: Heading[] = [];
  const images: Image[] = [];
  const tables: Table[] = [];
  const blocks: Block[] = [];
  const labelSpeakers: Speaker[] = [];
  for (const chunk of chunks) {
    const facts = chunkFacts(chunk);
    const place = (r: Range) => placeRange(r, chunk.line, bom);
    for (const h of facts.headings) headings.push({ ...h, range: place(h.range) });
    for (const i of facts.images) images.push({ ...i, range: place(i.range) });
    for (const t of facts.tables) tables.push({ ...t, range: place(t.range) });
    for (const b of facts.blocks) blocks.push({ ...b, range: place(b.range) });
    for (const s of facts.labelSpeakers) labelSpeakers.push({ ...s, range: place(s.range), nameRange: place(s.nameRange) });
  }

  const title = headings.find((h) => h.level === 1 && h.text.length > 0) ?? null;
  const sections = buildSections(headings, title, index);
  const extents = speakerExtents(sections, index);
  const speakerBlocks = sectionSpeakers(chunks, extents, bom);
  const speakers = [...speakerBlocks.flatMap((b) => b.speakers), ...labelSpeakers.filter((s) => !inside(extents, index.offset(s.range.start)))]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

  return freezeModel({
    path: options.path,
    lineCount: index.lineCount,
    frontMatter,
    headings,
    title,
    sections,
    speakers,
    speakerBlocks,
    images,
    tables,
    blocks,
    problems,
  });
}

/**
 * The blocks of the Speakers sections and their people, read from those sections' top-level nodes only. A section
 * is read chunk by chunk (a chunk boundary is a heading, which also ends what a sub-heading speaker holds), and
 * what a chunk's nodes list is kept with the chunk's tree: a keystroke re-reads only the chunk it changed.
 */
function sectionSpeakers(chunks: readonly ParsedChunk[], extents: readonly [number, number, number][], bom: number): SpeakerBlock[] {
  const found: SpeakerBlock[] = [];
  let first = 0;
  for (const chunk of chunks) {
    const chunkStart = chunk.offset + bom;
    const chunkEnd = chunkStart + chunk.text.length;
    while (first < extents.length && extents[first][1] <= chunkStart) first++;
    for (let e = first; e < extents.length && extents[e][0] < chunkEnd; e++) {
      const [start, end, section] = extents[e];
      const nodes = chunk.tree.children;
      const at = (i: number) => (nodes[i].position?.start.offset ?? 0) + chunkStart;
      let from = 0;
      while (from < nodes.length && at(from) < start) from++;
      let to = from;
      while (to < nodes.length && at(to) < end) to++;
      if (from === to) continue;
      const place = (r: Range) => placeRange(r, chunk.line, bom);
      for (const block of chunkSpeakerBlocks(chunk, from, to)) {
        const speakers = block.speakers.map((s) => ({ ...s, range: place(s.range), nameRange: place(s.nameRange) }));
        found.push({ section, range: place(block.range), speakers, accounted: block.accounted });
      }
    }
  }
  return found;
}

/**
 * Parses the chunks of a report's body into the parse cache for about `budgetMs` (see warmChunks); true once
 * parseReport of this text will find every chunk there. Lets the extension host parse a large report in slices.
 */
export function warmReport(text: string, budgetMs: number): boolean {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = readFrontMatter(new LineIndex(text), bom);
  return warmChunks(text.slice(bom), fm ? offsetBefore(text, fm.frontMatter.range.end) - bom : 0, budgetMs);
}

/** The report's Markdown as parsed chunks (after a BOM), as the model reads it; the preview renders the same tree. */
export function bodyChunks(text: string, frontMatter: FrontMatter | null, whole = false): ParsedChunk[] {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = frontMatter ? offsetBefore(text, frontMatter.range.end) - bom : 0;
  return parseBody(text.slice(bom), end, frontMatter !== null, whole);
}

/** The offset of a position near the start of a text, found without indexing the whole text (as LineIndex would). */
function offsetBefore(text: string, position: Position): number {
  const breaks = /\r\n|\n|\r/g;
  let lineStart = 0;
  for (let line = 0; line < position.line; line++) {
    if (!breaks.exec(text)) return text.length;
    lineStart = breaks.lastIndex;
  }
  return lineStart + position.character;
}

/**
 * Parses the body with remark. Where the front matter is one remark-frontmatter does not take
 * (trailing spaces on a fence, no closing fence), it is blanked out so that its lines cannot
 * turn into headings or paragraphs; offsets and lines stay as they were.
 */
function parseBody(text: string, frontMatterEnd: number, hasFrontMatter: boolean, whole = false): ParsedChunk[] {
  const parse = (t: string) => (whole ? [{ offset: 0, line: 0, text: t, tree: parseMarkdownWhole(t) }] : parseChunks(t, frontMatterEnd));
  const chunks = parse(text);
  if (!hasFrontMatter) return chunks;
  const first = chunks[0].tree.children[0];
  if (first && (first.type === 'yaml' || (first.type as string) === 'toml') && first.position?.end.offset === frontMatterEnd) return chunks;
  const blanked = text.slice(0, frontMatterEnd).replace(/[^\r\n]/g, ' ') + text.slice(frontMatterEnd);
  return parse(blanked);
}

/** Each heading's section: kind, parent and extent (to the next heading of the same or a higher level). */
function buildSections(headings: readonly Heading[], title: Heading | null, index: LineIndex): Section[] {
  const kinds: SectionKind[] = [];
  const parents: number[] = [];
  const ends: Position[] = [];
  const stack: number[] = [];
  const close = (until: Position) => {
    ends[stack.pop() as number] = until;
  };
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i];
    while (stack.length > 0 && headings[stack[stack.length - 1]].level >= heading.level) close(heading.range.start);
    const parent = stack.length > 0 ? stack[stack.length - 1] : -1;
    const reading = readHeading(heading.text);
    let kind: SectionKind = heading === title ? 'other' : reading.kind;
    // A heading with more words than a kind's name is a talk's or topic's own title inside Highlights,
    // and one numbered point of its section elsewhere ("2. Mở rộng góc nhìn về ứng dụng công nghệ").
    if (kind !== 'other' && !reading.pure) {
      if (reading.numbered && parent >= 0 && kinds[parent] !== 'other') kind = 'other';
      for (let p = parent; p >= 0 && kind !== 'other'; p = parents[p]) if (kinds[p] === 'highlights') kind = 'other';
    }
    // "#### Topic", "#### Session" under Highlights: one of its topics.
    if (kind === 'highlights' && parent >= 0 && kinds[parent] === 'highlights') kind = 'other';
    kinds.push(kind);
    parents.push(parent);
    stack.push(i);
  }
  const end = index.position(index.text.length);
  while (stack.length > 0) close(end);
  return headings.map((heading, i) => ({ heading, kind: kinds[i], parent: parents[i], range: { start: heading.range.start, end: ends[i] } }));
}

/**
 * Freezes the report, its lists and their items. Nested ranges are left as they are: the types are
 * readonly all the way down, and freezing every position of a long report costs more than its parse.
 */
function freezeModel<T extends object>(report: T): T {
  for (const value of Object.values(report)) {
    if (Array.isArray(value)) {
      for (const item of value) Object.freeze(item);
      Object.freeze(value);
    } else if (value && typeof value === 'object') {
      Object.freeze(value);
    }
  }
  return Object.freeze(report);
}
