// The mocha entry that @vscode/test-electron loads inside the extension host.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runMochaFiles } from '../mochaRun';

export function run(): Promise<void> {
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort().map((f) => join(__dirname, f));
  // TEST_GREP runs only the tests whose titles match, while working on one feature.
  return runMochaFiles('integration', files, process.env.TEST_GREP);
}
