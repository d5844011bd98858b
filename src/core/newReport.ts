import { DEFAULT_PHOTO_DESTINATION, expandDestination } from './photos/conventions';
import { preNumbers } from './rules/frontMatterPre';

/** One existing event folder of a Hugo section, with what its page says of its number. */
export interface ExistingEvent {
  readonly folder: string;
  readonly pre?: unknown;
  readonly weight?: unknown;
}

export interface NewReportPlace {
  readonly section: number;
  readonly event: number;
  readonly folder: string;
  /** The section's folder under content/ (`4-EventParticipated`). */
  readonly sectionFolder: string;
}

/**
 * The next event of a section folder such as `4-EventParticipated`: one past the highest number found in
 * the event folders' names (`4.3-Event3`) and their front matter (`pre`, `weight`).
 */
export function nextEvent(sectionFolder: string, events: readonly ExistingEvent[]): NewReportPlace {
  let section = Number(/^(\d+)/.exec(sectionFolder)?.[1] ?? NaN);
  let highest = 0;
  for (const e of events) {
    const m = /^(\d+)\.(\d+)/.exec(e.folder);
    if (m) {
      if (Number.isNaN(section)) section = Number(m[1]);
      highest = Math.max(highest, Number(m[2]));
    }
    const pre = preNumbers(e.pre);
    if (pre && (Number.isNaN(section) || pre[0] === section)) highest = Math.max(highest, pre[1]);
    if (Number.isInteger(e.weight) && (m || pre)) highest = Math.max(highest, e.weight as number);
  }
  if (Number.isNaN(section)) section = 1;
  const event = highest + 1;
  return { section, event, folder: `${section}.${event}-Event${event}`, sectionFolder };
}

/** The template's sections, in its order. */
export const TEMPLATE_SECTIONS = ['objectives', 'speakers', 'highlights', 'takeaways', 'applying', 'experience', 'photos'] as const;

/** The template's wording in each language: section headings, then the placeholders of its starter lines. */
export const TEMPLATE_WORDS = {
  en: { title: 'Summary Report', event: 'Event', objectives: 'Event Objectives', speakers: 'Speakers', highlights: 'Key Highlights', takeaways: 'Key Takeaways', applying: 'Applying to Work', experience: 'Event Experience', photos: 'Some event photos', name: 'Event name', objective: 'Objective', speaker: 'Name', role: 'Role', org: 'Organization', topic: 'Topic', takeaway: 'Takeaway', apply: 'What I will apply', feel: 'How the event went for me', alt: 'What the photo shows' },
  vi: { title: 'Bài thu hoạch', event: 'Sự kiện', objectives: 'Mục Đích Của Sự Kiện', speakers: 'Danh Sách Diễn Giả', highlights: 'Nội Dung Nổi Bật', takeaways: 'Những Gì Học Được', applying: 'Ứng Dụng Vào Công Việc', experience: 'Trải Nghiệm Trong Sự Kiện', photos: 'Một số hình ảnh khi tham gia sự kiện', name: 'Tên sự kiện', objective: 'Mục tiêu', speaker: 'Tên', role: 'Vai trò', org: 'Tổ chức', topic: 'Chủ đề', takeaway: 'Bài học', apply: 'Điều sẽ áp dụng', feel: 'Cảm nhận của tôi', alt: 'Mô tả ảnh' },
} as const;

/**
 * The skeleton of a new report as a VS Code snippet body: front matter (title, date, weight, chapter,
 * pre) and the sections of a report, with tabstops. `$CURRENT_YEAR`-style variables give today's date.
 */
export function reportSnippet(place: NewReportPlace, language: 'en' | 'vi'): string {
  const w = TEMPLATE_WORDS[language];
  return [
    '---',
    `title: "${w.event} ${place.event}"`,
    'date: ${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}',
    `weight: ${place.event}`,
    'chapter: false',
    `pre: " <b> ${place.section}.${place.event}. </b> "`,
    '---',
    '',
    `# ${w.title}: “\${1:${w.name}}”`,
    '',
    `### ${w.objectives}`,
    '',
    `- \${2:${w.objective}}`,
    '',
    `### ${w.speakers}`,
    '',
    `- **\${3:${w.speaker}}** – \${4:${w.role}}, \${5:${w.org}}`,
    '',
    `### ${w.highlights}`,
    '',
    `#### \${6:${w.topic}}`,
    '',
    '$7',
    '',
    `### ${w.takeaways}`,
    '',
    `- \${8:${w.takeaway}}`,
    '',
    `### ${w.applying}`,
    '',
    `- \${9:${w.apply}}`,
    '',
    `### ${w.experience}`,
    '',
    `\${10:${w.feel}}`,
    '',
    `#### ${w.photos}`,
    '',
    // Where Insert Photos puts a photo by default, so that the placeholder names the real folder.
    `![\${11:${w.alt}}](/${expandDestination(DEFAULT_PHOTO_DESTINATION, { sectionFolder: place.sectionFolder, eventFolder: place.folder }, '${12:photo.jpg}')})`,
    '$0',
  ].join('\n');
}

/** A snippet body as plain text: each placeholder becomes its default, variables their values. */
export function snippetText(snippet: string, variables: Readonly<Record<string, string>>): string {
  let text = snippet;
  for (let guard = 0; guard < 10 && /\$\{\d+:[^{}]*\}/.test(text); guard++) text = text.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return text
    .replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => variables[name] ?? '')
    .replace(/\$\d+/g, '');
}
