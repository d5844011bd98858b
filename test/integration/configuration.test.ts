import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, eventNotesDiagnostics, ruleOf, SEED, waitFor, workspaceFile } from './util';

describe('configuration', () => {
  let document: vscode.TextDocument;
  const count = (rule: string) => eventNotesDiagnostics(document.uri).filter((d) => ruleOf(d) === rule).length;

  before(async () => {
    await activateExtension();
    document = await vscode.workspace.openTextDocument(workspaceFile(...SEED));
    await vscode.window.showTextDocument(document);
    await waitFor('the seed report\'s diagnostics', () => (count('second-h1') === 10 ? true : undefined));
  });

  it('follows a .event-notes.json created in the site, and its removal', async () => {
    const config = workspaceFile('.event-notes.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(JSON.stringify({ rules: { 'second-h1': 'off', 'speaker-form': 'error' } })));
    try {
      await waitFor('second-h1 to be turned off', () => (count('second-h1') === 0 ? true : undefined), 20_000);
      const speakerForm = eventNotesDiagnostics(document.uri).find((d) => ruleOf(d) === 'speaker-form');
      assert.equal(speakerForm?.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await waitFor('second-h1 to come back', () => (count('second-h1') === 10 ? true : undefined), 20_000);
  });

  it('follows the eventNotes.rules setting and the diagnostics scope', async () => {
    const settings = vscode.workspace.getConfiguration('eventNotes');
    await settings.update('rules', { 'event-numbering': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('event-numbering to be turned off', () => (count('event-numbering') === 0 && count('second-h1') === 10 ? true : undefined));
      await settings.update('diagnostics.scope', 'off', vscode.ConfigurationTarget.Workspace);
      await waitFor('all diagnostics to go', () => (eventNotesDiagnostics(document.uri).length === 0 ? true : undefined));
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await settings.update('diagnostics.scope', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the diagnostics to come back', () => (count('event-numbering') === 1 ? true : undefined));
  });

  it('waits for a burst of new files (a Hugo build, a checkout) to end before re-linting', async () => {
    const { onDidChangeFiles } = await activateExtension();
    let changes = 0;
    const listener = onDidChangeFiles(() => changes++);
    const folder = workspaceFile('public', 'burst');
    try {
      await Promise.all(Array.from({ length: 60 }, (_, i) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, `page-${i}.html`), new TextEncoder().encode('<p>built</p>'))));
      await waitFor('the burst to be reported', () => (changes > 0 ? true : undefined));
      await new Promise((r) => setTimeout(r, 500));
      assert.ok(changes <= 3, `60 new files caused ${changes} re-lints`);
    } finally {
      listener.dispose();
      await vscode.workspace.fs.delete(workspaceFile('public'), { recursive: true });
    }
  });
});
