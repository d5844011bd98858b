import * as vscode from 'vscode';
import { dirname, finish, imageFiles, imageLookup, lookUp, relativePath } from './core/index';
import type { RenderedReport } from './core/render';
import { LARGE_DOCUMENT, size, type ReportCache } from './reportCache';
import { inSlices, type SliceRecord } from './slices';
import type { WorkspaceFiles } from './workspaceFiles';

const VIEW_TYPE = 'eventNotes.preview';
/** The renderer and its rehype half load with the first preview, not at activation (esbuild keeps this lazy). */
const renderer = () => import('./core/render');
/** The cache already waits for a pause in typing; this only merges updates that arrive together. */
const UPDATE_DELAY_MS = 0;

/** What a test asks the page to do before it answers. */
export interface PreviewProbe {
  scrollToLine?: number;
  doubleClickLine?: number;
}

/** What the page answers: the source line at its top, its scroll offset, its saved state and the text it shows. */
export interface PreviewProbeAnswer {
  line: number;
  scrollY: number;
  state: { uri?: string } | undefined;
  text: string;
}

/**
 * The live preview beside the editor: one panel that follows the active report (unless locked), first
 * rendered in its HTML, then updated by postMessage after each parse, with scroll sync both ways.
 */
export class ReportPreview implements vscode.Disposable, vscode.WebviewPanelSerializer {
  #panel: vscode.WebviewPanel | undefined;
  #document: vscode.TextDocument | undefined;
  #locked = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastHtml = '';
  /** What the page shows now, piece by piece: updates send only the pieces that changed. */
  #sent: RenderedReport | undefined;
  #lastPatch = { changed: 0, count: 0 };
  #version = 0;
  /** The update the page has not confirmed yet, and when the edit it shows was made. */
  #pending: { version: number; changedAt: number } | undefined;
  #fromPreview = 0;
  #probes = 0;
  /** When the previewed document last changed, and how long the preview took to follow. */
  #changedAt = 0;
  #latency = -1;
  readonly #disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly cache: ReportCache, private readonly files: WorkspaceFiles) {
    this.#disposables.push(
      vscode.commands.registerCommand('eventNotes.openPreviewToSide', () => this.open(vscode.ViewColumn.Beside)),
      vscode.commands.registerCommand('eventNotes.openPreview', () => this.open(vscode.ViewColumn.Active)),
      vscode.commands.registerCommand('eventNotes.togglePreviewLock', () => {
        this.#locked = !this.#locked;
        this.#title();
      }),
      vscode.commands.registerCommand('eventNotes.preview.revealLine', (line: number) => this.revealLine(line)),
      vscode.commands.registerCommand('eventNotes.exportHtml', (argument?: { target?: vscode.Uri }) => this.exportHtml(argument?.target)),
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, this),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.#document && e.contentChanges.length > 0) this.#changedAt = Date.now();
      }),
      cache.onDidUpdate((document) => {
        if (document === this.#document) this.#schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.#panel || this.#locked || !editor || editor.document.languageId !== 'markdown' || editor.document === this.#document) return;
        this.#document = editor.document;
        this.#title();
        this.#schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.#editorScrolled(e.textEditor)),
      // An image (or the site config) created or deleted shows at once.
      files.onDidChange(() => this.#schedule()),
    );
  }

  /** What the panel last rendered (for tests, through the API object activate() returns). */
  get lastRendered(): string {
    return this.#lastHtml;
  }

  /** Milliseconds from the last edit to the page's confirmation that its DOM shows it (a message round trip); -1 before any. */
  get lastLatency(): number {
    return this.#latency;
  }

  /** How many of the body's pieces the last update sent, of how many (for tests). */
  get lastPatch(): { readonly changed: number; readonly count: number } {
    return this.#lastPatch;
  }

  /** Restores the preview after a window reload, on the report it showed (kept in the webview's state). */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: { uri?: string } | undefined): Promise<void> {
    const document = state?.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri)).then((d) => d, () => undefined) : undefined;
    this.#adopt(panel, document ?? vscode.window.activeTextEditor?.document);
  }

  async open(column: vscode.ViewColumn): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an event report to preview it.'));
      return;
    }
    if (this.#panel) {
      this.#document = document;
      this.#panel.reveal(column, true);
      this.#title();
      await this.#update();
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, '', { viewColumn: column, preserveFocus: true }, this.#options());
    this.#adopt(panel, document);
  }

  /** Opens the preview beside the editor if needed and scrolls it to a source line. */
  async revealLine(line: number): Promise<void> {
    if (!this.#panel) await this.open(vscode.ViewColumn.Beside);
    else this.#panel.reveal(undefined, true);
    void this.#panel?.webview.postMessage({ type: 'scroll', line });
  }

  #options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      enableForms: false,
      enableCommandUris: false,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)],
    };
  }

  #adopt(panel: vscode.WebviewPanel, document: vscode.TextDocument | undefined): void {
    this.#panel = panel;
    this.#document = document;
    panel.webview.options = this.#options();
    panel.onDidDispose(() => {
      if (this.#panel === panel) this.#panel = undefined;
    });
    panel.webview.onDidReceiveMessage((message: { type: string; line?: number; version?: number }) => this.#received(message));
    this.#title();
    void this.#shell().then((html) => {
      panel.webview.html = html;
    });
  }

  #title(): void {
    if (!this.#panel) return;
    const name = this.#document?.uri.path.split('/').slice(-2).join('/') ?? '';
    this.#panel.title = `${this.#locked ? '[🔒] ' : ''}${vscode.l10n.t('Preview {0}', name)}`;
  }

  /** The first render goes into the page itself; later ones arrive by postMessage. */
  async #shell(): Promise<string> {
    const webview = this.#panel!.webview;
    const nonce = Array.from({ length: 24 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
    const remote = vscode.workspace.getConfiguration('eventNotes').get<boolean>('preview.allowRemoteImages', false);
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css'));
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.js'));
    const rendered = await this.#render();
    this.#sent = rendered;
    // A large report still being parsed arrives by the first update: the page waits for it with empty pieces.
    const body = pageBody(rendered ?? { header: '', parts: [] });
    const { escapeHtml } = await renderer();
    const style = vscode.workspace.getConfiguration('eventNotes').get<string>('preview.style', 'theme');
    return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${webview.cspSource}${remote ? ' https:' : ''}; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" href="${css}"></head>
<body class="${style === 'site' ? 'site-style' : ''}"><div id="root" data-uri="${escapeHtml(this.#document?.uri.toString() ?? '')}">${body}</div><script nonce="${nonce}" src="${script}"></script></body></html>`;
  }

  async #render(): Promise<RenderedReport | undefined> {
    const document = this.#document;
    const panel = this.#panel;
    if (!document || !panel) return undefined;
    const remote = vscode.workspace.getConfiguration('eventNotes').get<boolean>('preview.allowRemoteImages', false);
    const version = document.version;
    const current = () => this.#panel === panel && this.#document === document && document.version === version && !document.isClosed;
    const rendered = await this.#renderDocument(document, (file) => panel.webview.asWebviewUri(document.uri.with({ path: file })).toString(), remote, current);
    if (!rendered || !current()) return undefined;
    const { joinRendered } = await renderer();
    this.#lastHtml = joinRendered(rendered);
    return rendered;
  }

  /**
   * Renders a document with its images found in the site (static/, baseURL) and mapped by `link`. For the
   * live page (`current` given), a large report is rendered in slices and only once its parse is done;
   * undefined then means "keep showing what the page shows" (a newer version or the parse's end follows).
   */
  async #renderDocument(document: vscode.TextDocument, link: (file: string) => string, remote: boolean, current?: () => boolean): Promise<RenderedReport | undefined> {
    const path = document.uri.path;
    const { siteRoot, basePath } = await this.files.site(document.uri);
    const report = current ? this.cache.getIfReady(document) : this.cache.get(document);
    if (!report) return undefined;
    await this.files.prefetch(imageFiles(report, path, siteRoot, basePath), document.uri);
    const { renderSteps } = await renderer();
    const steps = renderSteps(document.getText(), {
      report,
      resolveImage: (src) => {
        if (/^https?:/i.test(src)) return remote ? src : null;
        const lookup = imageLookup(src, path, siteRoot, basePath);
        const found = lookup && lookUp(lookup, (p) => this.files.exists(p));
        if (!found || found.exists === false) return null;
        return link(found.file);
      },
    });
    return current && size(document) > LARGE_DOCUMENT ? inSlices(steps, current, (r) => (this.#sliced = r)) : finish(steps);
  }

  /** How the last large report was rendered: in how many slices, and the longest (for tests). */
  get lastSlicedRender(): SliceRecord | undefined {
    return this.#sliced;
  }

  #sliced: SliceRecord | undefined;

  /**
   * "Event Notes: Export Report as HTML": one standalone file (stylesheet inlined, images referenced by
   * relative paths) next to the report, or where the user picks.
   */
  async exportHtml(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document.languageId === 'markdown' ? editor.document : this.#document;
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an event report to export it.'));
      return undefined;
    }
    const suggested = document.uri.with({ path: document.uri.path.replace(/\.(md|markdown)$/i, '') + '.html' });
    const out = target ?? (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { HTML: ['html'] } }));
    if (!out) return undefined;
    const { joinRendered } = await renderer();
    const rendered = await this.#renderDocument(document, (file) => relativePath(dirname(out.path), file), true);
    if (!rendered) return undefined;
    const body = joinRendered(rendered);
    const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css')));
    const report = this.cache.get(document);
    const title = typeof report.frontMatter?.data?.title === 'string' ? report.frontMatter.data.title : report.title?.text ?? '';
    const { standaloneHtml } = await renderer();
    await vscode.workspace.fs.writeFile(out, new TextEncoder().encode(standaloneHtml(title, css, body)));
    return out;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#update(), UPDATE_DELAY_MS);
  }

  /** Sends the page the pieces that changed since what it shows (the header, and body chunks by index). */
  async #update(): Promise<void> {
    if (!this.#panel || !this.#document) return;
    const rendered = await this.#render();
    if (!rendered || !this.#panel) return;
    const before = this.#sent;
    const parts: [number, string][] = [];
    rendered.parts.forEach((html, i) => {
      if (before?.parts[i] !== html) parts.push([i, html]);
    });
    this.#sent = rendered;
    this.#lastPatch = { changed: parts.length, count: rendered.parts.length };
    const version = ++this.#version;
    // Each measure starts at an edit and ends when the page confirms the update that carried it.
    if (this.#changedAt > 0) this.#pending = { version, changedAt: this.#changedAt };
    this.#changedAt = 0;
    const style = vscode.workspace.getConfiguration('eventNotes').get<string>('preview.style', 'theme');
    void this.#panel.webview.postMessage({
      type: 'patch',
      version,
      header: before?.header === rendered.header ? undefined : rendered.header,
      count: rendered.parts.length,
      parts,
      uri: this.#document.uri.toString(),
      style,
    });
  }

  /** For tests: what the page shows, after an optional scroll or double-click done inside the page (a message round trip). */
  probe(action: PreviewProbe = {}): Promise<PreviewProbeAnswer | undefined> {
    const panel = this.#panel;
    if (!panel) return Promise.resolve(undefined);
    const id = ++this.#probes;
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(undefined), 5000);
      const listener = panel.webview.onDidReceiveMessage((message: PreviewProbeAnswer & { type: string; id: number }) => {
        if (message.type === 'probe' && message.id === id) done(message);
      });
      const done = (answer: PreviewProbeAnswer | undefined) => {
        clearTimeout(timer);
        listener.dispose();
        resolve(answer);
      };
      void panel.webview.postMessage({ type: 'probe', id, ...action });
    });
  }

  #received(message: { type: string; line?: number; version?: number }): void {
    if (message.type === 'rendered') {
      if (this.#pending && message.version === this.#pending.version) {
        this.#latency = Date.now() - this.#pending.changedAt;
        this.#pending = undefined;
      }
      return;
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.#document);
    if (!editor || typeof message.line !== 'number') return;
    const position = new vscode.Position(Math.min(message.line, editor.document.lineCount - 1), 0);
    if (message.type === 'reveal') {
      void vscode.window.showTextDocument(editor.document, editor.viewColumn).then((e) => {
        e.selection = new vscode.Selection(position, position);
        e.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
      });
    } else if (message.type === 'scrolled' && this.#syncScroll()) {
      this.#fromPreview = Date.now();
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }
  }

  #editorScrolled(editor: vscode.TextEditor): void {
    if (!this.#panel || editor.document !== this.#document || !this.#syncScroll() || Date.now() - this.#fromPreview < 300) return;
    const line = editor.visibleRanges[0]?.start.line ?? 0;
    void this.#panel.webview.postMessage({ type: 'scroll', line });
  }

  #syncScroll(): boolean {
    return vscode.workspace.getConfiguration('eventNotes').get<boolean>('preview.scrollSync', true);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#panel?.dispose();
    for (const d of this.#disposables) d.dispose();
  }
}

/**
 * The page's body: the header and each chunk of the body in a piece of its own (display: contents, so the
 * layout is the report's), which an update replaces alone.
 */
function pageBody(rendered: RenderedReport): string {
  return `<div class="report-part" data-head>${rendered.header}</div><article class="report-body">${rendered.parts.map((p) => `<div class="report-part">${p}</div>`).join('\n')}</article>`;
}
