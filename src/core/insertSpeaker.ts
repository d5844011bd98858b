import type { TextEdit } from './edits';
import { splitLines } from './lint';
import type { EventReport, Position, Section, Speaker, SpeakerForm } from './model';
import { speakerLists } from './rules/speakerGroups';
import { reportLanguage } from './site';
import { tableColumns } from './speakers';

export interface NewSpeaker {
  readonly name: string;
  readonly role?: string;
  readonly organization?: string;
}

export interface SpeakerInsertion {
  readonly edit: TextEdit;
  /** 0-based line where the new entry's text starts, after the edit. */
  readonly line: number;
}

/** The entry whose form most entries of a list share (an entry naming three people counts once); undefined for an empty list. */
export function speakerModel(list: readonly Speaker[]): Speaker | undefined {
  return list.length > 0 ? commonForm(list) : undefined;
}

function commonForm(list: readonly Speaker[]): Speaker {
  const key = (s: Speaker) => `${s.form.marker}|${s.form.bold}|${s.form.separator}|${s.form.bullet}`;
  const counts = new Map<string, number>();
  const entries = new Set<number>();
  for (const s of list) {
    if (entries.has(s.range.start.line)) continue;
    entries.add(s.range.start.line);
    counts.set(key(s), (counts.get(key(s)) ?? 0) + 1);
  }
  // On a tie the last entry of a list or table wins over a person's sub-heading after it.
  let best = [...list].reverse().find((s) => s.form.marker !== 'heading') ?? list[list.length - 1];
  for (const s of list) if ((counts.get(key(s)) ?? 0) > (counts.get(key(best)) ?? 0)) best = s;
  return best;
}

const about = (s: NewSpeaker) => [s.role, s.organization].map((p) => p?.trim()).filter(Boolean).join(', ');

/** One entry written in `form` (the model entry's, read from its line `modelLine`): bullet or number, bold or not, its separator. */
export function formatEntry(speaker: NewSpeaker, model: SpeakerForm | undefined, modelLine: string, number: number): string {
  const form = model ?? { marker: 'bullet', bullet: '-', bold: true, separator: '–' };
  const name = speaker.name.trim();
  const rest = about(speaker);
  const bold = (text: string) => (form.bold ? `**${text}**` : text);
  const marker = form.marker === 'ordered' ? `${number}${form.bullet.slice(-1) || '.'}` : form.bullet || '-';
  let body: string;
  switch (form.separator) {
    case ':':
      body = /:\s*(\*\*|__)/.test(modelLine) ? `${bold(`${name}:`)}${rest ? ` ${rest}` : ''}` : `${bold(name)}${rest ? `: ${rest}` : ''}`;
      break;
    case ',':
      body = `${bold(name)}${rest ? `, ${rest}` : ''}`;
      break;
    case '(':
      body = `${bold(name)}${rest ? ` (${rest})` : ''}`;
      break;
    case '':
      body = `${bold(name)}${rest ? ` – ${rest}` : ''}`;
      break;
    default:
      body = `${bold(name)}${rest ? ` ${form.separator} ${rest}` : ''}`;
  }
  return `${marker} ${body}`;
}

/** A row of the speakers table `model` stands in, its cells in the table's own columns. */
export function tableRow(speaker: NewSpeaker, model: Speaker, lines: readonly string[], report: EventReport): string {
  const table = report.tables.find((t) => t.range.start.line <= model.range.start.line && model.range.end.line <= t.range.end.line);
  const header = table?.header ?? ['Name', 'Role', 'Organization'];
  const columns = tableColumns(header);
  const cells = header.map(() => '');
  cells[Math.max(0, columns.name)] = model.form.bold ? `**${speaker.name.trim()}**` : speaker.name.trim();
  if (columns.role >= 0) cells[columns.role] = speaker.role?.trim() ?? '';
  if (columns.organization >= 0) cells[columns.organization] = speaker.organization?.trim() ?? '';
  else if (columns.role >= 0 && speaker.organization) cells[columns.role] = about(speaker);
  const written = lines[model.range.start.line] ?? '';
  const edged = written.trim().startsWith('|');
  return edged ? `| ${cells.join(' | ')} |` : cells.join(' | ');
}

