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

/**
 * The GFM constructs a report's parse carries: tables, strikethrough, footnotes and task lists, as remark-gfm
 * has them, but not literal autolinks (`https://…` in text), whose tokenizer was a third of the parse's time.
 * Nothing in the model reads them; the preview finds them on the tree it renders (`linkLiterals`), as Hugo's
 * linkify does, without parsing the text again.
 */
export function reportSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const [findLiterals] = gfmAutolinkLiteralFromMarkdown().transforms ?? [];

/** Turns `https://…`, `www.…` and e-mail addresses in text into links (mdast-util-gfm-autolink-literal's own transform). */
export function linkLiterals(tree: Root): void {
  findLiterals?.(tree);
}
