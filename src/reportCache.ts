import * as vscode from 'vscode';
import { parseReport, parseSteps, warmReport, type EventReport, type ParseOptions, type Steps } from './core/index';
import { inSlices, SLICE_MS, type SliceRecord } from './slices';

interface Entry {
  readonly version: number;
  readonly report: EventReport;
}

/** A change is parsed after a short pause in typing; a large document waits for a longer one. */
const SMALL_DOCUMENT = 64 * 1024;
/** Above this, a report is parsed, linted and rendered in slices, letting the host run between them. */
export const LARGE_DOCUMENT = 256 * 1024;
const TYPING_DELAY_MS = 30;
const LARGE_DOCUMENT_DELAY_MS = 250;

/** The document's length without copying its text. */
export function size(document: vscode.TextDocument): number {
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
    const report = parseReport(document.getText(), parseOptions(document));
    this.#entries.set(key, { version: document.version, report });
    return report;
  }

  /**
   * The report of the document's current version where that costs little: a small document is parsed now, a
   * large one only once its slices are done (until then undefined, and onDidUpdate follows). For views that
   * refresh on their own, such as the tree when an editor is opened.
   */
  getIfReady(document: vscode.TextDocument): EventReport | undefined {
    const cached = this.#entries.get(document.uri.toString());
    if ((cached && cached.version === document.version) || size(document) <= LARGE_DOCUMENT) return this.get(document);
    return undefined;
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
      if (size(document) > LARGE_DOCUMENT) void this.#warm(document, document.version, document.getText());
      else this.#parsed(document);
    }, delay));
  }

  #parsed(document: vscode.TextDocument): void {
    this.get(document);
    this.#onDidUpdate.fire(document);
  }

  /** How the last large document was parsed: in how many slices, and the longest. */
  get lastSlicedParse(): SliceRecord | undefined {
    return this.#sliced;
  }

  #sliced: SliceRecord | undefined;

  /**
   * A large document is parsed a slice at a time, the host free between slices; the report of its older
   * version stays in use until then. A newer version drops the work for an older one (it schedules its own).
   */
  async #warm(document: vscode.TextDocument, version: number, text: string): Promise<void> {
    const current = () => !document.isClosed && document.version === version;
    const report = await inSlices(reportSteps(text, parseOptions(document)), current, (r) => (this.#sliced = r));
    if (!report || !current()) return;
    this.#entries.set(document.uri.toString(), { version, report });
    this.#onDidUpdate.fire(document);
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

function parseOptions(document: vscode.TextDocument): ParseOptions {
  return { path: document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.path };
}

/** A report's parse in steps: its chunks into the parse cache a few milliseconds at a time, then the model. */
function* reportSteps(text: string, options: ParseOptions): Steps<EventReport> {
  while (!warmReport(text, SLICE_MS / 3)) yield;
  return yield* parseSteps(text, options);
}
