import type { EventReport, Speaker } from '../model';

/** The listed (not inline) speakers of each Speakers section, in order. */
export function speakerLists(report: EventReport): Speaker[][] {
  const lists: Speaker[][] = [];
  for (const section of report.sections) {
    if (section.kind !== 'speakers') continue;
    const { start, end } = section.range;
    const inside = report.speakers.filter((s) => !s.inline && s.range.start.line >= start.line && (s.range.start.line < end.line || (s.range.start.line === end.line && end.character > 0)));
    if (inside.length > 0 && !lists.some((l) => l.includes(inside[0]))) lists.push(inside);
  }
  return lists;
}
