import * as vscode from 'vscode';
import { lintParsed } from './core/index';
import { toDiagnostic } from './convert';
import type { ReportCache } from './reportCache';

/** Shows the findings of each parsed report as diagnostics; cleared when the document closes. */
export class ReportDiagnostics implements vscode.Disposable {
  readonly #collection = vscode.languages.createDiagnosticCollection('event-notes');
  readonly #disposables: vscode.Disposable[];

  constructor(cache: ReportCache) {
    this.#disposables = [
      this.#collection,
      cache.onDidUpdate((document) => {
        this.#collection.set(document.uri, lintParsed(cache.get(document)).map(toDiagnostic));
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.#collection.delete(document.uri)),
    ];
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}
