// Prints, in one run and one process, every figure issue #14 asks for, side by side with markdownlint (all rules):
// the first look at the seed report and at a 10,000-line report (caches emptied, a distinct text each run),
// one keystroke in the warm 10,000-line report, the preview render, how lint and render grow with the text
// (8x the text of many small Speakers sections), and the size of the .vsix. It prints; it judges nothing.
// Run after `npm run build` (and `npm run package` for the .vsix line): node bench/lint.mjs
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { lint as markdownlint } from 'markdownlint/sync';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');

const seed = readFileSync(new URL('../test/fixtures/seed-report.md', import.meta.url), 'utf8');
const body = seed.slice(seed.indexOf('# Summary'));
// Each copy differs (numbered headings and words), so no chunk of the long report repeats another.
let long = seed;
for (let copy = 1; long.split('\n').length < 10_000; copy++) long += `\n${body.replace(/^(#+ )/gm, `$1${copy}. `).replace(/AWS/g, `AWS-${copy}`)}`;

function median(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
const cold = () => {
  core.clearParseCache();
  core.clearRuleCache();
};
/** A text no earlier run has seen: the last paragraph gets the run's number. */
const distinct = (text, i) => `${text}\nRun ${i} of the benchmark.\n`;
const ms = (n) => `${n.toFixed(1)} ms`;

console.log(`node ${process.version}; medians after warm-up`);
const full = {};
for (const [name, text, runs] of [['seed report', seed, 40], ['10,000-line report', long, 6]]) {
  for (let i = 0; i < 3; i++) {
    cold();
    core.lintReport(distinct(text, -i));
    markdownlint({ strings: { text: distinct(text, -i) } });
  }
  const ours = median((i) => {
    cold();
    core.lintReport(distinct(text, i));
  }, runs);
  const theirs = median((i) => markdownlint({ strings: { text: distinct(text, i) } }), runs);
  // The floor: the model's parse alone, nearly all of it remark's (micromark and mdast); the rules add the rest.
  const parse = median((i) => {
    cold();
    core.parseReport(distinct(text, i + runs));
  }, runs);
  full[name] = theirs;
  console.log(`first look, ${name} (${text.split('\n').length} lines): event-notes ${ms(ours)}, markdownlint ${ms(theirs)} = ${(ours / theirs).toFixed(2)}x; the parse alone ${ms(parse)} = ${(parse / theirs).toFixed(2)}x`);
}

// One keystroke: a character typed in a different paragraph each time, then the whole analysis again.
core.lintReport(long);
const paragraphs = [...long.matchAll(/^AWS-\d+'s own built in IaC tool/gm)].map((m) => m.index);
const typed = (i) => long.slice(0, paragraphs[i % paragraphs.length]) + `y${i}` + long.slice(paragraphs[i % paragraphs.length]);
const parseOnly = median((i) => core.parseReport(typed(i)), 30);
const keystroke = median((i) => core.lintReport(typed(i + 100)), 30);
const theirs = full['10,000-line report'];
console.log(`one keystroke, warm 10,000-line report: parse ${ms(parseOnly)}, parse + every rule ${ms(keystroke)} = ${(keystroke / theirs).toFixed(3)}x markdownlint's full pass`);

// The preview after a keystroke: the report parsed and rendered again (unchanged sections' HTML is reused).
const seedParagraphs = [...seed.matchAll(/^[A-Z][^\n]{20,}$/gm)].map((m) => m.index);
const renderSeed = median((i) => core.renderReport(seed.slice(0, seedParagraphs[i % seedParagraphs.length]) + `z${i}` + seed.slice(seedParagraphs[i % seedParagraphs.length])), 20);
const renderLong = median((i) => core.renderReport(typed(i + 300)), 5);
const at10k = long.indexOf("AWS-5's own");
const renderEnter = median((i) => core.renderReport(`${long.slice(0, at10k)}${'\n'.repeat(i + 1)}x${i}\n${long.slice(at10k)}`), 5);
console.log(`preview render after a keystroke: seed ${ms(renderSeed)}, 10,000-line report ${ms(renderLong)}; a new line near its top ${ms(renderEnter)}`);

// Growth: many small Speakers sections, then 8x as many.
const sections = (n) => `# Report\n\n${Array.from({ length: n }, (_, i) => `### Speakers\n\n- **Nguyen Van ${i}** – Engineer ${i}, Org ${i}\n\nA paragraph about talk ${i}.\n\n`).join('')}`;
const small = sections(150);
const big = sections(1200);
const once = (fn) => median(() => {
  cold();
  fn();
}, 3);
const [lintSmall, lintBig, renderSmall, renderBig] = [once(() => core.lintReport(small)), once(() => core.lintReport(big)), once(() => core.renderReport(small)), once(() => core.renderReport(big))];
console.log(`8x the text (${(small.length / 1024).toFixed(0)} KB -> ${(big.length / 1024).toFixed(0)} KB of small Speakers sections): lint ${ms(lintSmall)} -> ${ms(lintBig)} (${(lintBig / lintSmall).toFixed(1)}x), render ${ms(renderSmall)} -> ${ms(renderBig)} (${(renderBig / renderSmall).toFixed(1)}x)`);

// A 5 MB report of distinct sections: the first parse, and one keystroke once it is warm.
const parts = [seed];
for (let copy = 1, size = seed.length; size < 5e6; copy++) {
  const part = `\n${body.replace(/^(#+ )/gm, `$1${copy}. `).replace(/AWS/g, `AWS-${copy}`)}`;
  parts.push(part);
  size += part.length;
}
const huge = parts.join('');
cold();
const hugeFirst = median(() => core.lintReport(huge), 1);
const at = huge.indexOf("AWS-500's own");
const hugeKeystroke = median((i) => core.lintReport(`${huge.slice(0, at)}k${i}${huge.slice(at)}`), 3);
console.log(`5 MB report (${huge.split('\n').length} lines): first look ${ms(hugeFirst)}, one keystroke ${ms(hugeKeystroke)} (at once, as the CLI runs it)`);
// The extension host runs a large report in steps (a chunk, a rule) and yields between slices of them: the
// longest step is the longest the host can be held. Cold, as when the report is opened; then a keystroke's render.
cold();
const longestStep = (steps) => {
  let longest = 0;
  for (let next; ; ) {
    const start = process.hrtime.bigint();
    next = steps.next();
    longest = Math.max(longest, Number(process.hrtime.bigint() - start) / 1e6);
    if (next.done) return [next.value, longest];
  }
};
const [, warmStep] = longestStep((function* () { while (!core.warmReport(huge, 10)) yield; })());
const [hugeReport, parseStep] = longestStep(core.parseSteps(huge));
const [, lintStep] = longestStep(core.lintSteps(hugeReport, huge));
const [, renderStep] = longestStep(core.renderSteps(huge, { report: hugeReport }));
const typedHuge = `${huge.slice(0, at)}k${huge.slice(at)}`;
const hugeRender = median(() => core.renderReportParts(typedHuge, { report: core.parseReport(typedHuge) }), 1);
console.log(`5 MB report in steps: the longest chunk parse ${ms(warmStep)}, model step ${ms(parseStep)}, rule ${ms(lintStep)}, chunk render ${ms(renderStep)}; a keystroke's parse and render ${ms(hugeRender)}`);

const vsix = readdirSync('.').find((f) => f.endsWith('.vsix'));
const bundle = 'dist/extension.js';
console.log(vsix ? `.vsix ${vsix}: ${(statSync(vsix).size / 1024).toFixed(0)} KB; ${bundle} ${(statSync(bundle).size / 1024).toFixed(0)} KB` : `.vsix: not packaged (npm run package); ${bundle} ${existsSync(bundle) ? `${(statSync(bundle).size / 1024).toFixed(0)} KB` : 'not built'}`);
