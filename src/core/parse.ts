import type { Heading as MdHeading, Html, Image as MdImage, Root, Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { readFrontMatter } from './frontMatter';
import { LineIndex } from './lineIndex';
import { parseMarkdown } from './markdown';
import type { Block, EventReport, FrontMatter, Heading, Image, ParseOptions, Position, Problem, Section, SectionKind, Table } from './model';
import { classifyHeading } from './sections';
import { findSpeakers } from './speakers';
import { plainText } from './speakerEntry';

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
      message: 'The file contains NUL bytes: it looks like binary data, not a Markdown report.',
      range: index.range(binary, binary + 1),
    });
  }

  const fm = readFrontMatter(index, bom);
  let frontMatter: FrontMatter | null = null;
  if (fm) {
    frontMatter = fm.frontMatter;
    problems.push(...fm.problems);
  }

  const tree = parseBody(text.slice(bom), fm ? index.offset(fm.frontMatter.range.end) - bom : 0, fm !== null);
  const at = (offset: number | undefined) => (offset ?? 0) + bom;

  const headings: Heading[] = [];
  const images: Image[] = [];
  const tables: Table[] = [];
  const blocks: Block[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const h = node as MdHeading;
      const start = at(h.position?.start.offset);
      headings.push({
        level: h.depth,
        text: plainText(toString(h)),
        style: text.charCodeAt(start) === 35 /* # */ ? 'atx' : 'setext',
        range: index.range(start, at(h.position?.end.offset)),
      });
    } else if (node.type === 'image') {
      const img = node as MdImage;
      images.push({ alt: img.alt ?? '', src: img.url, html: false, range: index.range(at(img.position?.start.offset), at(img.position?.end.offset)) });
    } else if (node.type === 'html') {
      images.push(...htmlImages(node as Html, index, bom));
      blocks.push({ type: 'html', range: index.range(at(node.position?.start.offset), at(node.position?.end.offset)) });
    } else if (node.type === 'code') {
      blocks.push({ type: 'code', range: index.range(at(node.position?.start.offset), at(node.position?.end.offset)) });
    } else if (node.type === 'table') {
      const t = node as MdTable;
      tables.push({
        header: (t.children[0]?.children ?? []).map((c) => plainText(toString(c))),
        rows: Math.max(0, t.children.length - 1),
        range: index.range(at(t.position?.start.offset), at(t.position?.end.offset)),
      });
    }
  });

  const title = headings.find((h) => h.level === 1 && h.text.length > 0) ?? null;
  const sections = buildSections(headings, title, index);
  const speakers = findSpeakers({ tree, index, shift: bom, sections });

  return deepFreeze({
    path: options.path,
    lineCount: index.lineCount,
    frontMatter,
    headings,
    title,
    sections,
    speakers,
    images,
    tables,
    blocks,
    problems,
  });
}

/**
 * Parses the body with remark. Where the front matter is one remark-frontmatter does not take
 * (trailing spaces on a fence, no closing fence), it is blanked out so that its lines cannot
 * turn into headings or paragraphs; offsets and lines stay as they were.
 */
function parseBody(text: string, frontMatterEnd: number, hasFrontMatter: boolean): Root {
  const tree = parseMarkdown(text);
  if (!hasFrontMatter) return tree;
  const first = tree.children[0];
  if (first && (first.type === 'yaml' || (first.type as string) === 'toml') && first.position?.end.offset === frontMatterEnd) return tree;
  const blanked = text.slice(0, frontMatterEnd).replace(/[^\r\n]/g, ' ') + text.slice(frontMatterEnd);
  return parseMarkdown(blanked);
}

function htmlImages(node: Html, index: LineIndex, shift: number): Image[] {
  const images: Image[] = [];
  const base = (node.position?.start.offset ?? 0) + shift;
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
    let kind: SectionKind = heading === title ? 'other' : classifyHeading(heading.text);
    // A topic inside Highlights, or a sub-heading repeating its parent's kind, is just a topic.
    for (let p = parent; p >= 0 && kind !== 'other'; p = parents[p]) {
      if (kinds[p] === 'highlights' || kinds[p] === kind) kind = 'other';
    }
    kinds.push(kind);
    parents.push(parent);
    stack.push(i);
  }
  const end = index.position(index.text.length);
  while (stack.length > 0) close(end);
  return headings.map((heading, i) => ({ heading, kind: kinds[i], parent: parents[i], range: { start: heading.range.start, end: ends[i] } }));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
