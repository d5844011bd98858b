import * as vscode from 'vscode';
import { nextEvent, parseReport, reportSnippet, snippetText, type ExistingEvent } from './core/index';
import { fileExists } from './workspaceFiles';

/**
 * "Event Notes: New Event Report": finds the next event number of a Hugo section folder such as
 * `content/4-EventParticipated`, creates `4.M-EventM/_index.md` (and `_index.vi.md` where the site has
 * Vietnamese twins), opens it and inserts the report skeleton as a snippet.
 */
export function registerNewReport(): vscode.Disposable {
  return vscode.commands.registerCommand('eventNotes.newReport', async (argument?: { folder?: vscode.Uri | string }) => {
    const given = argument?.folder;
    const folder = typeof given === 'string' ? vscode.Uri.file(given) : given ?? (await pickSectionFolder());
    if (!folder) return undefined;
    try {
      return await createReport(folder);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Event Notes could not create the report: {0}', (e as Error).message));
      return undefined;
    }
  });
}

async function createReport(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  const entries = await vscode.workspace.fs.readDirectory(folder);
  const eventFolders = entries.filter(([name, type]) => type === vscode.FileType.Directory && /^\d+\.\d+/.test(name)).map(([name]) => name);
  const events: ExistingEvent[] = await Promise.all(eventFolders.map(async (name) => {
    const text = await readText(vscode.Uri.joinPath(folder, name, '_index.md'));
    const data = text === undefined ? undefined : parseReport(text).frontMatter?.data;
    return { folder: name, pre: data?.pre, weight: data?.weight };
  }));
  const hugo = eventFolders.length > 0 || /\/content\/[^/]+$/.test(folder.path);
  const section = folder.path.split('/').pop() ?? '';
  const place = nextEvent(section, events);
  const today = new Date();
  const variables = {
    CURRENT_YEAR: String(today.getFullYear()),
    CURRENT_MONTH: String(today.getMonth() + 1).padStart(2, '0'),
    CURRENT_DATE: String(today.getDate()).padStart(2, '0'),
  };

  let target: vscode.Uri;
  if (hugo) {
    const eventFolder = vscode.Uri.joinPath(folder, place.folder);
    target = vscode.Uri.joinPath(eventFolder, '_index.md');
    if (await fileExists(target)) throw new Error(vscode.l10n.t('{0} exists already', target.path));
    await vscode.workspace.fs.createDirectory(eventFolder);
    await vscode.workspace.fs.writeFile(target, new Uint8Array());
    const twins = await Promise.all(eventFolders.map((name) => fileExists(vscode.Uri.joinPath(folder, name, '_index.vi.md'))));
    if (twins.some(Boolean)) {
      const vi = snippetText(reportSnippet(place, 'vi'), variables);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(eventFolder, '_index.vi.md'), new TextEncoder().encode(`${vi}\n`));
    }
  } else {
    // Outside a Hugo site: one report in the chosen folder.
    let n = 1;
    target = vscode.Uri.joinPath(folder, 'event-report.md');
    while (await fileExists(target)) target = vscode.Uri.joinPath(folder, `event-report-${++n}.md`);
    await vscode.workspace.fs.writeFile(target, new Uint8Array());
  }
  const editor = await vscode.window.showTextDocument(target);
  await editor.insertSnippet(new vscode.SnippetString(reportSnippet(place, 'en')), new vscode.Position(0, 0));
  return target;
}

/** Section folders of the workspace's Hugo sites (`content/<N>-<Name>`), events first; asks when there are several. */
async function pickSectionFolder(): Promise<vscode.Uri | undefined> {
  const pages = await vscode.workspace.findFiles('**/content/*/*/_index*.md', '**/node_modules/**', 500);
  const folders = new Map<string, vscode.Uri>();
  for (const page of pages) {
    const section = vscode.Uri.joinPath(page, '..', '..');
    folders.set(section.toString(), section);
  }
  const candidates = [...folders.values()].sort((a, b) => Number(/event/i.test(b.path)) - Number(/event/i.test(a.path)) || a.path.localeCompare(b.path));
  const events = candidates.filter((c) => /event/i.test(c.path.split('/').pop() ?? ''));
  if (events.length === 1) return events[0];
  if (candidates.length > 0) {
    const picked = await vscode.window.showQuickPick(candidates.map((uri) => ({ label: uri.path.split('/').pop() ?? uri.path, description: vscode.workspace.asRelativePath(uri), uri })), {
      placeHolder: vscode.l10n.t('Which section gets the new event report?'),
    });
    return picked?.uri;
  }
  const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Create the report here') });
  return chosen?.[0];
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
