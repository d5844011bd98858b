import type { EventReport, Position } from '../model';
import { preValue } from '../rules/frontMatterPre';
import { folderNumbering, isVietnamese } from '../site';
import { t } from '../l10n';
import { order, type CompletionPlan } from './plan';
import { datesWritten } from './dates';

/** Another report of the site, as front-matter completion reads it. */
export interface SiteReport {
  readonly path: string;
  readonly data: Readonly<Record<string, unknown>> | null;
}

/** The keys every event page of the learn/relearn template has, in the template's order. */
const TEMPLATE_KEYS = ['title', 'date', 'weight', 'chapter', 'pre'];

/**
 * Front-matter completions at the cursor: on a line with no colon yet, the keys the site's reports use that
 * this page lacks (each with its value where one follows from the folder); after `key:`, that key's values:
 * `pre` and `weight` from the folder's number, `title` in the site's pattern, `date` as today and as the
 * dates the report itself mentions, `chapter: false`.
 */
export function frontMatterCompletions(report: EventReport, lines: readonly string[], position: Position, site: readonly SiteReport[], today: string): CompletionPlan[] {
  const fm = report.frontMatter;
  if (!fm || fm.format !== 'yaml' || position.line <= fm.range.start.line || (fm.closed && position.line >= fm.range.end.line)) return [];
  const line = lines[position.line] ?? '';
  const before = line.slice(0, position.character);
  const values = suggestedValues(report, lines, site, today);
  const rangeFrom = (start: number) => ({ start: { line: position.line, character: start }, end: { line: position.line, character: line.length } });

  const keyTyped = /^([A-Za-z_][\w-]*)?$/.exec(before);
  if (keyTyped) {
    const present = new Set(fm.entries.filter((e) => e.keyRange.start.line !== position.line).map((e) => e.key));
    const used = new Map<string, number>();
    for (const r of site) for (const key of Object.keys(r.data ?? {})) used.set(key, (used.get(key) ?? 0) + 1);
    const keys = [...new Set([...TEMPLATE_KEYS, ...[...used].sort((a, b) => b[1] - a[1]).map(([k]) => k)])].filter((k) => !present.has(k));
    return keys.map((key, i) => {
      const value = values.get(key)?.[0];
      return {
        label: key,
        kind: 'key' as const,
        detail: value ? `${key}: ${value.text}` : undefined,
        documentation: value?.why,
        range: rangeFrom(0),
        insertText: `${key}: ${value ? `\${1:${snippetEscape(value.text)}}` : '$1'}`,
        snippet: true,
        filterText: key,
        sortText: order(i),
      };
    });
  }
  const valueTyped = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*/.exec(before);
  if (!valueTyped) return [];
  const start = valueTyped[0].length;
  return (values.get(valueTyped[1]) ?? []).map((value, i) => ({
    label: value.text,
    kind: 'value' as const,
    detail: value.why,
    range: rangeFrom(start),
    insertText: value.text,
    snippet: false,
    filterText: value.text,
    sortText: order(i),
  }));
}

interface Value {
  readonly text: string;
  /** Where the value comes from. */
  readonly why: string;
}

function suggestedValues(report: EventReport, lines: readonly string[], site: readonly SiteReport[], today: string): Map<string, Value[]> {
  const values = new Map<string, Value[]>();
  const { section, event, folder } = folderNumbering(report.path);
  if (section !== undefined && event !== undefined) {
    const from = t('From the folder {0}', folder ?? '');
    values.set('pre', [{ text: `"${preValue(section, event)}"`, why: from }]);
    values.set('weight', [{ text: String(event), why: from }]);
    values.set('title', [{ text: `"${titlePattern(report.path, site)}${event}"`, why: t('In the pattern of the site\'s other reports') }]);
  }
  const dates: Value[] = [{ text: today, why: t('Today') }];
  for (const date of datesWritten(report, lines)) if (!dates.some((d) => d.text === date)) dates.push({ text: date, why: t('Written in the report') });
  values.set('date', dates);
  values.set('chapter', [{ text: 'false', why: t('An event page, not a chapter page') }]);
  return values;
}

/** What the site's titles put before the event number (`Event `, `Sự kiện `), in this report's language. */
function titlePattern(path: string | undefined, site: readonly SiteReport[]): string {
  const vietnamese = isVietnamese(path);
  const counts = new Map<string, number>();
  for (const r of site) {
    if (isVietnamese(r.path) !== vietnamese || typeof r.data?.title !== 'string') continue;
    const m = /^(\D*?)(\d+)$/.exec(r.data.title.trim());
    if (m && m[1].trim()) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : vietnamese ? 'Sự kiện ' : 'Event ';
}

function snippetEscape(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}
