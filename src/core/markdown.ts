import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);

/** Markdown text -> mdast syntax tree, with GFM tables and Hugo front matter recognised. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
