import type { EventReport, Position, Range, Speaker } from '../model';
import { preValue } from '../rules/frontMatterPre';
import { personKey } from '../rules/duplicateSpeaker';
import { folderNumbering } from '../site';
import { t } from '../l10n';

const within = (r: Range, p: Position) =>
  (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character)) &&
  (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));

/** Another report of the workspace, named by an id the shell can open (its URI). */
export interface OtherReport {
  readonly id: string;
  readonly report: EventReport;
}

export interface SpeakerHover {
  readonly range: Range;
  readonly speaker: Speaker;
  /** The other reports listing the same person, with the role and organisation written there. */
  readonly elsewhere: readonly { readonly id: string; readonly title: string; readonly role: string; readonly organization: string }[];
}

/** The speaker whose name is under the cursor, and where else the workspace lists them. */
export function speakerHover(report: EventReport, position: Position, others: readonly OtherReport[]): SpeakerHover | undefined {
  const speaker = report.speakers.find((s) => within(s.nameRange, position));
  if (!speaker) return undefined;
  const key = personKey(speaker.name);
  const elsewhere = others.flatMap((o) => {
    if (o.report === report) return [];
    const same = o.report.speakers.find((s) => personKey(s.name) === key);
    if (!same) return [];
    const data = o.report.frontMatter?.data;
    const title = typeof data?.title === 'string' && data.title.trim() ? data.title : o.report.title?.text ?? o.id.split('/').slice(-2).join('/');
    return [{ id: o.id, title, role: same.role, organization: same.organization }];
  });
  return { range: speaker.nameRange, speaker, elsewhere };
}

/** What Hugo and the learn/relearn theme do with a front-matter key. */
const KEYS: Readonly<Record<string, () => string>> = {
  title: () => t('The page title: Hugo shows it at the top of the page and in the menu (menuTitle, where set, names the menu entry instead).'),
  date: () => t('The page date, YYYY-MM-DD. Hugo sorts and shows pages by it; a date in the future keeps the page out of the site unless it is built with --buildFuture.'),
  weight: () => t('The page\'s place among its siblings in the menu: a lower weight comes first.'),
  chapter: () => t('learn/relearn: true makes the page a chapter (the cover of a section, shown large); an event page has false.'),
  pre: () => t('learn/relearn: HTML put before the title in the menu; the template writes the page number there, " <b> 4.2. </b> ".'),
  draft: () => t('true keeps the page out of the built site (hugo server -D shows it).'),
  menuTitle: () => t('learn/relearn: the name of the page in the menu, where it should differ from the title.'),
  description: () => t('A summary of the page, for search engines and for lists of pages.'),
  hidden: () => t('learn/relearn: true leaves the page out of the menu; it is still built.'),
  linkTitle: () => t('The page\'s name in links and menus, where it should differ from the title.'),
  tags: () => t('Tags of the page: Hugo lists the pages of each tag.'),
};

export interface KeyHover {
  readonly range: Range;
  readonly key: string;
  readonly text: string;
  /** What the folder implies for `pre` and `weight`. */
  readonly implied?: string;
}

/** The front-matter key under the cursor and what it does. */
export function frontMatterKeyHover(report: EventReport, position: Position): KeyHover | undefined {
  const entry = report.frontMatter?.entries.find((e) => within(e.keyRange, position));
  if (!entry) return undefined;
  const about = KEYS[entry.key];
  if (!about) return undefined;
  const { section, event, folder } = folderNumbering(report.path);
  let implied: string | undefined;
  if (section !== undefined && event !== undefined && (entry.key === 'pre' || entry.key === 'weight')) {
    implied = entry.key === 'pre' ? t('The folder {0} gives pre: "{1}".', folder ?? '', preValue(section, event)) : t('The folder {0} gives weight: {1}.', folder ?? '', event);
  }
  return { range: entry.keyRange, key: entry.key, text: about(), implied };
}
