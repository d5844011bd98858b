import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { clearParseCache, clearRuleCache, lintReport, parseReport, reportOutline } from '../../src/core/index';
import { renderReport } from '../../src/core/render';
import { fixture, FIXTURES } from './helpers';
import { join } from 'node:path';

/** A small seeded generator, so that a failure names edits that can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Edit = (text: string, next: () => number) => string;
const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)];
const at = (text: string, next: () => number) => Math.floor(next() * (text.length + 1));

/** The edits a writer makes: type, delete, split a line, add or remove a heading, change the front matter. */
const EDITS: ReadonlyArray<readonly [string, Edit]> = [
  ['insert', (text, next) => { const i = at(text, next); return text.slice(0, i) + pick(['x', ' word', '**', '- ', '| a |', '(Speaker: Tran Van A)'], next) + text.slice(i); }],
  ['delete', (text, next) => { const i = at(text, next); return text.slice(0, i) + text.slice(i + 1 + Math.floor(next() * 40)); }],
  ['split a line', (text, next) => { const i = at(text, next); return `${text.slice(0, i)}\n${text.slice(i)}`; }],
  ['add a heading', (text, next) => { const i = pick(lineStarts(text), next); return `${text.slice(0, i)}${pick(['# ', '## ', '### ', '#### '], next)}${pick(['Speakers', 'Key Takeaways', 'A new topic', 'Hình ảnh'], next)}\n\n${text.slice(i)}`; }],
  // Lines the line rules (bold-heading, malformed-heading) find, whose findings are kept chunk by chunk.
  ['write a bold line or a malformed heading', (text, next) => { const i = pick(lineStarts(text), next); return `${text.slice(0, i)}${pick(['\n**1. A bold line**\n\n', '#No space\n', '##  Two spaces ##\n', '### **Bold heading**\n'], next)}${text.slice(i)}`; }],
  ['remove a heading', (text) => { const m = /^#{1,6} .*\n/m.exec(text); return m ? text.slice(0, m.index) + text.slice(m.index + m[0].length) : text; }],
  // Edits inside a heading's or a speaker entry's line, which change what rules say without moving a line.
  ['retitle a heading', (text, next) => inLine(text, next, /^#{1,6} /, pick([' More', ':', ' **b**', ' ##'], next))],
  ['edit a speaker entry', (text, next) => inLine(text, next, /^\s*[-*] \*\*/, pick([' & Le Van C', ' -', '**', ', Acme'], next))],
  ['swap a dash', (text, next) => { const i = text.indexOf(pick([' – ', ' - '], next), at(text, next)); return i < 0 ? text : `${text.slice(0, i)}${text[i + 1] === '–' ? ' - ' : ' – '}${text.slice(i + 3)}`; }],
  ['edit the front matter', (text, next) => text.replace(/^(weight|title|date): .*$/m, (line) => `${line.split(':')[0]}: ${pick(['4', '"Event 9"', '2025-13-01', ''], next)}`)],
];

/** Appends to a random line that matches, else leaves the text alone. */
function inLine(text: string, next: () => number, kind: RegExp, words: string): string {
  const lines = text.split('\n');
  const candidates = lines.map((l, i) => (kind.test(l) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const line = pick(candidates, next);
  lines[line] += words;
  return lines.join('\n');
}

function analysis(text: string) {
  return { findings: lintReport(text), outline: reportOutline(parseReport(text)), html: renderReport(text) };
}

describe('incremental analysis', () => {
  const seed = fixture('seed-report.md');
  // A long report (many chunks) as well as short ones (one chunk), English and Vietnamese.
  const long = seed + seed.slice(seed.indexOf('# Summary')).replace(/^(#+ )/gm, '$1Copy ').repeat(6);
  // A list that speaker-form and duplicate-speaker have things to say about.
  const speakers = ['# Report', '', '### Speakers', '', '- **A Nguyen** – Role, Org', '- **B Tran** – Role', '- **C Le** - Role', '- **Le Van C** – Role', '- **A Nguyen** – Again', '', '### Key Highlights', '', 'Text.', ''].join('\n');
  const corpus = readdirSync(join(FIXTURES, 'corpus')).filter((f) => f.endsWith('.md')).filter((_, i) => i % 4 === 0).map((f) => fixture('corpus', f));

  it('gives, after each of many random edits, exactly the findings, outline and page of a cold analysis', function () {
    this.timeout(240_000);
    [speakers, long, seed, ...corpus].forEach((start, report) => {
      const next = random(report + 1);
      let text = start;
      clearParseCache();
      clearRuleCache();
      analysis(text);
      const done: string[] = [];
      for (let step = 0; step < 25; step++) {
        const [name, edit] = pick(EDITS, next);
        text = edit(text, next);
        done.push(name);
        const warm = analysis(text);
        clearParseCache();
        clearRuleCache();
        const cold = analysis(text);
        assert.deepEqual(warm, cold, `report ${report}, after ${done.join(', ')}`);
      }
    });
  });
});
