import { headingsKey } from './dependencies';
import type { RuleFinding, Rule } from './rule';
import { quote, relevel } from './util';
import { t } from '../l10n';

/** An H1 after the report's title: Hugo pages have one title, and the learn theme's menu breaks on more. */
export const secondH1: Rule = {
  id: 'second-h1',
  description: 'Only the report title is a top-level heading',
  tags: ['headings'],
  severity: 'warning',
  dependsOn: ({ report, lines }) => headingsKey(report, lines),
  check({ report, lines }) {
    const findings: RuleFinding[] = [];
    const title = report.title;
    if (!title) return findings;
    let lastLevel = 1;
    for (const heading of report.headings) {
      if (heading.range.start.line <= title.range.start.line) continue;
      if (heading.level > 1) {
        lastLevel = heading.level;
        continue;
      }
      if (!heading.text) continue; // an empty heading is malformed-heading's
      const level = Math.min(6, lastLevel + 1);
      const edit = relevel(heading, level, lines);
      findings.push({
        range: heading.range,
        message: t('Second top-level heading {0} after the report title (line {1}); its place under an H{2} makes it an H{3}.', quote(heading.text), title.range.start.line + 1, lastLevel, level),
        fix: edit ? [edit] : undefined,
        fixTitle: t('Make {0} an H{1}', quote(heading.text), level),
      });
    }
    return findings;
  },
};
