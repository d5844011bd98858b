import type { Rule } from './rule';
import { entry, entryRange, replaceValue } from './frontMatterUtil';
import { t } from '../l10n';

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const TEMPLATE_DATE = '2024-01-01';

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date for what was written, where only one reading is possible. */
export function isoDate(written: string): string | undefined {
  const s = written.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})-?(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // 29/11/2025 can only be day/month; 05/06/2025 could be either, so it gets no fix.
    const dayFirst = a > 12 && b <= 12 && validDay(y, b, a);
    const monthFirst = b > 12 && a <= 12 && validDay(y, a, b);
    if (dayFirst) return `${y}-${pad(b)}-${pad(a)}`;
    if (monthFirst) return `${y}-${pad(a)}-${pad(b)}`;
  }
  return undefined;
}

export const frontMatterDate: Rule = {
  id: 'front-matter-date',
  description: 'The front-matter date is a real date (YYYY-MM-DD)',
  tags: ['front-matter'],
  severity: 'warning',
  check({ report, lines }) {
    const date = entry(report, 'date');
    if (!date || date.value === undefined || date.value === null) return [];
    const value = date.value instanceof Date ? date.value.toISOString().slice(0, 10) : String(date.value).trim();
    if (value === TEMPLATE_DATE) {
      return [{ range: entryRange(date), severity: 'info', message: t("The date is still the template's {0}.", TEMPLATE_DATE) }];
    }
    if (ISO.test(value)) {
      const [y, m, d] = value.slice(0, 10).split('-').map(Number);
      if (validDay(y, m, d)) return [];
    }
    const iso = isoDate(value);
    const edit = iso ? replaceValue(date, lines, iso) : undefined;
    return [{
      range: entryRange(date),
      message: iso ? t('The date "{0}" is not a date Hugo reads; write it as YYYY-MM-DD ({1}).', value, iso) : t('The date "{0}" is not a date Hugo reads; write it as YYYY-MM-DD.', value),
      fix: edit ? [edit] : undefined,
      fixTitle: t('Change the date to {0}', String(iso)),
    }];
  },
};
