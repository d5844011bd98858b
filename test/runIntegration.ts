// Runs the integration suites inside a real VS Code extension host through @vscode/test-electron.
// VSCODE_EXECUTABLE_PATH points at a local VS Code (../shared/vscode-host/code on machines without
// internet); without it @vscode/test-electron downloads VS Code as usual.
import { runTests } from '@vscode/test-electron';
import { join, resolve } from 'node:path';
import { copyFixtureWorkspace } from './fixtureWorkspace';

async function main(): Promise<void> {
  const root = resolve(__dirname, '../..');
  const workspace = copyFixtureWorkspace(root, 'event-notes-ws-');
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
