import type { Rule } from './rule';
import { t } from '../l10n';

/** No `# Title` in the body: the template opens every report with `# Summary Report: …`. */
export const missingTitle: Rule = {
  id: 'missing-title',
  description: 'The report has a title heading',
  tags: ['sections'],
  severity: 'warning',
  check({ report, lines }) {
    if (report.title || lines.every((l) => l.trim() === '')) return [];
    const fm = report.frontMatter;
    const line = fm ? fm.range.end.line + 1 : 0;
    const at = { line: Math.min(line, lines.length - 1), character: 0 };
    const fmTitle = typeof fm?.data?.title === 'string' ? fm.data.title.trim() : '';
    const title = fmTitle ? `Summary Report: ${fmTitle}` : '';
    return [{
      range: { start: at, end: { line: at.line, character: (lines[at.line] ?? '').length } },
      message: t('The report has no title heading (# Summary Report: …).'),
      fix: title && fm ? [{ range: { start: at, end: at }, newText: `\n# ${title}\n` }] : undefined,
      fixTitle: t('Add "# {0}"', String(title)),
    }];
  },
};
