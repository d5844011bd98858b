import { headingsKey } from './dependencies';
import type { Rule, RuleFinding } from './rule';
import { quote } from './util';
import { t } from '../l10n';

/** The same heading twice under one parent. The same sub-heading under two sessions is fine. */
export const duplicateHeading: Rule = {
  id: 'duplicate-heading',
  description: 'Sibling headings differ',
  tags: ['headings'],
  severity: 'warning',
  dependsOn: ({ report, lines }) => headingsKey(report, lines),
  check({ report }) {
    const findings: RuleFinding[] = [];
    const seen = new Map<string, number>();
    report.sections.forEach((section, i) => {
      const folded = section.heading.text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (!folded) return;
      const key = `${section.parent}|${section.heading.level}|${folded}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      findings.push({
        range: section.heading.range,
        message: t('{0} repeats the heading on line {1} under the same parent.', quote(section.heading.text), report.sections[first].heading.range.start.line + 1),
      });
    });
    return findings;
  },
};
