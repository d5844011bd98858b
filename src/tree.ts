import * as vscode from 'vscode';
import { isEventReport, reportOutline, sectionLastLine, type EventReport, type Range, type SectionKind } from './core/index';
import { toVsRange } from './convert';
import type { ReportCache } from './reportCache';

type NodeKind = 'report' | 'speakers' | 'speaker' | 'sections' | 'section' | 'image';

interface Node {
  readonly id: string;
  readonly kind: NodeKind;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  /** What the node stands for in the text: a section's whole extent, a speaker's entry. */
  readonly range?: Range;
  /** What a click selects, when not the whole range (a section's heading). */
  readonly select?: Range;
  readonly icon: string;
  readonly parent?: Node;
  readonly children: Node[];
  /** A photos section, where Insert Photos is offered. */
  readonly photos?: boolean;
  /** A section's own last line (its range ends where the next heading starts). */
  readonly lastLine?: number;
  /** Text for "Copy Name". */
  readonly name?: string;
}

const KIND_ICONS: Record<SectionKind, string> = {
  objectives: 'target',
  speakers: 'organization',
  highlights: 'star-empty',
  takeaways: 'lightbulb',
  applying: 'tools',
  experience: 'heart',
  photos: 'device-camera',
  overview: 'info',
  conclusion: 'pass',
  other: 'symbol-text',
};

