import type { EventReport } from '../model';
import { basename } from '../site';
import type { Rule, RuleFinding } from './rule';
import { preNumbers } from './frontMatterPre';

function kindsOf(report: EventReport): string[] {
  return [...new Set(report.sections.filter((s) => s.kind !== 'other').map((s) => s.kind))].sort();
}

/** `_index.md` and `_index.vi.md` tell the same event: same speakers, sections, photos and numbering. */
export const twinMismatch: Rule = {
  id: 'twin-mismatch',
  description: 'The English and Vietnamese twins agree',
  tags: ['twins'],
  severity: 'info',
  check({ report, twin }) {
    if (!twin) return [];
    const other = twin.report;
    const name = basename(twin.path);
    const at = report.title?.range ?? report.frontMatter?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const findings: RuleFinding[] = [];
    const say = (message: string) => findings.push({ range: at, message });
    if (report.speakers.length !== other.speakers.length) say(`${name} lists ${other.speakers.length} speakers; this report lists ${report.speakers.length}.`);
    const mine = kindsOf(report);
    const theirs = kindsOf(other);
    const missing = theirs.filter((k) => !mine.includes(k));
    const extra = mine.filter((k) => !theirs.includes(k));
    if (missing.length > 0 || extra.length > 0) {
      say(`${name} has ${missing.length > 0 ? `${missing.join(', ')} section(s) this report lacks` : ''}${missing.length > 0 && extra.length > 0 ? ', and ' : ''}${extra.length > 0 ? `no ${extra.join(', ')} section(s)` : ''}.`);
    }
    if (report.images.length !== other.images.length) say(`${name} has ${other.images.length} images; this report has ${report.images.length}.`);
    const pre = (r: EventReport) => preNumbers(r.frontMatter?.data?.pre)?.join('.');
    const weight = (r: EventReport) => r.frontMatter?.data?.weight;
    if (pre(report) !== pre(other) || weight(report) !== weight(other)) {
      say(`${name} is numbered pre ${pre(other) ?? '-'}, weight ${String(weight(other) ?? '-')}; this report pre ${pre(report) ?? '-'}, weight ${String(weight(report) ?? '-')}.`);
    }
    return findings;
  },
};
