import type { Finding } from './lint';
import type { EventReport, Range, Severity } from './model';
import { pageFacts } from './pageFacts';
import { preNumbers } from './rules/frontMatterPre';
import { isEventReport } from './scope';
import { basename, dirname, joinPath, SITE_CONFIG_NAMES, toSlashes } from './site';

/** One page of a Hugo site, read and linted by the caller (the CLI from the disk, the extension from the workspace). */
export interface SitePage {
  /** Absolute, `/`-separated. */
  readonly path: string;
  readonly report: EventReport;
  readonly findings: readonly Finding[];
  /** Read from its head only (see pageHead): front matter and title, no speakers, photos or findings yet. */
  readonly partial?: boolean;
}

/**
 * The head of a page: its front matter and the line of its title, what a first listing of a site needs (the
 * number, title, date and language). A site of 200 reports lists from their heads in a tenth of a second;
 * reading them whole (parse and lint) takes over a second, and follows.
 */
export function pageHead(text: string): string {
  const fence = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  let from = 0;
  if (fence) {
    const close = new RegExp(`\\n${fence[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(\\r?\\n|$)`).exec(text.slice(fence[0].length - 1));
    from = close ? fence[0].length - 1 + close.index + close[0].length : text.length;
  }
  const title = /^ {0,3}# .*$/m.exec(text.slice(from));
  return title ? text.slice(0, from + title.index + title[0].length) : text.slice(0, from);
}

/** A page of an event in one language. */
export interface EventPage {
  readonly file: string;
  readonly language: string;
  readonly page: SitePage;
  readonly speakers: number;
  readonly photos: number;
  readonly errors: number;
  readonly warnings: number;
  /** Its speakers, photos and findings are not read yet (a first listing from the page's head). */
  readonly partial: boolean;
}

/** One event of a site, in all its languages. */
export interface SiteEvent {
  /** `4.2`, from the folder's name, else the `pre`, else the weight; empty where nothing gives one. */
  readonly number: string;
  /** [section, event] of `number`, for ordering. */
  readonly numbers: readonly [number, number] | undefined;
  /** The event's folder (`content/4-EventParticipated/4.2-Event2`), or its page without language and `.md`. */
  readonly folder: string;
  readonly title: string;
  readonly date: string;
  readonly languages: readonly string[];
  readonly pages: readonly EventPage[];
}

