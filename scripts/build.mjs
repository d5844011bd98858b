// Bundles the extension (one bundle for the desktop and web hosts), the CLI and the core with esbuild; with --tests the test suites.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tests = process.argv.includes('--tests');
const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { VERSION: JSON.stringify(pkg.version) },
  // unified's ESM packages bundle fine into CommonJS; vscode is provided by the host.
  external: ['vscode'],
};
// The web extension host is a web worker: no DOM either, so packages that offer a `worker` build get it
// (decode-named-character-reference's `browser` build needs `document`).
const web = { ...node, platform: 'browser', target: 'es2022', conditions: ['worker'] };

const suites = readdirSync('test/integration').filter((f) => f.endsWith('.test.ts')).sort();

if (tests) {
  rmSync('out', { recursive: true, force: true });
  await build({
    ...node,
    entryPoints: [
      ...readdirSync('test/unit').filter((f) => f.endsWith('.test.ts')).map((f) => ({ in: join('test/unit', f), out: join('out/test/unit', f.replace(/\.ts$/, '')) })),
      ...readdirSync('test/integration').filter((f) => f.endsWith('.ts')).map((f) => ({ in: join('test/integration', f), out: join('out/test/integration', f.replace(/\.ts$/, '')) })),
      { in: 'test/runIntegration.ts', out: 'out/test/runIntegration' },
      { in: 'test/runWeb.ts', out: 'out/test/runWeb' },
      { in: 'test/runSmoke.ts', out: 'out/test/runSmoke' },
      { in: 'test/smoke/index.ts', out: 'out/test/smoke/index' },
      { in: 'test/smoke/smoke.test.ts', out: 'out/test/smoke/smoke.test' },
    ],
    outdir: '.',
    external: ['vscode', 'mocha'],
  });
  // The same integration suites, in one bundle for the web worker host.
  await build({
    ...web,
    stdin: {
      contents: `import { runSuites } from '../web/index';\nexport function run() { return runSuites(() => {\n${suites.map((f) => `  require('./${f}');`).join('\n')}\n}); }\n`,
      resolveDir: 'test/integration',
      sourcefile: 'web-suites.ts',
      loader: 'ts',
    },
    outfile: 'out/test/web/index.js',
    alias: { 'node:assert/strict': './test/web/assertStrict.cjs' },
    inject: ['./test/web/processShim.mjs'],
  });
} else {
  rmSync('dist', { recursive: true, force: true });
  // One extension bundle for both hosts: the shell and the core use no Node built-ins (the shell reads files
  // through workspace.fs), so the web-worker build runs in the desktop (Node) extension host as it is.
  await build({ ...web, entryPoints: [{ in: 'src/extension.ts', out: 'dist/extension' }], outdir: '.', minify: true });
  await build({ ...node, entryPoints: [{ in: 'src/core/library.ts', out: 'dist/core' }], outdir: '.', minify: true });
  await build({ ...node, entryPoints: [{ in: 'src/cli.ts', out: 'dist/cli' }], outdir: '.', minify: true, banner: { js: '#!/usr/bin/env node' } });
}
