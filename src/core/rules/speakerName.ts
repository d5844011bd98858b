import type { Rule, RuleFinding } from './rule';
import { sectionLastLine } from '../sections';
import { lineRange } from './util';
import { t } from '../l10n';

/** A speaker entry with a role but no name: `- – Solutions Architect, AWS` or `- **** – CTO`. */
export const speakerName: Rule = {
  id: 'speaker-name',
  description: 'Every speaker entry has a name',
  tags: ['speakers'],
  severity: 'warning',
  check({ report, lines }) {
    const findings: RuleFinding[] = [];
    for (const section of report.sections) {
      if (section.kind !== 'speakers') continue;
      for (let line = section.heading.range.end.line + 1; line <= sectionLastLine(section); line++) {
        const text = lines[line] ?? '';
        if (/^\s*(?:[-*+]|\d+[.)])\s+(?:(?:\*\*|__)\s*(?:\*\*|__)\s*)?[–—:-]\s/.test(text) || /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)\s*(?:\*\*|__)\s*$/.test(text)) {
          findings.push({ range: lineRange(line, lines), message: t('This speaker entry has no name.') });
        }
      }
    }
    return findings;
  },
};
