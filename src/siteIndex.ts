import * as vscode from 'vscode';
import {
  findSites, joinPath, lintParsed, pageHead, parseReport, SITE_CONFIG_NAMES, siteMap, siteProblems, twinPath,
  type LintConfig, type SiteMap, type SitePage, type SiteProblem,
} from './core/index';
import { lintOptionsFor } from './lintOptions';
import type { ReportCache } from './reportCache';
import type { WorkspaceFiles } from './workspaceFiles';

/** A Hugo site of the workspace, as the Event Reports view shows it. */
export interface WorkspaceSite {
  readonly root: vscode.Uri;
  readonly map: SiteMap;
  readonly problems: readonly SiteProblem[];
}

const MAX_FILES = 5000;
const EXCLUDE = '{**/node_modules/**,**/public/**,**/resources/**}';

/**
 * The workspace's Hugo sites and their pages, each page read, parsed and linted once per document version
 * (open) or modification time (on disk): a change re-reads that page alone (and the twin whose findings name it).
 */
export class SiteIndex implements vscode.Disposable {
  readonly #pages = new Map<string, { stamp: string; page: SitePage }>();
  readonly #onDidChange = new vscode.EventEmitter<void>();
  /** Fires, after a short pause, when a page or a site's config was created, changed or deleted. */
  readonly onDidChange = this.#onDidChange.event;
  readonly #disposables: vscode.Disposable[] = [this.#onDidChange];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly cache: ReportCache, private readonly files: WorkspaceFiles, private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,toml,yaml,json}');
    const changed = (uri: vscode.Uri) => {
      this.#forget(uri);
      this.#changed();
    };
    this.#disposables.push(
      watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed),
      cache.onDidUpdate((document) => changed(document.uri)),
    );
  }

  /**
   * Every site of the workspace with its events and problems. `quick`: pages not read yet are read from their
   * heads only (front matter and title; see pageHead), for a first listing that a full read then completes.
   */
  async sites(token?: vscode.CancellationToken, quick = false): Promise<WorkspaceSite[]> {
    const [configs, markdown] = await Promise.all([
      vscode.workspace.findFiles(`**/{${SITE_CONFIG_NAMES.join(',')}}`, EXCLUDE, 100, token),
      vscode.workspace.findFiles('**/content/**/*.md', EXCLUDE, MAX_FILES, token),
    ]);
    const byPath = new Map([...configs, ...markdown].map((uri) => [uri.path, uri]));
    const sites: WorkspaceSite[] = [];
    for (const root of findSites([...byPath.keys()])) {
      const inSite = markdown.filter((uri) => uri.path.startsWith(`${joinPath(root, 'content')}/`));
      const pages = (await Promise.all(inSite.map((uri) => this.#page(uri, quick)))).filter((p): p is SitePage => p !== undefined);
      const base = inSite[0] ?? configs[0];
      const configUri = SITE_CONFIG_NAMES.map((name) => joinPath(root, name)).find((p) => byPath.has(p));
      const configText = configUri ? await this.files.read(configUri, base) : undefined;
      const map = siteMap(root, configText, pages);
      const rules = (file: string): LintConfig => ({ rules: vscode.workspace.getConfiguration('eventNotes', base.with({ path: joinPath(root, file) })).get<LintConfig['rules']>('rules') ?? {} });
      sites.push({ root: base.with({ path: root }), map, problems: siteProblems(map, rules) });
    }
    return sites;
  }

  /** The reports of the sites' pages, as last read (for Create Twin's wording). */
  pages(): SitePage[] {
    return [...this.#pages.values()].map((p) => p.page);
  }

  async #page(uri: vscode.Uri, quick: boolean): Promise<SitePage | undefined> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    let stamp: string;
    if (open) {
      stamp = `v${open.version}`;
    } else {
      try {
        stamp = `m${(await vscode.workspace.fs.stat(uri)).mtime}`;
      } catch {
        return undefined;
      }
    }
    const known = this.#pages.get(key);
    if (known?.stamp === stamp) return known.page;
    try {
      const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      if (quick) return { path: uri.path, report: parseReport(pageHead(text), { path: uri.path }), findings: [], partial: true };
      // An open report is read from the shared cache, as every feature reads it.
      const parsed = (open && this.cache.getIfReady(open)) || parseReport(text, { path: uri.path });
      const findings = lintParsed(parsed, text, await lintOptionsFor(uri, parsed, this.files, this.log));
      const page = { path: uri.path, report: parsed, findings };
      this.#pages.set(key, { stamp, page });
      return page;
    } catch (e) {
      this.log.warn(`Event Reports: cannot read ${uri.toString(true)}: ${(e as Error).message}`);
      return undefined;
    }
  }

  /** A page changed: it is read again, and so is its twin, whose twin-mismatch findings name it. */
  #forget(uri: vscode.Uri): void {
    this.#pages.delete(uri.toString());
    const twin = twinPath(uri.path);
    if (twin) this.#pages.delete(uri.with({ path: twin }).toString());
  }

  #changed(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#onDidChange.fire(), 300);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    for (const d of this.#disposables) d.dispose();
  }
}
