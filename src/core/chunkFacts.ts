import type { Heading as MdHeading, Html, Image as MdImage, Root, RootContent, Table as MdTable } from 'mdast';
import { LineIndex } from './lineIndex';
import type { ParsedChunk } from './markdown';
import type { Block, Heading, Image, Range, Speaker, Table } from './model';
import { inlineText } from './inlineText';
import { readHeading, type HeadingReading } from './sections';
import { fromSectionNodes, labelLineSpeakers } from './speakers';

/** What one chunk contributes to the report, with ranges relative to the chunk's first line. */
export interface ChunkFacts {
  readonly headings: readonly Heading[];
  /** What each heading's wording names, kept with the chunk: a long report has more headings than any shared memo holds. */
  readonly readings: readonly HeadingReading[];
  readonly images: readonly Image[];
  readonly tables: readonly Table[];
  readonly blocks: readonly Block[];
  /**
   * The headings as the heading rules see them (place in the chunk, level, style, text, the line they stand
   * on): one entry of the report's headings key, the same array as long as the chunk's tree is the same.
   */
  readonly headingsKey: readonly unknown[];
  /** The label-line people's part of the report's speakers key. */
  readonly labelsKey: readonly unknown[];
  /** People on label lines (`**Speaker:** Name`), wherever they are; the caller drops those in Speakers sections. */
  readonly labelSpeakers: readonly Speaker[];
}

// Chunk trees are cached and shared, so what is read from one is read once.
const memo = new WeakMap<Root, ChunkFacts>();

const indexes = new WeakMap<Root, LineIndex>();

/** The line index of a chunk's own text, made once per chunk tree. */
export function chunkIndex(chunk: ParsedChunk): LineIndex {
  let index = indexes.get(chunk.tree);
  if (!index) {
    index = new LineIndex(chunk.text);
    indexes.set(chunk.tree, index);
  }
  return index;
}

/** A block of a Speakers section as one chunk reads it, ranges relative to the chunk's first line. */
export interface ChunkSpeakerBlock {
  readonly range: Range;
  readonly speakers: readonly Speaker[];
  readonly accounted: boolean;
}

/** Chunk speaker blocks, and their part of the report's speakers key (plain values, as the speaker rules see them). */
export interface ChunkSpeakerBlocks {
  readonly blocks: readonly ChunkSpeakerBlock[];
  readonly key: readonly unknown[];
}

const speakerMemo = new WeakMap<Root, Map<string, ChunkSpeakerBlocks>>();

/** A speaker as the speaker rules see it: place, name, form, and the chunk's lines it stands on. */
function speakerKey(key: unknown[], s: Speaker, chunk: ParsedChunk, index: LineIndex): void {
  const { start, end } = s.range;
  const n = s.nameRange;
  const line = (l: number) => chunk.text.slice(index.lineStart(l), index.lineEnd(l));
  key.push(start.line, start.character, end.line, end.character, n.start.line, n.start.character, n.end.character,
    s.inline, s.form.marker, s.form.bold, s.form.separator, s.name, line(start.line), line(n.start.line));
}

/** The Speakers-section blocks of a chunk's top-level nodes from..to, read once per chunk tree and span. */
export function chunkSpeakerBlocks(chunk: ParsedChunk, from: number, to: number): ChunkSpeakerBlocks {
  let spans = speakerMemo.get(chunk.tree);
  if (!spans) {
    spans = new Map();
    speakerMemo.set(chunk.tree, spans);
  }
  const key = `${from}:${to}`;
  const known = spans.get(key);
  if (known) return known;
  const index = chunkIndex(chunk);
  const blocks = fromSectionNodes({ index, shift: 0 }, chunk.tree.children.slice(from, to)).map((b) => ({
    range: index.range(b.node.position?.start.offset ?? 0, b.node.position?.end.offset ?? 0),
    speakers: b.speakers,
    accounted: b.accounted,
  }));
  const blocksKey: unknown[] = [];
  for (const b of blocks) {
    blocksKey.push(b.range.start.line, b.speakers.length);
    for (const s of b.speakers) speakerKey(blocksKey, s, chunk, index);
  }
  const found = { blocks, key: blocksKey };
  spans.set(key, found);
  return found;
}

export function chunkFacts(chunk: ParsedChunk): ChunkFacts {
  const known = memo.get(chunk.tree);
  if (known) return known;
  const index = chunkIndex(chunk);
  const range = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
    index.range(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const headings: Heading[] = [];
  const images: Image[] = [];
  const tables: Table[] = [];
  const blocks: Block[] = [];
  walk(chunk.tree, (node) => {
    if (node.type === 'heading') {
      const h = node as MdHeading;
      headings.push({
        level: h.depth,
        text: inlineText(h.children).text,
        style: chunk.text.charCodeAt(h.position?.start.offset ?? 0) === 35 /* # */ ? 'atx' : 'setext',
        range: range(h),
      });
    } else if (node.type === 'image') {
      const img = node as MdImage;
      images.push({ alt: img.alt ?? '', src: img.url, html: false, range: range(img) });
    } else if (node.type === 'html') {
      images.push(...htmlImages(node as Html, index));
      blocks.push({ type: 'html', range: range(node) });
    } else if (node.type === 'code') {
      blocks.push({ type: 'code', range: range(node) });
    } else if (node.type === 'table') {
      const t = node as MdTable;
      tables.push({ header: (t.children[0]?.children ?? []).map((c) => inlineText(c.children).text), rows: Math.max(0, t.children.length - 1), range: range(t) });
    }
  });
  const headingsKey: unknown[] = [];
  for (const h of headings) {
    const { start, end } = h.range;
    headingsKey.push(start.line, start.character, end.line, end.character, h.level, h.style, h.text, chunk.text.slice(index.lineStart(start.line), index.lineEnd(start.line)));
  }
  const labelSpeakers = labelLineSpeakers({ index, shift: 0 }, chunk.tree.children);
  const labelsKey: unknown[] = [];
  for (const s of labelSpeakers) speakerKey(labelsKey, s, chunk, index);
  const facts = { headings, readings: headings.map((h) => readHeading(h.text)), headingsKey, images, tables, blocks, labelSpeakers, labelsKey };
  memo.set(chunk.tree, facts);
  return facts;
}

/**
 * Calls `each` on every node, parents first. unist-util-visit (which we no longer depend on) does the same with ancestor tracking and
 * skip/exit support we do not use; on a first parse of the seed report its overhead was 7% of the time.
 */
function walk(node: Root | RootContent, each: (node: Root | RootContent) => void): void {
  each(node);
  if ('children' in node) for (const child of node.children) walk(child, each);
}

function htmlImages(node: Html, index: LineIndex): Image[] {
  const images: Image[] = [];
  const base = node.position?.start.offset ?? 0;
  for (const m of node.value.matchAll(/<img\b[^>]*>/gi)) {
    const tag = m[0];
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
    const src = attr('src');
    const alt = attr('alt');
    const start = base + (m.index ?? 0);
    images.push({
      src: src ? (src[1] ?? src[2] ?? src[3] ?? '') : '',
      alt: alt ? (alt[1] ?? alt[2] ?? alt[3] ?? '') : '',
      html: true,
      range: index.range(start, start + tag.length),
    });
  }
  return images;
}

/** Moves a chunk-relative range to the text: down by the chunk's line, and right by a BOM on line 0. */
export function placeRange(range: Range, line: number, bom: number): Range {
  const place = (p: Range['start']) => ({ line: p.line + line, character: p.character + (p.line + line === 0 ? bom : 0) });
  return { start: place(range.start), end: place(range.end) };
}
