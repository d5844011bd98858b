import * as vscode from 'vscode';
import {
  conventionPaths, defaultPhotoHeading, isEventReport, joinPath, photoConventions, photoFolder, planPhotos, reportLanguage, sitePhotoHeading,
  type EventReport, type PhotoConventions, type PhotoHeading, type PhotoPlan, type PhotoSource,
} from './core/index';
import type { ReportCache } from './reportCache';
import type { SpeakerIndex } from './speakerIndex';
import type { WorkspaceFiles } from './workspaceFiles';

/** A photo as the shell holds it: the core's source, and where its bytes come from. */
export interface PhotoInput {
  readonly source: PhotoSource;
  readonly uri?: vscode.Uri;
  readonly file?: vscode.DataTransferFile;
}

/** What planning photos for a report needs from the workspace: its site, the site's conventions and the names taken. */
export interface PhotoPlace {
  readonly report: EventReport;
  readonly siteRoot: string | undefined;
  readonly conventions: PhotoConventions;
  readonly heading: PhotoHeading;
  readonly taken: readonly string[];
}

/**
 * Gathers a report's photo place through vscode.workspace.fs (so it works on vscode.dev) and plans with the
 * core: which file goes where and which link the report gets. Copying and editing are the callers'.
 */
export class SitePhotos {
  constructor(private readonly cache: ReportCache, private readonly files: WorkspaceFiles, private readonly reports: SpeakerIndex) {}

  async place(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<PhotoPlace> {
    const uri = document.uri;
    const report = this.cache.get(document);
    const { siteRoot, basePath: configBasePath } = uri.scheme === 'untitled' ? { siteRoot: undefined, basePath: undefined } : await this.files.site(uri);
    const others = siteRoot === undefined ? [] : (await this.reports.reports(token))
      .filter((r) => r.uri !== uri.toString() && r.report.path?.startsWith(`${joinPath(siteRoot, 'content')}/`) && isEventReport(r.report, r.report.path))
      .map((r) => r.report);
    const siteReports = others.map((r) => ({ path: r.path!, images: r.images.map((i) => i.src) }));
    // A link's first folder is a base path only where static/ has no such folder.
    if (siteRoot !== undefined) await this.files.prefetch(conventionPaths(siteRoot, siteReports), uri);
    const conventions = photoConventions({
      siteRoot,
      configBasePath,
      setting: destinationSetting(uri),
      reports: siteReports,
      exists: (p) => this.files.exists(p),
    });
    const language = reportLanguage(report);
    const heading = sitePhotoHeading(others, language) ?? defaultPhotoHeading(report, language);
    const folder = uri.with({ path: photoFolder(uri.path, siteRoot, conventions) });
    let taken: string[] = [];
    try {
      taken = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
    } catch {
      // No folder yet: nothing is taken.
    }
    return { report, siteRoot, conventions, heading, taken };
  }

  plan(document: vscode.TextDocument, place: PhotoPlace, inputs: readonly PhotoInput[]): PhotoPlan[] {
    return planPhotos(inputs.map((i) => i.source), { reportPath: document.uri.path, siteRoot: place.siteRoot, conventions: place.conventions, taken: place.taken });
  }
}

/** The destination the user set (in any scope); unset, the site's own convention applies. */
function destinationSetting(uri: vscode.Uri): string | undefined {
  const inspected = vscode.workspace.getConfiguration('eventNotes', uri).inspect<string>('photos.destination');
  const set = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
  return typeof set === 'string' && set.trim() !== '' ? set.trim() : undefined;
}

/** A photo given as a file of some file system: linked where it is when it is in the report's own file system. */
export function photoFromUri(uri: vscode.Uri, document: vscode.TextDocument): PhotoInput {
  const same = uri.scheme === document.uri.scheme && uri.authority === document.uri.authority;
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return { source: same ? { name, path: uri.path } : { name }, uri };
}

/** The bytes of a photo to copy. */
export async function photoBytes(input: PhotoInput): Promise<Uint8Array> {
  if (input.file) return input.file.data();
  return vscode.workspace.fs.readFile(input.uri!);
}
