// Runs mocha test files inside the Node extension host and reports "<label>: N passed, N failed".
import Mocha from 'mocha';

export function runMochaFiles(label: string, files: readonly string[], grep?: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, grep: grep || undefined });
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`${label}: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} ${label} test(s) failed`));
      else resolve();
    });
  });
}
