import { applyEdits, type TextEdit } from './edits';
import { splitLines } from './lint';
import type { EventReport, SectionKind } from './model';
import { TEMPLATE_SECTIONS, TEMPLATE_WORDS } from './newReport';
import { readHeading } from './sections';

export type TwinLanguage = 'en' | 'vi';

/** The heading a site gives each section kind in one language, as its pages write it most. */
export type SectionWording = Partial<Record<SectionKind, string>>;

/** What a heading says without its leading number or emoji ("2. Key Takeaways" -> "Key Takeaways"). */
const wordsOf = (text: string) => text.replace(/^[^\p{L}]+/u, '').trim();

/**
 * How the site's pages in `language` head each section kind: the wording most of them use, where the heading
 * names the kind and nothing else ("Danh Sách Diễn Giả", not "Diễn giả và chủ đề").
 */
export function siteWording(reports: readonly EventReport[]): SectionWording {
  const counts = new Map<SectionKind, Map<string, number>>();
  for (const report of reports) {
    for (const section of report.sections) {
      if (section.kind === 'other' || section.heading === report.title || !readHeading(section.heading.text).pure) continue;
      const words = wordsOf(section.heading.text);
      if (!words) continue;
      const byWords = counts.get(section.kind) ?? new Map<string, number>();
      byWords.set(words, (byWords.get(words) ?? 0) + 1);
      counts.set(section.kind, byWords);
    }
  }
  const wording: SectionWording = {};
  for (const [kind, byWords] of counts) wording[kind] = [...byWords].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  return wording;
}

const TITLE_WORDS: Record<TwinLanguage, RegExp> = { en: /^Summary Report\b/i, vi: /^Bài thu hoạch\b/i };
const EVENT_WORD: Record<TwinLanguage, string> = { en: 'Event', vi: 'Sự kiện' };

/**
 * The text of a report's twin in `language`: the front matter as it is but for a title in the site's pattern
 * (`Event 4` <-> `Sự kiện 4`); every heading at its level, those of a known kind in the other language's wording
 * (the site's, else the template's) with their numbers kept; the title's "Summary Report" / "Bài thu hoạch";
 * everything else (speakers, tables, images, code, shortcodes, prose) as written, for the author to translate.
 */
export function twinText(report: EventReport, text: string, language: TwinLanguage, site: SectionWording = {}): string {
  const lines = splitLines(text);
  const from: TwinLanguage = language === 'vi' ? 'en' : 'vi';
  const edits: TextEdit[] = [];
  const title = report.frontMatter?.entries.find((e) => e.key === 'title');
  if (title?.valueRange && title.valueRange.start.line === title.valueRange.end.line) {
    const { start, end } = title.valueRange;
    const value = lines[start.line].slice(start.character, end.character);
    const renamed = value.replace(/^(["']?)\s*(Event|Sự\s+kiện)(\s*\d+\s*\1)$/iu, `$1${EVENT_WORD[language]}$3`);
    if (renamed !== value) edits.push({ range: title.valueRange, newText: renamed });
  }
  for (const section of report.sections) {
    const heading = section.heading;
    const line = heading.range.start.line;
    const written = lines[line] ?? '';
    const marker = heading.style === 'atx' ? /^ {0,3}#{1,6}[ \t]+/.exec(written)?.[0] ?? '' : /^ {0,3}/.exec(written)?.[0] ?? '';
    const content = written.slice(marker.length).replace(/[ \t]+#+[ \t]*$/, '');
    // Numbers, emoji and bold markers around the words stay as written ("2. **Key Takeaways**:").
    const lead = /^[^\p{L}]*/u.exec(content)?.[0] ?? '';
    const trail = /[\s*_:：]*$/u.exec(content.slice(lead.length))?.[0] ?? '';
    let words: string | undefined;
    if (heading === report.title) {
      const m = TITLE_WORDS[from].exec(content.slice(lead.length));
      if (m) words = TEMPLATE_WORDS[language].title + content.slice(lead.length + m[0].length, content.length - trail.length);
    } else if (section.kind !== 'other') {
      words = site[section.kind] ?? ((TEMPLATE_SECTIONS as readonly string[]).includes(section.kind) ? TEMPLATE_WORDS[language][section.kind as (typeof TEMPLATE_SECTIONS)[number]] : undefined);
    }
    if (words === undefined) continue;
    edits.push({ range: { start: { line, character: marker.length }, end: { line, character: written.length } }, newText: `${lead}${words}${trail}` });
  }
  return applyEdits(text, edits);
}
