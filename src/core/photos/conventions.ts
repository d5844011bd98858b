import { decodedPath, imageFile, joinPath, toSlashes } from '../site';

/** Where a photo goes under static/, unless the site's reports already keep theirs elsewhere. */
export const DEFAULT_PHOTO_DESTINATION = 'images/${sectionFolder}/${eventFolder}/${fileName}';

/** The folders a report's photos are named after: `4-EventParticipated` and `4.2-Event2` of `content/4-EventParticipated/4.2-Event2/_index.md`. */
export interface EventFolders {
  readonly sectionFolder: string;
  readonly eventFolder: string;
}

/**
 * A page bundle (`_index.md`, `index.vi.md`) is named by its folder, a single page (`4.2-Event2.md`) by its
 * file; the section is the folder above the event under content/ (empty for an event right under content/).
 */
export function eventFolders(reportPath: string): EventFolders {
  const p = toSlashes(reportPath);
  const i = p.lastIndexOf('/content/');
  const inContent = (i >= 0 ? p.slice(i + '/content/'.length) : p.split('/').slice(-3).join('/')).split('/').filter(Boolean);
  const file = inContent.pop() ?? '';
  const bundle = /^_?index(\.[a-z]{2}(-[a-z]+)?)?\.md$/i.test(file);
  const eventFolder = bundle ? inContent.pop() ?? '' : file.replace(/(\.[a-z]{2}(-[a-z]+)?)?\.md$/i, '');
  return { sectionFolder: inContent[0] ?? '', eventFolder };
}

/** `images/${sectionFolder}/${eventFolder}/${fileName}` with a report's folders and a file name, as a path under static/. */
export function expandDestination(template: string, folders: EventFolders, fileName: string): string {
  const expanded = template
    .replace(/\$\{sectionFolder\}/g, folders.sectionFolder)
    .replace(/\$\{eventFolder\}/g, folders.eventFolder)
    .replace(/\$\{fileName\}/g, fileName);
  const path = expanded.split('/').filter((s) => s && s !== '.' && s !== '..').join('/');
  return template.includes('${fileName}') ? path : `${path}/${fileName}`;
}

/** What a site does with its photos: where they go under static/ and the base path its links carry. */
export interface PhotoConventions {
  readonly destination: string;
  readonly basePath?: string;
}

/** Another report of the site and the sources of its images, as written. */
export interface SiteReportImages {
  readonly path: string;
  readonly images: readonly string[];
}

export interface ConventionInput {
  readonly siteRoot: string | undefined;
  /** The base path of the site's baseURL, when its config names one. */
  readonly configBasePath?: string;
  /** The setting, when the user set it (then it wins over what the site does). */
  readonly setting?: string;
  readonly reports: readonly SiteReportImages[];
  /** What exists: a folder of static/ that a link starts with is not a base path. */
  readonly exists?: (path: string) => boolean | undefined;
}

/**
 * The site's conventions from its other reports' links: the destination most reports follow (one vote
 * per report; the default without a majority), and a base path that most root links start with (`/repo/images/…`
 * where static/ has no `repo` folder) when the config names none.
 */
export function photoConventions(input: ConventionInput): PhotoConventions {
  const roots = input.reports.map((r) => ({ path: r.path, links: r.images.map(rootLink).filter((l): l is string => l !== undefined) }));
  const firstSegment = (input.setting ?? DEFAULT_PHOTO_DESTINATION).split('/')[0] ?? '';
  const basePath = input.configBasePath ?? linkedBasePath(roots.flatMap((r) => r.links), firstSegment, input);
  if (input.setting) return withBase(input.setting, basePath);
  const votes = new Map<string, number>();
  for (const report of roots) {
    const folders = eventFolders(report.path);
    const mine = new Map<string, number>();
    for (const link of report.links) {
      const template = templateOf(link, basePath, folders, input.siteRoot, report.path);
      if (template) mine.set(template, (mine.get(template) ?? 0) + 1);
    }
    const best = [...mine].sort((a, b) => b[1] - a[1])[0];
    if (best) votes.set(best[0], (votes.get(best[0]) ?? 0) + 1);
  }
  // A convention is the site's when most of its reports with photos follow it; else the default stands.
  const voters = [...votes.values()].reduce((a, b) => a + b, 0);
  const [best] = [...votes].sort((a, b) => b[1] - a[1]);
  return withBase(best && best[1] * 2 > voters ? best[0] : DEFAULT_PHOTO_DESTINATION, basePath);
}

function withBase(destination: string, basePath: string | undefined): PhotoConventions {
  return basePath === undefined ? { destination } : { destination, basePath };
}

/** A local root-absolute source without its query, decoded; undefined for anything else. */
function rootLink(src: string): string | undefined {
  const clean = src.trim().replace(/[?#].*$/, '');
  if (!clean.startsWith('/') || clean.startsWith('//') || clean.includes('{{')) return undefined;
  return decodedPath(clean);
}

/** The folders of static/ that photoConventions asks `exists` about: the first folder of each root link. */
export function conventionPaths(siteRoot: string, reports: readonly SiteReportImages[]): string[] {
  const firstFolder = (src: string) => {
    const parts = rootLink(src)?.split('/') ?? [];
    return parts.length > 2 && parts[1] ? parts[1] : undefined;
  };
  const firsts = new Set(reports.flatMap((r) => r.images.map(firstFolder).filter((f): f is string => f !== undefined)));
  return [...firsts].map((f) => joinPath(joinPath(siteRoot, 'static'), f));
}

function linkedBasePath(links: readonly string[], firstSegment: string, input: ConventionInput): string | undefined {
  if (links.length === 0 || !firstSegment || firstSegment.includes('${')) return undefined;
  const counts = new Map<string, number>();
  for (const link of links) {
    const [, first, second] = link.split('/');
    if (first && second === firstSegment && first !== firstSegment) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] * 2 < links.length) return undefined;
  if (input.siteRoot !== undefined && input.exists?.(joinPath(joinPath(input.siteRoot, 'static'), best[0])) === true) return undefined;
  return `/${best[0]}/`;
}

/** A link's folder under static/ with the report's own folders as placeholders. */
function templateOf(link: string, basePath: string | undefined, folders: EventFolders, siteRoot: string | undefined, reportPath: string): string | undefined {
  const file = imageFile(link, reportPath, siteRoot ?? '/', basePath);
  if (file === undefined) return undefined;
  const staticFolder = joinPath(siteRoot ?? '/', 'static');
  const segments = file.slice(staticFolder.length + 1).split('/');
  segments.pop();
  const named = segments.map((s) => (folders.eventFolder && s === folders.eventFolder ? '${eventFolder}' : folders.sectionFolder && s === folders.sectionFolder ? '${sectionFolder}' : s));
  return [...named, '${fileName}'].join('/');
}
