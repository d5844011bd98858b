import { bundleStart } from './activationClock';
import * as vscode from 'vscode';
import { setLanguage, type EventReport } from './core/index';
import { ReportCodeActions } from './codeActions';
import { registerCompletions } from './completion';
import { ReportDiagnostics } from './diagnostics';
import { registerHovers } from './hovers';
import { registerImageCompletions } from './imageCompletion';
import { registerInsertPhotos } from './insertPhotos';
import { registerInsertSpeaker } from './insertSpeaker';
import { registerNewReport } from './newReport';
import { registerOutlineCommand } from './outlineCommand';
import { PhotoEdits } from './photoEdits';
import { SitePhotos } from './photoSite';
import { ReportPreview } from './preview';
import { ReportCache } from './reportCache';
import { SiteIndex } from './siteIndex';
import { SiteView } from './siteView';
import { SpeakerIndex } from './speakerIndex';
import { ReportTree } from './tree';
import { registerTwinCommands } from './twinCommands';
import { WorkspaceFiles } from './workspaceFiles';
import type { SliceRecord } from './slices';

/** When every module of the bundle has been evaluated (this module's body runs after its imports). */
const bundleLoaded = performance.now();

/** What the extension offers other extensions and its own integration tests. */
export interface EventNotesApi {
  /** The parsed report of a document's current version (the shared model every feature reads). */
  reportFor(document: vscode.TextDocument): EventReport;
  /** The Event Report tree, for tests that look at what it shows. */
  readonly tree: ReportTree;
  /** The Event Reports view (the workspace's sites), for tests. */
  readonly siteView: SiteView;
  /** The preview, for tests that restore a panel as a window reload would. */
  readonly preview: ReportPreview;
  /** The paste and drop provider of photos, for tests that drop a DataTransfer of their own. */
  readonly photoEdits: PhotoEdits;
  /** Milliseconds spent evaluating the bundle's modules and in activate(), measured inside the extension host, and whether activate() read the workspace. */
  readonly activation: { readonly loadMs: number; readonly activateMs: number; readonly workspaceRead: boolean };
  /** Fires once a burst of files created or deleted is over (diagnostics and the preview follow it). */
  readonly onDidChangeFiles: vscode.Event<void>;
  /** Fires when a document's report is (re)parsed: after a pause in typing, or after a large report's last slice. */
  readonly onDidUpdateReport: vscode.Event<vscode.TextDocument>;
  /** How the last large report was parsed, linted and rendered in slices (their count, the longest). */
  readonly lastSliced: () => { readonly parse?: SliceRecord; readonly lint?: SliceRecord; readonly render?: SliceRecord };
}

export function activate(context: vscode.ExtensionContext): EventNotesApi {
  const started = performance.now();
  // Diagnostics and other texts of the core follow VS Code's display language, as vscode.l10n does.
  setLanguage(vscode.env.language);
  const log = vscode.window.createOutputChannel('Event Notes', { log: true });
  const cache = new ReportCache();
  const files = new WorkspaceFiles();
  const docs = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
  const diagnostics = new ReportDiagnostics(cache, files, docs, log);
  context.subscriptions.push(
    log,
    cache,
    files,
    diagnostics,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new ReportCodeActions(diagnostics, cache), { providedCodeActionKinds: ReportCodeActions.kinds }),
    registerOutlineCommand(cache),
  );
  const speakers = new SpeakerIndex(cache);
  const tree = new ReportTree(cache);
  const preview = new ReportPreview(context.extensionUri, cache, files);
  const siteIndex = new SiteIndex(cache, files, log);
  const siteView = new SiteView(siteIndex);
  const photos = new SitePhotos(cache, files, speakers);
  const photoEdits = new PhotoEdits(cache, photos);
  context.subscriptions.push(photoEdits.register(), registerInsertPhotos(cache, photos), registerImageCompletions(cache, files));
  context.subscriptions.push(speakers, tree, registerInsertSpeaker(cache, speakers), registerNewReport(), preview, registerCompletions(cache, speakers), registerHovers(cache, speakers), siteIndex, siteView, registerTwinCommands(cache, siteIndex));
  cache.refreshOpen();
  // Whether activation read the workspace's reports (it reads none: the index waits for Insert Speaker, completion or a hover).
  const activation = { loadMs: Math.round(bundleLoaded - bundleStart), activateMs: Math.round(performance.now() - started), workspaceRead: speakers.built };
  log.info(`Event Notes activated in ${activation.activateMs} ms (bundle loaded in ${activation.loadMs} ms)`);
  return { reportFor: (document) => cache.get(document), tree, siteView, preview, photoEdits, activation, onDidChangeFiles: files.onDidChange, onDidUpdateReport: cache.onDidUpdate, lastSliced: () => ({ parse: cache.lastSlicedParse, lint: diagnostics.lastSlicedLint, render: preview.lastSlicedRender }) };
}

export function deactivate(): void {}
