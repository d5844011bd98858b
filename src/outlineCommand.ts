import * as vscode from 'vscode';
import { reportOutline, type ReportOutline } from './core/index';
import { ReportCache } from './reportCache';
import { toVsRange } from './convert';

/**
 * "Event Notes: Show Report Outline": a quick pick of the active report's sections and speakers;
 * choosing one selects it in the editor.
 */
export function registerOutlineCommand(cache: ReportCache): vscode.Disposable {
  return vscode.commands.registerCommand('eventNotes.showOutline', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !ReportCache.isReportCandidate(editor.document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an event report (a Markdown file) to see its outline.'));
      return;
    }
    const outline = reportOutline(cache.get(editor.document));
    const items = outlineItems(outline);
    const picked = await vscode.window.showQuickPick(items, { placeHolder: outline.title ?? vscode.l10n.t('Report outline'), matchOnDescription: true });
    if (picked?.range) {
      editor.selection = new vscode.Selection(picked.range.start, picked.range.end);
      editor.revealRange(picked.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  });
}


export type OutlineItem = vscode.QuickPickItem & { range?: vscode.Range };

/** The quick pick's items: sections indented by level with their kind's translated name, then speakers. */
export function outlineItems(outline: ReportOutline): OutlineItem[] {
  return [
    { label: vscode.l10n.t('Sections'), kind: vscode.QuickPickItemKind.Separator },
    ...outline.sections.map((s) => ({
      label: `${'  '.repeat(Math.max(0, s.level - 1))}${s.text || vscode.l10n.t('(empty heading)')}`,
      description: s.kindName,
      range: toVsRange(s.headingRange),
    })),
    { label: vscode.l10n.t('Speakers ({0})', outline.speakers.length), kind: vscode.QuickPickItemKind.Separator },
    ...outline.speakers.map((s) => ({ label: s.name, description: s.about, range: toVsRange(s.nameRange) })),
  ];
}
