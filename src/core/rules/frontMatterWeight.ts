import type { Rule } from './rule';
import { entry, entryRange, replaceValue } from './frontMatterUtil';
import { t } from '../l10n';

/** Hugo orders the menu by weight, an integer. */
export const frontMatterWeight: Rule = {
  id: 'front-matter-weight',
  description: 'The front-matter weight is a whole number',
  tags: ['front-matter'],
  severity: 'warning',
  check({ report, lines }) {
    const weight = entry(report, 'weight');
    if (!weight || weight.value === null || weight.value === undefined || Number.isInteger(weight.value)) return [];
    const text = String(weight.value).trim();
    const fixed = /^-?\d+$/.test(text) ? text : undefined;
    const edit = fixed ? replaceValue(weight, lines, fixed, false) : undefined;
    return [{
      range: entryRange(weight),
      message: t('The weight {0} is not a whole number.', JSON.stringify(weight.value)),
      fix: edit ? [edit] : undefined,
      fixTitle: t('Write the weight as {0}', String(fixed)),
    }];
  },
};
