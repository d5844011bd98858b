// Bundles the extension, the CLI and the core with esbuild; with --tests also the test suites.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tests = process.argv.includes('--tests');
const common = {
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

const entries = tests
  ? [
      ...readdirSync('test/unit').filter((f) => f.endsWith('.test.ts')).map((f) => ({ in: join('test/unit', f), out: join('out/test/unit', f.replace(/\.ts$/, '')) })),
      ...readdirSync('test/integration').filter((f) => f.endsWith('.ts')).map((f) => ({ in: join('test/integration', f), out: join('out/test/integration', f.replace(/\.ts$/, '')) })),
      { in: 'test/runIntegration.ts', out: 'out/test/runIntegration' },
    ]
  : [
      { in: 'src/extension.ts', out: 'dist/extension' },
      { in: 'src/core/index.ts', out: 'dist/core' },
    ];

rmSync(tests ? 'out' : 'dist', { recursive: true, force: true });
await build({ ...common, entryPoints: entries, outdir: '.', minify: !tests, external: tests ? ['vscode', 'mocha'] : ['vscode'] });
if (!tests) {
  await build({ ...common, entryPoints: [{ in: 'src/cli.ts', out: 'dist/cli' }], outdir: '.', minify: true, banner: { js: '#!/usr/bin/env node' } });
}
