import * as vscode from 'vscode';
import type { EventNotesApi } from '../../src/extension';

export const EXTENSION_ID = 'event-notes.event-notes';

export async function activateExtension(): Promise<EventNotesApi> {
  const extension = vscode.extensions.getExtension<EventNotesApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in the test host`);
  return extension.activate();
}

/** Polls until `check` (which may ask VS Code asynchronously) gives a value other than undefined, or fails after `ms`. */
export async function waitFor<T>(what: string, check: () => T | undefined | PromiseLike<T | undefined>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function workspaceFile(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test host opened no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export const SEED = ['content', '4-EventParticipated', '4.4-Event4', '_index.md'];

/** The rule id of an Event Notes diagnostic. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== 'event-notes') return undefined;
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

export function eventNotesDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'event-notes');
}

/**
 * Turns auto save off for a suite that edits workspace files and reverts them: code-server saves an edited file
 * after a second, which a loaded machine reaches, and the edit would then reach the disk for the suites after it.
 */
export function withoutAutoSave(): void {
  let autoSave: string | undefined;
  before(async () => {
    const files = vscode.workspace.getConfiguration('files');
    autoSave = files.inspect<string>('autoSave')?.globalValue;
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('files').update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
  });
}
