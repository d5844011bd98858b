import type { EventReport } from '../model';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** How dates are written in reports, each turned into [year, month, day]. */
const FORMS: readonly [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (m) => [+m[1], +m[2], +m[3]]],
  // Vietnamese reports write day first: 04/07/2025, ngày 4 tháng 7 năm 2025.
  [/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g, (m) => [+m[3], +m[2], +m[1]]],
  [/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))/giu, (m) => [+m[3], +m[2], +m[1]]],
  [new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'gi'), (m) => [+m[3], monthOf(m[1]), +m[2]]],
  [new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})\b`, 'gi'), (m) => [+m[3], monthOf(m[2]), +m[1]]],
];

function monthOf(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
}

/** Dates written in the report's title and the lines after it (its overview), as YYYY-MM-DD, in order. */
export function datesWritten(report: EventReport, lines: readonly string[]): string[] {
  const from = report.title?.range.start.line ?? report.frontMatter?.range.end.line ?? 0;
  const text = lines.slice(from, from + 40).join('\n');
  const found: { at: number; date: string }[] = [];
  for (const [pattern, read] of FORMS) {
    for (const m of text.matchAll(pattern)) {
      const [year, month, day] = read(m as RegExpExecArray);
      if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) continue;
      found.push({ at: m.index ?? 0, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.date))];
}
