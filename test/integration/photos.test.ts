import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, eventNotesDiagnostics, ruleOf, waitFor, withoutAutoSave, workspaceFile } from './util';

const EVENT3 = ['content', '4-EventParticipated', '4.3-Event3', '_index.md'];
const FOLDER = ['static', 'images', '4-EventParticipated', '4.3-Event3'];
const LINK = '/images/4-EventParticipated/4.3-Event3/Check-in-Day.png';

/** The test PNG, outside the workspace: in the extension's own folder (the host copies the workspace to a temporary folder). */
function outsidePhoto(): vscode.Uri {
  return vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'test', 'fixtures', 'photos', 'Check-in Day.png');
}

async function bytesOf(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme === 'http' || uri.scheme === 'https') return new Uint8Array(await (await fetch(uri.toString(true))).arrayBuffer());
  return vscode.workspace.fs.readFile(uri);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A file in a DataTransfer, as a drop from the explorer or the system gives it. */
class FileItem extends vscode.DataTransferItem {
  constructor(private readonly file: vscode.DataTransferFile) {
    super('');
  }

  override asFile(): vscode.DataTransferFile {
    return this.file;
  }
}

describe('photos', () => {
  let png: Uint8Array;
  let editor: vscode.TextEditor;

  withoutAutoSave();

  before(async () => {
    await activateExtension();
    png = await bytesOf(outsidePhoto());
    assert.ok(png.length > 100 && png[1] === 0x50, 'the test PNG is read');
  });

  beforeEach(async () => {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(...EVENT3)));
  });

  afterEach(async () => {
    const document = vscode.window.activeTextEditor?.document;
    await vscode.commands.executeCommand('workbench.action.files.revert');
    if (document) await waitFor('the revert', () => (document.isDirty ? undefined : true));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  after(async () => {
    // Later suites look at the site's static/ folder themselves.
    await vscode.workspace.fs.delete(workspaceFile('static'), { recursive: true, useTrash: false });
  });

  it('a dropped image file becomes a site-root link, and its copy the edit\'s created file', async () => {
    const api = await activateExtension();
    const transfer = new vscode.DataTransfer();
    transfer.set('image/png', new FileItem({ name: 'Check-in Day.png', uri: undefined, data: async () => png }));
    const source = new vscode.CancellationTokenSource();
    const drop = await api.photoEdits.provideDocumentDropEdits(editor.document, new vscode.Position(3, 0), transfer, source.token);
    assert.ok(drop, 'an edit for an image in an event report');
    assert.equal(drop.insertText, `![Check-in Day](${LINK})`);
    assert.equal(drop.kind?.value, 'markdown.link.image.eventNotes');
    assert.ok(drop.additionalEdit, 'the copy is part of the edit');
    // Paste gives the same edit, and is preferred over VS Code's own in Markdown.
    const paste = await api.photoEdits.provideDocumentPasteEdits(editor.document, [new vscode.Range(3, 0, 3, 0)], transfer, { only: undefined, triggerKind: vscode.DocumentPasteTriggerKind.Automatic }, source.token);
    assert.deepEqual(paste?.map((p) => [p.insertText, p.kind.value]), [[`![Check-in Day](${LINK})`, 'markdown.link.image.eventNotes']]);
    assert.deepEqual(vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).get('pasteAs.preferences'), ['markdown.link.image.eventNotes']);
    const textOnly = await api.photoEdits.provideDocumentPasteEdits(editor.document, [new vscode.Range(3, 0, 3, 0)], transfer, { only: vscode.DocumentDropOrPasteEditKind.Text, triggerKind: vscode.DocumentPasteTriggerKind.PasteAs }, source.token);
    assert.equal(textOnly, undefined, '"Paste As… text" is not ours');
    assert.ok(await vscode.workspace.applyEdit(drop.additionalEdit));
    assert.deepEqual(await vscode.workspace.fs.readFile(workspaceFile(...FOLDER, 'Check-in-Day.png')), png);

    // A file already under static/, dropped from the explorer, is linked where it is: nothing is copied.
    const fromExplorer = new vscode.DataTransfer();
    fromExplorer.set('text/uri-list', new vscode.DataTransferItem(workspaceFile(...FOLDER, 'Check-in-Day.png').toString()));
    const linked = await api.photoEdits.provideDocumentDropEdits(editor.document, new vscode.Position(3, 0), fromExplorer, source.token);
    assert.equal(linked?.insertText, `![Check-in-Day](${LINK})`);
    assert.equal(linked?.additionalEdit?.size ?? 0, 0);

    // The setting, once set, wins over the site's convention.
    const settings = vscode.workspace.getConfiguration('eventNotes');
    await settings.update('photos.destination', 'photos/${eventFolder}/${fileName}', vscode.ConfigurationTarget.Workspace);
    try {
      const set = await api.photoEdits.provideDocumentDropEdits(editor.document, new vscode.Position(3, 0), transfer, source.token);
      assert.equal(set?.insertText, '![Check-in Day](/photos/4.3-Event3/Check-in-Day.png)');
    } finally {
      await settings.update('photos.destination', undefined, vscode.ConfigurationTarget.Workspace);
    }

    // Outside event reports VS Code's own Markdown drop applies.
    const readme = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n' });
    assert.equal(await api.photoEdits.provideDocumentDropEdits(readme, new vscode.Position(0, 0), transfer, source.token), undefined);
  });

  it('Insert Photos copies a file from outside the workspace into static/, links it, and one undo takes the text back', async () => {
    const document = editor.document;
    const before = document.getText();
    assert.ok(!/^#+ .*photo/im.test(before), 'the report has no photos section yet');
    assert.equal(await vscode.commands.executeCommand('eventNotes.insertPhotos', { files: [outsidePhoto().toString()] }), true);

    // The drop before wrote Check-in-Day.png: this copy gets the next free name, and is the same file.
    const copy = workspaceFile(...FOLDER, 'Check-in-Day-2.png');
    assert.deepEqual(await vscode.workspace.fs.readFile(copy), png);
    const link = LINK.replace('.png', '-2.png');
    const text = document.getText();
    assert.ok(text.startsWith(before.trimEnd()), 'what the author wrote is untouched');
    // A new photos section, with the heading and level of the site's English report (the seed's "#### Some event photos").
    assert.match(text, new RegExp(`\\n#### Some event photos\\n\\n!\\[Check-in Day\\]\\(${link.replace(/[./-]/g, '\\$&')}\\)\\n`));
    const line = document.getText().split('\n').findIndex((l) => l.includes(link));

    // The link resolves: a broken one added below is reported while ours is not.
    await editor.edit((b) => b.insert(document.lineAt(document.lineCount - 1).range.end, '\n\n![Missing](/images/4-EventParticipated/4.3-Event3/nope.png)\n'));
    const missing = await waitFor('the broken link reported', () => {
      const found = eventNotesDiagnostics(document.uri).filter((d) => ruleOf(d) === 'image-path');
      return found.length > 0 ? found : undefined;
    });
    assert.deepEqual(missing.map((d) => document.getText(d.range)), ['![Missing](/images/4-EventParticipated/4.3-Event3/nope.png)'], JSON.stringify(missing.map((d) => [d.range, d.message])) + JSON.stringify(document.getText().split('\n').slice(-12)));
    assert.ok(!missing.some((d) => d.range.start.line === line));
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), text, 'the control line is gone');

    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before, 'one undo removes the photo lines');
    assert.ok(await exists(copy), 'the copy stays where it is');
  });

  it('completes image paths of static/ after /images/, written from the site root', async () => {
    const document = editor.document;
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n![Stage](/images/4-EventParticipated/'));
    const at = document.lineAt(document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, at);
    const folder = list.items.find((i) => i.label === '4.3-Event3/');
    assert.ok(folder, list.items.map((i) => String(typeof i.label === 'string' ? i.label : i.label.label)).join(', '));
    assert.equal(folder.kind, vscode.CompletionItemKind.Folder);
    assert.equal(folder.insertText, '/images/4-EventParticipated/4.3-Event3/');

    await editor.edit((b) => b.insert(at, '4.3-Event3/'));
    const inside = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, document.lineAt(document.lineCount - 1).range.end);
    const files = inside.items.filter((i) => i.kind === vscode.CompletionItemKind.File).map((i) => i.insertText);
    assert.deepEqual(files.sort(), [LINK.replace('.png', '-2.png'), LINK]);
  });

  it('offers "Use /images/…" on an image linked where it is not, and the preview shows the photo', async () => {
    const document = editor.document;
    await editor.edit((b) => b.insert(document.lineAt(document.lineCount - 1).range.end, '\n\n![Check-in Day](/images/Check-in-Day.png)\n'));
    const line = document.lineCount - 2;
    const diagnostic = await waitFor('the missing image', () => eventNotesDiagnostics(document.uri).find((d) => ruleOf(d) === 'image-path' && d.range.start.line === line));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const use = actions.find((a) => a.title === `Use ${LINK}`);
    assert.ok(use?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(use.edit));
    assert.equal(document.lineAt(line).text, `![Check-in Day](${LINK})`);
    await waitFor('the fixed link accepted', () => (eventNotesDiagnostics(document.uri).some((d) => ruleOf(d) === 'image-path') ? undefined : true));

    const api = await activateExtension();
    await vscode.commands.executeCommand('eventNotes.openPreviewToSide');
    await waitFor('the photo in the preview', () => (/<img src="[^"]*static\/images\/4-EventParticipated\/4\.3-Event3\/Check-in-Day\.png" alt="Check-in Day"/.test(api.preview.lastRendered) ? true : undefined));
    await closePreviews();
    await vscode.window.showTextDocument(document);
  });

  it('a pasted clipboard image shows in the open preview as soon as the paste is applied', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('eventNotes.openPreviewToSide');
    await waitFor('the preview', () => (api.preview.lastRendered.includes('Lessons Learned') ? true : undefined));
    const transfer = new vscode.DataTransfer();
    transfer.set('image/png', new FileItem({ name: 'image.png', uri: undefined, data: async () => png }));
    const source = new vscode.CancellationTokenSource();
    const document = editor.document;
    const end = document.lineAt(document.lineCount - 1).range.end;
    const [paste] = (await api.photoEdits.provideDocumentPasteEdits(document, [new vscode.Range(end, end)], transfer, { only: undefined, triggerKind: vscode.DocumentPasteTriggerKind.Automatic }, source.token)) ?? [];
    assert.equal(paste?.insertText, '![image](/images/4-EventParticipated/4.3-Event3/image.png)');
    // As VS Code applies a paste: the created file and the text in one edit.
    const edit = paste!.additionalEdit!;
    edit.insert(document.uri, end, `\n\n${String(paste!.insertText)}\n`);
    const started = Date.now();
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the pasted photo in the preview', () => (/<img src="[^"]*static\/images\/4-EventParticipated\/4\.3-Event3\/image\.png" alt="image"/.test(api.preview.lastRendered) ? true : undefined), 5_000);
    console.log(`      pasted photo shown in the preview after ${Date.now() - started} ms`);
    await closePreviews();
    await vscode.window.showTextDocument(document);
  });
});

async function closePreviews(): Promise<void> {
  const previews = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
  await vscode.window.tabGroups.close(previews);
}