/** The outermost Speakers section. */
function speakersSection(report: EventReport): Section | undefined {
  return report.sections.find((s) => s.kind === 'speakers');
}

/**
 * Where and how a new speaker goes: in the list's own form, after the entry under the cursor when the
 * cursor is in the Speakers section, else at the end of the list. Without a Speakers section, one is
 * created after Objectives, at the level of its sibling sections, in the report's language.
 */
export function planSpeakerInsertion(report: EventReport, text: string, speaker: NewSpeaker, cursor?: Position): SpeakerInsertion {
  const lines = splitLines(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const section = speakersSection(report);
  const list = speakerLists(report)[0];

  if (section && list && list.length > 0) {
    const model = commonForm(list);
    const inSection = cursor && cursor.line > section.heading.range.start.line && cursor.line < section.range.end.line;
    const underCursor = inSection ? [...list].reverse().find((s) => s.range.start.line <= (cursor as Position).line) : undefined;
    // At the end of the entries written like the model: not under a person's sub-heading that follows the list.
    const after = underCursor ?? [...list].reverse().find((s) => s.form.marker === model.form.marker) ?? list[list.length - 1];
    const afterEnd = list.filter((s) => s.range.start.line === after.range.start.line).reduce((end, s) => Math.max(end, s.range.end.line), after.range.end.line);
    const entry = model.form.marker === 'table'
      ? tableRow(speaker, model, lines, report)
      : formatEntry(speaker, model.form, lines[model.range.start.line] ?? '', nextNumber(list, lines));
    const indent = /^\s*/.exec(lines[after.range.start.line] ?? '')?.[0] ?? '';
    return insertLineAfter(lines, afterEnd, `${model.form.marker === 'table' ? '' : indent}${entry}`, eol);
  }

  const entry = formatEntry(speaker, undefined, '', 1);
  if (section) {
    // A Speakers heading with nothing listed under it yet.
    return insertLineAfter(lines, section.heading.range.end.line, `${eol}${entry}`, eol, 1);
  }

  const objectives = report.sections.find((s) => s.kind === 'objectives');
  const sibling = objectives ?? report.sections.find((s) => s.kind !== 'other');
  const level = sibling?.heading.level ?? Math.min(6, (report.title?.level ?? 1) + 2);
  const heading = `${'#'.repeat(level)} ${reportLanguage(report) === 'vi' ? 'Danh Sách Diễn Giả' : 'Speakers'}`;
  const at = objectives ? objectives.range.end.line : report.sections.find((s) => s.heading !== report.title && s.heading.range.start.line > (report.title?.range.start.line ?? -1))?.heading.range.start.line;
  const line = at ?? (report.title ? report.title.range.end.line + 1 : report.frontMatter ? report.frontMatter.range.end.line + 1 : 0);
  const needsGapBefore = line > 0 && (lines[line - 1] ?? '').trim() !== '';
  const block = `${needsGapBefore ? eol : ''}${heading}${eol}${eol}${entry}${eol}${eol}`;
  if (line >= lines.length) {
    const last = lines.length - 1;
    const end = { line: last, character: lines[last].length };
    const lead = lines[last] === '' ? '' : eol;
    return { edit: { range: { start: end, end }, newText: `${lead}${eol}${heading}${eol}${eol}${entry}${eol}` }, line: last + (lead ? 1 : 0) + 3 };
  }
  return { edit: { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: block }, line: line + (needsGapBefore ? 1 : 0) + 2 };
}

function nextNumber(list: readonly Speaker[], lines: readonly string[]): number {
  let highest = 0;
  for (const s of list) {
    const m = /^\s*(\d+)[.)]/.exec(lines[s.range.start.line] ?? '');
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return highest + 1;
}

/** Inserts `content` as the line after `line` (content may begin with line breaks: `skip` counts them). */
function insertLineAfter(lines: readonly string[], line: number, content: string, eol: string, skip = 0): SpeakerInsertion {
  if (line + 1 < lines.length) {
    return { edit: { range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, newText: `${content}${eol}` }, line: line + 1 + skip };
  }
  const end = { line, character: (lines[line] ?? '').length };
  return { edit: { range: { start: end, end }, newText: `${eol}${content}` }, line: line + 1 + skip };
}
