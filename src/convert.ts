import * as vscode from 'vscode';
import type { Finding, Range } from './core/index';

/** The one place where the core's plain ranges and findings become VS Code objects. */
export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVsRange(finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = 'event-notes';
  diagnostic.code = finding.rule;
  return diagnostic;
}