/** A problem that shows only across pages, pinned to a file and a range there. */
export interface SiteProblem {
  readonly file: string;
  readonly range: Range;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface SiteMap {
  readonly root: string;
  /** The site's `defaultContentLanguage` (`en` unless its config says otherwise). */
  readonly defaultLanguage: string;
  readonly events: readonly SiteEvent[];
}

/** The Hugo sites among the given files: folders with a Hugo config file and a `content/` folder. */
export function findSites(files: readonly string[]): string[] {
  const paths = files.map(toSlashes);
  const roots = paths.filter((p) => (SITE_CONFIG_NAMES as readonly string[]).includes(basename(p))).map(dirname);
  return [...new Set(roots)].filter((root) => paths.some((p) => p.startsWith(`${joinPath(root, 'content')}/`))).sort();
}

/** `defaultContentLanguage` from a Hugo config's text (TOML, YAML or JSON). */
export function defaultContentLanguage(configText: string | undefined): string {
  const m = configText ? /^\s*"?defaultContentLanguage"?\s*[=:]\s*["']?([A-Za-z-]+)/m.exec(configText) : null;
  return m ? m[1].toLowerCase() : 'en';
}

/** `_index.vi.md` -> vi, `x.en.md` -> en, `_index.md` -> the site's default language. */
export function pageLanguage(path: string, defaultLanguage: string): string {
  const m = /\.([a-z]{2}(?:-[a-z]{2,4})?)\.md$/i.exec(path);
  return m ? m[1].toLowerCase() : defaultLanguage;
}

/**
 * The event a page belongs to, or undefined for a page that is no event: a section's own `_index.md` (its
 * chapter page: a `4-EventParticipated` folder, or `chapter: true`), and pages that are not event reports.
 */
function eventKey(page: SitePage, root: string): string | undefined {
  const path = toSlashes(page.path);
  const inContent = path.slice(root.length).replace(/^\/+/, '');
  if (!inContent.startsWith('content/') || !/\.md$/i.test(path)) return undefined;
  const folder = dirname(inContent);
  const name = basename(inContent);
  const data = page.report.frontMatter?.data;
  if (data?.chapter === true) return undefined;
  if (/^_index(\.[a-z-]+)?\.md$/i.test(name)) {
    if (folder === 'content') return undefined;
    if (/^\d+\.\d+[-_.]/.test(basename(folder))) return folder;
    if (/^\d+[-_]/.test(basename(folder))) return undefined;
    // Judged by its path in the site: the folders above the site (a checkout in ~/events/…) say nothing.
    return isEventReport(page.report, inContent) ? folder : undefined;
  }
  const base = `${folder}/${name.replace(/(\.[a-z]{2}(?:-[a-z]{2,4})?)?\.md$/i, '')}`;
  return isEventReport(page.report, inContent) ? base : undefined;
}

const numberOf = (folder: string): [number, number] | undefined => {
  const m = /^(\d+)\.(\d+)/.exec(basename(folder));
  return m ? [Number(m[1]), Number(m[2])] : undefined;
};

/** The site's events, each once, in number order, with their pages in the default language first. */
export function siteMap(root: string, configText: string | undefined, pages: readonly SitePage[]): SiteMap {
  const defaultLanguage = defaultContentLanguage(configText);
  const groups = new Map<string, SitePage[]>();
  for (const page of pages) {
    const key = eventKey(page, root);
    if (key === undefined) continue;
    const group = groups.get(key) ?? [];
    group.push(page);
    groups.set(key, group);
  }
  const events = [...groups].map(([folder, group]): SiteEvent => {
    const rank = (p: EventPage) => (p.language === defaultLanguage ? 0 : 1);
    const eventPages = group.map((page) => toEventPage(page, root, defaultLanguage)).sort((a, b) => rank(a) - rank(b) || a.language.localeCompare(b.language));
    const first = eventPages[0].page.report;
    const facts = pageFacts(first);
    const data = first.frontMatter?.data;
    const numbers = numberOf(folder) ?? preNumbers(data?.pre) ?? (Number.isInteger(data?.weight) ? [0, data?.weight as number] as [number, number] : undefined);
    return {
      number: numbers ? (numbers[0] > 0 ? `${numbers[0]}.${numbers[1]}` : String(numbers[1])) : '',
      numbers,
      folder,
      title: eventTitle(first) || facts.title || basename(folder),
      date: facts.date,
      languages: eventPages.map((p) => p.language),
      pages: eventPages,
    };
  });
  events.sort((a, b) => (a.numbers?.[0] ?? Infinity) - (b.numbers?.[0] ?? Infinity) || (a.numbers?.[1] ?? Infinity) - (b.numbers?.[1] ?? Infinity) || a.folder.localeCompare(b.folder));
  return { root, defaultLanguage, events };
}

/**
 * What the event is called: its report's title without the template's own words ("Summary Report: “Data Day”"
 * -> "Data Day"); the front matter's title ("Event 2") says only its number.
 */
function eventTitle(report: EventReport): string {
  const heading = report.title?.text ?? '';
  return heading.replace(/^(?:summary report|bài thu hoạch)\s*[:：–—-]?\s*/iu, '').replace(/^[“"](.*)[”"]$/u, '$1').trim();
}

function toEventPage(page: SitePage, root: string, defaultLanguage: string): EventPage {
  const count = (severity: Severity) => page.findings.filter((f) => f.severity === severity).length;
  return {
    file: toSlashes(page.path).slice(root.length).replace(/^\/+/, ''),
    language: pageLanguage(page.path, defaultLanguage),
    page,
    speakers: page.report.speakers.length,
    photos: page.report.images.length,
    errors: count('error'),
    warnings: count('warning'),
    partial: page.partial === true,
  };
}

/** Where a site problem about a page points: its title, else its front matter, else its first line. */
export function pageAnchor(report: EventReport, key?: string): Range {
  const entry = key ? report.frontMatter?.entries.find((e) => e.key === key) : undefined;
  return entry?.keyRange ?? report.title?.range ?? report.frontMatter?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
