import type { EventReport, SectionKind } from '../model';
import { basename } from '../site';
import type { Rule, RuleFinding } from './rule';
import { preNumbers } from './frontMatterPre';
import { t } from '../l10n';
import { sectionKindName } from '../sections';

function kindsOf(report: EventReport): SectionKind[] {
  return [...new Set(report.sections.filter((s) => s.kind !== 'other').map((s) => s.kind))].sort();
}

const names = (kinds: readonly SectionKind[]) => kinds.map(sectionKindName).join(', ');

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
    if (report.speakers.length !== other.speakers.length) say(t('{0} lists {1} speakers; this report lists {2}.', name, other.speakers.length, report.speakers.length));
    const mine = kindsOf(report);
    const theirs = kindsOf(other);
    const missing = theirs.filter((k) => !mine.includes(k));
    const extra = mine.filter((k) => !theirs.includes(k));
    if (missing.length > 0 || extra.length > 0) {
      if (missing.length > 0 && extra.length > 0) say(t('{0} has {1} section(s) this report lacks, and no {2} section(s).', name, names(missing), names(extra)));
      else if (missing.length > 0) say(t('{0} has {1} section(s) this report lacks.', name, names(missing)));
      else say(t('{0} has no {1} section(s).', name, names(extra)));
    }
    if (report.images.length !== other.images.length) say(t('{0} has {1} images; this report has {2}.', name, other.images.length, report.images.length));
    const pre = (r: EventReport) => preNumbers(r.frontMatter?.data?.pre)?.join('.');
    const weight = (r: EventReport) => r.frontMatter?.data?.weight;
    if (pre(report) !== pre(other) || weight(report) !== weight(other)) {
      say(t('{0} is numbered pre {1}, weight {2}; this report pre {3}, weight {4}.', name, pre(other) ?? '-', String(weight(other) ?? '-'), pre(report) ?? '-', String(weight(report) ?? '-')));
    }
    return findings;
  },
};
