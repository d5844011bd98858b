// Runs the TextMate grammar tests (test/grammar/*.test.*) with vscode-tmgrammar-test, against VS Code's own
// Markdown and YAML grammars: those of the offline VS Code host, or of the VS Code that @vscode/test-electron
// downloaded into .vscode-test/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const candidates = [
  process.env.VSCODE_GRAMMARS_DIR,
  join(process.env.VSCODE_HOST_HOME ?? join(homedir(), '.cache/vscode-host'), 'server/node_modules/code-server/lib/vscode/extensions'),
  ...(existsSync('.vscode-test') ? readdirSync('.vscode-test').map((d) => join('.vscode-test', d, 'resources/app/extensions')) : []),
].filter(Boolean);
const extensions = candidates.find((dir) => existsSync(join(dir, 'markdown-basics/syntaxes/markdown.tmLanguage.json')));
if (!extensions) {
  console.error(`grammar tests: VS Code's Markdown grammar was not found in ${candidates.join(', ')}; install the VS Code host or set VSCODE_GRAMMARS_DIR`);
  process.exit(1);
}
const grammars = [
  join(extensions, 'markdown-basics/syntaxes/markdown.tmLanguage.json'),
  join(extensions, 'yaml/syntaxes/yaml.tmLanguage.json'),
  'syntaxes/event-notes.markdown.json',
  'syntaxes/event-notes.frontmatter.json',
];
const result = spawnSync(process.execPath, ['node_modules/vscode-tmgrammar-test/dist/unit.js', ...grammars.flatMap((g) => ['-g', g]), 'test/grammar/*.test.*'], { encoding: 'utf8' });
// The Markdown grammar embeds dozens of languages we do not load; those notices are noise here.
const output = `${result.stdout}${result.stderr}`.split('\n').filter((l) => !l.startsWith('grammar not found for')).join('\n');
process.stdout.write(output);
const files = readdirSync('test/grammar').filter((f) => /\.test\.(md|yaml)$/.test(f)).length;
const failed = (output.match(/^✖/gm) ?? []).length;
console.log(`grammar: ${files - failed} passed, ${failed} failed`);
process.exitCode = result.status === 0 && failed === 0 ? 0 : 1;
