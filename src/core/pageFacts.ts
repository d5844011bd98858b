import type { EventReport } from './model';

/** What a page header shows of the front matter: the `pre` number without its HTML, the title, the date. */
export interface PageFacts {
  readonly pre: string;
  readonly title: string;
  /** As written (a YAML timestamp becomes YYYY-MM-DD). */
  readonly date: string;
}

export function pageFacts(report: EventReport): PageFacts {
  const data = report.frontMatter?.data ?? {};
  return {
    pre: typeof data.pre === 'string' ? data.pre.replace(/<[^>]*>/g, '').trim() : '',
    title: typeof data.title === 'string' ? data.title : '',
    date: data.date instanceof Date ? data.date.toISOString().slice(0, 10) : typeof data.date === 'string' ? data.date : '',
  };
}
