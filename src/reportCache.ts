import * as vscode from 'vscode';
import { parseReport, warmReport, type EventReport } from './core/index';

interface Entry {
  readonly version: number;
  readonly report: EventReport;
}

/** A change is parsed after a short pause in typing; a large document waits for a longer one. */
const SMALL_DOCUMENT = 64 * 1024;
/** Above this, the chunks are parsed in slices of SLICE_MS, letting the host run between them. */
const LARGE_DOCUMENT = 256 * 1024;
const SLICE_MS = 30;
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
      if (size(document) > LARGE_DOCUMENT) this.#warm(document, document.version, document.getText());
      else this.#parsed(document);
    }, delay));
  }

  #parsed(document: vscode.TextDocument): void {
    this.get(document);
    this.#onDidUpdate.fire(document);
  }

  /** How the last large document was parsed: in how many slices, the longest, and the final parse from the cache. */
  get lastSlicedParse(): { readonly slices: number; readonly longestSliceMs: number; readonly finalParseMs: number } | undefined {
    return this.#sliced;
  }

  #sliced: { slices: number; longestSliceMs: number; finalParseMs: number } | undefined;
  #slicing: { slices: number; longestSliceMs: number } | undefined;

  /**
   * A large document's chunks are parsed a slice at a time, the host free between slices; the report is then
   * read from the cache. A newer version drops the work for an older one (it schedules its own).
   */
  #warm(document: vscode.TextDocument, version: number, text: string, first = true): void {
    const key = document.uri.toString();
    if (document.isClosed || document.version !== version) return;
    if (first) this.#slicing = { slices: 0, longestSliceMs: 0 };
    const sliceStarted = Date.now();
    const done = warmReport(text, SLICE_MS);
    const slicing = this.#slicing ?? { slices: 0, longestSliceMs: 0 };
    slicing.slices++;
    slicing.longestSliceMs = Math.max(slicing.longestSliceMs, Date.now() - sliceStarted);
    if (!done) {
      this.#timers.set(key, setTimeout(() => {
        this.#timers.delete(key);
        this.#warm(document, version, text, false);
      }, 0));
      return;
    }
    const parseStarted = Date.now();
    this.get(document);
    this.#sliced = { ...slicing, finalParseMs: Date.now() - parseStarted };
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
