import * as vscode from 'vscode';
import type { EventReport } from './core/index';
import { ReportDiagnostics } from './diagnostics';
import { registerOutlineCommand } from './outlineCommand';
import { ReportCache } from './reportCache';

/** What the extension offers other extensions and its own integration tests. */
export interface EventNotesApi {
  /** The parsed report of a document's current version (the shared model every feature reads). */
  reportFor(document: vscode.TextDocument): EventReport;
}

export function activate(context: vscode.ExtensionContext): EventNotesApi {
  const cache = new ReportCache();
  context.subscriptions.push(cache, new ReportDiagnostics(cache), registerOutlineCommand(cache));
  cache.refreshOpen();
  return { reportFor: (document) => cache.get(document) };
}

export function deactivate(): void {}
