import * as vscode from 'vscode';
import { knownSpeakers, parseReport, type EventReport, type KnownSpeaker } from './core/index';
import type { ReportCache } from './reportCache';

const MAX_FILES = 2000;

/**
 * The speakers of every report in the workspace, for Insert Speaker. Built on first use (activation
 * reads nothing), refreshed when a Markdown file is saved, created or deleted.
 */
export class SpeakerIndex implements vscode.Disposable {
  #reports: Map<string, EventReport> | undefined;
  readonly #disposables: vscode.Disposable[] = [];

  constructor(private readonly cache: ReportCache) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    const forget = (uri: vscode.Uri) => this.#reports?.delete(uri.toString());
    this.#disposables.push(watcher, watcher.onDidChange(forget), watcher.onDidCreate(forget), watcher.onDidDelete(forget));
  }

  /** Whether the workspace's reports have been read (on the first Insert Speaker). */
  get built(): boolean {
    return this.#reports !== undefined;
  }

  async speakers(token?: vscode.CancellationToken): Promise<KnownSpeaker[]> {
    const reports = (this.#reports ??= new Map());
    const files = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**', MAX_FILES, token);
    await Promise.all(files.filter((uri) => !reports.has(uri.toString())).map(async (uri) => {
      try {
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        reports.set(uri.toString(), parseReport(text, { path: uri.path }));
      } catch {
        // An unreadable file has no speakers to offer.
      }
    }));
    // Open documents count as they are now, saved or not.
    const current = new Map(reports);
    for (const document of vscode.workspace.textDocuments) {
      // A large report still being parsed in slices counts as it was last saved.
      const report = document.languageId === 'markdown' ? this.cache.getIfReady(document) : undefined;
      if (report) current.set(document.uri.toString(), report);
    }
    return knownSpeakers([...current.values()]);
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}
