import type { Rule } from './rule';
import { entry, frontMatterStart } from './frontMatterUtil';
import { t } from '../l10n';

/** Hugo shows the front-matter title in the menu and the page header. */
export const frontMatterTitle: Rule = {
  id: 'front-matter-title',
  description: 'The front matter has a title',
  tags: ['front-matter'],
  severity: 'warning',
  check({ report }) {
    const fm = report.frontMatter;
    if (!fm || fm.format !== 'yaml' || !fm.data) return [];
    const title = entry(report, 'title');
    if (title && typeof title.value === 'string' && title.value.trim()) return [];
    return [{ range: title ? title.keyRange : frontMatterStart(report), message: title ? t('The front-matter title is empty.') : t('The front matter has no title.') }];
  },
};
