import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blockChunks } from './chunks';
import { finish, type Steps } from './steps';
import { reportSyntax, syntaxOf } from './syntax';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(reportSyntax);

/** Processors for texts that cannot hold some constructs (see syntaxOf), made as they are first needed. */
const lighter = new Map<string, typeof processor>();

/** The processor for a text: without the GFM constructs it cannot hold, and front matter only at the text's start. */
function processorFor(text: string): typeof processor {
  const set = syntaxOf(text);
  const frontMatter = /^(?:\uFEFF)?(?:---|\+\+\+)/.test(text);
  const key = `${+set.footnote}${+set.strikethrough}${+set.table}${+set.taskList}${+frontMatter}`;
  let known = lighter.get(key);
  if (!known) {
    const base = unified().use(remarkParse);
    known = (frontMatter ? base.use(remarkFrontmatter, ['yaml', 'toml']) : base).use(reportSyntax, set) as typeof processor;
    lighter.set(key, known);
  }
  return known;
}

/** Chunk text -> its tree with positions relative to the chunk. Bounded by the text it holds. */
const cache = new Map<string, Root>();
let cachedChars = 0;
/**
 * How much text the cache holds: at least 4 MB, and twice the longest report parsed (up to 32 MB), since a
 * cache smaller than one report is read in order and evicted in order, and then never hits: a 5 MB report
 * re-parsed everything on every keystroke (5 s) where it now re-parses one chunk (0.5 s with the rules).
 */
const MIN_CACHE_CHARS = 4 * 1024 * 1024;
const MAX_CACHE_CHARS = 32 * 1024 * 1024;
let cacheChars = MIN_CACHE_CHARS;

/** Forgets every cached chunk (for benchmarks that measure a first parse). */
export function clearParseCache(): void {
  warming = undefined;
  cache.clear();
  cachedChars = 0;
  cacheChars = MIN_CACHE_CHARS;
}

/** The whole text in one parse, without chunks or cache: what chunked parsing must equal. */
export function parseMarkdownWhole(text: string): Root {
  return processor.parse(text);
}

function parseChunk(text: string): Root {
  return chunkTree(text).tree;
}

/** A chunk's tree from the cache, or parsed now (`parsed`), and cached. */
function chunkTree(text: string): { tree: Root; parsed: boolean } {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit); // most recently used last
    return { tree: hit, parsed: false };
  }
  const tree = processorFor(text).parse(text);
  if (text.length < cacheChars / 4) {
    cache.set(text, tree);
    cachedChars += text.length;
    for (const [key] of cache) {
      if (cachedChars <= cacheChars) break;
      cache.delete(key);
      cachedChars -= key.length;
    }
  }
  return { tree, parsed: true };
}

/** A chunk of the text with its syntax tree, positions relative to the chunk (shared; never mutate). */
export interface ParsedChunk {
  readonly offset: number;
  /** 0-based line of the chunk's first character. */
  readonly line: number;
  readonly text: string;
  readonly tree: Root;
}

/**
 * Markdown text -> one syntax tree per chunk, with GFM tables and Hugo front matter recognised.
 *
 * The text is parsed in chunks that start at top-level ATX headings (see chunks.ts): a chunk that did not
 * change since the last parse is taken from the cache, so one keystroke re-parses one section, and large
 * documents avoid micromark's cost that grows faster than the text (table resolution re-splices all events).
 */
export function parseChunks(text: string, bodyStart = 0): ParsedChunk[] {
  return finish(parseChunkSteps(text, bodyStart));
}

/** parseChunks a step after each chunk it had to parse (the cached ones cost a lookup). */
export function* parseChunkSteps(text: string, bodyStart = 0): Steps<ParsedChunk[]> {
  cacheChars = Math.max(cacheChars, Math.min(MAX_CACHE_CHARS, 2 * text.length));
  const chunks = blockChunks(text, bodyStart);
  // A report of one chunk is kept too: the preview renders the tree the model was read from.
  if (chunks.length === 1) return [{ offset: 0, line: 0, text, tree: parseChunk(text) }];
  const parsed: ParsedChunk[] = [];
  for (const c of chunks) {
    const chunkText = text.slice(c.offset, c.end);
    const found = chunkTree(chunkText);
    parsed.push({ offset: c.offset, line: c.line, text: chunkText, tree: found.tree });
    if (found.parsed) yield;
  }
  return parsed;
}

/** The chunks of the text being warmed, kept between slices (cutting a 5 MB text takes a while too). */
let warming: { text: string; bodyStart: number; chunks: ReturnType<typeof blockChunks>; next: number } | undefined;

/**
 * Parses into the cache the chunks of `text` that are not there yet, until `budgetMs` have passed: a caller
 * that must not hold the thread long (the extension host, on a large report) calls it in slices until it
 * says true, and then parses the whole report from the cache. Returns whether every chunk is cached.
 */
export function warmChunks(text: string, bodyStart: number, budgetMs: number): boolean {
  const deadline = Date.now() + budgetMs;
  cacheChars = Math.max(cacheChars, Math.min(MAX_CACHE_CHARS, 2 * text.length));
  if (!warming || warming.text !== text || warming.bodyStart !== bodyStart) warming = { text, bodyStart, chunks: blockChunks(text, bodyStart), next: 0 };
  const { chunks } = warming;
  if (chunks.length === 1) return true; // one chunk is parsed whole, when the report is
  // At least one chunk a slice, so that slices always end.
  while (warming.next < chunks.length) {
    const chunk = chunks[warming.next++];
    const chunkText = text.slice(chunk.offset, chunk.end);
    if (!cache.has(chunkText)) parseChunk(chunkText);
    if (warming.next < chunks.length && Date.now() >= deadline) return false;
  }
  warming = undefined;
  return true;
}

/** Markdown text -> one mdast syntax tree for the whole text (chunks joined, positions made absolute). */
export function parseMarkdown(text: string, bodyStart = 0): Root {
  return joinChunks(parseChunks(text, bodyStart));
}

/** Parsed chunks -> one tree with positions in the whole text: a copy, which the caller may change (chunk trees are shared). */
export function joinChunks(chunks: readonly ParsedChunk[]): Root {
  if (chunks.length === 1) return shiftNode(chunks[0].tree, 0, 0);
  const children: RootContent[] = [];
  for (const chunk of chunks) {
    for (const child of chunk.tree.children) children.push(shiftNode(child, chunk.offset, chunk.line));
  }
  const end = chunks[chunks.length - 1];
  const last = end.text.split(/\r\n|\n|\r/);
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: end.line + last.length, column: last[last.length - 1].length + 1, offset: end.offset + end.text.length },
    },
  };
}

/** A copy of a node whose positions are moved by a chunk's offset and line (chunks start at line starts). */
export function shiftNode<T extends { position?: Root['position']; children?: unknown[] }>(node: T, offset: number, line: number): T {
  const copy = { ...node };
  if (node.position) {
    const { start, end } = node.position;
    copy.position = {
      start: { line: start.line + line, column: start.column, offset: (start.offset ?? 0) + offset },
      end: { line: end.line + line, column: end.column, offset: (end.offset ?? 0) + offset },
    };
  }
  if (Array.isArray(node.children)) {
    copy.children = node.children.map((c) => shiftNode(c as T, offset, line));
  }
  return copy;
}
