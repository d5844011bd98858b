import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { chunkIndex } from './chunkFacts';
import { joinChunks, shiftNode, type ParsedChunk } from './markdown';
import { linkLiterals } from './syntax';
import type { Block, EventReport, Image, Speaker, SpeakerBlock } from './model';
import { finish, type Steps } from './steps';
import { pageFacts } from './pageFacts';
import { bodyChunkSteps, parseReport } from './parse';
import { currentLanguage, t } from './l10n';

export interface RenderOptions {
  readonly path?: string;
  /** The report's model, when the caller has parsed it already. */
  readonly report?: EventReport;
  /** Maps an image source to what the preview loads; `null` marks it missing, `undefined` keeps it. */
  readonly resolveImage?: (src: string) => string | null | undefined;
  /** `whole`: one parse without chunks or cache, which the chunked parse must equal (for tests). */
  readonly parse?: 'chunks' | 'whole';
}

/** The classes the renderer itself gives: the only ones the page keeps (user HTML cannot borrow them to restyle or hide text). */
const OWN_CLASSES = ['speakers', 'speaker-name', 'speaker-about', 'speaker-details', 'notice', 'notice-warning', 'notice-note', 'notice-info', 'notice-tip', 'shortcode', 'missing-image'];

/**
 * What reports really contain, and nothing that runs, submits or loads a page: GitHub's schema, with our own
 * classes allowed (GitHub's pins `class` on lists to task lists), a few layout tags, and no form controls.
 */
const attributes = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([tag, list]) => [tag, list.filter((a) => !(Array.isArray(a) && a[0] === 'className'))]),
);
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((t) => t !== 'input'), 'center', 'header', 'time', 'span', 'figure', 'figcaption', 'u'],
  attributes: {
    ...attributes,
    '*': [...(attributes['*'] ?? []), 'dataLine', ['className', ...OWN_CLASSES] as [string, ...string[]], 'align', 'title'],
    img: [...(attributes.img ?? []), 'width', 'height', 'loading'],
    time: ['dateTime'],
  },
  protocols: { ...defaultSchema.protocols, src: ['http', 'https'] },
};

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'tr', 'blockquote', 'pre', 'div', 'hr', 'img', 'center', 'figure']);
const NOTICE = /^\{\{%\s*notice\s+(warning|note|info|tip)\s*%\}\}\s*/;
const NOTICE_END = /\s*\{\{%\s*\/notice\s*%\}\}\s*$/;
const SHORTCODE = /\{\{[<%]\s*(\/?)([A-Za-z_][\w/-]*)[^}]*?[%>]\}\}/g;

/**
 * Report text -> sanitised HTML: a header from the front matter, then the body as Hugo would show it.
 * The Markdown comes from the chunked, cached parse, and each chunk's HTML is kept with its tree (with what
 * else it was made from: its place, its speaker cards, its images' addresses, the language), so a keystroke
 * renders one section again. Raw HTML is parsed (rehype-raw) only where there is some.
 */
export function renderReport(text: string, options: RenderOptions = {}): string {
  return joinRendered(renderReportParts(text, options));
}

/** A rendered report in the pieces the preview updates one by one: the header, and the body chunk by chunk. */
export interface RenderedReport {
  readonly header: string;
  readonly parts: readonly string[];
}

/** The page of renderReport from its pieces. */
export function joinRendered(rendered: RenderedReport): string {
  return `${rendered.header}<article class="report-body">${rendered.parts.join('\n')}</article>`;
}

export function renderReportParts(text: string, options: RenderOptions = {}): RenderedReport {
  return finish(renderSteps(text, options));
}

