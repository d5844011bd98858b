import type { Rule, RuleFinding } from './rule';
import { quote } from './util';
import { t } from '../l10n';
import { sectionKindName } from '../sections';

/** Two sections of one kind side by side (two Speakers lists). "Lessons learned" inside Experience is fine. */
export const duplicateSection: Rule = {
  id: 'duplicate-section',
  description: 'Each kind of section appears once among its siblings',
  tags: ['sections'],
  severity: 'info',
  check({ report }) {
    const findings: RuleFinding[] = [];
    const seen = new Map<string, number>();
    report.sections.forEach((section, i) => {
      if (section.kind === 'other') return;
      const key = `${section.parent}|${section.kind}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      const earlier = report.sections[first].heading;
      findings.push({
        range: section.heading.range,
        message: t('{0} is a second {1} section; {2} on line {3} is one already.', quote(section.heading.text), sectionKindName(section.kind), quote(earlier.text), earlier.range.start.line + 1),
      });
    });
    return findings;
  },
};
