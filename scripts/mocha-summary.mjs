// Runs the mocha test files of one folder and closes with "<suite>: N passed, N failed".
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const folder = resolve(process.argv[2] ?? 'out/test/unit');
const suite = basename(folder);
const mocha = new Mocha({ reporter: 'spec', timeout: 120_000, color: !process.env.CI });
for (const file of readdirSync(folder).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(folder, file));
const runner = mocha.run((failures) => {
  const { passes = 0 } = runner.stats ?? {};
  console.log(`${suite}: ${passes} passed, ${failures} failed`);
  process.exitCode = failures > 0 ? 1 : 0;
});
