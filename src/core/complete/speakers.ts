import { formatEntry, speakerModel, tableRow } from '../insertSpeaker';
import type { KnownSpeaker } from '../knownSpeakers';
import type { EventReport, Position, Section, Speaker } from '../model';
import { personKey } from '../rules/duplicateSpeaker';
import { foldDiacritics } from '../sections';
import { LABEL_WORDS } from '../speakerEntry';
import { order, type CompletionPlan } from './plan';

/** A new item of a list, up to the cursor: its marker, then (maybe) the bold markers and the name typed so far. */
const NEW_ITEM = /^(\s*(?:[-*+]|\d+[.)])\s+)((?:\*\*|__)?)([^*_|:：–—,()]*)$/u;
/** The first cell of a table row, up to the cursor. */
const NEW_ROW = /^(\s*)(\|?\s*(?:\*\*|__)?)([^|*_]*)$/u;
/** A speaker label and what was typed after it (`**Speaker:** Ngu`, `Diễn giả: Trần`). */
const AFTER_LABEL = new RegExp(String.raw`(?:^|[\s>|])(?:\*\*|__)?(?:${LABEL_WORDS})(?:\s*[:：]\s*(?:\*\*|__)?|(?:\*\*|__)\s*[:：])\s*([^,;–—()|*]*)$`, 'iu');

/**
 * Speakers of the workspace's reports to complete at the cursor: on a new item of a Speakers list, in a
 * row of a speakers table, or after a `Speaker:` label. Each completion writes the whole entry in the list's
 * own form (the planner Insert Speaker uses); people already in the list are not offered again, and the
 * typed name is matched without diacritics or case.
 */
export function speakerCompletions(report: EventReport, lines: readonly string[], position: Position, known: readonly KnownSpeaker[]): CompletionPlan[] {
  const line = lines[position.line] ?? '';
  const before = line.slice(0, position.character);
  const range = (start: number) => ({ start: { line: position.line, character: start }, end: { line: position.line, character: line.length } });
  const section = speakersSectionAt(report, position.line);

  if (section) {
    const listed = listedIn(report, section, position.line);
    const model = speakerModel(listed);
    const table = model?.form.marker === 'table' && line.trimStart().startsWith('|');
    if (table) {
      const m = NEW_ROW.exec(before);
      if (!m) return [];
      return offers(known, m[3], listed, (speaker) => tableRow(speaker, model, lines, report), range(0), before.slice(0, m[1].length + m[2].length));
    }
    const m = NEW_ITEM.exec(before);
    if (m) {
      const number = Number(/\d+/.exec(m[1])?.[0] ?? 1);
      const modelLine = model ? lines[model.range.start.line] ?? '' : '';
      // The marker the author typed stays; the entry after it is written like the list's other entries.
      const body = (s: KnownSpeaker) => {
        const entry = formatEntry(s, model?.form, modelLine, number);
        return entry.slice(entry.indexOf(' ') + 1);
      };
      return offers(known, m[3], listed, body, range(m[1].length), m[2]);
    }
  }
  const label = AFTER_LABEL.exec(before);
  if (!label) return [];
  const typed = label[1];
  const onLine = report.speakers.filter((s) => s.range.start.line === position.line && !typed.includes(s.name));
  const start = position.character - typed.length;
  // After a label a person is written plainly: `Name – Role, Org`.
  const plain = { marker: 'bullet', bullet: '-', bold: false, separator: '–' } as const;
  return offers(known, typed, onLine, (s) => formatEntry(s, plain, '', 1).slice(2), range(start), '');
}

function offers(known: readonly KnownSpeaker[], typed: string, listed: readonly Speaker[], write: (s: KnownSpeaker) => string, range: CompletionPlan['range'], prefix: string): CompletionPlan[] {
  const query = foldDiacritics(typed).replace(/\s+/g, ' ').trim();
  const taken = new Set(listed.map((s) => personKey(s.name)));
  return known
    .filter((k) => !taken.has(personKey(k.name)) && matches(foldDiacritics(k.name), query))
    .map((k, i) => ({
      label: k.name,
      kind: 'speaker' as const,
      detail: [k.role, k.organization].filter(Boolean).join(', ') || undefined,
      range,
      insertText: write(k),
      snippet: false,
      filterText: `${prefix}${foldDiacritics(k.name)} ${k.name}`,
      sortText: order(i),
    }));
}

/** Whether a folded name starts with the query, or has a word that does. */
function matches(name: string, query: string): boolean {
  return query === '' || name.startsWith(query) || name.includes(` ${query}`);
}

/** The outermost Speakers section holding the line, below its heading (its blocks are listed under it). */
function speakersSectionAt(report: EventReport, line: number): Section | undefined {
  return report.sections.find((s) => s.kind === 'speakers' && line > s.heading.range.start.line && inside(report, s, line));
}

/** Whether a line is within a section: before the heading that ends it, or to the report's last line. */
function inside(report: EventReport, section: Section, line: number): boolean {
  const end = section.range.end.line;
  return line < end || (line === end && !report.headings.some((h) => h.range.start.line === end));
}

/** The people of the section's list, leaving out what is being typed on the cursor's line. */
function listedIn(report: EventReport, section: Section, cursorLine: number): Speaker[] {
  const index = report.sections.indexOf(section);
  return report.speakerBlocks
    .filter((b) => b.section === index)
    .flatMap((b) => b.speakers)
    .filter((s) => s.range.start.line !== cursorLine);
}
