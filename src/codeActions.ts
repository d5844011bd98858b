import * as vscode from 'vscode';
import { diffEdits, fixReport, type Finding } from './core/index';
import { ruleOf, toVsRange, toWorkspaceEdit } from './convert';
import type { ReportDiagnostics } from './diagnostics';
import { missingImageFixes } from './imageFixes';
import type { ReportCache } from './reportCache';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('eventNotes');

/** A fix-all whose edit is computed only when it is chosen (or run on save), not each time the light bulb asks. */
class FixAllAction extends vscode.CodeAction {
  constructor(title: string, kind: vscode.CodeActionKind, readonly document: vscode.TextDocument, readonly rule: string | undefined) {
    super(title, kind);
  }
}

/** Quick fixes from the findings' own fix data, "fix all of this rule", source.fixAll.eventNotes, and files found for a missing image. */
export class ReportCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly diagnostics: ReportDiagnostics, private readonly cache: ReportCache) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token?: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const linted = this.diagnostics.lintedFor(document);
    if (!linted) return [];
    const actions: vscode.CodeAction[] = [];
    if (context.only?.contains(FIX_ALL_KIND)) {
      if (linted.findings.some((f) => f.fix)) actions.push(new FixAllAction(vscode.l10n.t('Fix all Event Notes problems'), FIX_ALL_KIND, document, undefined));
      return actions;
    }
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return actions;
    const offered = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      const rule = ruleOf(diagnostic);
      if (!rule) continue;
      if (rule === 'image-path') actions.push(...(await missingImageFixes(document, this.cache.get(document), linted.options, diagnostic, token)));
      const finding = linted.findings.find((f) => f.rule === rule && toVsRange(f.range).isEqual(diagnostic.range) && f.message === diagnostic.message);
      if (!finding?.fix) continue;
      const action = new vscode.CodeAction(finding.fixTitle ?? vscode.l10n.t('Fix: {0}', finding.message), vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(document.uri, finding.fix);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
      const fixable = linted.findings.filter((f: Finding) => f.rule === rule && f.fix);
      if (fixable.length > 1 && !offered.has(rule)) {
        offered.add(rule);
        actions.push(new FixAllAction(vscode.l10n.t('Fix all {0} problems in this file', rule), vscode.CodeActionKind.QuickFix, document, rule));
      }
    }
    return actions;
  }

  /** One edit set that fixes every finding (of one rule, or all), touching only the lines that change. */
  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (!(action instanceof FixAllAction)) return action;
    const linted = this.diagnostics.lintedFor(action.document);
    if (!linted) return action;
    const text = action.document.getText();
    const fixed = fixReport(text, { ...linted.options, rules: action.rule ? [action.rule] : undefined });
    action.edit = toWorkspaceEdit(action.document.uri, diffEdits(text, fixed));
    return action;
  }
}
