import type { Rule, RuleFinding } from './rule';
import { quote, relevel } from './util';
import { t } from '../l10n';

/**
 * A heading more than one level below the one before it (`##` then `####`). The report template's
 * H1 title followed by H3 sections is a convention of hundreds of real reports and is left alone,
 * unless the `title` option is set.
 */
export const headingIncrement: Rule = {
  id: 'heading-increment',
  description: 'Heading levels go down one level at a time',
  tags: ['headings'],
  severity: 'warning',
  options: {
    title: { type: 'boolean', default: false, description: 'Also flag a skip right after an H1 (the template puts H3 sections under the H1 title).' },
  },
  check({ report, lines, options }) {
    const findings: RuleFinding[] = [];
    const afterTitle = options.title === true;
    for (let i = 1; i < report.headings.length; i++) {
      const previous = report.headings[i - 1];
      const heading = report.headings[i];
      if (heading.level <= previous.level + 1) continue;
      if (previous.level === 1 && !afterTitle) continue;
      const level = previous.level + 1;
      const edit = relevel(heading, level, lines);
      findings.push({
        range: heading.range,
        message: t('Heading {0} skips from H{1} to H{2}; expected H{3}.', quote(heading.text), previous.level, heading.level, level),
        fix: edit ? [edit] : undefined,
        fixTitle: t('Make {0} an H{1}', quote(heading.text), level),
      });
    }
    return findings;
  },
};
