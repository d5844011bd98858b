import type { EventReport } from './model';

/**
 * Whether a Markdown document is an event report: event front matter (`pre`, or a title such as
 * "Event 4"), a path in a folder of event pages, or a Speakers section.
 */
export function isEventReport(report: EventReport, path: string | undefined): boolean {
  const data = report.frontMatter?.data;
  if (data && (typeof data.pre === 'string' || /\b(event|sự kiện)\s*\d+/i.test(String(data.title ?? '')))) return true;
  if (path && /(^|[/\\])(\d+(\.\d+)?-)?event[^/\\]*[/\\]/i.test(eventFolders(path))) return true;
  return report.sections.some((s) => s.kind === 'speakers');
}

/**
 * The folders of a path that can say "event pages": those inside a Hugo `content/` folder, else the file's own
 * folder. Folders above a site (a checkout in `~/events/…`) say nothing about its pages.
 */
function eventFolders(path: string): string {
  const p = `/${path.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  const content = p.lastIndexOf('/content/');
  if (content >= 0) return p.slice(content + '/content/'.length);
  const parts = p.split('/');
  return parts.length >= 2 ? `${parts[parts.length - 2]}/${parts[parts.length - 1]}` : p;
}
