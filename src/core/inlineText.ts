import type { PhrasingContent, RootContent } from 'mdast';

/**
 * Inline Markdown read from its syntax tree: the text a reader sees, with, for every character, where it
 * stands in the source and whether it is bold. `***Nguyen Van A***` reads "Nguyen Van A", bold; a code
 * span keeps its `**kwargs`; a link keeps its text and drops its target.
 */
export interface InlineText {
  readonly text: string;
  /** Source offset of each character of `text` (tree offsets, before any shift). */
  readonly offsets: readonly number[];
  readonly bold: readonly boolean[];
}

type Inline = PhrasingContent | RootContent;

/** The lines of a run of inline nodes: split at hard breaks, soft line endings and `<br>`. */
export function inlineLines(nodes: readonly Inline[]): InlineText[] {
  let text = '';
  const offsets: number[] = [];
  const bold: boolean[] = [];
  const lines: InlineText[] = [];
  const push = (value: string, start: number, end: number, strong: boolean) => {
    // Escapes and character references make the source longer than the value: spread the value over it.
    const span = Math.max(0, end - start);
    const exact = span === value.length;
    let from = 0;
    for (;;) {
      const lineEnd = value.slice(from).search(/\r\n|\n|\r/);
      const piece = lineEnd < 0 ? value.slice(from) : value.slice(from, from + lineEnd);
      text += piece;
      for (let i = 0; i < piece.length; i++) {
        const at = from + i;
        offsets.push(exact ? start + at : start + Math.min(at, Math.max(0, span - 1)));
        bold.push(strong);
      }
      if (lineEnd < 0) break;
      flush();
      from += lineEnd + (value.startsWith('\r\n', from + lineEnd) ? 2 : 1);
    }
  };
  const flush = () => {
    lines.push({ text, offsets: [...offsets], bold: [...bold] });
    text = '';
    offsets.length = 0;
    bold.length = 0;
  };
  const visit = (node: Inline, strong: boolean) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'text':
        push(node.value, start, end, strong);
        return;
      case 'inlineCode': {
        // The value sits between the backtick fences, which are as long on both sides.
        const fence = Math.max(0, (end - start - node.value.length) >> 1);
        push(node.value, start + fence, start + fence + node.value.length, strong);
        return;
      }
      case 'break':
        flush();
        return;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value.trim())) flush();
        return;
      case 'image':
        // Alt text is what a reader is told of an image.
        push(node.alt ?? '', start, end, strong);
        return;
      case 'strong':
        for (const child of node.children) visit(child, true);
        return;
      default:
        if ('children' in node) for (const child of node.children as Inline[]) visit(child, strong);
    }
  };
  for (const node of nodes) visit(node, false);
  flush();
  return lines.map(trimLine).filter((l) => l.text.length > 0);
}

/** The whole run as one line (line ends read as spaces). */
export function inlineText(nodes: readonly Inline[]): InlineText {
  const lines = inlineLines(nodes);
  if (lines.length === 1) return lines[0];
  let text = '';
  const offsets: number[] = [];
  const bold: boolean[] = [];
  for (const line of lines) {
    if (text) {
      text += ' ';
      offsets.push(line.offsets[0]);
      bold.push(false);
    }
    text += line.text;
    offsets.push(...line.offsets);
    bold.push(...line.bold);
  }
  return { text, offsets, bold };
}

/** A part of a line, from `start` to `end` (character indexes of its text). */
export function slice(line: InlineText, start: number, end = line.text.length): InlineText {
  return trimLine({ text: line.text.slice(start, end), offsets: line.offsets.slice(start, end), bold: line.bold.slice(start, end) });
}

/** Surrounding white space removed. */
export function trimLine(line: InlineText): InlineText {
  const lead = line.text.length - line.text.trimStart().length;
  const end = line.text.trimEnd().length;
  if (lead === 0 && end === line.text.length) return line;
  return { text: line.text.slice(lead, end), offsets: line.offsets.slice(lead, end), bold: line.bold.slice(lead, end) };
}

/** Source offsets [start, end) of a line's characters from..to. */
export function sourceSpan(line: InlineText, from = 0, to = line.text.length): [number, number] {
  if (line.offsets.length === 0) return [0, 0];
  const start = line.offsets[Math.min(from, line.offsets.length - 1)];
  const end = line.offsets[Math.max(0, Math.min(to, line.offsets.length) - 1)] + 1;
  return [start, Math.max(start, end)];
}
