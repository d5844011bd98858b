// Prints how long the whole-site view takes on a Hugo site of 200 reports (100 events in English and
// Vietnamese, made from the test corpus): the first listing from the pages' heads, reading every page cold (parse, lint with its twin, the site map and
// its rules), listing again after one page changed (that page alone re-read, as the Event Reports view does),
// and `event-notes site` on the same site from the disk. It prints; it judges nothing.
// Run after `npm run build`: node bench/site.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');

const corpus = join(new URL('..', import.meta.url).pathname, 'test/fixtures/corpus');
const reports = readdirSync(corpus).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(corpus, f), 'utf8'));
const numbered = (text, n) => text.replace(/^(title|weight|pre): .*$/gm, (line, key) => (key === 'title' ? `title: "Event ${n}"` : key === 'weight' ? `weight: ${n}` : `pre: " <b> 4.${n}. </b> "`));

const files = {};
for (let n = 1; n <= 100; n++) {
  const folder = `content/4-EventParticipated/4.${n}-Event${n}`;
  files[`${folder}/_index.md`] = numbered(reports[(2 * n) % reports.length], n);
  files[`${folder}/_index.vi.md`] = numbered(reports[(2 * n + 1) % reports.length], n);
}
const root = mkdtempSync(join(tmpdir(), 'event-notes-bench-site-'));
writeFileSync(join(root, 'hugo.toml'), 'baseURL = "https://example.org/"\n');
for (const [file, text] of Object.entries(files)) {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
}

const twinOf = (file) => (file.endsWith('.vi.md') ? file.replace(/\.vi\.md$/, '.md') : file.replace(/\.md$/, '.vi.md'));
const read = (file) => {
  const path = `${root}/${file}`;
  const text = files[file];
  const twin = files[twinOf(file)] !== undefined ? { path: `${root}/${twinOf(file)}`, text: files[twinOf(file)] } : undefined;
  const report = core.parseReport(text, { path });
  return { path, report, findings: core.lintParsed(report, text, { path, twin }) };
};
const list = (pages) => core.siteProblems(core.siteMap(root, undefined, pages)).length;
const time = (fn) => {
  const start = process.hrtime.bigint();
  const value = fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
};

core.clearParseCache();
core.clearRuleCache();
// The view's first listing: every page from its head (front matter and title), before reading them whole.
const [, headsMs] = time(() => list(Object.keys(files).map((file) => ({ path: `${root}/${file}`, report: core.parseReport(core.pageHead(files[file]), { path: `${root}/${file}` }), findings: [], partial: true }))));
core.clearParseCache();
const [pages, coldMs] = time(() => Object.keys(files).map(read));
const [problems, mapMs] = time(() => list(pages));
const changed = 'content/4-EventParticipated/4.50-Event50/_index.md';
files[changed] = files[changed].replace(/^# (.*)$/m, '# $1 (edited)');
const [, againMs] = time(() => list(pages.map((p) => (p.path === `${root}/${changed}` ? read(changed) : p))));
const [, cliMs] = time(() => execFileSync(process.execPath, [new URL('../dist/cli.js', import.meta.url).pathname, 'site', root, '--json'], { maxBuffer: 64 * 1024 * 1024 }));
console.log(`a site of ${pages.length} reports (${(Object.values(files).join('').length / 1024).toFixed(0)} KB): first listing from the pages' heads ${headsMs.toFixed(0)} ms; read whole cold ${coldMs.toFixed(0)} ms and listed in ${mapMs.toFixed(0)} ms (${problems} problems); after one page changed, listed again in ${againMs.toFixed(0)} ms; event-notes site ${cliMs.toFixed(0)} ms`);