/** The "Event Report" view: the active report's speakers and sections, from the shared model. */
export class ReportTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  readonly #onDidChange = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.#onDidChange.event;
  readonly #view: vscode.TreeView<Node>;
  readonly #disposables: vscode.Disposable[] = [];
  #root: Node | undefined;
  #document: vscode.TextDocument | undefined;
  #followTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #context = new Map<string, boolean>();
  /** Event Notes errors and warnings of the shown document. */
  #loud: vscode.Diagnostic[] = [];

  constructor(private readonly cache: ReportCache) {
    this.#view = vscode.window.createTreeView('eventNotes.reportTree', { treeDataProvider: this, showCollapseAll: true });
    this.#disposables.push(
      this.#view,
      this.#onDidChange,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      cache.onDidUpdate((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.refresh();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.#document && e.uris.some((u) => u.toString() === this.#document?.uri.toString())) this.refresh();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.#follow(e.textEditor)),
      vscode.commands.registerCommand('eventNotes.revealRange', (uri: vscode.Uri, range: vscode.Range) => revealRange(uri, range)),
      vscode.commands.registerCommand('eventNotes.revealInPreview', async (node?: Node) => {
        const range = node?.select ?? node?.range;
        if (!range || !this.#document) return;
        await vscode.window.showTextDocument(this.#document, { preserveFocus: true, preview: false });
        await vscode.commands.executeCommand('eventNotes.preview.revealLine', range.start.line);
      }),
      vscode.commands.registerCommand('eventNotes.copySpeakerName', (node?: Node) => (node?.name ? vscode.env.clipboard.writeText(node.name) : undefined)),
      vscode.commands.registerCommand('eventNotes.showReportTree', async () => {
        await vscode.commands.executeCommand('workbench.view.explorer');
        await vscode.commands.executeCommand('eventNotes.reportTree.focus');
      }),
    );
    this.refresh();
  }

  get view(): vscode.TreeView<Node> {
    return this.#view;
  }

  /** Rebuilds the nodes from the active report (ids are stable, so expansion state survives). */
  refresh(): void {
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document.languageId === 'markdown' ? editor.document : undefined;
    // A large report not parsed yet is shown once its slices are done (the cache's update refreshes the tree).
    const report = document ? this.cache.getIfReady(document) : undefined;
    const isReport = Boolean(document && report && isEventReport(report, document.uri.path));
    this.#setContext('eventNotes.isReport', isReport);
    this.#setContext('eventNotes.treeShown', isReport || !editor);
    this.#document = isReport ? document : undefined;
    this.#root = isReport && document && report ? buildTree(report, document) : undefined;
    // Read once per refresh (a diagnostics change refreshes too), not once per node.
    this.#loud = this.#document
      ? vscode.languages.getDiagnostics(this.#document.uri).filter((d) => d.source === 'event-notes' && d.severity <= vscode.DiagnosticSeverity.Warning)
      : [];
    this.#onDidChange.fire(undefined);
  }

  /** Context keys go to the workbench only when they change, not on every parse. */
  #setContext(key: string, value: boolean): void {
    if (this.#context.get(key) === value) return;
    this.#context.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, node.children.length === 0 ? vscode.TreeItemCollapsibleState.None
      : node.kind === 'report' || node.kind === 'sections' || node.kind === 'speakers' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.contextValue = node.photos ? 'section.photos' : node.kind;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    const problems = this.#problemsIn(node);
    item.description = [node.description, problems ? `⚠ ${problems}` : ''].filter(Boolean).join('  ');
    item.tooltip = node.tooltip ?? node.label;
    if (node.range && this.#document) {
      item.command = { command: 'eventNotes.revealRange', title: vscode.l10n.t('Reveal'), arguments: [this.#document.uri, toVsRange(node.select ?? node.range)] };
    }
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.#root ? [this.#root] : [];
    return node.children;
  }

  getParent(node: Node): Node | undefined {
    return node.parent;
  }

  /** The node under a line: the speaker entry on it, else the innermost section around it. */
  nodeAt(line: number): Node | undefined {
    const found: Node[] = [];
    const visit = (node: Node) => {
      for (const child of node.children) {
        const r = child.range;
        const holds = r && r.start.line <= line && line <= (child.lastLine ?? r.end.line);
        if (holds) found.push(child);
        visit(child);
      }
    };
    if (this.#root) visit(this.#root);
    return found.find((n) => n.kind === 'speaker') ?? found.filter((n) => n.kind === 'section').sort((a, b) => (b.range?.start.line ?? 0) - (a.range?.start.line ?? 0))[0];
  }

  #follow(editor: vscode.TextEditor): void {
    clearTimeout(this.#followTimer);
    this.#followTimer = setTimeout(() => {
      if (!this.#view.visible || editor.document !== this.#document) return;
      if (!vscode.workspace.getConfiguration('eventNotes', editor.document.uri).get<boolean>('tree.followCursor', true)) return;
      const node = this.nodeAt(editor.selection.active.line);
      if (node) void this.#view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
    }, 150);
  }

  #problemsIn(node: Node): number {
    if (!node.range) return 0;
    const range = toVsRange(node.range);
    return this.#loud.filter((d) => !d.range.start.isBefore(range.start) && (d.range.start.isBefore(range.end) || range.isEmpty)).length;
  }

  dispose(): void {
    clearTimeout(this.#followTimer);
    for (const d of this.#disposables) d.dispose();
  }
}

async function revealRange(uri: vscode.Uri, range: vscode.Range): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The report's nodes, from the shared outline; ids are built from text and position among siblings, not from line numbers. */
export function buildTree(report: EventReport, document: vscode.TextDocument): Node {
  const outline = reportOutline(report);
  const { pre, date, title: pageTitle } = outline.facts;
  const title = outline.title ?? (typeof report.frontMatter?.data?.title === 'string' ? pageTitle : document.uri.path.split('/').pop() ?? '');
  const root: Node = { id: 'report', kind: 'report', label: title, description: [pre, date].filter(Boolean).join(' · '), icon: 'notebook', range: report.title?.range, children: [] };

  const speakers: Node = { id: 'speakers', kind: 'speakers', label: vscode.l10n.t('Speakers ({0})', outline.speakers.length), icon: 'organization', parent: root, children: [] };
  const seen = new Map<string, number>();
  const uniqueId = (base: string) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };
  for (const s of outline.speakers) {
    speakers.children.push({
      id: uniqueId(`speaker:${s.name}`),
      kind: 'speaker',
      label: s.name,
      description: s.about + (s.inline ? ` (${vscode.l10n.t('mentioned')})` : ''),
      tooltip: document.getText(toVsRange(s.range)).trim(),
      range: s.nameRange,
      icon: 'account',
      parent: speakers,
      name: s.name,
      children: [],
    });
  }

  const sections: Node = { id: 'sections', kind: 'sections', label: vscode.l10n.t('Sections'), icon: 'list-tree', parent: root, children: [] };
  const nodes: Node[] = [];
  outline.sections.forEach((section, i) => {
    const parent = section.parent >= 0 ? nodes[section.parent] : sections;
    const node: Node = {
      id: uniqueId(`${parent.id}/${section.text}`),
      kind: 'section',
      label: section.text || vscode.l10n.t('(empty heading)'),
      description: section.kindName ? `H${section.level} · ${section.kindName}` : `H${section.level}`,
      range: section.range,
      select: section.headingRange,
      icon: KIND_ICONS[section.kind],
      parent,
      children: [],
      photos: section.kind === 'photos',
      lastLine: sectionLastLine(report.sections[i]!),
    };
    nodes[i] = node;
    parent.children.push(node);
    if (section.kind === 'photos') {
      for (const image of report.images) {
        if (image.range.start.line < section.range.start.line || image.range.start.line > node.lastLine!) continue;
        node.children.push({ id: uniqueId(`${node.id}/image:${image.src}`), kind: 'image', label: image.alt || image.src, description: image.alt ? image.src : '', range: image.range, icon: 'file-media', parent: node, children: [] });
      }
    }
  });
  root.children.push(speakers, sections);
  return root;
}
