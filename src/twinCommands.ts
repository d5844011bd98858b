import * as vscode from 'vscode';
import { isVietnamese, siteWording, twinPath, twinText } from './core/index';
import type { ReportCache } from './reportCache';
import type { SiteIndex } from './siteIndex';
import { pageUri, type SiteNode } from './siteView';
import { fileExists } from './workspaceFiles';

/** What the twin commands are given: `{ uri }` from scripts and tests, a node of the Event Reports view, a file URI (menus), or nothing (the active editor). */
type Target = { readonly uri?: string } | SiteNode | vscode.Uri | undefined;

function targetUri(target: Target): vscode.Uri | undefined {
  if (target instanceof vscode.Uri) return target;
  if (target && 'kind' in target && target.kind === 'page') return pageUri(target);
  if (target && 'uri' in target && typeof target.uri === 'string') return vscode.Uri.parse(target.uri);
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document.uri : undefined;
}

/** The report a twin command is about and its twin's URI, or a message saying what to open first. */
function reportAndTwin(target: Target, hint: string): { uri: vscode.Uri; twinUri: vscode.Uri } | undefined {
  const uri = targetUri(target);
  const twin = uri && twinPath(uri.path);
  if (!uri || !twin) {
    void vscode.window.showInformationMessage(hint);
    return undefined;
  }
  return { uri, twinUri: uri.with({ path: twin }) };
}

/**
 * "Event Notes: Create Twin" and "Open Twin to the Side", and the `eventNotes.hasTwin` context key that shows
 * Create Twin in the editor title of a report without one.
 */
export function registerTwinCommands(cache: ReportCache, index: SiteIndex): vscode.Disposable {
  const setContext = async () => {
    const document = vscode.window.activeTextEditor?.document;
    const twin = document?.languageId === 'markdown' ? twinPath(document.uri.path) : undefined;
    const has = twin !== undefined && document !== undefined && document.uri.scheme !== 'untitled' && (await fileExists(document.uri.with({ path: twin })));
    await vscode.commands.executeCommand('setContext', 'eventNotes.hasTwin', has);
  };
  void setContext();
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.md', false, true, false);
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(() => void setContext()),
    watcher.onDidDelete(() => void setContext()),
    vscode.window.onDidChangeActiveTextEditor(() => void setContext()),
    vscode.commands.registerCommand('eventNotes.createTwin', async (target?: Target) => {
      const found = reportAndTwin(target, vscode.l10n.t('Open an event report to create its twin.'));
      if (!found) return undefined;
      const { uri, twinUri } = found;
      if (await fileExists(twinUri)) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} exists already: Event Notes does not overwrite it.', vscode.workspace.asRelativePath(twinUri)));
        return undefined;
      }
      const document = await vscode.workspace.openTextDocument(uri);
      const report = cache.get(document);
      const language = isVietnamese(twinUri.path) ? 'vi' : 'en';
      // The headings the site's pages in that language already use for each kind, where it has some.
      const sitePages = index.pages().filter((p) => p.path !== uri.path && isVietnamese(p.path) === (language === 'vi'));
      const text = twinText(report, document.getText(), language, siteWording(sitePages.map((p) => p.report)));
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(twinUri, { ignoreIfExists: false, contents: new TextEncoder().encode(text) });
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Event Notes could not create {0}.', vscode.workspace.asRelativePath(twinUri)));
        return undefined;
      }
      await vscode.window.showTextDocument(twinUri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      return twinUri;
    }),
    vscode.commands.registerCommand('eventNotes.openTwinToSide', async (target?: Target) => {
      const found = reportAndTwin(target, vscode.l10n.t('Open an event report to open its twin.'));
      if (!found) return undefined;
      const { uri, twinUri } = found;
      if (!(await fileExists(twinUri))) {
        const create = vscode.l10n.t('Create Twin');
        const choice = await vscode.window.showInformationMessage(vscode.l10n.t('{0} has no twin yet.', vscode.workspace.asRelativePath(uri)), create);
        return choice === create ? vscode.commands.executeCommand<vscode.Uri | undefined>('eventNotes.createTwin', { uri: uri.toString() }) : undefined;
      }
      await vscode.window.showTextDocument(twinUri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      return twinUri;
    }),
  );
}
