import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

export interface RenderOptions {
  readonly path?: string;
}

// Raw HTML in the report is dropped, and what remains passes GitHub's sanitising schema.
const renderer = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify);

/** Report text -> sanitised HTML of its body (front matter left out). */
export function renderReport(text: string, _options: RenderOptions = {}): string {
  return String(renderer.processSync(text));
}
