import type { TextEdit } from '../edits';
import { classifyHeading } from '../sections';
import { headingsKey } from './dependencies';
import type { Rule, RuleFinding } from './rule';
import { quote, relevel } from './util';
import { t } from '../l10n';

/**
 * A known section heading directly followed by a heading above it (`### Key Highlights` then `## DevOps`):
 * the section is empty and what was meant as its content hangs outside it.
 */
export const swallowedSection: Rule = {
  id: 'swallowed-section',
  description: 'A section heading is not followed by a heading above its own level',
  tags: ['headings', 'sections'],
  severity: 'warning',
  // The headings, and whether anything stands between a heading and a higher one right after it.
  dependsOn({ report, lines }) {
    const gaps: unknown[] = [];
    const headings = report.headings;
    for (let i = 0; i + 1 < headings.length; i++) {
      if (headings[i + 1].level >= headings[i].level) continue;
      const between = lines.slice(headings[i].range.end.line + 1, headings[i + 1].range.start.line);
      gaps.push(i, between.some((l) => l.trim() !== ''));
    }
    return [headingsKey(report, lines), gaps];
  },
  check({ report, lines }) {
    const findings: RuleFinding[] = [];
    const headings = report.headings;
    for (let i = 0; i + 1 < headings.length; i++) {
      const section = headings[i];
      const next = headings[i + 1];
      if (section === report.title || next.level >= section.level || classifyHeading(section.text) === 'other') continue;
      const between = lines.slice(section.range.end.line + 1, next.range.start.line);
      if (between.some((l) => l.trim() !== '')) continue;

      // The run that belongs under the section: topic headings up to the next known section.
      const run = [];
      for (let j = i + 1; j < headings.length && headings[j] !== report.title && classifyHeading(headings[j].text) === 'other'; j++) run.push(headings[j]);
      const top = run.length > 0 ? run[0].level : 0;
      const edits: TextEdit[] = [];
      for (const h of run) {
        const level = Math.min(6, h.level >= top ? section.level + 1 + (h.level - top) : section.level + 2);
        const edit = level !== h.level ? relevel(h, level, lines) : undefined;
        if (edit) edits.push(edit);
      }
      findings.push({
        range: section.range,
        message: t('{0} (H{1}) is empty: the next heading {2} is an H{3}, so it and what follows sit outside this section.', quote(section.text), section.level, quote(next.text), next.level),
        fix: edits.length > 0 ? edits : undefined,
        fixTitle: run.length === 0 ? undefined : run.length === 1 ? t('Move the heading after {0} under it', quote(section.text)) : t('Move the {0} headings after {1} under it', run.length, quote(section.text)),
      });
    }
    return findings;
  },
};
