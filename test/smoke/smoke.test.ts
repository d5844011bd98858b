import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, eventNotesDiagnostics, SEED, waitFor, workspaceFile } from '../integration/util';

describe('the installed .vsix', () => {
  it('is the copy from the extensions folder, with its manifest texts resolved', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const folder = process.env.EVENT_NOTES_EXTENSIONS_DIR ?? '';
    assert.ok(folder && extension.extensionUri.path.startsWith(folder), `${extension.extensionUri.path} is inside ${folder}`);
    const commands = (extension.packageJSON as { contributes: { commands: { command: string; title: string }[] } }).contributes.commands;
    assert.equal(commands.find((c) => c.command === 'eventNotes.insertSpeaker')?.title, 'Insert Speaker', 'package.nls.json was read');
  });

  it('holds only what the extension needs', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const entries = (await vscode.workspace.fs.readDirectory(extension.extensionUri)).map(([name]) => name).sort();
    const allowed = ['.vsixmanifest', 'LICENSE.txt', 'changelog.md', 'readme.md', 'dist', 'docs', 'l10n', 'media', 'package.json', 'package.nls.json', 'package.nls.vi.json', 'schemas', 'snippets', 'syntaxes'];
    assert.deepEqual(entries.filter((e) => !allowed.includes(e)), [], `unexpected in the .vsix: ${entries.join(', ')}`);
    const dist = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(extension.extensionUri, 'dist'))).map(([name]) => name).sort();
    // One bundle serves the desktop and the web extension hosts.
    assert.deepEqual(dist, ['extension.js']);
  });

  it('activates, finds the seed report\'s problems, and previews it with its stylesheet and script', async () => {
    const api = await activateExtension();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(...SEED)));
    const found = await waitFor('diagnostics', () => {
      const all = eventNotesDiagnostics(editor.document.uri);
      return all.length > 0 ? all : undefined;
    });
    assert.ok(found.some((d) => d.message.includes('Second top-level heading')));
    await vscode.commands.executeCommand('eventNotes.openPreviewToSide');
    // The page answers only when media/preview.js loaded from the .vsix under the panel's CSP.
    const answer = await waitFor('the preview page to answer', () => api.preview.probe(), 60_000);
    assert.equal(answer.state?.uri, editor.document.uri.toString());
  });
});
