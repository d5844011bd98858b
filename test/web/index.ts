// The mocha entry for the web-worker extension host (as on vscode.dev): the integration suites run here
// too, bundled for the browser by scripts/build.mjs, which passes the function that loads them.
import 'mocha/mocha';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter?: undefined; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): { stats?: { passes: number } };
}

export function runSuites(loadSuites: () => void): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 60_000, color: false });
  loadSuites();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`web: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} web test(s) failed`));
      else resolve();
    });
  });
}
