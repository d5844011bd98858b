import * as vscode from 'vscode';
import { planSpeakerInsertion, type NewSpeaker } from './core/index';
import { toVsRange } from './convert';
import type { ReportCache } from './reportCache';
import type { SpeakerIndex } from './speakerIndex';

/**
 * "Event Notes: Insert Speaker". Asks for a known or new speaker (or takes `{ name, role, organization }`
 * as its argument and asks nothing), then applies the core's planned insertion as one WorkspaceEdit.
 */
export function registerInsertSpeaker(cache: ReportCache, index: SpeakerIndex): vscode.Disposable {
  return vscode.commands.registerCommand('eventNotes.insertSpeaker', async (argument?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an event report to insert a speaker.'));
      return false;
    }
    const speaker = isSpeaker(argument) ? argument : await askForSpeaker(index);
    if (!speaker) return false;
    const document = editor.document;
    const plan = planSpeakerInsertion(cache.get(document), document.getText(), speaker, editor.selection.active);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, toVsRange(plan.edit.range), plan.edit.newText);
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    const line = Math.min(plan.line, document.lineCount - 1);
    const end = document.lineAt(line).range.end;
    editor.selection = new vscode.Selection(end, end);
    editor.revealRange(new vscode.Range(end, end));
    return true;
  });
}

function isSpeaker(value: unknown): value is NewSpeaker {
  return typeof value === 'object' && value !== null && typeof (value as NewSpeaker).name === 'string' && (value as NewSpeaker).name.trim() !== '';
}

async function askForSpeaker(index: SpeakerIndex): Promise<NewSpeaker | undefined> {
  const newItem: vscode.QuickPickItem = { label: vscode.l10n.t('$(add) New speaker…'), alwaysShow: true };
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { speaker?: NewSpeaker }>();
  pick.placeholder = vscode.l10n.t('Choose a speaker from your reports, or add a new one');
  pick.matchOnDescription = true;
  pick.busy = true;
  pick.items = [newItem];
  pick.show();
  const source = new vscode.CancellationTokenSource();
  void index.speakers(source.token).then((known) => {
    pick.items = [newItem, ...known.map((k) => ({
      label: k.name,
      description: [k.role, k.organization].filter(Boolean).join(', '),
      detail: vscode.l10n.t('in {0} report(s)', k.reports),
      speaker: { name: k.name, role: k.role, organization: k.organization },
    }))];
    pick.busy = false;
  });
  const chosen = await new Promise<(vscode.QuickPickItem & { speaker?: NewSpeaker }) | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]));
    pick.onDidHide(() => resolve(undefined));
  });
  source.cancel();
  pick.dispose();
  if (!chosen) return undefined;
  if (chosen.speaker) return chosen.speaker;
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('New speaker (1/3)'),
    prompt: vscode.l10n.t('Name'),
    validateInput: (v) => (v.trim() ? (/[*|\n]/.test(v) ? vscode.l10n.t('A name cannot contain *, | or a line break.') : undefined) : vscode.l10n.t('A speaker needs a name.')),
  });
  if (!name) return undefined;
  const role = await vscode.window.showInputBox({ title: vscode.l10n.t('New speaker (2/3)'), prompt: vscode.l10n.t('Role (optional)') });
  if (role === undefined) return undefined;
  const organization = await vscode.window.showInputBox({ title: vscode.l10n.t('New speaker (3/3)'), prompt: vscode.l10n.t('Organization (optional)') });
  if (organization === undefined) return undefined;
  return { name: name.trim(), role: role.trim(), organization: organization.trim() };
}
