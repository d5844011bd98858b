// Prints how long lintReport (parse plus every rule) takes next to markdownlint's default rule set, on the
// seed report and on a 10,000-line report, in one process; and the re-analysis after one keystroke.
// Run after `npm run build`: node bench/lint.mjs
import { readFileSync } from 'node:fs';
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

const ms = (n) => `${n.toFixed(2)} ms`;
console.log(`node ${process.version}; times are medians after warm-up`);
for (const [name, text, runs] of [['seed report', seed, 40], ['10,000-line report', long, 8]]) {
  const lines = text.split('\n').length;
  median(() => core.lintReport(text), 3);
  median(() => markdownlint({ strings: { text } }), 3);
  const cold = median(() => {
    core.clearParseCache();
    core.lintReport(text);
  }, runs);
  const warm = median(() => core.lintReport(text), runs);
  const theirs = median(() => markdownlint({ strings: { text } }), runs);
  console.log(`${name} (${lines} lines): markdownlint ${ms(theirs)}; event-notes lintReport first parse ${ms(cold)} (ratio ${(cold / theirs).toFixed(2)}), same text again ${ms(warm)}`);
}

// One keystroke: a character typed in a different paragraph each time, then the whole analysis again.
const paragraphs = [...long.matchAll(/^AWS-\d+'s own built in IaC tool/gm)].map((m) => m.index);
const parseOnly = median((i) => core.parseReport(long.slice(0, paragraphs[i % paragraphs.length]) + 'x' + long.slice(paragraphs[i % paragraphs.length])), 20);
const keystroke = median((i) => core.lintReport(long.slice(0, paragraphs[i % paragraphs.length]) + 'y' + long.slice(paragraphs[i % paragraphs.length])), 20);
console.log(`after one keystroke in the 10,000-line report: parse ${ms(parseOnly)}, parse + rules ${ms(keystroke)}`);
