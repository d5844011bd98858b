import * as vscode from 'vscode';
import { isEventReport, isImageName, pastedName } from './core/index';
import { photoBytes, photoFromUri, type PhotoInput, type SitePhotos } from './photoSite';
import type { ReportCache } from './reportCache';

/** Our edit kind, beside VS Code's own `markdown.link.image`: "Paste As…" and the drop menu list both. */
export const PHOTO_EDIT_KIND = vscode.DocumentDropOrPasteEditKind.Empty.append('markdown', 'link', 'image', 'eventNotes');

const MIME_TYPES = ['image/*', 'files', 'text/uri-list'];

/**
 * Paste and drop of image files and clipboard images into an event report: the photo is copied into the
 * site's static/ folder (the created file is the edit's additionalEdit) and linked from the site root.
 * Outside event reports they offer nothing, and VS Code's own Markdown paste and drop apply.
 */
export class PhotoEdits implements vscode.DocumentPasteEditProvider, vscode.DocumentDropEditProvider {
  constructor(private readonly cache: ReportCache, private readonly photos: SitePhotos) {}

  register(): vscode.Disposable {
    const selector: vscode.DocumentSelector = { language: 'markdown' };
    return vscode.Disposable.from(
      vscode.languages.registerDocumentPasteEditProvider(selector, this, { providedPasteEditKinds: [PHOTO_EDIT_KIND], pasteMimeTypes: MIME_TYPES }),
      vscode.languages.registerDocumentDropEditProvider(selector, this, { providedDropEditKinds: [PHOTO_EDIT_KIND], dropMimeTypes: MIME_TYPES }),
    );
  }

  async provideDocumentPasteEdits(document: vscode.TextDocument, _ranges: readonly vscode.Range[], dataTransfer: vscode.DataTransfer, context: vscode.DocumentPasteEditContext, token: vscode.CancellationToken): Promise<vscode.DocumentPasteEdit[] | undefined> {
    if (context.only && !PHOTO_EDIT_KIND.intersects(context.only)) return undefined;
    const planned = await this.#edit(document, dataTransfer, token);
    if (!planned) return undefined;
    const edit = new vscode.DocumentPasteEdit(planned.text, planned.title, PHOTO_EDIT_KIND);
    edit.additionalEdit = planned.files;
    return [edit];
  }

  async provideDocumentDropEdits(document: vscode.TextDocument, _position: vscode.Position, dataTransfer: vscode.DataTransfer, token: vscode.CancellationToken): Promise<vscode.DocumentDropEdit | undefined> {
    const planned = await this.#edit(document, dataTransfer, token);
    if (!planned) return undefined;
    const edit = new vscode.DocumentDropEdit(planned.text, planned.title, PHOTO_EDIT_KIND);
    edit.additionalEdit = planned.files;
    return edit;
  }

  async #edit(document: vscode.TextDocument, dataTransfer: vscode.DataTransfer, token: vscode.CancellationToken): Promise<{ text: string; title: string; files: vscode.WorkspaceEdit } | undefined> {
    const report = this.cache.getIfReady(document);
    if (!report || !isEventReport(report, document.uri.path)) return undefined;
    const inputs = await photoInputs(dataTransfer, document);
    if (inputs.length === 0 || token.isCancellationRequested) return undefined;
    const place = await this.photos.place(document, token);
    const plans = this.photos.plan(document, place, inputs);
    const files = new vscode.WorkspaceEdit();
    for (let i = 0; i < plans.length; i++) {
      const copyTo = plans[i]!.copyTo;
      if (copyTo) files.createFile(document.uri.with({ path: copyTo }), { contents: await photoBytes(inputs[i]!), ignoreIfExists: true });
    }
    if (token.isCancellationRequested) return undefined;
    const title = plans.length === 1 ? vscode.l10n.t('Insert photo into the site (static/)') : vscode.l10n.t('Insert {0} photos into the site (static/)', plans.length);
    return { text: plans.map((p) => p.markdown).join('\n\n'), title, files };
  }
}

/** The images a paste or drop carries: files from the explorer or the system, and clipboard images without a file. */
export async function photoInputs(dataTransfer: vscode.DataTransfer, document: vscode.TextDocument): Promise<PhotoInput[]> {
  const inputs: PhotoInput[] = [];
  const seen = new Set<string>();
  const uriList = await dataTransfer.get('text/uri-list')?.asString();
  for (const line of uriList?.split(/\r?\n/) ?? []) {
    const text = line.trim();
    if (!text || text.startsWith('#')) continue;
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(text, true);
    } catch {
      continue;
    }
    if (!isImageName(uri.path) || seen.has(uri.toString())) continue;
    seen.add(uri.toString());
    inputs.push(photoFromUri(uri, document));
  }
  for (const [mime, item] of dataTransfer) {
    const file = item.asFile();
    if (!file) continue;
    if (file.uri) {
      if (seen.has(file.uri.toString()) || !isImageName(file.uri.path)) continue;
      seen.add(file.uri.toString());
      inputs.push({ ...photoFromUri(file.uri, document), file });
    } else if (mime.startsWith('image/')) {
      inputs.push({ source: { name: pastedName(mime, file.name) }, file });
    }
  }
  return inputs;
}
