import * as vscode from 'vscode';
import { baseUrlPath, findSiteRoot, joinPath, SITE_CONFIG_NAMES, siteConfigCandidates, type FileFacts } from './core/index';

const CHANGE_SETTLE_MS = 100;

/**
 * What exists in the workspace, looked up through vscode.workspace.fs (so it works on remote and
 * virtual file systems) ahead of linting, and remembered until a file is created or deleted.
 */
export class WorkspaceFiles implements vscode.Disposable, FileFacts {
  readonly #known = new Map<string, boolean>();
  readonly #basePaths = new Map<string, string | undefined>();
  readonly #watcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
  readonly #onDidChange = new vscode.EventEmitter<void>();
  /** Fires when a file appears or disappears, so that findings about files can be recomputed. */
  readonly onDidChange = this.#onDidChange.event;

  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    // A build (hugo writing public/, a git checkout) creates files by the thousand: what is known is
    // dropped at once, but listeners re-lint and re-render once the burst is over.
    const forget = () => {
      this.#known.clear();
      this.#basePaths.clear();
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#onDidChange.fire(), CHANGE_SETTLE_MS);
    };
    this.#watcher.onDidCreate(forget);
    this.#watcher.onDidDelete(forget);
  }

  exists(path: string): boolean | undefined {
    return this.#known.get(path);
  }

  /** Looks up the paths not known yet; unknown paths stay unknown when the look-up fails. */
  async prefetch(paths: readonly string[], base: vscode.Uri): Promise<void> {
    await Promise.all(paths.filter((p) => !this.#known.has(p)).map(async (p) => {
      try {
        await vscode.workspace.fs.stat(base.with({ path: p }));
        this.#known.set(p, true);
      } catch (e) {
        // Not found (or not reachable as a file): absent. Anything else leaves the path unknown.
        if (e instanceof vscode.FileSystemError) this.#known.set(p, false);
      }
    }));
  }

  /** Paths (such as config candidates) inside the document's workspace folder: nothing above it is looked up. */
  inFolder(paths: readonly string[], uri: vscode.Uri): string[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.path;
    if (folder === undefined) return [...paths];
    const prefix = folder === '/' ? '/' : `${folder}/`;
    return paths.filter((p) => p.startsWith(prefix));
  }

  /** The Hugo site root of a document, from the config files found above it in its workspace folder. */
  async siteRoot(uri: vscode.Uri): Promise<string | undefined> {
    await this.prefetch(this.inFolder(siteConfigCandidates(uri.path), uri), uri);
    return findSiteRoot(uri.path, (p) => this.exists(p));
  }

  /** A document's Hugo site root and the path part of its baseURL, as linking and resolving images need them. */
  async site(uri: vscode.Uri): Promise<{ readonly siteRoot: string | undefined; readonly basePath: string | undefined }> {
    const siteRoot = await this.siteRoot(uri);
    return { siteRoot, basePath: siteRoot === undefined ? undefined : await this.basePath(siteRoot, uri) };
  }

  /** The path part of the site's baseURL (`/repo/`), read once per site root until a file is created or deleted. */
  async basePath(siteRoot: string, base: vscode.Uri): Promise<string | undefined> {
    if (this.#basePaths.has(siteRoot)) return this.#basePaths.get(siteRoot);
    const configs = SITE_CONFIG_NAMES.map((name) => joinPath(siteRoot, name));
    await this.prefetch(configs, base);
    let found: string | undefined;
    for (const config of configs.filter((p) => this.exists(p))) {
      const text = await this.read(config, base);
      if (text !== undefined) {
        found = baseUrlPath(text);
        break;
      }
    }
    this.#basePaths.set(siteRoot, found);
    return found;
  }

  /** A file's text: from an open editor when there is one, else from the file system. */
  async read(path: string, base: vscode.Uri): Promise<string | undefined> {
    const uri = base.with({ path });
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    if (this.#known.get(path) === false) return undefined;
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#watcher.dispose();
    this.#onDidChange.dispose();
  }
}

/** Whether a file or folder exists, asked through vscode.workspace.fs. */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
