import * as vscode from 'vscode';
import { IMAGE_EXTENSIONS, isEventReport, photoInsertion, splitLines } from './core/index';
import { toVsRange } from './convert';
import { photoBytes, photoFromUri, type PhotoInput, type SitePhotos } from './photoSite';
import type { ReportCache } from './reportCache';

/**
 * "Event Notes: Insert Photos". Asks for images (or takes `{ files: string[] }`, paths or URI strings, and asks
 * nothing), copies them into the site's static/ folder first, then inserts one `![alt](link)` line per photo as
 * a single edit: an undo takes the text back without asking about files (the copies stay).
 */
export function registerInsertPhotos(cache: ReportCache, photos: SitePhotos): vscode.Disposable {
  return vscode.commands.registerCommand('eventNotes.insertPhotos', async (argument?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document;
    if (!editor || !document || document.languageId !== 'markdown' || !isEventReport(cache.get(document), document.uri.path)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an event report to insert photos.'));
      return false;
    }
    const uris = filesOf(argument) ?? (await vscode.window.showOpenDialog({
      canSelectMany: true,
      openLabel: vscode.l10n.t('Insert Photos'),
      filters: { [vscode.l10n.t('Images')]: [...IMAGE_EXTENSIONS] },
      defaultUri: vscode.workspace.getWorkspaceFolder(document.uri)?.uri,
    }));
    if (!uris || uris.length === 0) return false;
    const inputs: PhotoInput[] = uris.map((uri) => photoFromUri(uri, document));
    const version = document.version;
    const place = await photos.place(document);
    const plans = photos.plan(document, place, inputs);
    try {
      for (let i = 0; i < plans.length; i++) {
        const copyTo = plans[i]!.copyTo;
        if (!copyTo) continue;
        const target = document.uri.with({ path: copyTo });
        await vscode.workspace.fs.createDirectory(target.with({ path: copyTo.slice(0, copyTo.lastIndexOf('/')) }));
        // Same file system: a copy; else (a file of the local machine in a remote window) the bytes are written.
        if (inputs[i]!.uri!.scheme === target.scheme && inputs[i]!.uri!.authority === target.authority) await vscode.workspace.fs.copy(inputs[i]!.uri!, target, { overwrite: false });
        else await vscode.workspace.fs.writeFile(target, await photoBytes(inputs[i]!));
      }
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not copy the photo: {0}', (e as Error).message));
      return false;
    }
    // The report as it is now (the copies took a moment), with the cursor where it is now.
    const report = document.version === version ? place.report : cache.get(document);
    const planned = photoInsertion(report, splitLines(document.getText()), editor.selection.active, plans.map((p) => p.markdown), place.heading);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, toVsRange(planned.range), planned.newText);
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    const lastLink = plans.at(-1)!.markdown;
    const at = document.getText().lastIndexOf(lastLink, document.offsetAt(toVsRange(planned.range).start) + planned.newText.length);
    if (at >= 0) {
      const end = document.positionAt(at + lastLink.length);
      editor.selection = new vscode.Selection(end, end);
      editor.revealRange(new vscode.Range(end, end));
    }
    return true;
  });
}

/** `{ files: [...] }` from a script or test: paths of this machine's file system or URI strings. */
function filesOf(argument: unknown): vscode.Uri[] | undefined {
  const files = (argument as { files?: unknown } | undefined)?.files;
  if (!Array.isArray(files)) return undefined;
  return files.filter((f): f is string => typeof f === 'string' && f !== '').map((f) => (/^[a-z][a-z0-9+.-]+:/i.test(f) && !/^[a-z]:[\\/]/i.test(f) ? vscode.Uri.parse(f) : vscode.Uri.file(f)));
}
