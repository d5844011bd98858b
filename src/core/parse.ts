import { chunkFacts, chunkSpeakerBlocks, placeRange, type ChunkFacts } from './chunkFacts';
import { readFrontMatter } from './frontMatter';
import { LineIndex } from './lineIndex';
import { parseChunkSteps, parseMarkdownWhole, warmChunks, type ParsedChunk } from './markdown';
import type { Block, EventReport, FrontMatter, Heading, Image, ParseOptions, Position, Problem, Range, Section, SectionKind, Speaker, SpeakerBlock, Table } from './model';
import type { HeadingReading } from './sections';
import { inside, speakerExtents } from './speakers';
import { t } from './l10n';
import { finish, type Steps } from './steps';

/** Text -> EventReport. Never throws: what cannot be read becomes a problem with a range. */
export function parseReport(text: string, options: ParseOptions = {}): EventReport {
  return finish(parseSteps(text, options));
}

/**
 * parseReport a chunk at a time, once the chunks are parsed (see warmReport): a 5 MB report's model is
 * put together from 2,000 chunks' facts, which is more than one slice of the extension host's time.
 */
export function* parseSteps(text: string, options: ParseOptions = {}): Steps<EventReport> {
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

  const chunks = yield* bodySteps(text.slice(bom), fm ? index.offset(fm.frontMatter.range.end) - bom : 0, fm !== null);
  const headings: Heading[] = [];
  const readings: HeadingReading[] = [];
  const images: Image[] = [];
  const tables: Table[] = [];
  const blocks: Block[] = [];
  const labelSpeakers: Speaker[] = [];
  const headingsKey: unknown[] = [bom];
  const labelsKey: [number, readonly unknown[], number, number][] = [];
  for (const chunk of chunks) {
    const facts = chunkFacts(chunk);
    const at = placedFacts(facts, chunk.line, bom);
    headings.push(...at.headings);
    readings.push(...facts.readings);
    images.push(...at.images);
    tables.push(...at.tables);
    blocks.push(...at.blocks);
    labelSpeakers.push(...at.labelSpeakers);
    if (facts.headings.length > 0) headingsKey.push(chunk.line, facts.headingsKey);
    if (facts.labelSpeakers.length > 0) labelsKey.push([chunk.line, facts.labelsKey, labelSpeakers.length, facts.labelSpeakers.length]);
    yield;
  }

  const title = headings.find((h) => h.level === 1 && h.text.length > 0) ?? null;
  const sections = buildSections(headings, readings, title, index);
  const extents = speakerExtents(sections, index);
  const blocksKey: unknown[] = [];
  const speakerBlocks = yield* sectionSpeakers(chunks, extents, bom, blocksKey);
  const outside = labelSpeakers.map((s) => !inside(extents, index.offset(s.range.start)));
  const speakers = [...speakerBlocks.flatMap((b) => b.speakers), ...labelSpeakers.filter((_, i) => outside[i])]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  // Which label lines count, chunk by chunk: the label speakers' part of the speakers key.
  const speakersKey = [bom, ...blocksKey, ...labelsKey.flatMap(([line, key, end, count]) => [line, key, outside.slice(end - count, end).join()])];

  const report = freezeModel({
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
  summaries.set(report, { headings: headingsKey, speakers: speakersKey, chunks: chunks.map((c) => ({ line: c.line, tree: c.tree })) });
  return report;
}

/**
 * Keys of a report's headings and speakers built from its chunks' own facts: each chunk adds its first line
 * and an array that stays the same object while the chunk's tree does, so that comparing the keys of two
 * versions of a long report looks at one entry per chunk (see rules/dependencies.ts).
 */
export interface ReportSummary {
  readonly headings: readonly unknown[];
  readonly speakers: readonly unknown[];
  /** Each chunk's first line, and its tree: the same object while the chunk's text stays the same. */
  readonly chunks: readonly { readonly line: number; readonly tree: object }[];
}

const summaries = new WeakMap<EventReport, ReportSummary>();

/** The summary parseReport made of a report (none for a model made some other way). */
export function reportSummary(report: EventReport): ReportSummary | undefined {
  return summaries.get(report);
}

type PlacedFacts = Pick<ChunkFacts, 'headings' | 'images' | 'tables' | 'blocks' | 'labelSpeakers'> & { readonly line: number; readonly bom: number };

const placed = new WeakMap<ChunkFacts, PlacedFacts>();

/** A chunk's facts at its place in the text, frozen; kept while the chunk stays on the same line (typing within a line moves none). */
function placedFacts(facts: ChunkFacts, line: number, bom: number): PlacedFacts {
  const known = placed.get(facts);
  if (known && known.line === line && known.bom === bom) return known;
  const place = (r: Range) => placeRange(r, line, bom);
  const frozen = <T extends object>(items: T[]): T[] => items.map((item) => Object.freeze(item));
  const at: PlacedFacts = {
    line,
    bom,
    headings: frozen(facts.headings.map((h) => ({ ...h, range: place(h.range) }))),
    images: frozen(facts.images.map((i) => ({ ...i, range: place(i.range) }))),
    tables: frozen(facts.tables.map((t) => ({ ...t, range: place(t.range) }))),
    blocks: frozen(facts.blocks.map((b) => ({ ...b, range: place(b.range) }))),
    labelSpeakers: frozen(facts.labelSpeakers.map((s) => ({ ...s, range: place(s.range), nameRange: place(s.nameRange) }))),
  };
  placed.set(facts, at);
  return at;
}

/**
 * The blocks of the Speakers sections and their people, read from those sections' top-level nodes only. A section
 * is read chunk by chunk (a chunk boundary is a heading, which also ends what a sub-heading speaker holds), and
 * what a chunk's nodes list is kept with the chunk's tree: a keystroke re-reads only the chunk it changed.
 */
function* sectionSpeakers(chunks: readonly ParsedChunk[], extents: readonly [number, number, number][], bom: number, key: unknown[]): Steps<SpeakerBlock[]> {
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
      const chunkBlocks = chunkSpeakerBlocks(chunk, from, to);
      if (chunkBlocks.blocks.length > 0) key.push(section, chunk.line, chunkBlocks.key);
      for (const block of chunkBlocks.blocks) {
        const speakers = block.speakers.map((s) => ({ ...s, range: place(s.range), nameRange: place(s.nameRange) }));
        found.push({ section, range: place(block.range), speakers, accounted: block.accounted });
      }
    }
    yield;
  }
  return found;
}

