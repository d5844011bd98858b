import type { Rule, RuleFinding } from './rule';
import { lineRange, proseLines, quote } from './util';
import { t } from '../l10n';

/** A bold line alone (`**1. AI Services**`) used as a heading: outlines, menus and anchors miss it. */
export const boldHeading: Rule = {
  id: 'bold-heading',
  description: 'A bold line on its own is a heading',
  tags: ['headings'],
  severity: 'info',
  check({ report, lines }) {
    const findings: RuleFinding[] = [];
    const prose = proseLines(report, lines);
    let level = 1;
    let headingIndex = 0;
    lines.forEach((text, line) => {
      while (headingIndex < report.headings.length && report.headings[headingIndex].range.start.line <= line) {
        level = report.headings[headingIndex].level;
        headingIndex++;
      }
      if (!prose[line] || !/^ {0,3}[*_]/.test(text)) return;
      const m = /^ {0,3}(\*\*|__)([^*_\s](?:[^*_]*[^*_\s])?)\1\s*$/.exec(text);
      if (!m || /[:：]$/.test(m[2])) return;
      const blank = (l: number) => l < 0 || l >= lines.length || lines[l].trim() === '' || /^ {0,3}#/.test(lines[l]);
      if (!blank(line - 1) || !blank(line + 1)) return;
      const target = Math.min(6, Math.max(2, level + 1));
      findings.push({
        range: lineRange(line, lines),
        message: t('The bold line {0} stands alone like a heading; outlines and the site menu do not see it.', quote(m[2])),
        fix: [{ range: lineRange(line, lines), newText: `${'#'.repeat(target)} ${m[2]}` }],
        fixTitle: t('Make {0} an H{1}', quote(m[2]), target),
      });
    });
    return findings;
  },
};
