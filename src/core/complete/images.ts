import type { Position } from '../model';
import { isImageName } from '../photos/names';
import { decodedPath as decoded, dirname, joinPath } from '../site';
import { order, type CompletionPlan } from './plan';

/** A folder whose entries complete the image path being typed, and what the completions write before an entry. */
export interface ImagePathQuery {
  readonly folder: string;
  /** The path up to the entry: `/images/4-EventParticipated/`, `/repo/images/`, `photos/`. */
  readonly prefix: string;
  /** The path as typed, from where it starts to the cursor. */
  readonly typed: string;
  /** Where the typed path starts on the cursor's line. */
  readonly start: Position;
}

export interface ImagePathSite {
  readonly reportPath: string;
  readonly siteRoot: string | undefined;
  readonly basePath: string | undefined;
}

/** The image source being typed: in `![alt](…`, `{{< figure src="…` or `<img src="…`. */
const SOURCE_BEFORE_CURSOR = [
  /!\[[^\]]*\]\(\s*<?([^\s)>"']*)$/,
  /\{\{[<%]\s*figure\b[^}]*?\bsrc\s*=\s*["']([^"']*)$/,
  /<img\b[^>]*?\bsrc\s*=\s*["']([^"']*)$/i,
];

/**
 * The folders to list for the image path before the cursor: static/ for a site-root path (written with the
 * site's base path), the page's own folder for a relative one; both while nothing is typed.
 */
export function imagePathQueries(before: string, line: number, site: ImagePathSite): ImagePathQuery[] {
  const typed = SOURCE_BEFORE_CURSOR.map((re) => re.exec(before)?.[1]).find((t) => t !== undefined);
  if (typed === undefined || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(typed)) return [];
  const start = { line, character: before.length - typed.length };
  const typedFolder = typed.slice(0, typed.lastIndexOf('/') + 1);
  const queries: ImagePathQuery[] = [];
  if (!typed.startsWith('/')) {
    queries.push({ folder: joinPath(dirname(site.reportPath), decoded(typedFolder)), prefix: typedFolder, typed, start });
  }
  if (site.siteRoot !== undefined && (typed === '' || typed.startsWith('/'))) {
    const staticFolder = joinPath(site.siteRoot, 'static');
    const base = site.basePath ?? '/';
    if (typed.startsWith(base)) {
      const rest = typedFolder.slice(base.length);
      queries.push({ folder: joinPath(staticFolder, decoded(rest)), prefix: `${base}${rest}`, typed, start });
    } else if (base.startsWith(typed)) {
      queries.push({ folder: staticFolder, prefix: base, typed, start });
    } else {
      // `/images/` in a site whose links carry `/repo/`: listed, and written with the base path.
      queries.push({ folder: joinPath(staticFolder, decoded(typedFolder)), prefix: `${base}${typedFolder.slice(1)}`, typed, start });
    }
  }
  return queries;
}

/** A folder's entry as the shell lists it. */
export interface FolderEntry {
  readonly name: string;
  readonly folder: boolean;
}

/** Folders (which open the list again) and image files of each queried folder, folders first. */
export function imagePathCompletions(listed: readonly { readonly query: ImagePathQuery; readonly entries: readonly FolderEntry[] }[], cursor: Position): CompletionPlan[] {
  const plans: CompletionPlan[] = [];
  for (const { query, entries } of listed) {
    const shown = entries.filter((e) => !e.name.startsWith('.') && (e.folder || isImageName(e.name)));
    shown.sort((a, b) => Number(b.folder) - Number(a.folder) || a.name.localeCompare(b.name));
    const typedFolder = query.typed.slice(0, query.typed.lastIndexOf('/') + 1);
    for (const entry of shown) {
      const written = `${query.prefix}${encodeURI(entry.name)}${entry.folder ? '/' : ''}`;
      plans.push({
        label: entry.folder ? `${entry.name}/` : entry.name,
        kind: entry.folder ? 'folder' : 'file',
        detail: written,
        range: { start: query.start, end: cursor },
        insertText: written,
        snippet: false,
        // What was typed leads, so that `/images/` still matches what is written as `/repo/images/…`.
        filterText: written.startsWith(query.typed) ? written : `${typedFolder}${entry.name}`,
        sortText: order(plans.length),
        retrigger: entry.folder,
      });
    }
  }
  return plans;
}
