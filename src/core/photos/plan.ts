import { basename, dirname, joinPath, relativePath, toSlashes } from '../site';
import { eventFolders, expandDestination, type PhotoConventions } from './conventions';
import { altText, freeName, safeFileName } from './names';

/** A photo to add: its file name, and its path when it is a file of the report's own file system. */
export interface PhotoSource {
  readonly name: string;
  readonly path?: string;
}

export interface PhotoPlan {
  readonly source: PhotoSource;
  /** Where to copy it; undefined when it is linked where it is (under static/ or the page's folder). */
  readonly copyTo?: string;
  readonly link: string;
  readonly alt: string;
  /** `![alt](link)` */
  readonly markdown: string;
}

export interface PhotoPlanInput {
  readonly reportPath: string;
  readonly siteRoot: string | undefined;
  readonly conventions: PhotoConventions;
  /** Names already in the destination folder (compared without case: a photo is never written over). */
  readonly taken: readonly string[];
}

/** The folder photos of a report are copied into: under static/ in a site, else beside the report. */
export function photoFolder(reportPath: string, siteRoot: string | undefined, conventions: PhotoConventions): string {
  if (siteRoot === undefined) return dirname(reportPath);
  return dirname(joinPath(joinPath(siteRoot, 'static'), expandDestination(conventions.destination, eventFolders(reportPath), 'x')));
}

/** Where each photo goes and how the report links it; names clash neither with the folder's files nor with each other. */
export function planPhotos(sources: readonly PhotoSource[], input: PhotoPlanInput): PhotoPlan[] {
  const taken = new Set(input.taken.map((n) => n.toLowerCase()));
  const folders = eventFolders(input.reportPath);
  const staticFolder = input.siteRoot === undefined ? undefined : joinPath(input.siteRoot, 'static');
  const pageFolder = dirname(input.reportPath);
  return sources.map((source) => {
    const alt = altText(source.name);
    const linked = source.path === undefined ? undefined : linkOf(source.path, input.reportPath, input.siteRoot, input.conventions.basePath);
    if (linked !== undefined) return plan(source, undefined, linked, alt);
    const name = freeName(safeFileName(source.name), (n) => taken.has(n.toLowerCase()));
    taken.add(name.toLowerCase());
    if (staticFolder === undefined) return plan(source, joinPath(pageFolder, name), encodeURI(name), alt);
    const inStatic = expandDestination(input.conventions.destination, folders, name);
    return plan(source, joinPath(staticFolder, inStatic), siteLink(inStatic, input.conventions.basePath), alt);
  });
}

/** How the report links a file already under static/ (from the site root) or in its own folder (relative); else undefined. */
export function linkOf(file: string, reportPath: string, siteRoot: string | undefined, basePath: string | undefined): string | undefined {
  const path = toSlashes(file);
  const staticFolder = siteRoot === undefined ? undefined : joinPath(siteRoot, 'static');
  if (staticFolder !== undefined && path.startsWith(`${staticFolder}/`)) return siteLink(path.slice(staticFolder.length + 1), basePath);
  const pageFolder = dirname(reportPath);
  return path.startsWith(`${pageFolder}/`) ? encodeURI(relativePath(pageFolder, path)) : undefined;
}

/** A file's link from the site root, with the base path its links carry. */
export function siteLink(inStatic: string, basePath: string | undefined): string {
  return encodeURI(`${basePath ?? '/'}${inStatic}`);
}

function plan(source: PhotoSource, copyTo: string | undefined, link: string, alt: string): PhotoPlan {
  return { source, copyTo, link, alt, markdown: `![${alt}](${link})` };
}

/** The name a pasted image without one gets (`image.png` for a clipboard PNG). */
export function pastedName(mime: string, name: string | undefined): string {
  if (name && basename(name)) return basename(name);
  const extension = /^image\/(png|jpeg|gif|webp|svg\+xml|avif|bmp)$/.exec(mime)?.[1]?.replace('jpeg', 'jpg').replace('svg+xml', 'svg') ?? 'png';
  return `image.${extension}`;
}
