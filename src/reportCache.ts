import * as vscode from 'vscode';
import { parseReport, type EventReport } from './core/index';

interface Entry {
  readonly version: number;
  readonly report: EventReport;
}

/** A change is parsed after a short pause in typing; a large document waits for a longer one. */
const SMALL_DOCUMENT = 64 * 1024;
const TYPING_DELAY_MS = 30;
const LARGE_DOCUMENT_DELAY_MS = 250;

/** The document's length without copying its text. */
function size(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/**
 * One parsed EventReport per open Markdown document version, shared by every feature.
 * Listeners hear about a document once its new version is parsed, debounced while typing.
 */
export class ReportCache implements vscode.Disposable {
  readonly #entries = new Map<string, Entry>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #onDidUpdate = new vscode.EventEmitter<vscode.TextDocument>();
  readonly #disposables: vscode.Disposable[] = [this.#onDidUpdate];

  /** Fires when a document's report is (re)parsed. */
  readonly onDidUpdate = this.#onDidUpdate.event;

  constructor() {
    this.#disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.#schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.#schedule(e.document, size(e.document) > SMALL_DOCUMENT ? LARGE_DOCUMENT_DELAY_MS : TYPING_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.#forget(d.uri)),
    );
  }

  static isReportCandidate(document: vscode.TextDocument): boolean {
    return document.languageId === 'markdown';
  }

  /** The report of the document's current version, parsed now if it is not cached yet. */
  get(document: vscode.TextDocument): EventReport {
    const key = document.uri.toString();
    const cached = this.#entries.get(key);
    if (cached && cached.version === document.version) return cached.report;
    const report = parseReport(document.getText(), { path: document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.path });
    this.#entries.set(key, { version: document.version, report });
    return report;
  }

  /** Parses every open report now (at start-up). */
  refreshOpen(): void {
    for (const document of vscode.workspace.textDocuments) this.#schedule(document, 0);
  }

  #schedule(document: vscode.TextDocument, delay: number): void {
    if (!ReportCache.isReportCandidate(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.#timers.get(key));
    this.#timers.set(key, setTimeout(() => {
      this.#timers.delete(key);
      if (document.isClosed) return;
      this.get(document);
      this.#onDidUpdate.fire(document);
    }, delay));
  }

  #forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.#timers.get(key));
    this.#timers.delete(key);
    this.#entries.delete(key);
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#entries.clear();
    for (const d of this.#disposables) d.dispose();
  }
}
