import * as vscode from 'vscode';
import type { EventPage, Finding, SiteEvent, SiteProblem } from './core/index';
import { toVsRange } from './convert';
import type { SiteIndex, WorkspaceSite } from './siteIndex';

/** A node of the Event Reports view: an event, one of its pages, or a problem of a page. */
export type SiteNode =
  | { readonly kind: 'event'; readonly site: WorkspaceSite; readonly event: SiteEvent }
  | { readonly kind: 'page'; readonly site: WorkspaceSite; readonly event: SiteEvent; readonly page: EventPage }
  | { readonly kind: 'problem'; readonly uri: vscode.Uri; readonly problem: Pick<SiteProblem, 'range' | 'rule' | 'severity' | 'message'> };

const SEVERITY_ICONS = { error: 'error', warning: 'warning', info: 'info' } as const;

/**
 * "Event Reports": every event of the workspace's Hugo sites, in number order, with its pages (one a language)
 * and their problems; a click opens a page, or a page at a problem. Reads the workspace through SiteIndex.
 */
export class SiteView implements vscode.TreeDataProvider<SiteNode>, vscode.Disposable {
  readonly #onDidChange = new vscode.EventEmitter<SiteNode | undefined>();
  readonly onDidChangeTreeData = this.#onDidChange.event;
  readonly #onDidRefresh = new vscode.EventEmitter<void>();
  /** Fires once the view shows the sites as they are now (for tests). */
  readonly onDidRefresh = this.#onDidRefresh.event;
  readonly #view: vscode.TreeView<SiteNode>;
  readonly #disposables: vscode.Disposable[];
  #sites: Promise<WorkspaceSite[]> | undefined;
  /** Whether the pages were read whole once: the first listing is from their heads, the full read follows. */
  #readWhole = false;

