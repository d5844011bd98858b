import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, waitFor, workspaceFile } from './util';

describe('New Event Report', () => {
  before(async () => {
    await activateExtension();
  });

  it('creates the next event of a Hugo section, opens it and inserts the skeleton as a snippet', async () => {
    const section = workspaceFile('content', '4-EventParticipated');
    const created = await vscode.commands.executeCommand<vscode.Uri>('eventNotes.newReport', { folder: section });
    assert.ok(created);
    assert.match(created.path, /\/content\/4-EventParticipated\/4\.5-Event5\/_index\.md$/);
    const editor = await waitFor('the new report to be open', () => (vscode.window.activeTextEditor?.document.uri.path === created.path ? vscode.window.activeTextEditor : undefined));
    const text = editor.document.getText();
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    assert.ok(text.startsWith(`---\ntitle: "Event 5"\ndate: ${date}\nweight: 5\nchapter: false\npre: " <b> 4.5. </b> "\n---\n`), text.slice(0, 200));
    // The first tabstop, the event's name, is selected for typing.
    assert.equal(editor.document.getText(editor.selection), 'Event name');
    await vscode.commands.executeCommand('workbench.action.files.save');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('writes the Vietnamese twin where the site has them', async () => {
    const section = workspaceFile('content', '5-Workshops');
    const first = vscode.Uri.joinPath(section, '5.1-Event1');
    await vscode.workspace.fs.createDirectory(first);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(first, '_index.md'), new TextEncoder().encode('---\ntitle: "Event 1"\nweight: 1\npre: " <b> 5.1. </b> "\n---\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(first, '_index.vi.md'), new TextEncoder().encode('---\ntitle: "Sự kiện 1"\n---\n'));
    const created = await vscode.commands.executeCommand<vscode.Uri>('eventNotes.newReport', { folder: section });
    assert.match(created?.path ?? '', /5\.2-Event2\/_index\.md$/);
    const vi = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(section, '5.2-Event2', '_index.vi.md')));
    assert.match(vi, /^title: "Sự kiện 2"$/m);
    assert.match(vi, /^pre: " <b> 5\.2\. <\/b> "$/m);
    assert.match(vi, /^### Danh Sách Diễn Giả$/m);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('offers the front-matter snippet as a completion', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'frontm' });
    await vscode.window.showTextDocument(document);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 6));
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'frontmatter');
    assert.ok(item, `completions: ${list.items.slice(0, 20).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
