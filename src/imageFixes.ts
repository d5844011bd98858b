import * as vscode from 'vscode';
import { basename, decodedPath, dirname, imageSourceEdit, joinPath, linkOf, splitLines, type EventReport, type LintOptions } from './core/index';
import { toVsRange, toWorkspaceEdit } from './convert';

const MAX_MATCHES = 10;

/**
 * "Use /images/…/name.jpg" on a missing image, for each file of that name under the site's static/ folder or
 * beside the report: the workspace is searched here, the link and the edit are the core's.
 */
export async function missingImageFixes(document: vscode.TextDocument, report: EventReport, options: LintOptions, diagnostic: vscode.Diagnostic, token?: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
  const image = report.images.find((i) => toVsRange(i.range).isEqual(diagnostic.range));
  if (!image) return [];
  const name = fileName(image.src);
  // A name with glob characters is not searched for: it would match other files.
  if (!name || /[[\]{}*?!,]/.test(name)) return [];
  const folders = [dirname(document.uri.path), ...(options.siteRoot !== undefined ? [joinPath(options.siteRoot, 'static')] : [])];
  const found = new Set<string>();
  for (const folder of folders) {
    const matches = await vscode.workspace.findFiles(new vscode.RelativePattern(document.uri.with({ path: folder }), `**/${name}`), '**/node_modules/**', MAX_MATCHES, token);
    for (const uri of matches) found.add(uri.path);
  }
  const lines = splitLines(document.getText());
  const actions: vscode.CodeAction[] = [];
  for (const file of [...found].sort()) {
    const link = linkOf(file, document.uri.path, options.siteRoot, options.basePath);
    const edit = link === undefined || link === image.src ? undefined : imageSourceEdit(lines, image, link);
    if (!edit) continue;
    const action = new vscode.CodeAction(vscode.l10n.t('Use {0}', link!), vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document.uri, [edit]);
    action.diagnostics = [diagnostic];
    actions.push(action);
  }
  if (actions.length === 1) actions[0]!.isPreferred = true;
  return actions;
}

/** The file name a source names, decoded and without its query. */
function fileName(src: string): string {
  return basename(decodedPath(src.trim().replace(/[?#].*$/, '')));
}
