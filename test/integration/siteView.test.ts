import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseReport } from '../../src/core/index';
import type { EventNotesApi } from '../../src/extension';
import type { SiteNode } from '../../src/siteView';
import { activateExtension, SEED, waitFor, withoutAutoSave, workspaceFile } from './util';

describe('Event Reports view and Create Twin', () => {
  let api: EventNotesApi;
  withoutAutoSave();

  before(async () => {
    api = await activateExtension();
  });

  const labelOf = (node: SiteNode) => String(api.siteView.getTreeItem(node).label);
  const events = async () => {
    api.siteView.refresh();
    await api.siteView.sitesRead();
    return api.siteView.getChildren();
  };

  it('lists the workspace\'s events in number order, with their languages and problems', async () => {
    const nodes = await events();
    // The workspace's three reports, and those New Event Report's tests may have added (4.5, 5.1, …), in order.
    const numbers = nodes.map((n) => labelOf(n).split('  ')[0]);
    assert.deepEqual(numbers.slice(0, 3), ['4.2', '4.3', '4.4']);
    assert.deepEqual(numbers, [...numbers].sort((a, b) => Number(a.split('.')[0]) - Number(b.split('.')[0]) || Number(a.split('.')[1]) - Number(b.split('.')[1])));
    const seed = nodes[2];
    const item = api.siteView.getTreeItem(seed);
    assert.match(labelOf(seed), /^4\.4 {2}AWS Cloud Mastery Series #2 - DevOps on AWS$/);
    assert.match(String(item.description), /2025-11-17 {2}· {2}EN {2}· {2}⚠ \d+/);
    assert.match(String(api.siteView.getTreeItem(nodes[0]).description), /VI/);
    const [page] = await api.siteView.getChildren(seed);
    assert.equal(labelOf(page), '_index.md');
    assert.match(String(api.siteView.getTreeItem(page).description), /^EN · 8 speaker\(s\) · 1 photo\(s\)/);
    // The site writes events in English and Vietnamese: the seed's twin is missing.
    const problems = (await api.siteView.getChildren(page)).map((p) => (p.kind === 'problem' ? p.problem.rule : ''));
    assert.ok(problems.includes('missing-twin') && problems.includes('second-h1'), problems.join(', '));
    // A click opens the page at the problem.
    const problem = (await api.siteView.getChildren(page)).find((p) => p.kind === 'problem' && p.problem.rule === 'second-h1') as SiteNode;
    const command = api.siteView.getTreeItem(problem).command as vscode.Command;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the page open at the problem', () => (vscode.window.activeTextEditor?.document.uri.toString() === workspaceFile(...SEED).toString() ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.selection.active.line, 55);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('follows an edit of a page, re-reading that page', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(...SEED)));
    const title = editor.document.getText().split('\n').findIndex((l) => l.startsWith('# Summary Report'));
    await editor.edit((b) => b.replace(editor.document.lineAt(title).range, '# Summary Report: “Cloud Day”'));
    await waitFor('the view to show the new title', async () => ((await api.siteView.getChildren()).some((n) => labelOf(n) === '4.4  Cloud Day') ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the revert', () => (editor.document.isDirty ? undefined : true));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('writes the seed report\'s Vietnamese twin beside it, and refuses to write it twice', async () => {
    const seedUri = workspaceFile(...SEED);
    const twinUri = seedUri.with({ path: seedUri.path.replace(/\.md$/, '.vi.md') });
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('eventNotes.createTwin', { uri: seedUri.toString() });
    try {
      assert.equal(created?.toString(), twinUri.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(twinUri));
      const seed = parseReport(new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri)));
      const twin = parseReport(text, { path: twinUri.path });
      assert.equal(twin.headings.length, seed.headings.length);
      assert.match(text, /^### Danh Sách Diễn Giả$/m);
      assert.deepEqual(twin.speakers.map((s) => s.name), seed.speakers.map((s) => s.name));
      assert.equal(twin.speakers.length, 8);
      assert.deepEqual(twin.images.map((i) => i.src), seed.images.map((i) => i.src));
      assert.equal(twin.frontMatter?.data?.pre, ' <b> 4.4. </b> ');
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), twinUri.toString(), 'the twin is opened');
      // A second call writes nothing.
      assert.equal(await vscode.commands.executeCommand('eventNotes.createTwin', { uri: seedUri.toString() }), undefined);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(twinUri)), text);
      // The view now shows the seed's event in both languages.
      await waitFor('the view to show the twin', async () => {
        const seedEvent = (await api.siteView.getChildren()).find((n) => labelOf(n).startsWith('4.4'));
        return seedEvent && String(api.siteView.getTreeItem(seedEvent).description).includes('EN VI') ? true : undefined;
      });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(twinUri);
    }
  });
});