/** renderReportParts a chunk at a time. */
export function* renderSteps(text: string, options: RenderOptions = {}): Steps<RenderedReport> {
  const report = options.report ?? parseReport(text, { path: options.path });
  // Chunks evicted from the parse cache since the report was parsed (other documents read meanwhile) are
  // parsed again a step each, not in one.
  const chunks = yield* bodyChunkSteps(text, report.frontMatter, options.parse === 'whole');
  // A notice opened in one chunk and closed in another is one callout: such a report renders whole.
  if (chunks.length === 1 || !chunks.every(noticesClose)) {
    const hasHtml = report.blocks.some((b) => b.type === 'html');
    return { header: header(report), parts: [renderTree(joinChunks(chunks), report.speakerBlocks, options.resolveImage, hasHtml)] };
  }
  const parts: string[] = [];
  // The model's lists are in line order: each chunk takes its own from where the last one stopped.
  const next = { cards: 0, images: 0, blocks: 0 };
  for (const chunk of chunks) {
    const last = chunk.line + chunkIndex(chunk).lineCount - 1;
    const take = <T extends { range: { start: { line: number } } }>(list: readonly T[], at: 'cards' | 'images' | 'blocks'): T[] => {
      const from = next[at];
      while (next[at] < list.length && list[next[at]].range.start.line <= last) next[at]++;
      return list.slice(from, next[at]).filter((item) => item.range.start.line >= chunk.line);
    };
    const own = { cards: take(report.speakerBlocks, 'cards'), images: take(report.images, 'images'), blocks: take(report.blocks, 'blocks') };
    parts.push(renderChunk(chunk, own, options));
    yield;
  }
  return { header: header(report), parts };
}

const rendered = new WeakMap<Root, Map<string, KeptChunk>>();
interface ChunkModel {
  readonly cards: readonly SpeakerBlock[];
  readonly images: readonly Image[];
  readonly blocks: readonly Block[];
}

/**
 * A chunk's source lines are written into its HTML as this mark and the line within the chunk, and made the
 * text's lines when the chunk is placed: a line added above a chunk moves it without rendering it again.
 * Random per process, so that no author's HTML can hold it.
 */
const LINE_MARK = `l${Math.random().toString(36).slice(2, 10)}-`;
const MARKED_LINE = new RegExp(`data-line="${LINE_MARK}(\\d+)"`, 'g');

interface KeptChunk {
  readonly template: string;
  line: number;
  html: string;
}

/**
 * One chunk's HTML, kept with its tree under what else it was made from: its speaker cards, its images'
 * addresses, the language. Neither its offset nor its first line is among them: the HTML is made with the
 * chunk's own lines, and placing it at its line is a replace over that chunk's HTML alone.
 */
function renderChunk(chunk: ParsedChunk, own: ChunkModel, options: RenderOptions): string {
  const cards = own.cards.filter((b) => b.accounted)
    .map((b) => `${b.range.start.line - chunk.line}:${b.speakers.map((s) => [s.name, s.role, s.organization, s.details, s.range.start.line - chunk.line, s.range.end.line - chunk.line].join('\u0001')).join('\u0002')}`);
  const images = own.images.map((i) => `${i.src}\u0001${String(options.resolveImage?.(i.src))}`);
  const html = own.blocks.some((b) => b.type === 'html');
  const key = [currentLanguage(), html, ...cards, '', ...images].join('\u0000');
  let kept = rendered.get(chunk.tree);
  if (!kept) rendered.set(chunk.tree, (kept = new Map()));
  let known = kept.get(key);
  if (!known) {
    const template = renderTree(shiftNode(chunk.tree, chunk.offset, 0), own.cards, options.resolveImage, html, { base: chunk.line, mark: LINE_MARK });
    known = { template, line: -1, html: '' };
    kept.set(key, known);
    if (kept.size > 4) kept.delete(kept.keys().next().value as string);
  }
  if (known.line !== chunk.line) {
    known.line = chunk.line;
    known.html = known.template.replace(MARKED_LINE, (_, line: string) => `data-line="${Number(line) + chunk.line}"`);
  }
  return known.html;
}

const balanced = new WeakMap<Root, boolean>();

