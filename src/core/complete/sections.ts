import type { EventReport, Position, SectionKind } from '../model';
import { TEMPLATE_SECTIONS, TEMPLATE_WORDS } from '../newReport';
import { sectionKindName } from '../sections';
import { reportLanguage } from '../site';
import { t } from '../l10n';
import { order, type CompletionPlan } from './plan';

/** A heading line being written, up to the cursor: its #s, then what was typed of its text. */
const NEW_HEADING = /^( {0,3})(#{1,6})([ \t]+)([^#]*)$/;

/**
 * On a new heading line, the template's sections this report still lacks, in its language and order, at the
 * level its other sections use. Speakers and Photos come with a starter line as a snippet.
 */
export function sectionCompletions(report: EventReport, lines: readonly string[], position: Position): CompletionPlan[] {
  const line = lines[position.line] ?? '';
  const m = NEW_HEADING.exec(line.slice(0, position.character));
  if (!m || line.slice(position.character).trim() !== '') return [];
  if (report.frontMatter && position.line <= report.frontMatter.range.end.line) return [];
  if (report.blocks.some((b) => b.type === 'code' && b.range.start.line <= position.line && position.line <= b.range.end.line)) return [];
  const others = report.sections.filter((s) => s.heading.range.start.line !== position.line);
  const missing = TEMPLATE_SECTIONS.filter((kind) => !others.some((s) => s.kind === kind));
  const words = TEMPLATE_WORDS[reportLanguage(report)];
  const level = siblingLevel(report, position.line);
  const hashes = '#'.repeat(level);
  return missing.map((kind, i) => {
    const heading = words[kind];
    return {
      label: heading,
      kind: 'section' as const,
      detail: t('{0} section, as the template writes it', sectionKindName(kind)),
      range: { start: { line: position.line, character: 0 }, end: { line: position.line, character: line.length } },
      insertText: `${hashes} ${heading}${starter(kind, words)}`,
      snippet: true,
      filterText: `${m[1]}${m[2]}${m[3]}${heading}`,
      sortText: order(i),
    };
  });
}

function starter(kind: SectionKind, words: (typeof TEMPLATE_WORDS)['en' | 'vi']): string {
  if (kind === 'speakers') return `\n\n- **\${1:${words.speaker}}** – \${2:${words.role}}, \${3:${words.org}}`;
  if (kind === 'photos') return `\n\n![\${1:${words.alt}}](\${2:/images/photo.jpg})`;
  return '$0';
}

/** The level most of the report's known sections use (the template's H3 under the title when there are none). */
function siblingLevel(report: EventReport, line: number): number {
  const counts = new Map<number, number>();
  for (const s of report.sections) {
    if (s.kind === 'other' || s.heading === report.title || s.heading.range.start.line === line) continue;
    counts.set(s.heading.level, (counts.get(s.heading.level) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? best[0] : Math.min(6, (report.title?.level ?? 1) + 2);
}
