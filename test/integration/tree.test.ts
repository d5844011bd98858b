import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EventNotesApi } from '../../src/extension';
import { activateExtension, SEED, waitFor, workspaceFile } from './util';

describe('Event Report tree', () => {
  let api: EventNotesApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await activateExtension();
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(...SEED)));
  });

  const items = (nodes: unknown[]) => nodes.map((n) => api.tree.getTreeItem(n as never));
  const rootNode = () => waitFor('the tree to show the report', () => api.tree.getChildren()[0]);

  it('shows the report, its speakers and its sections with their kinds', async () => {
    const root = await rootNode();
    const rootItem = api.tree.getTreeItem(root);
    assert.equal(rootItem.label, 'Summary Report: “AWS Cloud Mastery Series #2 - DevOps on AWS”');
    assert.equal(rootItem.description, '4.4. · 2025-11-17');
    const [speakers, sections] = api.tree.getChildren(root);
    assert.equal(api.tree.getTreeItem(speakers).label, 'Speakers (8)');
    const people = items(api.tree.getChildren(speakers));
    assert.equal(people[0].label, 'Truong Quang Tinh');
    assert.equal(people[0].description, 'AWS Community Builder, Platform Engineer - TymeX');
    assert.equal(people[7].label, 'Dinh Le Hoang Anh');
    const title = api.tree.getChildren(sections)[0];
    const read = () => items(api.tree.getChildren(title)).map((i) => [i.label, (i.iconPath as vscode.ThemeIcon).id, i.description]);
    // The ⚠ counts follow the report's diagnostics, which may still be arriving (run alone, this suite opens the seed first).
    const top = await waitFor('the ⚠ counts', () => (read().slice(0, 3).every((t) => t[0] === 'Event Objectives' || String(t[2]).includes('⚠')) ? read() : undefined)).catch(() => read());
    assert.deepEqual(top.slice(0, 3), [['Event Objectives', 'target', 'H3 · objectives'], ['Speakers', 'organization', 'H3 · speakers  ⚠ 1'], ['Key Highlights', 'star-empty', 'H3 · highlights  ⚠ 1']]);
  });

  it('holds the photo on the last line of the report under its photos section, where Insert Photos is offered', async () => {
    const root = await rootNode();
    const find = (node: unknown, label: string): unknown => {
      for (const child of api.tree.getChildren(node as never)) {
        if (api.tree.getTreeItem(child).label === label) return child;
        const deeper = find(child, label);
        if (deeper) return deeper;
      }
      return undefined;
    };
    const photos = find(root, 'Some event photos');
    assert.ok(photos, 'the photos section is in the tree');
    assert.equal(api.tree.getTreeItem(photos as never).contextValue, 'section.photos');
    // The seed ends on its photo's line, without a line break.
    assert.deepEqual(items(api.tree.getChildren(photos as never)).map((i) => i.label), ['Group picture during the event']);
  });

  it('reveals and selects a section when its node is clicked', async () => {
    const root = await rootNode();
    const sections = api.tree.getChildren(root)[1];
    const objectives = api.tree.getChildren(api.tree.getChildren(sections)[0])[0];
    const command = api.tree.getTreeItem(objectives).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    await waitFor('the heading to be selected', () => (vscode.window.activeTextEditor?.selection.start.line === 10 ? true : undefined));
    assert.equal(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), '### Event Objectives');
  });

  it('"Reveal in Preview" opens the preview beside the report', async () => {
    const root = await rootNode();
    const speakers = api.tree.getChildren(root)[0];
    await vscode.commands.executeCommand('eventNotes.revealInPreview', api.tree.getChildren(speakers)[1]);
    await waitFor('the preview tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('eventNotes.preview')));
    const rendered = await waitFor('the preview of the report', async () => {
      const html = api.preview.lastRendered;
      return html.includes('Bao Huynh') ? html : undefined;
    });
    assert.match(rendered, /Bao Huynh/);
    await vscode.window.showTextDocument(editor.document);
  });

  it('finds the node under the cursor and keeps ids stable while typing', async () => {
    const root = await rootNode();
    assert.equal(api.tree.getTreeItem(api.tree.nodeAt(20)!).label, 'Bao Huynh');
    assert.equal(api.tree.getTreeItem(api.tree.nodeAt(13)!).label, 'Event Objectives');
    const before = api.tree.getTreeItem(api.tree.getChildren(root)[0]).id;
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(12, 0), '- One more objective\n')));
    await waitFor('the tree to update', () => (api.tree.nodeAt(21) && api.tree.getTreeItem(api.tree.nodeAt(21)!).label === 'Bao Huynh' ? true : undefined));
    assert.equal(api.tree.getTreeItem(api.tree.getChildren(api.tree.getChildren()[0])[0]).id, before);
    await vscode.commands.executeCommand('undo');
  });
});

