import * as vscode from 'vscode';
import { frontMatterCompletions, isEventReport, mightComplete, sectionCompletions, speakerCompletions, splitLines, type CompletionPlan } from './core/index';
import { toVsRange } from './convert';
import type { ReportCache } from './reportCache';
import type { SpeakerIndex } from './speakerIndex';

const KINDS: Record<CompletionPlan['kind'], vscode.CompletionItemKind> = {
  speaker: vscode.CompletionItemKind.User,
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.Value,
  section: vscode.CompletionItemKind.Snippet,
  folder: vscode.CompletionItemKind.Folder,
  file: vscode.CompletionItemKind.File,
};

/**
 * Completion in event reports, planned by the core: speakers of the workspace's reports on a new entry of a
 * Speakers list, front-matter keys and values, and the sections the report lacks on a new heading line.
 */
export function registerCompletions(cache: ReportCache, index: SpeakerIndex): vscode.Disposable {
  const provider: vscode.CompletionItemProvider = {
    async provideCompletionItems(document, position, token) {
      const before = document.lineAt(position.line).text.slice(0, position.character);
      if (!mightComplete(before, position.line)) return undefined;
      const report = cache.getIfReady(document);
      if (!report || !isEventReport(report, document.uri.path)) return undefined;
      const lines = splitLines(document.getText());
      const at = { line: position.line, character: position.character };
      const plans = [...sectionCompletions(report, lines, at)];
      if (report.frontMatter && position.line <= report.frontMatter.range.end.line) {
        const site = (await index.reports(token)).filter((r) => r.report !== report && r.uri !== document.uri.toString() && isEventReport(r.report, r.report.path));
        plans.push(...frontMatterCompletions(report, lines, at, site.map((r) => ({ path: r.report.path ?? r.uri, data: r.report.frontMatter?.data ?? null })), today()));
      } else {
        plans.push(...speakerCompletions(report, lines, at, await index.speakers(token)));
      }
      if (token.isCancellationRequested) return undefined;
      return plans.map(toItem);
    },
  };
  return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, provider, ' ', '#', ':', '*', '|');
}

export function toItem(plan: CompletionPlan): vscode.CompletionItem {
  const item = new vscode.CompletionItem(plan.label, KINDS[plan.kind]);
  item.detail = plan.detail;
  if (plan.documentation) item.documentation = plan.documentation;
  item.range = toVsRange(plan.range);
  item.insertText = plan.snippet ? new vscode.SnippetString(plan.insertText) : plan.insertText;
  item.filterText = plan.filterText;
  item.sortText = plan.sortText;
  if (plan.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: '' };
  return item;
}

/** Today as YYYY-MM-DD, in the user's time zone. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
