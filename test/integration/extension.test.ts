import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lintSteps, parseSteps, type Steps } from '../../src/core/index';
import { renderSteps } from '../../src/core/render';
import type { EventNotesApi } from '../../src/extension';
import { SLICE_MS, type SliceRecord } from '../../src/slices';
import { activateExtension, eventNotesDiagnostics, ruleOf, SEED, waitFor, workspaceFile } from './util';

describe('Event Notes in a real VS Code', () => {
  let api: EventNotesApi;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await activateExtension();
    const document = await vscode.workspace.openTextDocument(workspaceFile(...SEED));
    editor = await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('activates quickly, without reading the workspace', () => {
    const { loadMs, activateMs } = api.activation;
    console.log(`      activation: bundle load ${loadMs} ms, activate() ${activateMs} ms`);
    // The clock starts before the bundle's other modules are evaluated: were it imported later, this would read 0.
    assert.ok(loadMs > 0, `bundle load measured as ${loadMs} ms`);
    // Measured 20-40 ms here; the bound only catches a regression such as parsing the workspace.
    assert.ok(loadMs + activateMs < 1000, `activation took ${loadMs + activateMs} ms`);
    assert.equal(api.activation.workspaceRead, false, 'the speaker index waits for the first Insert Speaker, completion or hover');
  });

  it('parses, lints and previews a large report in slices, leaving the host free between them', async function () {
    this.timeout(180_000);
    const seed = editor.document.getText();
    const body = seed.slice(seed.indexOf('# Summary'));
    const parts = [seed];
    let copies = 0;
    for (let size = seed.length; size < 1.5e6; ) {
      const part = `\n${body.replace(/^(#+ )/gm, `$1${++copies}. `).replace(/AWS/g, `AWS-${copies}`)}`;
      parts.push(part);
      size += part.length;
    }
    const text = parts.join('');
    const parsed = new Promise<vscode.TextDocument>((resolve) => {
      const listener = api.onDidUpdateReport((d) => {
        if (d.isUntitled && d.getText().length === text.length) {
          listener.dispose();
          resolve(d);
        }
      });
    });
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    // The longest time the host went without running this timer, from when VS Code has made the document
    // (its own work on 1.5 MB of text is not ours) to the report's preview.
    const started = Date.now();
    let last = started;
    let gap = 0;
    const timer = setInterval(() => {
      const now = Date.now();
      gap = Math.max(gap, now - last);
      last = now;
    }, 5);
    await vscode.window.showTextDocument(document);
    assert.equal(await parsed, document);
    await waitFor('the large report linted', () => eventNotesDiagnostics(document.uri).some((d) => ruleOf(d) === 'second-h1') || undefined, 60_000);
    await vscode.commands.executeCommand('eventNotes.openPreviewToSide');
    const lastCopy = `${copies}. Event Objectives`;
    await waitFor('the whole report in the preview', () => api.preview.lastRendered.includes(lastCopy) || undefined, 60_000);
    clearInterval(timer);
    const elapsed = Date.now() - started;

    // The same work all at once on this thread (the test's own copy of the core, so nothing is cached).
    // Step by step without a pause, timing the longest single step (a slice cannot be shorter than one).
    const atOnce = <T>(steps: Steps<T>): [T, number, number] => {
      const from = Date.now();
      let longestStep = 0;
      for (;;) {
        const stepFrom = Date.now();
        const next = steps.next();
        longestStep = Math.max(longestStep, Date.now() - stepFrom);
        if (next.done) return [next.value, Date.now() - from, longestStep];
      }
    };
    const [whole, parseMs, parseStep] = atOnce(parseSteps(text));
    const [, lintMs, lintStep] = atOnce(lintSteps(whole, text));
    const [, renderMs, renderStep] = atOnce(renderSteps(text, { report: whole }));
    assert.equal(api.reportFor(document).headings.length, whole.headings.length);
    const sliced = api.lastSliced();
    const line = (name: string, r: SliceRecord | undefined, ms: number, step: number) => `${name} in ${r?.slices} slices (the longest ${r?.longestSliceMs} ms; ${ms} ms at once, its longest step ${step} ms)`;
    console.log(`      a ${(text.length / 1e6).toFixed(1)} MB report over ${elapsed} ms: ${line('parsed', sliced.parse, parseMs, parseStep)}, ${line('linted', sliced.lint, lintMs, lintStep)}, ${line('rendered', sliced.render, renderMs, renderStep)}; the host's longest pause ${gap} ms`);
    // What the extension does at one go stays well under doing it at once (the host's own pauses, such as
    // VS Code handling 1.5 MB of text or a garbage collection, are printed above but not judged).
    for (const [name, record, ms, step] of [['parse', sliced.parse, parseMs, parseStep], ['lint', sliced.lint, lintMs, lintStep], ['render', sliced.render, renderMs, renderStep]] as const) {
      assert.ok(record && record.slices > 1, `${name} in slices`);
      // A slice runs to SLICE_MS and then finishes its step, so it may last SLICE_MS and one step (a rule over the
      // whole report is one step), with SLICE_MS to spare for the host's noise; against the whole only where that is long.
      const bound = Math.max(ms / 2, 2 * SLICE_MS + step);
      assert.ok(record.longestSliceMs < bound, `${name}: a slice of ${record.longestSliceMs} ms against ${ms} ms at once (its longest step ${step} ms)`);
    }

    // A keystroke near the end: the page gets the one piece that changed.
    const editAt = document.positionAt(text.lastIndexOf(`AWS-${copies}`));
    await (await vscode.window.showTextDocument(document)).edit((b) => b.insert(editAt, 'Z'));
    await waitFor('the keystroke in the preview', () => api.preview.lastRendered.includes(`ZAWS-${copies}`) || undefined, 60_000);
    assert.ok(api.preview.lastPatch.changed <= 2, `${api.preview.lastPatch.changed} of ${api.preview.lastPatch.count} pieces sent`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const previews = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('eventNotes.preview'));
    await vscode.window.tabGroups.close(previews);
    editor = await vscode.window.showTextDocument(editor.document);
  });

  it('activates on a Markdown report and parses it into the shared model', () => {
    assert.equal(editor.document.languageId, 'markdown');
    const report = api.reportFor(editor.document);
    assert.equal(report.title?.text, 'Summary Report: “AWS Cloud Mastery Series #2 - DevOps on AWS”');
    assert.equal(report.speakers.length, 8);
    assert.equal(report.speakers[0].name, 'Truong Quang Tinh');
    assert.equal(report.frontMatter?.data?.pre, ' <b> 4.4. </b> ');
    assert.equal(api.reportFor(editor.document), report, 'the same version is parsed once');
  });

  it('shows a YAML error as a diagnostic at its range while typing, and clears it on undo', async () => {
    const uri = editor.document.uri;
    const diagnostics = () => vscode.languages.getDiagnostics(uri).filter((d) => ruleOf(d) === 'front-matter-yaml');
    assert.deepEqual(diagnostics(), []);

    // `weight: 1` becomes a second `title:` key.
    const ok = await editor.edit((b) => b.replace(new vscode.Range(3, 0, 3, 6), 'title'));
    assert.ok(ok);
    const broken = await waitFor('a YAML diagnostic', () => {
      const found = diagnostics();
      return found.length > 0 ? found : undefined;
    });
    assert.equal(broken[0].severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual([broken[0].range.start.line, broken[0].range.start.character], [3, 0]);
    assert.match(broken[0].message, /not valid YAML: Map keys must be unique/);
    assert.notEqual(api.reportFor(editor.document).problems.length, 0);

    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.lineAt(3).text, 'weight: 1');
    await waitFor('the diagnostic to clear', () => (diagnostics().length === 0 ? true : undefined));
  });

  it('"Show Report Outline" lists sections and speakers and selects the chosen one', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('eventNotes.showOutline'));
    const shown = vscode.commands.executeCommand('eventNotes.showOutline');
    await new Promise((r) => setTimeout(r, 500));
    // The first selectable item is the report's title heading (line 9).
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await shown;
    await waitFor('the title to be selected', () => (editor.selection.start.line === 8 ? true : undefined));
    assert.equal(editor.document.getText(editor.selection), '# Summary Report: “AWS Cloud Mastery Series #2 - DevOps on AWS”');
  });
});
