import type { EventReport } from './model';
import { ancestorFolders } from './config';

/** Hugo site facts from paths (`/`-separated); what exists on disk is asked of the caller. */

export const SITE_CONFIG_NAMES = ['hugo.toml', 'hugo.yaml', 'hugo.json', 'config.toml', 'config.yaml', 'config.json'] as const;

export function toSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

export function dirname(path: string): string {
  const p = toSlashes(path);
  const i = p.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : p.slice(0, i);
}

export function basename(path: string): string {
  const p = toSlashes(path);
  return p.slice(p.lastIndexOf('/') + 1);
}

/** Joins and normalises `.` and `..` segments. */
export function joinPath(base: string, relative: string): string {
  const parts = `${toSlashes(base)}/${toSlashes(relative)}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' && out.length > 0) continue;
    if (part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..' && out[out.length - 1] !== '') out.pop();
    else out.push(part);
  }
  return out.join('/') || '/';
}

/** Config files whose folder would be the site root, nearest first. */
export function siteConfigCandidates(path: string): string[] {
  return ancestorFolders(path).flatMap((folder) => SITE_CONFIG_NAMES.map((name) => joinPath(folder, name)));
}

/** The nearest folder with a Hugo config file, else the parent of the `content/` folder, else undefined. */
export function findSiteRoot(path: string, exists: (path: string) => boolean | undefined): string | undefined {
  for (const folder of ancestorFolders(path)) {
    if (SITE_CONFIG_NAMES.some((name) => exists(joinPath(folder, name)))) return folder;
  }
  const p = toSlashes(path);
  const i = p.lastIndexOf('/content/');
  return i >= 0 ? p.slice(0, i) || '/' : undefined;
}

/** `_index.md` <-> `_index.vi.md`, `x.md` <-> `x.vi.md`, `x.en.md` <-> `x.vi.md`. */
export function twinPath(path: string): string | undefined {
  const p = toSlashes(path);
  if (/\.vi\.md$/i.test(p)) return p.replace(/\.vi\.md$/i, '.md');
  if (/\.en\.md$/i.test(p)) return p.replace(/\.en\.md$/i, '.vi.md');
  if (/\.md$/i.test(p)) return p.replace(/\.md$/i, '.vi.md');
  return undefined;
}

/** The language a report is written in: Vietnamese by its file name (`_index.vi.md`) or its headings' letters. */
export function reportLanguage(report: EventReport): 'en' | 'vi' {
  if (isVietnamese(report.path)) return 'vi';
  const words = report.sections.map((s) => s.heading.text).join(' ');
  return /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(words) ? 'vi' : 'en';
}

/** Whether the report is the Vietnamese one of a pair. */
export function isVietnamese(path: string | undefined): boolean {
  return path !== undefined && /\.vi\.md$/i.test(path);
}

export interface FolderNumbering {
  /** `4` of `4-EventParticipated` or of `4.2-Event2`. */
  readonly section?: number;
  /** `2` of `4.2-Event2`. */
  readonly event?: number;
  /** `2` of `Event2` in the folder name. */
  readonly eventInName?: number;
  readonly folder?: string;
}

/** Numbers a Hugo event folder carries: `content/4-EventParticipated/4.2-Event2/_index.md`. */
export function folderNumbering(path: string | undefined): FolderNumbering {
  if (!path) return {};
  const folder = basename(dirname(path));
  const m = /^(\d+)\.(\d+)-\D*?(\d+)?$/.exec(folder);
  if (m) return { section: Number(m[1]), event: Number(m[2]), eventInName: m[3] !== undefined ? Number(m[3]) : undefined, folder };
  const parent = /^(\d+)-/.exec(folder);
  return parent ? { section: Number(parent[1]), folder } : {};
}

/** The path part of a Hugo config's `baseURL` (`/fcaj-internship-report/`), from hugo.toml, .yaml or .json text. */
export function baseUrlPath(configText: string): string | undefined {
  const m = /^\s*"?baseURL"?\s*[=:]\s*["']?([^"'\s,]+)/im.exec(configText);
  if (!m) return undefined;
  const path = m[1].replace(/^[a-z]+:\/\/[^/]*/i, '');
  return path && path !== '/' ? `/${path.replace(/^\/+|\/+$/g, '')}/` : undefined;
}

/**
 * Where an image of the report lives on disk, or undefined for remote, data and unresolvable sources.
 * A root-absolute source that carries the site's baseURL path is read without it.
 */
export function imageFile(src: string, reportPath: string, siteRoot: string | undefined, basePath?: string): string | undefined {
  const clean = src.trim().replace(/[?#].*$/, '');
  if (!clean || /^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith('//') || clean.includes('{{')) return undefined;
  let decoded = decodedPath(clean);
  if (basePath && decoded.startsWith(basePath)) decoded = `/${decoded.slice(basePath.length)}`;
  if (decoded.startsWith('/')) return siteRoot !== undefined ? joinPath(joinPath(siteRoot, 'static'), decoded) : undefined;
  return joinPath(dirname(reportPath), decoded);
}

/** Where an image is looked for: its file, and the same link read without a first folder that may be a base path. */
export interface ImageLookup {
  readonly file: string;
  readonly unprefixed?: { readonly folder: string; readonly file: string };
}

/**
 * Where to look for an image. A root-absolute source in a site whose config names no base path may still
 * carry one (sites built with `hugo --baseURL` for GitHub Pages): `/repo/images/x.png`, where static/ has no
 * `repo` folder, is then read as `/images/x.png`, as the photo planner writes it when the site's reports link so.
 */
export function imageLookup(src: string, reportPath: string, siteRoot: string | undefined, basePath?: string): ImageLookup | undefined {
  const file = imageFile(src, reportPath, siteRoot, basePath);
  if (file === undefined) return undefined;
  if (basePath || siteRoot === undefined || !src.trim().startsWith('/')) return { file };
  const staticFolder = joinPath(siteRoot, 'static');
  const inStatic = file.slice(staticFolder.length + 1).split('/');
  if (inStatic.length < 3) return { file };
  return { file, unprefixed: { folder: joinPath(staticFolder, inStatic[0]), file: joinPath(staticFolder, inStatic.slice(1).join('/')) } };
}

/** A link's path as a file path: `%20` read as a space; as written where it is no valid escape. */
export function decodedPath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The paths a lookup asks about, for a caller that fetches file facts ahead. */
export function lookupPaths(lookup: ImageLookup): string[] {
  return lookup.unprefixed ? [lookup.file, lookup.unprefixed.folder, lookup.unprefixed.file] : [lookup.file];
}

/** The image's file and whether it exists (undefined: not known). */
export function lookUp(lookup: ImageLookup, exists: (path: string) => boolean | undefined): { readonly file: string; readonly exists: boolean | undefined } {
  const direct = exists(lookup.file);
  const u = lookup.unprefixed;
  if (direct !== true && u && exists(u.folder) === false && exists(u.file) === true) return { file: u.file, exists: true };
  return { file: lookup.file, exists: direct };
}

/** The images whose files a caller should look for, given the site root. */
export function imageFiles(report: EventReport, reportPath: string, siteRoot: string | undefined, basePath?: string): string[] {
  return report.images.flatMap((i) => {
    const lookup = imageLookup(i.src, reportPath, siteRoot, basePath);
    return lookup ? lookupPaths(lookup) : [];
  });
}

/** The path of `file` relative to `folder` (both absolute, `/`-separated). */
export function relativePath(folder: string, file: string): string {
  const from = toSlashes(folder).split('/').filter(Boolean);
  const to = toSlashes(file).split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
