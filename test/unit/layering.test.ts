import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The modules a source file imports, from its import and export-from statements. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|child_process$|url$|util$|crypto$|process$|buffer$)/;

describe('layering', () => {
  it('the core imports neither vscode nor Node built-ins, so the CLI, the extension and the web worker share it', () => {
    const core = readdirSync('src/core', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    assert.ok(core.length > 20);
    for (const file of core) {
      for (const module of importsOf(join('src/core', file))) {
        assert.ok(module !== 'vscode' && !NODE_BUILTINS.test(module), `src/core/${file} imports ${module}`);
      }
    }
  });

  it('the extension shell reaches files only through vscode.workspace.fs (no Node built-ins), so it runs on vscode.dev', () => {
    const shell = readdirSync('src').filter((f) => f.endsWith('.ts') && !f.startsWith('cli'));
    assert.ok(shell.includes('extension.ts'));
    for (const file of shell) {
      for (const module of importsOf(join('src', file))) assert.ok(!NODE_BUILTINS.test(module), `src/${file} imports ${module}`);
    }
  });
});
