import type { EventReport, Speaker } from '../model';

const memo = new WeakMap<EventReport, Speaker[][]>();

/** The listed (not inline) speakers of each outermost Speakers section, in order; several rules read them. */
export function speakerLists(report: EventReport): Speaker[][] {
  const known = memo.get(report);
  if (known) return known;
  const bySection = new Map<number, Speaker[]>();
  for (const block of report.speakerBlocks) {
    if (block.speakers.length === 0) continue;
    const list = bySection.get(block.section) ?? [];
    list.push(...block.speakers);
    bySection.set(block.section, list);
  }
  const lists = [...bySection.values()];
  memo.set(report, lists);
  return lists;
}
