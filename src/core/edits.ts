import { LineIndex } from './lineIndex';
import type { Range } from './model';

/** One replacement in the text it was computed from. Applying it is the caller's job. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Whether two edits touch the same text (edits that only meet at one point do not). */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  return before(a.range.start, b.range.end) && before(b.range.start, a.range.end);
}

/** Applies non-overlapping edits (all computed against `text`); an edit overlapping an earlier one is skipped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  const accepted: TextEdit[] = [];
  for (const edit of edits) if (!accepted.some((a) => overlaps(a, edit) || sameInsertPoint(a, edit))) accepted.push(edit);
  const spans = accepted
    .map((e) => ({ start: index.offset(e.range.start), end: index.offset(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const s of spans) result = result.slice(0, s.start) + s.text + result.slice(s.end);
  return result;
}

function sameInsertPoint(a: TextEdit, b: TextEdit): boolean {
  const empty = (e: TextEdit) => e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character;
  return empty(a) && empty(b) && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
}

/**
 * The smallest edits that turn `before` into `after`, line by line where the line count is unchanged,
 * else one edit over the changed middle. Used to apply a whole-file fix as edits that touch only what changed.
 */
export function diffEdits(beforeText: string, afterText: string): TextEdit[] {
  if (beforeText === afterText) return [];
  const a = new LineIndex(beforeText);
  const b = new LineIndex(afterText);
  if (a.lineCount === b.lineCount) {
    const edits: TextEdit[] = [];
    for (let line = 0; line < a.lineCount; line++) {
      const was = a.lineText(line);
      const now = b.lineText(line);
      if (was !== now) edits.push({ range: a.lineRange(line), newText: now });
    }
    if (edits.length > 0) return edits;
  }
  let start = 0;
  while (start < beforeText.length && start < afterText.length && beforeText[start] === afterText[start]) start++;
  let endA = beforeText.length;
  let endB = afterText.length;
  while (endA > start && endB > start && beforeText[endA - 1] === afterText[endB - 1]) {
    endA--;
    endB--;
  }
  return [{ range: a.range(start, endA), newText: afterText.slice(start, endB) }];
}
