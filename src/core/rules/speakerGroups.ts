import type { EventReport, Speaker } from '../model';

const memo = new WeakMap<EventReport, Speaker[][]>();

/** The listed (not inline) speakers of each outermost Speakers section, in order; several rules read them. */
export function speakerLists(report: EventReport): Speaker[][] {
  const known = memo.get(report);
  if (known) return known;
  const lists: Speaker[][] = [];
  const listed = report.speakers.filter((s) => !s.inline);
  let next = 0;
  let lastEnd = -1;
  for (const section of report.sections) {
    if (section.kind !== 'speakers' || section.heading.range.start.line < lastEnd) continue;
    const { start, end } = section.range;
    lastEnd = end.line;
    const before = (line: number) => line < end.line || (line === end.line && end.character > 0);
    while (next < listed.length && listed[next].range.start.line < start.line) next++;
    const list: Speaker[] = [];
    while (next < listed.length && before(listed[next].range.start.line)) list.push(listed[next++]);
    if (list.length > 0) lists.push(list);
  }
  memo.set(report, lists);
  return lists;
}
