import type { Rule, RuleFinding } from './rule';
import { chunkwise } from './chunkwise';
import { lineRange, proseLines, quote } from './util';
import { t } from '../l10n';

/** A bold line alone (`**1. AI Services**`) used as a heading: outlines, menus and anchors miss it. */
export const boldHeading: Rule = {
  id: 'bold-heading',
  description: 'A bold line on its own is a heading',
  tags: ['headings'],
  severity: 'info',
  check(context) {
    const { report, lines } = context;
    const prose = proseLines(report, lines);
    const blank = (l: number) => l < 0 || l >= lines.length || lines[l].trim() === '' || /^ {0,3}#/.test(lines[l]);
    const headings = report.headings;
    // The level of the last heading above a line: one walk down the headings, as chunks and lines come in order.
    let at = 0;
    let level = 1;
    const levelBefore = (line: number) => {
      while (at < headings.length && headings[at].range.start.line < line) level = headings[at++].level;
      return level;
    };
    // Besides its own lines, a chunk's findings depend on the lines just outside it and the heading level it starts under.
    const border = (from: number, to: number) => `${blank(from - 1)}|${blank(to)}|${levelBefore(from)}`;
    return chunkwise('bold-heading', context, (from, to) => {
      const findings: RuleFinding[] = [];
      for (let line = from; line < to; line++) {
        const level = levelBefore(line + 1);
        const text = lines[line];
        if (!prose[line] || !/^ {0,3}[*_]/.test(text)) continue;
        const m = /^ {0,3}(\*\*|__)([^*_\s](?:[^*_]*[^*_\s])?)\1\s*$/.exec(text);
        if (!m || /[:：]$/.test(m[2]) || !blank(line - 1) || !blank(line + 1)) continue;
        const target = Math.min(6, Math.max(2, level + 1));
        findings.push({
          range: lineRange(line, lines),
          message: t('The bold line {0} stands alone like a heading; outlines and the site menu do not see it.', quote(m[2])),
          fix: [{ range: lineRange(line, lines), newText: `${'#'.repeat(target)} ${m[2]}` }],
          fixTitle: t('Make {0} an H{1}', quote(m[2]), target),
        });
      }
      return findings;
    }, border);
  },
};
