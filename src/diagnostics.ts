import * as vscode from 'vscode';
import { isEventReport, lintParsed, lintSteps, type Finding, type LintOptions } from './core/index';
import { toDiagnostic } from './convert';
import { lintOptionsFor } from './lintOptions';
import { LARGE_DOCUMENT, size, type ReportCache } from './reportCache';
import { inSlices, type SliceRecord } from './slices';
import type { WorkspaceFiles } from './workspaceFiles';

interface Linted {
  readonly version: number;
  readonly findings: readonly Finding[];
  readonly options: LintOptions;
}

type Scope = 'eventReports' | 'allMarkdown' | 'off';

/**
 * Lints each parsed report and shows its findings as diagnostics. Work for an older version of a
 * document, or one overtaken by a newer request, is dropped (a generation counter per document).
 */
export class ReportDiagnostics implements vscode.Disposable {
  readonly #collection = vscode.languages.createDiagnosticCollection('event-notes');
  readonly #linted = new Map<string, Linted>();
  readonly #generation = new Map<string, number>();
  readonly #disposables: vscode.Disposable[];

  constructor(
    private readonly cache: ReportCache,
    private readonly files: WorkspaceFiles,
    private readonly docs: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.#disposables = [
      this.#collection,
      cache.onDidUpdate((document) => void this.lint(document)),
      files.onDidChange(() => this.lintOpen()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('eventNotes')) this.lintOpen();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = document.uri.toString();
        this.#collection.delete(document.uri);
        this.#linted.delete(key);
        this.#generation.delete(key);
      }),
    ];
  }

  /**
   * The findings and options of the document's current version. A version not linted yet (a code
   * action asked right after an edit) is linted now with the options gathered last time.
   */
  lintedFor(document: vscode.TextDocument): Linted | undefined {
    const key = document.uri.toString();
    const linted = this.#linted.get(key);
    if (!linted || linted.version === document.version) return linted;
    // A large report is linted in slices after its parse: until then it has no findings to act on.
    if (size(document) > LARGE_DOCUMENT) return undefined;
    const fresh = { version: document.version, findings: lintParsed(this.cache.get(document), document.getText(), linted.options), options: linted.options };
    this.#linted.set(key, fresh);
    return fresh;
  }

  /** How the last large document was linted: in how many slices, and the longest (for tests). */
  get lastSlicedLint(): SliceRecord | undefined {
    return this.#sliced;
  }

  #sliced: SliceRecord | undefined;

  lintOpen(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId === 'markdown') void this.lint(document);
    }
  }

  async lint(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    const generation = (this.#generation.get(key) ?? 0) + 1;
    this.#generation.set(key, generation);
    const version = document.version;
    try {
      // A large report still being parsed in slices is linted when its parse is done (the cache's update).
      const report = this.cache.getIfReady(document);
      if (!report) return;
      const scope = vscode.workspace.getConfiguration('eventNotes', document.uri).get<Scope>('diagnostics.scope', 'eventReports');
      if (scope === 'off' || (scope === 'eventReports' && !isEventReport(report, document.uri.path))) {
        this.#collection.delete(document.uri);
        this.#linted.delete(key);
        return;
      }
      const options = await lintOptionsFor(document.uri, report, this.files, this.log);
      const current = () => this.#generation.get(key) === generation && document.version === version && !document.isClosed;
      if (!current()) return; // stale
      const text = document.getText();
      const findings = size(document) > LARGE_DOCUMENT
        ? await inSlices(lintSteps(report, text, options), current, (r) => (this.#sliced = r))
        : lintParsed(report, text, options);
      if (!findings || !current()) return;
      this.#linted.set(key, { version, findings, options });
      this.#collection.set(document.uri, findings.map((f) => toDiagnostic(f, this.docs)));
    } catch (e) {
      this.log.error(`Linting ${document.uri.toString(true)} failed: ${(e as Error).stack ?? e}`);
    }
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}
