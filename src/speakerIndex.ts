import * as vscode from 'vscode';
import { knownSpeakers, parseReport, type EventReport, type KnownSpeaker } from './core/index';
import type { ReportCache } from './reportCache';

const MAX_FILES = 2000;

/**
 * The reports of the workspace and their speakers, for Insert Speaker, completion and hovers. Built on first use (activation
 * reads nothing), refreshed when a Markdown file is saved, created or deleted.
 */
export class SpeakerIndex implements vscode.Disposable {
  #reports: Map<string, EventReport> | undefined;
  /** The workspace's Markdown files, searched for once until one is created or deleted (completion asks often). */
  #files: vscode.Uri[] | undefined;
  readonly #disposables: vscode.Disposable[] = [];

  constructor(private readonly cache: ReportCache) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    const forget = (uri: vscode.Uri) => this.#reports?.delete(uri.toString());
    const moved = (uri: vscode.Uri) => {
      forget(uri);
      this.#files = undefined;
    };
    this.#disposables.push(watcher, watcher.onDidChange(forget), watcher.onDidCreate(moved), watcher.onDidDelete(moved));
  }

  /** Whether the workspace's reports have been read (on the first Insert Speaker). */
  get built(): boolean {
    return this.#reports !== undefined;
  }

  async speakers(token?: vscode.CancellationToken): Promise<KnownSpeaker[]> {
    return knownSpeakers((await this.reports(token)).map((r) => r.report));
  }

  /** Every Markdown report of the workspace by URI; open documents count as they are now, saved or not. */
  async reports(token?: vscode.CancellationToken): Promise<{ readonly uri: string; readonly report: EventReport }[]> {
    const reports = (this.#reports ??= new Map());
    if (!this.#files) {
      const found = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**', MAX_FILES, token);
      if (token?.isCancellationRequested) return [];
      this.#files = found;
    }
    const files = this.#files;
    await Promise.all(files.filter((uri) => !reports.has(uri.toString())).map(async (uri) => {
      try {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        reports.set(uri.toString(), parseReport(text, { path: uri.path }));
      } catch {
        // An unreadable file has no speakers to offer.
      }
    }));
    const current = new Map(reports);
    for (const document of vscode.workspace.textDocuments) {
      // A large report still being parsed in slices counts as it was last saved.
      const report = document.languageId === 'markdown' ? this.cache.getIfReady(document) : undefined;
      if (report) current.set(document.uri.toString(), report);
    }
    return [...current].map(([uri, report]) => ({ uri, report }));
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}
