import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root } from 'mdast';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';

/** Which GFM constructs a parse carries. */
export interface SyntaxSet {
  readonly footnote: boolean;
  readonly strikethrough: boolean;
  readonly table: boolean;
  readonly taskList: boolean;
}

const ALL: SyntaxSet = { footnote: true, strikethrough: true, table: true, taskList: true };

/**
 * The GFM constructs a report's parse carries: tables, strikethrough, footnotes and task lists, as remark-gfm
 * has them, but not literal autolinks (`https://…` in text), whose tokenizer was a third of the parse's time.
 * Nothing in the model reads them; the preview finds them on the tree it renders (`linkLiterals`), as Hugo's
 * linkify does, without parsing the text again. A caller that knows a text cannot hold some construct (no `|`,
 * no table) leaves it out: micromark then does not try it at every line.
 */
export function reportSyntax(this: Processor, set: SyntaxSet = ALL): void {
  const data = this.data();
  const micromark = (data.micromarkExtensions ??= []);
  const mdast = (data.fromMarkdownExtensions ??= []);
  if (set.footnote) micromark.push(gfmFootnote()), mdast.push(gfmFootnoteFromMarkdown());
  if (set.strikethrough) micromark.push(gfmStrikethrough()), mdast.push(gfmStrikethroughFromMarkdown());
  if (set.table) micromark.push(gfmTable()), mdast.push(gfmTableFromMarkdown());
  if (set.taskList) micromark.push(gfmTaskListItem()), mdast.push(gfmTaskListItemFromMarkdown());
}

/** The constructs a text can hold, by the characters each needs: a table a `|`, strikethrough a `~`, a footnote `[^`, a task `[ ]`. */
export function syntaxOf(text: string): SyntaxSet {
  return {
    footnote: text.includes('[^'),
    strikethrough: text.includes('~'),
    table: text.includes('|'),
    taskList: /\[[ xX]\]/.test(text),
  };
}

const [findLiterals] = gfmAutolinkLiteralFromMarkdown().transforms ?? [];

/** Turns `https://…`, `www.…` and e-mail addresses in text into links (mdast-util-gfm-autolink-literal's own transform). */
export function linkLiterals(tree: Root): void {
  findLiterals?.(tree);
}
