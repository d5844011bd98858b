// The mocha entry for the smoke test of the installed .vsix.
import { join } from 'node:path';
import { runMochaFiles } from '../mochaRun';

export function run(): Promise<void> {
  return runMochaFiles('smoke', [join(__dirname, 'smoke.test.js')]);
}
