import * as vscode from 'vscode';
import type { Finding, Range, TextEdit } from './core/index';

/** The one place where the core's plain ranges, edits and findings become VS Code objects. */
export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toVsRange(e.range), e.newText);
  return edit;
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** `docs` is the rules documentation; each rule's section is its id. */
export function toDiagnostic(finding: Finding, docs: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVsRange(finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = 'event-notes';
  diagnostic.code = { value: finding.rule, target: docs.with({ fragment: finding.rule }) };
  return diagnostic;
}

/** The rule id of one of our diagnostics. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== 'event-notes') return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code !== undefined ? String(code) : undefined;
}