  constructor(private readonly index: SiteIndex) {
    this.#view = vscode.window.createTreeView('eventNotes.siteView', { treeDataProvider: this, showCollapseAll: true });
    this.#disposables = [
      this.#view, this.#onDidChange, this.#onDidRefresh,
      index.onDidChange(() => this.refresh()),
      vscode.commands.registerCommand('eventNotes.siteView.refresh', () => this.refresh()),
      vscode.commands.registerCommand('eventNotes.siteView.open', (uri: vscode.Uri, range?: vscode.Range) => open(uri, range)),
      vscode.commands.registerCommand('eventNotes.siteView.openPreview', async (node?: SiteNode) => {
        if (node?.kind !== 'page') return;
        await open(pageUri(node));
        await vscode.commands.executeCommand('eventNotes.openPreviewToSide');
      }),
      vscode.commands.registerCommand('eventNotes.siteView.newReport', (node?: SiteNode) =>
        vscode.commands.executeCommand('eventNotes.newReport', node?.kind === 'event' ? { folder: node.site.root.with({ path: `${node.site.root.path}/${node.event.folder.split('/').slice(0, -1).join('/')}` }) } : undefined)),
    ];
  }

  /** Reads the sites again (each page only if it changed) and redraws. */
  refresh(): void {
    this.#sites = undefined;
    this.#onDidChange.fire(undefined);
  }

  /** The sites as the view last read them, read now if it has not. */
  sites(): Promise<WorkspaceSite[]> {
    if (!this.#sites) {
      const quick = !this.#readWhole;
      const reading = this.index.sites(undefined, quick);
      this.#sites = reading;
      void reading.then(() => {
        this.#onDidRefresh.fire();
        if (quick && this.#sites === reading) {
          this.#readWhole = true;
          this.refresh();
        }
      }, () => undefined);
    }
    return this.#sites;
  }

  /** The sites once every page is read whole (for tests, and for commands that need the counts). */
  async sitesRead(): Promise<WorkspaceSite[]> {
    for (;;) {
      // After the first listing from the pages' heads, asking again starts (or joins) the full read.
      const sites = await this.sites();
      if (sites.every((s) => s.map.events.every((e) => e.pages.every((p) => !p.partial)))) return sites;
    }
  }

  async getChildren(node?: SiteNode): Promise<SiteNode[]> {
    if (!node) {
      const sites = await this.sites();
      return sites.flatMap((site) => site.map.events.map((event): SiteNode => ({ kind: 'event', site, event })));
    }
    if (node.kind === 'event') return node.event.pages.map((page): SiteNode => ({ kind: 'page', site: node.site, event: node.event, page }));
    if (node.kind === 'page') {
      const uri = pageUri(node);
      const own = node.site.problems.filter((p) => p.file === node.page.file && p.rule !== 'twin-mismatch');
      const loud = node.page.page.findings.filter((f: Finding) => f.severity !== 'info');
      return [...own, ...loud].map((problem): SiteNode => ({ kind: 'problem', uri, problem }));
    }
    return [];
  }

  getTreeItem(node: SiteNode): vscode.TreeItem {
    if (node.kind === 'event') {
      const { event } = node;
      const problems = this.#problemsOf(node.site, event);
      const label = [event.number, event.title].filter(Boolean).join('  ');
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `event:${node.site.root.toString()}:${event.folder}`;
      const badges = event.languages.map((l) => l.toUpperCase()).join(' ');
      item.description = [event.date, badges, problems > 0 ? `⚠ ${problems}` : ''].filter(Boolean).join('  ·  ');
      item.iconPath = new vscode.ThemeIcon(problems > 0 ? 'warning' : 'calendar');
      item.tooltip = vscode.l10n.t('{0}: {1} page(s) ({2}), {3} problem(s)', event.folder, event.pages.length, badges, problems);
      item.contextValue = 'event';
      return item;
    }
    if (node.kind === 'page') {
      const { page } = node;
      const uri = pageUri(node);
      const problems = node.site.problems.filter((p) => p.file === page.file && p.rule !== 'twin-mismatch').length + page.errors + page.warnings;
      const item = new vscode.TreeItem(uri, problems > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `page:${uri.toString()}`;
      item.label = page.file.split('/').pop();
      item.description = page.partial ? `${page.language.toUpperCase()} · ${vscode.l10n.t('reading…')}` : [
        page.language.toUpperCase(),
        vscode.l10n.t('{0} speaker(s)', page.speakers),
        vscode.l10n.t('{0} photo(s)', page.photos),
        page.errors + page.warnings > 0 ? vscode.l10n.t('{0} error(s), {1} warning(s)', page.errors, page.warnings) : '',
      ].filter(Boolean).join(' · ');
      item.command = { command: 'eventNotes.siteView.open', title: vscode.l10n.t('Open'), arguments: [uri] };
      item.contextValue = node.event.pages.length < 2 ? 'page.withoutTwin' : 'page';
      return item;
    }
    const { problem, uri } = node;
    const item = new vscode.TreeItem(problem.message, vscode.TreeItemCollapsibleState.None);
    item.description = `${problem.rule} · ${problem.range.start.line + 1}`;
    item.iconPath = new vscode.ThemeIcon(SEVERITY_ICONS[problem.severity]);
    item.tooltip = problem.message;
    item.command = { command: 'eventNotes.siteView.open', title: vscode.l10n.t('Open'), arguments: [uri, toVsRange(problem.range)] };
    item.contextValue = 'problem';
    return item;
  }

  /** An event's problems: the site's about its pages, and its pages' errors and warnings. */
  #problemsOf(site: WorkspaceSite, event: SiteEvent): number {
    const files = new Set(event.pages.map((p) => p.file));
    return site.problems.filter((p) => files.has(p.file) && p.rule !== 'twin-mismatch').length + event.pages.reduce((n, p) => n + p.errors + p.warnings, 0);
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
  }
}

/** The URI of a page node's file. */
export function pageUri(node: Extract<SiteNode, { kind: 'page' }>): vscode.Uri {
  return node.site.root.with({ path: `${node.site.root.path}/${node.page.file}` });
}

async function open(uri: vscode.Uri, range?: vscode.Range): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preview: true });
  if (!range) return;
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
