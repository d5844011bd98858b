import * as vscode from 'vscode';
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
    const report = cache.get(editor.document);
    type Item = vscode.QuickPickItem & { range?: vscode.Range };
    const items: Item[] = [
      { label: vscode.l10n.t('Sections'), kind: vscode.QuickPickItemKind.Separator },
      ...report.sections.map((s) => ({
        label: `${'  '.repeat(Math.max(0, s.heading.level - 1))}${s.heading.text || '(empty heading)'}`,
        description: s.kind === 'other' ? '' : s.kind,
        range: toVsRange(s.heading.range),
      })),
      { label: vscode.l10n.t('Speakers ({0})', report.speakers.length), kind: vscode.QuickPickItemKind.Separator },
      ...report.speakers.map((s) => ({
        label: s.name,
        description: [s.role, s.organization].filter(Boolean).join(', '),
        range: toVsRange(s.nameRange),
      })),
    ];
    const picked = await vscode.window.showQuickPick(items, { placeHolder: report.title?.text ?? vscode.l10n.t('Report outline'), matchOnDescription: true });
    if (picked?.range) {
      editor.selection = new vscode.Selection(picked.range.start, picked.range.end);
      editor.revealRange(picked.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  });
}

