import type { EventReport } from '../model';
import { reportSummary } from '../parse';
import { speakerLists } from './speakerGroups';

/**
 * Keys of what whole-document rules read, so that their findings can be reused while typing (a keystroke
 * in a paragraph changes no heading and no speaker). Each key holds every fact the rules it serves look at;
 * two reports with equal keys give those rules equal findings. Built once per report and lines, from the
 * parse's per-chunk summary where there is one (comparing two then costs one step per chunk), else from the model.
 */
const memo = new WeakMap<EventReport, { lines: readonly string[]; headings?: readonly unknown[]; speakers?: readonly unknown[] }>();

/** What a key is: plain values, compared one by one (building one long string cost more than the rules). */
export type DependencyKey = readonly unknown[];

function entry(report: EventReport, lines: readonly string[]) {
  let known = memo.get(report);
  if (!known || known.lines !== lines) {
    known = { lines };
    memo.set(report, known);
  }
  return known;
}

/** The headings as the heading rules see them: place, level, style, text and the line they stand on. */
export function headingsKey(report: EventReport, lines: readonly string[]): DependencyKey {
  const known = entry(report, lines);
  const summary = reportSummary(report);
  if (known.headings === undefined && summary) {
    known.headings = [report.title ? report.headings.indexOf(report.title) : -1, summary.headings];
  } else if (known.headings === undefined) {
    const key: unknown[] = [report.title ? report.headings.indexOf(report.title) : -1];
    for (const h of report.headings) {
      const { start, end } = h.range;
      key.push(start.line, start.character, end.line, end.character, h.level, h.style, h.text, lines[start.line]);
    }
    known.headings = key;
  }
  return known.headings;
}

/** The speakers as the speaker-list rules see them: place, name, form, list, and the lines they stand on. */
export function speakersKey(report: EventReport, lines: readonly string[]): DependencyKey {
  const known = entry(report, lines);
  const summary = reportSummary(report);
  if (known.speakers === undefined && summary) {
    // The speaker lists follow from the blocks' sections, which the summary holds.
    known.speakers = [lines.length, lines[lines.length - 1]?.length ?? 0, summary.speakers];
  } else if (known.speakers === undefined) {
    const key: unknown[] = [lines.length, lines[lines.length - 1]?.length ?? 0];
    for (const s of report.speakers) {
      const { start, end } = s.range;
      const n = s.nameRange;
      key.push(start.line, start.character, end.line, end.character, n.start.line, n.start.character, n.end.character,
        s.inline, s.form.marker, s.form.bold, s.form.separator, s.name, lines[start.line], lines[n.start.line]);
    }
    for (const list of speakerLists(report)) key.push('list', ...list.map((s) => report.speakers.indexOf(s)));
    known.speakers = key;
  }
  return known.speakers;
}

/** Whether two keys hold the same values in the same order (a key may hold keys: they are compared the same way). */
export function sameKey(a: DependencyKey, b: DependencyKey): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || !sameKey(x, y)) return false;
  }
  return true;
}
