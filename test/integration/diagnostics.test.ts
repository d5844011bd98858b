import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, eventNotesDiagnostics, ruleOf, SEED, waitFor, workspaceFile } from './util';

describe('diagnostics and quick fixes', () => {
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;
  const seedText = () => document.getText();

  before(async () => {
    await activateExtension();
    document = await vscode.workspace.openTextDocument(workspaceFile(...SEED));
    editor = await vscode.window.showTextDocument(document);
  });

  afterEach(async () => {
    // Back to the file on disk, so each test starts from the seed report.
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  const byRule = (rule: string) => eventNotesDiagnostics(document.uri).filter((d) => ruleOf(d) === rule);
  const settled = () => waitFor('the seed report\'s diagnostics', () => (byRule('second-h1').length === 10 && byRule('event-numbering').length === 1 ? true : undefined));

  it('shows the seed report\'s problems on the lines they concern, with the rule\'s documentation', async () => {
    await settled();
    assert.deepEqual(byRule('second-h1').map((d) => d.range.start.line + 1), [56, 68, 77, 81, 87, 95, 103, 116, 126, 132]);
    assert.deepEqual(byRule('swallowed-section').map((d) => d.range.start.line + 1), [29]);
    assert.deepEqual(byRule('event-numbering').map((d) => [d.range.start.line + 1, d.severity]), [[4, vscode.DiagnosticSeverity.Warning]]);
    // The workspace is a Hugo site (hugo.toml) without the photo in static/.
    assert.deepEqual(byRule('image-path').map((d) => d.range.start.line + 1), [141]);
    const loud = eventNotesDiagnostics(document.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning && [9, 11, 18, 140].includes(d.range.start.line + 1));
    assert.deepEqual(loud, []);
    const code = byRule('second-h1')[0].code as { value: string; target: vscode.Uri };
    assert.equal(code.target.fragment, 'second-h1');
    assert.match(code.target.path, /docs\/rules\.md$/);
  });

  it('applies a quick fix through the code action provider, as one undoable edit', async () => {
    await settled();
    const diagnostic = byRule('event-numbering')[0];
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Make weight say 4');
    assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    const before = seedText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(3).text, 'weight: 4');
    assert.equal(seedText().replace('weight: 4', 'weight: 1'), before, 'nothing else changed');
    await waitFor('the finding to clear', () => (byRule('event-numbering').length === 0 ? true : undefined));
    await vscode.commands.executeCommand('undo');
    assert.equal(seedText(), before);
  });

  it('offers "fix all" for one rule', async () => {
    await settled();
    const diagnostic = byRule('second-h1')[0];
    // Fix-all edits are computed when an action is resolved: ask the host to resolve them.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 100);
    const all = actions.find((a) => a.title === 'Fix all second-h1 problems in this file');
    assert.ok(all?.edit);
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    await waitFor('second-h1 to clear', () => (byRule('second-h1').length === 0 && byRule('swallowed-section').length === 1 ? true : undefined));
    assert.equal(document.lineAt(55).text, '### AWS CloudFormation');
  });

  it('fixes everything with source.fixAll.eventNotes', async () => {
    await settled();
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, 'source.fixAll.eventNotes', 1);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind?.value, 'source.fixAll.eventNotes');
    const lines = document.lineCount;
    assert.ok(actions[0].edit && (await vscode.workspace.applyEdit(actions[0].edit)));
    assert.equal(document.lineCount, lines);
    assert.equal(document.lineAt(3).text, 'weight: 4');
    assert.equal(document.lineAt(30).text, '#### DevOps Mindset');
    assert.equal(document.lineAt(26).text, '- **Dinh Le Hoang Anh** – Cloud Engineer Trainee, First Cloud AI Journey');
    await waitFor('only the missing photo to remain', () => {
      const left = eventNotesDiagnostics(document.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).map(ruleOf);
      return left.length === 1 && left[0] === 'image-path' ? true : undefined;
    });
    assert.ok(editor);
  });

  it('fixes on save through editor.codeActionsOnSave, as a user sets it up', async () => {
    // A copy of the seed, so that saving leaves the fixture the other suites read untouched.
    const copy = workspaceFile('content', '4-EventParticipated', '4.4-Event4', 'on-save.md');
    await vscode.workspace.fs.writeFile(copy, new TextEncoder().encode(seedText()));
    const settings = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await settings.update('codeActionsOnSave', { 'source.fixAll.eventNotes': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const saved = await vscode.workspace.openTextDocument(copy);
      await vscode.window.showTextDocument(saved);
      await waitFor('diagnostics on the copy', () => (eventNotesDiagnostics(copy).some((d) => ruleOf(d) === 'second-h1') ? true : undefined));
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor('the fixes on save', () => (saved.lineAt(30).text === '#### DevOps Mindset' && !saved.isDirty ? true : undefined));
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(copy));
      assert.equal(onDisk, saved.getText(), 'the fixed text is what was saved');
      assert.match(onDisk, /^weight: 4$/m);
      assert.match(onDisk, /^- \*\*Dinh Le Hoang Anh\*\* – Cloud Engineer Trainee/m);
    } finally {
      await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(copy);
    }
  });
});