function noticesClose(chunk: ParsedChunk): boolean {
  let known = balanced.get(chunk.tree);
  if (known === undefined) {
    known = (chunk.text.match(/\{\{%\s*notice\b/g)?.length ?? 0) === (chunk.text.match(/\{\{%\s*\/notice\s*%\}\}/g)?.length ?? 0);
    balanced.set(chunk.tree, known);
  }
  return known;
}

/** Where a tree's lines start in the text, and the mark its data-line values carry (none: they are the text's lines). */
interface TreeLines {
  readonly base: number;
  readonly mark: string;
}

/** One tree (the whole body, or a chunk's part of it) -> sanitised HTML. */
function renderTree(tree: Root, speakerBlocks: readonly SpeakerBlock[], resolveImage: RenderOptions['resolveImage'], hasHtml: boolean, lines: TreeLines = { base: 0, mark: '' }): string {
  const processor = unified()
    .use(() => (mdast: Root) => {
      linkLiterals(mdast);
      reportBlocks(mdast, speakerBlocks, lines.base);
    })
    .use(remarkRehype, { allowDangerousHtml: true });
  // Our own classes travel under a name no author can guess, so the HTML an author writes keeps none.
  const own = `dataOwn${Math.random().toString(36).slice(2)}`;
  processor.use(() => (hast: HastRoot) => hideOwnClasses(hast, own));
  if (hasHtml) processor.use(rehypeRaw);
  processor.use(() => (hast: HastRoot) => restoreOwnClasses(hast, own));
  processor
    .use(() => (hast: HastRoot) => annotate(hast, resolveImage, lines.mark))
    .use(rehypeSanitize, schema);
  const hast = processor.runSync(tree) as HastRoot;
  return unified().use(rehypeStringify).stringify(hast);
}

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page header Hugo's theme shows: the `pre` number, the title, the date; front-matter problems in plain words. */
function header(report: EventReport): string {
  const { pre, title, date } = pageFacts(report);
  const readable = /^\d{4}-\d{2}-\d{2}/.test(date)
    ? new Date(`${date.slice(0, 10)}T00:00:00Z`).toLocaleDateString(currentLanguage() === 'vi' ? 'vi-VN' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    : date;
  const problems = report.problems.filter((p) => p.rule.startsWith('front-matter'));
  const parts = [
    pre ? `<span class="report-pre">${escapeHtml(pre)}</span>` : '',
    title ? `<span class="report-title">${escapeHtml(title)}</span>` : '',
    readable ? `<time datetime="${escapeHtml(date)}">${escapeHtml(readable)}</time>` : '',
    ...problems.map((p) => `<div class="report-problem">${escapeHtml(t('Line {0}: {1}', p.range.start.line + 1, p.message))}</div>`),
  ].filter(Boolean);
  return parts.length > 0 ? `<header class="report-header" data-line="0">${parts.join('')}</header>` : '';
}

/**
 * Notices as callouts, other shortcodes as quiet placeholders, and speakers as a list of people: only a block
 * whose every word is one of its people's names or details becomes cards; any other block shows as written.
 */
function reportBlocks(tree: Root, speakerBlocks: readonly SpeakerBlock[], base: number): void {
  const cards = new Map<number, readonly Speaker[]>();
  for (const block of speakerBlocks) if (block.accounted) cards.set(block.range.start.line - base, block.speakers);
  tree.children = tree.children.map((node) => {
    const people = cards.get((node.position?.start.line ?? 0) - 1);
    return people && (node.type === 'list' || node.type === 'table' || node.type === 'paragraph') ? peopleList(people, node, base) : node;
  });
  wrapNotices(tree);
  placeholders(tree);
}

function peopleList(people: readonly Speaker[], from: RootContent, base: number): List {
  const items: ListItem[] = people.map((p) => {
    const about = [p.role, p.organization].filter(Boolean).join(', ');
    const children: PhrasingContent[] = [{ type: 'strong', children: [{ type: 'text', value: p.name }], data: { hProperties: { className: ['speaker-name'] } } }];
    if (about) children.push({ type: 'emphasis', children: [{ type: 'text', value: about }], data: { hName: 'span', hProperties: { className: ['speaker-about'] } } });
    if (p.details) children.push({ type: 'emphasis', children: [{ type: 'text', value: p.details }], data: { hName: 'span', hProperties: { className: ['speaker-details'] } } });
    const paragraph: Paragraph = { type: 'paragraph', children };
    return { type: 'listItem', children: [paragraph], position: { start: { line: p.range.start.line + 1 - base, column: 1 }, end: { line: p.range.end.line + 1 - base, column: 1 } } };
  });
  return { type: 'list', ordered: false, children: items, position: from.position, data: { hProperties: { className: ['speakers'] } } };
}

/** `{{% notice tip %}}` … `{{% /notice %}}` in one paragraph or around several blocks -> a callout. */
function wrapNotices(tree: Root): void {
  const out: RootContent[] = [];
  let open: { kind: string; children: RootContent[]; start: RootContent } | undefined;
  const textOf = (node: RootContent) => (node.type === 'paragraph' && node.children[0]?.type === 'text' ? node.children[0].value : '');
  for (const node of tree.children) {
    const first = textOf(node);
    const start = NOTICE.exec(first);
    if (!open && start && node.type === 'paragraph') {
      const head = node.children[0] as { value: string };
      head.value = head.value.replace(NOTICE, '');
      const last = node.children[node.children.length - 1];
      const closes = last?.type === 'text' && NOTICE_END.test(last.value);
      if (closes) (last as { value: string }).value = last.value.replace(NOTICE_END, '');
      open = { kind: start[1], children: head.value || node.children.length > 1 ? [node] : [], start: node };
      if (closes) {
        out.push(callout(open.kind, open.children, node));
        open = undefined;
      }
      continue;
    }
    if (open) {
      const last = node.type === 'paragraph' ? node.children[node.children.length - 1] : undefined;
      if (last?.type === 'text' && NOTICE_END.test(last.value)) {
        last.value = last.value.replace(NOTICE_END, '');
        if (last.value || node.type !== 'paragraph' || (node as Paragraph).children.length > 1) open.children.push(node);
        out.push(callout(open.kind, open.children, open.start));
        open = undefined;
      } else {
        open.children.push(node);
      }
      continue;
    }
    out.push(node);
  }
  if (open) out.push(callout(open.kind, open.children, open.start));
  tree.children = out;
}

function callout(kind: string, children: RootContent[], at: RootContent): RootContent {
  return { type: 'blockquote', children: children as never, position: at.position, data: { hName: 'div', hProperties: { className: ['notice', `notice-${kind}`] } } };
}

/** Other shortcodes (`{{< figure … >}}`) become a quiet placeholder naming them. */
function placeholders(node: { children?: unknown[] }): void {
  if (!Array.isArray(node.children)) return;
  const next: unknown[] = [];
  for (const child of node.children as { type: string; value?: string; children?: unknown[] }[]) {
    if (child.type === 'text' && child.value && SHORTCODE.test(child.value)) {
      SHORTCODE.lastIndex = 0;
      let last = 0;
      for (const m of child.value.matchAll(SHORTCODE)) {
        if ((m.index ?? 0) > last) next.push({ type: 'text', value: child.value.slice(last, m.index) });
        next.push({ type: 'emphasis', children: [{ type: 'text', value: `${m[1]}${m[2]}` }], data: { hName: 'span', hProperties: { className: ['shortcode'], title: m[0] } } });
        last = (m.index ?? 0) + m[0].length;
      }
      if (last < child.value.length) next.push({ type: 'text', value: child.value.slice(last) });
      continue;
    }
    placeholders(child);
    next.push(child);
  }
  node.children = next;
}

function eachElement(node: HastRoot | HastContent, each: (element: Element) => void): void {
  if (node.type === 'element') each(node);
  if ('children' in node) for (const child of node.children) eachElement(child, each);
}

function hideOwnClasses(tree: HastRoot, own: string): void {
  eachElement(tree, (e) => {
    if (e.properties.className === undefined) return;
    e.properties[own] = ([] as unknown[]).concat(e.properties.className).join(' ');
    delete e.properties.className;
  });
}

function restoreOwnClasses(tree: HastRoot, own: string): void {
  eachElement(tree, (e) => {
    const mine = e.properties[own];
    delete e.properties.className;
    delete e.properties[own];
    if (typeof mine === 'string') e.properties = { className: mine.split(' '), ...e.properties };
  });
}

/** Source lines on block elements (for scroll sync), and image sources through the caller's resolver. */
function annotate(tree: HastRoot, resolveImage: RenderOptions['resolveImage'], mark: string): void {
  const visit = (node: HastRoot | HastContent, parent?: HastRoot | Element) => {
    if (node.type === 'element') {
      if (BLOCKS.has(node.tagName) && node.position) node.properties.dataLine = mark ? `${mark}${node.position.start.line - 1}` : node.position.start.line - 1;
      if (node.tagName === 'img' && resolveImage && typeof node.properties.src === 'string') {
        const resolved = resolveImage(node.properties.src);
        if (resolved === null && parent) {
          const missing: Element = { type: 'element', tagName: 'span', properties: { className: ['missing-image'], dataLine: node.properties.dataLine }, children: [{ type: 'text', value: t('Missing image: {0}', node.properties.src) }] };
          parent.children[parent.children.indexOf(node)] = missing;
          return;
        }
        if (resolved) node.properties.src = resolved;
      }
    }
    if ('children' in node) for (const child of [...node.children]) visit(child, node as HastRoot | Element);
  };
  visit(tree);
}

/** A standalone page for the HTML export: the rendered report with its stylesheet inlined. */
export function standaloneHtml(title: string, css: string, rendered: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style>
${css.replace(/<\/style/gi, '<\\/style')}
</style></head>
<body class="site-style">
${rendered}
</body></html>
`;
}
