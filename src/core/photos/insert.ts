import type { TextEdit } from '../edits';
import type { EventReport, Position, Section } from '../model';
import { TEMPLATE_WORDS } from '../newReport';
import { sectionLastLine } from '../sections';
import { reportLanguage } from '../site';

/** The heading a new photos section gets. */
export interface PhotoHeading {
  readonly text: string;
  readonly level: number;
}

/** The photos heading most of the site's reports in a language use, and its most common level. */
export function sitePhotoHeading(reports: readonly EventReport[], language: 'en' | 'vi'): PhotoHeading | undefined {
  const texts = new Map<string, number>();
  const levels = new Map<number, number>();
  for (const report of reports) {
    if (reportLanguage(report) !== language) continue;
    const section = report.sections.find((s) => s.kind === 'photos');
    if (!section) continue;
    texts.set(section.heading.text, (texts.get(section.heading.text) ?? 0) + 1);
    levels.set(section.heading.level, (levels.get(section.heading.level) ?? 0) + 1);
  }
  const text = mostCommon(texts);
  const level = mostCommon(levels);
  return text !== undefined && level !== undefined ? { text, level } : undefined;
}

function mostCommon<T>(counts: ReadonlyMap<T, number>): T | undefined {
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The template's photos heading at the level the report's own sections use (`###` under a `#` title in most). */
export function defaultPhotoHeading(report: EventReport, language: 'en' | 'vi'): PhotoHeading {
  const levels = new Map<number, number>();
  for (const s of report.sections) if (s.heading !== report.title && s.kind !== 'other') levels.set(s.heading.level, (levels.get(s.heading.level) ?? 0) + 1);
  return { text: TEMPLATE_WORDS[language].photos, level: mostCommon(levels) ?? 2 };
}

/**
 * Where Insert Photos writes its `![alt](link)` lines, each a paragraph of its own: at the cursor when it is in
 * a photos section, else after the last line of the report's photos section, else in a new photos section at
 * the end. One edit that only adds lines: nothing the author wrote changes.
 */
export function photoInsertion(report: EventReport, lines: readonly string[], cursor: Position | undefined, photos: readonly string[], heading: PhotoHeading): TextEdit {
  const block = photos.join('\n\n');
  const atCursor = cursor && photosSectionAt(report, cursor.line);
  if (atCursor && cursor) return atLine(lines, cursor.line, block);
  const section = [...report.sections].reverse().find((s) => s.kind === 'photos');
  if (section) return afterLine(lines, lastWritten(lines, section.heading.range.start.line, sectionLastLine(section)), block);
  const newSection = `${'#'.repeat(heading.level)} ${heading.text}\n\n${block}`;
  const last = lastWritten(lines, -1, lines.length - 1);
  if (last < 0) return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${newSection}\n` };
  return afterLine(lines, last, newSection);
}

/** The photos section (or a section inside one) the line is in, below its heading. */
function photosSectionAt(report: EventReport, line: number): Section | undefined {
  const inside = report.sections.filter((s) => line > s.heading.range.start.line && line <= sectionLastLine(s));
  const innermost = inside.sort((a, b) => b.heading.range.start.line - a.heading.range.start.line)[0];
  for (let s: Section | undefined = innermost; s; s = s.parent >= 0 ? report.sections[s.parent] : undefined) if (s.kind === 'photos') return innermost;
  return undefined;
}


/** The last line with text from `from` to `to`, or `from`. */
function lastWritten(lines: readonly string[], from: number, to: number): number {
  for (let line = Math.min(to, lines.length - 1); line > from; line--) if (lines[line]!.trim() !== '') return line;
  return from;
}

/** On a blank line the photos fill it; on a written one they go below it. Blank lines keep them paragraphs of their own. */
function atLine(lines: readonly string[], line: number, block: string): TextEdit {
  const text = lines[line] ?? '';
  if (text.trim() !== '') return afterLine(lines, line, block);
  const before = line > 0 && lines[line - 1]!.trim() !== '' ? '\n' : '';
  const after = line + 1 < lines.length && lines[line + 1]!.trim() !== '' ? '\n' : '';
  return { range: { start: { line, character: 0 }, end: { line, character: text.length } }, newText: `${before}${block}${after}` };
}

function afterLine(lines: readonly string[], line: number, block: string): TextEdit {
  const end = { line, character: lines[line]!.length };
  const after = line + 1 < lines.length && lines[line + 1]!.trim() !== '' ? '\n' : '';
  return { range: { start: end, end }, newText: `\n\n${block}${after}` };
}
