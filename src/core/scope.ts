import type { EventReport } from './model';

/**
 * Whether a Markdown document is an event report: event front matter (`pre`, or a title such as
 * "Event 4"), a path in a folder of event pages, or a Speakers section.
 */
export function isEventReport(report: EventReport, path: string | undefined): boolean {
  const data = report.frontMatter?.data;
  if (data && (typeof data.pre === 'string' || /\b(event|sự kiện)\s*\d+/i.test(String(data.title ?? '')))) return true;
  if (path && /(^|[/\\])(\d+(\.\d+)?-)?event[^/\\]*[/\\]/i.test(path)) return true;
  return report.sections.some((s) => s.kind === 'speakers');
}
