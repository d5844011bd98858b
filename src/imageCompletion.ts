import * as vscode from 'vscode';
import { imagePathCompletions, imagePathQueries, isEventReport, type FolderEntry } from './core/index';
import { toItem } from './completion';
import type { ReportCache } from './reportCache';
import type { WorkspaceFiles } from './workspaceFiles';

/**
 * Image paths in `![…](`, `{{< figure src="…` and `<img src="…`: folders and images of the site's static/
 * (written from the site root, with its base path) and of the page's own folder, listed through workspace.fs.
 */
export function registerImageCompletions(cache: ReportCache, files: WorkspaceFiles): vscode.Disposable {
  const provider: vscode.CompletionItemProvider = {
    async provideCompletionItems(document, position, token) {
      const before = document.lineAt(position.line).text.slice(0, position.character);
      if (!before.includes('](') && !/src\s*=/.test(before)) return undefined;
      const report = cache.getIfReady(document);
      if (!report || !isEventReport(report, document.uri.path)) return undefined;
      const { siteRoot, basePath } = await files.site(document.uri);
      const queries = imagePathQueries(before, position.line, { reportPath: document.uri.path, siteRoot, basePath });
      if (queries.length === 0) return undefined;
      const listed = await Promise.all(queries.map(async (query) => ({ query, entries: await entriesOf(document.uri.with({ path: query.folder })) })));
      if (token.isCancellationRequested) return undefined;
      return imagePathCompletions(listed, { line: position.line, character: position.character }).map(toItem);
    },
  };
  return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, provider, '(', '/', '"');
}

async function entriesOf(folder: vscode.Uri): Promise<FolderEntry[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(folder)).map(([name, type]) => ({ name, folder: (type & vscode.FileType.Directory) !== 0 }));
  } catch {
    return [];
  }
}
