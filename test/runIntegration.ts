// Runs the integration suites inside a real VS Code extension host through @vscode/test-electron.
// VSCODE_EXECUTABLE_PATH points at a local VS Code (../shared/vscode-host/code on machines without
// internet); without it @vscode/test-electron downloads VS Code as usual.
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

async function main(): Promise<void> {
  const root = resolve(__dirname, '../..');
  // Tests edit documents: they get a copy of the fixture workspace, never the repository's files.
  const workspace = mkdtempSync(join(tmpdir(), 'event-notes-ws-'));
  cpSync(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out/test/integration/index.js'),
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { EVENT_NOTES_TEST_WORKSPACE: workspace, TEST_GREP: process.env.TEST_GREP ?? '' },
    });
  } catch (e) {
    console.error(`integration tests failed: ${(e as Error).message ?? e}`);
    process.exitCode = 1;
  }
}

void main();
