import * as vscode from 'vscode';
import {
  configCandidates, imageFiles, mergeConfigs, parseConfig, twinPath,
  type EventReport, type LintConfig, type LintOptions,
} from './core/index';
import type { WorkspaceFiles } from './workspaceFiles';

/** Gathers what linting a report (open or not) needs from VS Code: settings, the nearest config file, file facts, the twin. */
export async function lintOptionsFor(uri: vscode.Uri, report: EventReport, files: WorkspaceFiles, log: vscode.LogOutputChannel): Promise<LintOptions> {
  const settings = vscode.workspace.getConfiguration('eventNotes', uri);
  const fromSettings: LintConfig = { rules: settings.get<LintConfig['rules']>('rules') ?? {} };
  if (uri.scheme === 'untitled') return { config: fromSettings };

  const path = uri.path;
  const configs = files.inFolder(configCandidates(path), uri);
  await files.prefetch(configs, uri);

  let fromFile: LintConfig | undefined;
  const configPath = configs.find((p) => files.exists(p));
  if (configPath) {
    const text = await files.read(configPath, uri);
    if (text !== undefined) {
      const { config, problems } = parseConfig(text);
      for (const problem of problems) log.warn(`${configPath}: ${problem}`);
      fromFile = config;
    }
  }

  const { siteRoot, basePath } = await files.site(uri);
  const twin = twinPath(path);
  await files.prefetch([...imageFiles(report, path, siteRoot, basePath), ...(twin ? [twin] : [])], uri);
  const twinText = twin && files.exists(twin) ? await files.read(twin, uri) : undefined;
  return {
    path,
    config: mergeConfigs(fromSettings, fromFile),
    files,
    siteRoot,
    basePath,
    twin: twin && twinText !== undefined ? { path: twin, text: twinText } : undefined,
  };
}