/**
 * Parses the chunks of a report's body into the parse cache for about `budgetMs` (see warmChunks); true once
 * parseReport of this text will find every chunk there. Lets the extension host parse a large report in slices.
 */
export function warmReport(text: string, budgetMs: number): boolean {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (warming?.text !== text) {
    const fm = readFrontMatter(new LineIndex(text), bom);
    warming = { text, body: text.slice(bom), bodyStart: fm ? offsetBefore(text, fm.frontMatter.range.end) - bom : 0 };
  }
  const done = warmChunks(warming.body, warming.bodyStart, budgetMs);
  if (done) warming = undefined;
  return done;
}

/** The text being warmed, where its body starts (found once, not on every slice). */
let warming: { text: string; body: string; bodyStart: number } | undefined;

/** The report's Markdown as parsed chunks (after a BOM), as the model reads it; the preview renders the same tree. */
export function bodyChunks(text: string, frontMatter: FrontMatter | null, whole = false): ParsedChunk[] {
  return finish(bodyChunkSteps(text, frontMatter, whole));
}

/** bodyChunks a step after each chunk it had to parse (one the cache let go since the report was parsed). */
export function bodyChunkSteps(text: string, frontMatter: FrontMatter | null, whole = false): Steps<ParsedChunk[]> {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = frontMatter ? offsetBefore(text, frontMatter.range.end) - bom : 0;
  return bodySteps(text.slice(bom), end, frontMatter !== null, whole);
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
 * turn into headings or paragraphs; offsets and lines stay as they were. A step after each chunk it had
 * to parse (the cached ones cost a lookup).
 */
function* bodySteps(text: string, frontMatterEnd: number, hasFrontMatter: boolean, whole = false): Steps<ParsedChunk[]> {
  function* parse(t: string): Steps<ParsedChunk[]> {
    if (whole) return [{ offset: 0, line: 0, text: t, tree: parseMarkdownWhole(t) }];
    return yield* parseChunkSteps(t, frontMatterEnd);
  }
  const chunks = yield* parse(text);
  if (!hasFrontMatter) return chunks;
  const first = chunks[0].tree.children[0];
  if (first && (first.type === 'yaml' || (first.type as string) === 'toml') && first.position?.end.offset === frontMatterEnd) return chunks;
  const blanked = text.slice(0, frontMatterEnd).replace(/[^\r\n]/g, ' ') + text.slice(frontMatterEnd);
  return yield* parse(blanked);
}

/** Each heading's section: kind, parent and extent (to the next heading of the same or a higher level). */
function buildSections(headings: readonly Heading[], readings: readonly HeadingReading[], title: Heading | null, index: LineIndex): Section[] {
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
    const reading = readings[i];
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
      // Items placed from a chunk's facts are frozen already (and kept from one parse to the next).
      for (const item of value) if (!Object.isFrozen(item)) Object.freeze(item);
      Object.freeze(value);
    } else if (value && typeof value === 'object') {
      Object.freeze(value);
    }
  }
  return Object.freeze(report);
}
