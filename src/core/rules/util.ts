import type { TextEdit } from '../edits';
import type { EventReport, Heading, Range } from '../model';

/** The range of a heading's `#` run, for ATX headings. */
export function markerRange(heading: Heading, lines: readonly string[]): Range | undefined {
  if (heading.style !== 'atx') return undefined;
  const line = heading.range.start.line;
  const m = /^( {0,3})(#{1,6})/.exec(lines[line] ?? '');
  if (!m) return undefined;
  return { start: { line, character: m[1].length }, end: { line, character: m[1].length + m[2].length } };
}

/** An edit that gives an ATX heading another level, or undefined for setext headings. */
export function relevel(heading: Heading, level: number, lines: readonly string[]): TextEdit | undefined {
  const range = markerRange(heading, lines);
  return range ? { range, newText: '#'.repeat(Math.max(1, Math.min(6, level))) } : undefined;
}

export function lineRange(line: number, lines: readonly string[]): Range {
  return { start: { line, character: 0 }, end: { line, character: (lines[line] ?? '').length } };
}

/** The whole line including its line break, for deleting it. */
export function wholeLine(line: number, lines: readonly string[]): Range {
  return line + 1 < lines.length
    ? { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }
    : { start: { line, character: 0 }, end: { line, character: (lines[line] ?? '').length } };
}

const prosePerReport = new WeakMap<EventReport, { lines: readonly string[]; prose: readonly boolean[] }>();

/** Whether each line is Markdown prose, not front matter, code or HTML; several rules ask, it is worked out once. */
export function proseLines(report: EventReport, lines: readonly string[]): readonly boolean[] {
  const known = prosePerReport.get(report);
  if (known && known.lines === lines) return known.prose;
  const prose = lines.map(() => true);
  const off = (r: Range) => {
    for (let l = r.start.line; l <= r.end.line && l < prose.length; l++) prose[l] = false;
  };
  if (report.frontMatter) off(report.frontMatter.range);
  for (const b of report.blocks) off(b.range);
  prosePerReport.set(report, { lines, prose });
  return prose;
}

export const quote = (text: string) => `“${text}”`;
