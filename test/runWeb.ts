// Runs the integration suites in the web-worker extension host (VS Code for the Web, as on vscode.dev)
// through ../shared/vscode-host/web-test.js, which drives @vscode/test-web without downloading anything.
// It sits beside the VSCODE_EXECUTABLE_PATH given for the Node host; WEB_TEST_SCRIPT overrides it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { copyFixtureWorkspace } from './fixtureWorkspace';

const root = resolve(__dirname, '../..');
const script = process.env.WEB_TEST_SCRIPT || (process.env.VSCODE_EXECUTABLE_PATH ? join(dirname(process.env.VSCODE_EXECUTABLE_PATH), 'web-test.js') : '');
if (!script || !existsSync(script)) {
  console.error('web tests need ../shared/vscode-host/web-test.js: set VSCODE_EXECUTABLE_PATH (as for the integration tests) or WEB_TEST_SCRIPT');
  process.exit(1);
}
const workspace = copyFixtureWorkspace(root, 'event-notes-web-');
const run = spawnSync(process.execPath, [script, root, join(root, 'out/test/web/index.js'), workspace], { stdio: 'inherit' });
process.exit(run.status ?? 1);
