import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, SEED, waitFor, withoutAutoSave, workspaceFile } from './util';

const OTHER = ['content', '4-EventParticipated', '4.3-Event3', '_index.md'];
const VIETNAMESE = ['content', '4-EventParticipated', '4.2-Event2', '_index.vi.md'];

/** Our completions at a position (VS Code's own Markdown completions and snippets left out). */
async function completionsAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items.filter((i) => i.sortText !== undefined && /^\d{4}$/.test(i.sortText));
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

/** Does what accepting the item does: replaces its range with its text (a snippet's tabstops become their defaults). */
async function accept(editor: vscode.TextEditor, item: vscode.CompletionItem): Promise<void> {
  const range = item.range instanceof vscode.Range ? item.range : (item.range as { replacing: vscode.Range }).replacing;
  if (item.insertText instanceof vscode.SnippetString) await editor.insertSnippet(item.insertText, range);
  else await editor.edit((b) => b.replace(range, String(item.insertText ?? labelOf(item))));
}

/** Types `text` as a new line after line `after`, and leaves the cursor at its end. */
async function newLine(editor: vscode.TextEditor, after: number, text: string): Promise<vscode.Position> {
  const end = editor.document.lineAt(after).range.end;
  await editor.edit((b) => b.insert(end, `\n${text}`));
  return new vscode.Position(after + 1, text.length);
}

describe('completion and hovers', () => {
  let editor: vscode.TextEditor;

  withoutAutoSave();

  before(async () => {
    await activateExtension();
  });

  beforeEach(async () => {
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(...SEED)));
  });

  // Each test edits a workspace file: it is reverted, and closed once the revert is done (later suites read it).
  afterEach(async () => {
    const document = vscode.window.activeTextEditor?.document;
    await vscode.commands.executeCommand('workbench.action.files.revert');
    if (document) await waitFor('the revert', () => (document.isDirty ? undefined : true));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('offers a speaker of another report on a new item of the seed\'s list, and writes the seed\'s form', async () => {
    const last = editor.document.getText().split('\n').findIndex((l) => l.startsWith('- **Dinh Le Hoang Anh**'));
    const at = await newLine(editor, last, '- **');
    const items = await completionsAt(editor.document, at);
    const labels = items.map(labelOf);
    assert.ok(labels.includes('Tran Trung Vinh'), labels.join(', '));
    assert.ok(!labels.includes('Bao Huynh'), 'a person listed already is not offered');
    const vinh = items.find((i) => labelOf(i) === 'Tran Trung Vinh') as vscode.CompletionItem;
    assert.equal(vinh.detail, 'IT Infrastructure Career Path');
    assert.equal(vinh.kind, vscode.CompletionItemKind.User);
    await accept(editor, vinh);
    assert.equal(editor.document.lineAt(at.line).text, '- **Tran Trung Vinh** – IT Infrastructure Career Path');
  });

  it('completes pre in the seed\'s folder as " <b> 4.4. </b> "', async () => {
    const pre = editor.document.getText().split('\n').findIndex((l) => l.startsWith('pre:'));
    await editor.edit((b) => b.replace(editor.document.lineAt(pre).range, 'pre: '));
    const items = await completionsAt(editor.document, new vscode.Position(pre, 5));
    assert.deepEqual(items.map(labelOf), ['" <b> 4.4. </b> "']);
    await accept(editor, items[0]);
    assert.equal(editor.document.lineAt(pre).text, 'pre: " <b> 4.4. </b> "');
    const weight = await completionsAt(editor.document, new vscode.Position(3, 'weight: 1'.length));
    assert.deepEqual(weight.map(labelOf), ['4']);
  });

  it('offers a Vietnamese report the sections it lacks, with Vietnamese headings', async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(...VIETNAMESE)));
    const at = await newLine(editor, editor.document.lineCount - 1, '### ');
    const items = await completionsAt(editor.document, at);
    assert.deepEqual(items.map(labelOf), ['Mục Đích Của Sự Kiện', 'Ứng Dụng Vào Công Việc']);
    await accept(editor, items[1]);
    assert.equal(editor.document.lineAt(at.line).text, '### Ứng Dụng Vào Công Việc');
  });

  it('shows, on a speaker\'s name, the other report that lists the person, as a link', async () => {
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('- **Bao Huynh**'));
    const hovers = await waitFor('the hover', async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 6));
      return found.length > 0 ? found : undefined;
    });
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /Bao Huynh/);
    assert.ok(text.includes('[Event 3]') && text.includes(workspaceFile(...OTHER).toString()), text);
  });

  it('explains a front-matter key with the number the folder implies', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(3, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /lower weight comes first/);
    assert.match(text, /4\.4-Event4 gives weight: 4/);
  });

  it('offers nothing in a Markdown file that is not an event report', async () => {
    const notes = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Shopping\n\n- milk\n- **\n\n### ' });
    await vscode.window.showTextDocument(notes);
    assert.deepEqual(await completionsAt(notes, new vscode.Position(3, 4)), []);
    assert.deepEqual(await completionsAt(notes, new vscode.Position(5, 4)), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(...SEED)));
  });
});
