// The mocha entry that @vscode/test-electron loads inside the extension host.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  // TEST_GREP runs only the tests whose titles match, while working on one feature.
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, grep: process.env.TEST_GREP || undefined });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`integration: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
