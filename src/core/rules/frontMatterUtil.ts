import type { TextEdit } from '../edits';
import type { EventReport, FrontMatterEntry, Range } from '../model';

export function entry(report: EventReport, key: string): FrontMatterEntry | undefined {
  return report.frontMatter?.entries.find((e) => e.key === key);
}

/** The value's text as written (quotes included), when it sits on one line. */
export function writtenValue(e: FrontMatterEntry, lines: readonly string[]): string | undefined {
  const r = e.valueRange;
  if (!r || r.start.line !== r.end.line) return undefined;
  return (lines[r.start.line] ?? '').slice(r.start.character, r.end.character);
}

/** Replaces a value, keeping the quotes it was written with unless told otherwise. */
export function replaceValue(e: FrontMatterEntry, lines: readonly string[], value: string, quoted?: boolean): TextEdit | undefined {
  const written = writtenValue(e, lines);
  if (written === undefined || !e.valueRange) return undefined;
  const q = written.startsWith('"') ? '"' : written.startsWith("'") ? "'" : '';
  const useQuote = quoted === undefined ? q : quoted ? q || '"' : '';
  return { range: e.valueRange, newText: `${useQuote}${value}${useQuote}` };
}

/** Where a finding about a key goes: its value, or the key when it has none. */
export function entryRange(e: FrontMatterEntry): Range {
  return e.valueRange ?? e.keyRange;
}

export function frontMatterStart(report: EventReport): Range {
  const start = report.frontMatter?.range.start ?? { line: 0, character: 0 };
  return { start, end: { line: start.line, character: start.character + 3 } };
}