describe('Insert Speaker', () => {
  before(async () => {
    await activateExtension();
  });

  async function openAndInsert(content: string, speaker: object, cursor?: vscode.Position) {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    const editor = await vscode.window.showTextDocument(document);
    if (cursor) editor.selection = new vscode.Selection(cursor, cursor);
    const version = document.version;
    assert.equal(await vscode.commands.executeCommand('eventNotes.insertSpeaker', speaker), true);
    assert.equal(document.version, version + 1, 'one edit');
    return { document, editor };
  }

  it('adds an entry to a bold, en-dash list, in one undoable step, on an untitled document', async () => {
    const content = ['---', 'title: "Event 2"', 'pre: " <b> 4.2. </b> "', '---', '', '# Summary Report: X', '', '### Speakers', '', '- **Bao Huynh** – AWS Community Builder', '- **Kha Van** – Cloud Security Engineer, AWS', '', '### Key Highlights', 'x', ''].join('\n');
    const { document } = await openAndInsert(content, { name: 'Nguyen Van A', role: 'Cloud Engineer', organization: 'Example Corp' });
    assert.equal(document.lineAt(11).text, '- **Nguyen Van A** – Cloud Engineer, Example Corp');
    assert.equal(document.getText().replace('- **Nguyen Van A** – Cloud Engineer, Example Corp\n', ''), content, 'nothing else changed');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), content);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('adds a table row where the list is a table', async () => {
    const content = ['# Summary Report: X', '', '### Speakers', '', '| Speaker | Title | Company |', '| --- | --- | --- |', '| **Pham Quoc Bao** | Data Engineer | Example Retail |', ''].join('\n');
    const { document } = await openAndInsert(content, { name: 'Vo Thanh Huong', role: 'Analytics Lead', organization: 'Sample Logistics' });
    assert.equal(document.lineAt(7).text, '| **Vo Thanh Huong** | Analytics Lead | Sample Logistics |');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('creates a Speakers section after the objectives of a report without one', async () => {
    const content = ['---', 'title: "Event 3"', '---', '', '# Summary Report: X', '', '### Event Objectives', '', '- Learn', '', '### Key Highlights', '', 'Text', ''].join('\n');
    const { document } = await openAndInsert(content, { name: 'Le Van Duc', role: 'Student Builder' });
    assert.deepEqual(document.getText().split('\n').slice(6, 14), ['### Event Objectives', '', '- Learn', '', '### Speakers', '', '- **Le Van Duc** – Student Builder', '']);
    assert.equal(document.lineAt(14).text, '### Key Highlights');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('the reading of speakers, in the tree, Insert Speaker and the preview', () => {
  let api: EventNotesApi;
  const MULTI = [
    '---', 'title: "Event 5"', 'pre: " <b> 4.5. </b> "', '---', '', '# Summary Report: Voice AI Night', '', '### Speakers', '',
    '- **Mr. Hieu Nghi (Renova Cloud), Mr. Kiet (AWS Student User Group Leader) & Mr. Trung (Founder & CEO of R AI):** Voice AI research',
    '- **Bao Huynh** – AWS Community Builder', '', '#### Cosmo', '', '- Talk: Agents on the edge', '- Link: https://example.org/cosmo', '',
    '### Key Highlights', '', 'Text', '',
  ].join('\n');

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function open(content: string): Promise<vscode.TextEditor> {
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content }));
  }

  it('the tree lists each person of a multi-person entry and a sub-heading speaker, never a field', async () => {
    const editor = await open(MULTI);
    const names = await waitFor('the tree to show the report', () => {
      const root = api.tree.getChildren()[0];
      if (!root || api.tree.getTreeItem(root).label !== 'Summary Report: Voice AI Night') return undefined;
      return api.tree.getChildren(api.tree.getChildren(root)[0]).map((n) => api.tree.getTreeItem(n).label);
    });
    assert.deepEqual(names, ['Mr. Hieu Nghi', 'Mr. Kiet', 'Mr. Trung', 'Bao Huynh', 'Cosmo']);
    // A click on a person selects the name as written in the entry.
    const kiet = api.tree.getChildren(api.tree.getChildren(api.tree.getChildren()[0])[0])[1];
    const command = api.tree.getTreeItem(kiet).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    await waitFor('Mr. Kiet selected', () => (editor.document.getText(vscode.window.activeTextEditor?.selection) === 'Mr. Kiet' ? true : undefined));
  });

  it('Insert Speaker writes after the list in its bold, en-dash form, and takes the group entry as people', async () => {
    const editor = await open(MULTI);
    assert.equal(await vscode.commands.executeCommand('eventNotes.insertSpeaker', { name: 'Nguyen Van A', role: 'Cloud Engineer', organization: 'Example Corp' }), true);
    assert.equal(editor.document.lineAt(11).text, '- **Nguyen Van A** – Cloud Engineer, Example Corp');
    assert.equal(editor.document.lineAt(12).text, '', 'the Cosmo sub-heading stays where it was, below');
    const report = api.reportFor(editor.document);
    assert.deepEqual(report.speakers.map((s) => s.name), ['Mr. Hieu Nghi', 'Mr. Kiet', 'Mr. Trung', 'Bao Huynh', 'Nguyen Van A', 'Cosmo']);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), MULTI);
  });

  it('the preview keeps a Speakers table, a group label and anonymous entries as written', async () => {
    const content = [
      '---', 'pre: " <b> 4.6. </b> "', '---', '', '# Summary Report: Table Day', '', '### Speakers', '', 'Danh sách diễn giả:', '',
      '| Session | Speaker | Title | Organization |', '| --- | --- | --- | --- |', '| Opening | Nguyen Van B | CTO | Acme |', '',
      '- **Le Van C** – Architect, Gamma', '- AWS Developer Advocates', '', '* **Tran Thi D** – Engineer, Delta', '',
    ].join('\n');
    await open(content);
    await vscode.commands.executeCommand('eventNotes.openPreviewToSide');
    const html = await waitFor('the preview of the table report', () => (api.preview.lastRendered.includes('Table Day') ? api.preview.lastRendered : undefined));
    for (const words of ['Danh sách diễn giả:', '<th>Session</th>', '<td>Opening</td>', 'AWS Developer Advocates', 'Le Van C']) assert.ok(html.includes(words), words);
    assert.match(html, /<ul class="speakers"[^>]*>\s*<li[^>]*><strong class="speaker-name">Tran Thi D<\/strong>/, 'a list read in full becomes cards');
    assert.equal((html.match(/class="speakers"/g) ?? []).length, 1, 'only that one');
  });
});
