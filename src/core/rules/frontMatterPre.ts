import type { Rule } from './rule';
import { entry, entryRange, replaceValue } from './frontMatterUtil';
import { t } from '../l10n';

export const PRE_FORM = /^ <b> (\d+)\.(\d+)\. <\/b> $/;

/** The numbers of a `pre` value, however it was written. */
export function preNumbers(value: unknown): [number, number] | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const m = /(\d+)\s*\.\s*(\d+)/.exec(String(value));
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

export function preValue(section: number, event: number): string {
  return ` <b> ${section}.${event}. </b> `;
}

/** The learn theme puts `pre` before the menu entry: ` <b> 4.2. </b> `, spaces included. */
export const frontMatterPre: Rule = {
  id: 'front-matter-pre',
  description: 'The front-matter pre is " <b> N.M. </b> "',
  tags: ['front-matter'],
  severity: 'warning',
  check({ report, lines }) {
    const pre = entry(report, 'pre');
    if (!pre || pre.value === null || pre.value === undefined) return [];
    if (typeof pre.value === 'string' && PRE_FORM.test(pre.value)) return [];
    const numbers = preNumbers(pre.value);
    const fixed = numbers ? preValue(numbers[0], numbers[1]) : undefined;
    const edit = fixed ? replaceValue(pre, lines, fixed, true) : undefined;
    // Only the spaces differ: the menu still shows the number, a little cramped.
    const spacing = typeof pre.value === 'string' && fixed !== undefined && pre.value.replace(/\s+/g, '') === fixed.replace(/\s+/g, '');
    return [{
      range: entryRange(pre),
      severity: spacing ? 'info' : undefined,
      message: fixed ? t('pre is {0}; the menu expects {1}.', JSON.stringify(pre.value), JSON.stringify(fixed)) : t('pre is {0}; the menu expects the form " <b> 4.2. </b> ".', JSON.stringify(pre.value)),
      fix: edit ? [edit] : undefined,
      fixTitle: t('Write pre: "{0}"', String(fixed)),
    }];
  },
};
