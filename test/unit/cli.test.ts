import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, hasSharedCorpus, joinLines, ROOT, SHARED_CORPUS } from './helpers';

const CLI = join(ROOT, 'dist/cli.js');
const SEED_PATH = join(FIXTURES, 'seed-report.md');

/** Runs the CLI in English, or in the locale given. */
function runIn(locale: string, ...args: string[]) {
  const env = { ...process.env, LANG: locale, LC_ALL: '', LC_MESSAGES: '' };
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const run = (...args: string[]) => runIn('C', ...args);

function tempSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'event-notes-cli-'));
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'b', '_index.md'), joinLines('---', 'title: "Event 2"', '---', '# Summary Report: B', '### Speakers', '- **Bao Huynh** – AWS Community Builder'));
  writeFileSync(join(dir, 'a.md'), joinLines('---', 'title: "Event 1"', 'weight: 1', '---', '# Summary Report: A', '### Event Objectives', '- learn'));
  writeFileSync(join(dir, 'notes.txt'), 'not markdown');
  return dir;
}

describe('event-notes CLI', () => {
  it('outline --json prints one array in argument order', () => {
    const seed = join(FIXTURES, 'seed-report.md');
    const dir = tempSite();
    const { code, stdout } = run('outline', '--json', seed, dir);
    assert.equal(code, 0);
    const outlines = JSON.parse(stdout);
    assert.deepEqual(outlines.map((o: { file: string }) => o.file), [seed, join(dir, 'a.md'), join(dir, 'b', '_index.md')]);
    const first = outlines[0];
    assert.equal(first.title, 'Summary Report: “AWS Cloud Mastery Series #2 - DevOps on AWS”');
    assert.equal(first.frontMatter.pre, ' <b> 4.4. </b> ');
    assert.deepEqual(first.sections[1], { line: 11, level: 3, text: 'Event Objectives', kind: 'objectives' });
    assert.equal(first.speakers.length, 8);
    assert.deepEqual(first.speakers[7], {
      line: 27, name: 'Dinh Le Hoang Anh', role: 'Cloud Engineer Trainee', organization: 'First Cloud AI Journey', details: '', inline: false,
    });
    assert.deepEqual(outlines[2].speakers.map((s: { name: string }) => s.name), ['Bao Huynh']);
  });

  it('outline prints a readable tree', () => {
    const { code, stdout } = run('outline', join(FIXTURES, 'seed-report.md'));
    assert.equal(code, 0);
    assert.match(stdout, /Speakers \(8\)/);
    assert.match(stdout, /### Event Objectives {2}\(objectives\) {2}:11/);
    assert.match(stdout, /Bao Huynh — AWS Community Builder {2}:21/);
  });

  it('lint exits 0 on a clean report and 1 on an error, in every format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-notes-lint-'));
    const bad = join(dir, 'bad.md');
    writeFileSync(bad, joinLines('---', 'title: "Event 4', 'weight: 1', '---', '# T'));
    assert.equal(run('lint', join(FIXTURES, 'corpus', 'linhxm__FCJ-Internship-Report__content__4-EventParticipated__4.1-Event1___index.md')).code, 0);

    const stylish = run('lint', bad);
    assert.equal(stylish.code, 1);
    assert.match(stylish.stdout, /2:8 +error +Front matter is not valid YAML/);
    assert.equal(run('lint', '--format', 'json', join(FIXTURES, 'seed-report.md')).code, 0, 'warnings alone exit 0');

    const json = run('lint', '--format', 'json', bad);
    assert.equal(json.code, 1);
    const rows = JSON.parse(json.stdout);
    assert.deepEqual(Object.keys(rows[0]), ['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message']);
    assert.deepEqual([rows[0].file, rows[0].line, rows[0].column, rows[0].rule, rows[0].severity], [bad, 2, 8, 'front-matter-yaml', 'error']);

    const github = run('lint', '--format=github', bad);
    assert.equal(github.code, 1);
    assert.match(github.stdout, /^::error file=.*bad\.md,line=2,col=8,endLine=\d+,endColumn=\d+,title=front-matter-yaml::Front matter is not valid YAML/m);
  });

  it('lint --fix writes the fixes, follows .event-notes.json and leaves clean files untouched', () => {
    const site = mkdtempSync(join(tmpdir(), 'event-notes-fix-'));
    const folder = join(site, 'content', '4-EventParticipated', '4.4-Event4');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(site, 'hugo.toml'), 'title = "x"\n');
    writeFileSync(join(site, '.event-notes.json'), JSON.stringify({ rules: { 'image-path': 'off', 'speaker-form': 'error' } }));
    const report = join(folder, '_index.md');
    writeFileSync(report, readFileSync(join(FIXTURES, 'seed-report.md'), 'utf8'));
    const clean = join(folder, 'clean.md');
    const cleanText = joinLines('---', 'title: "Event 4"', 'weight: 4', 'pre: " <b> 4.4. </b> "', '---', '', '# Summary Report: Clean', '', '### Event Objectives', '- x', '');
    writeFileSync(clean, cleanText);
    const cleanTime = statSync(clean).mtimeMs;

    const before = run('lint', '--format', 'json', report);
    const rules = JSON.parse(before.stdout).map((r: { rule: string; severity: string }) => `${r.rule}:${r.severity}`);
    assert.ok(rules.includes('speaker-form:error'), 'the config file raised speaker-form to error');
    assert.ok(!rules.some((r: string) => r.startsWith('image-path')), 'the config file turned image-path off');
    assert.equal(before.code, 1);

    const fixed = run('lint', '--fix', '--format', 'json', folder);
    assert.equal(fixed.code, 0, fixed.stdout);
    const text = readFileSync(report, 'utf8');
    assert.match(text, /^weight: 4$/m);
    assert.match(text, /^#### DevOps Mindset$/m);
    assert.equal(readFileSync(clean, 'utf8'), cleanText);
    assert.equal(statSync(clean).mtimeMs, cleanTime, 'a file with nothing to fix is not written');

    const other = join(site, 'other.json');
    writeFileSync(other, '{ "rules": { "second-h1": "error" } }');
    writeFileSync(report, readFileSync(join(FIXTURES, 'seed-report.md'), 'utf8'));
    const withConfig = run('lint', '--config', other, '--format', 'json', report);
    assert.ok(JSON.parse(withConfig.stdout).some((r: { rule: string; severity: string }) => r.rule === 'second-h1' && r.severity === 'error'));
  });

  it('exits 2 with one line and no stack trace for usage errors and unreadable files', () => {
    for (const args of [['lint', '/no/such/file.md'], ['lint', '--format', 'xml', 'x.md'], ['frobnicate'], ['outline'], ['lint', '--bogus', 'x.md']]) {
      const { code, stderr, stdout } = run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^event-notes: .+\n/);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    }
    const dir = mkdtempSync(join(tmpdir(), 'event-notes-dir-'));
    mkdirSync(join(dir, 'folder.md'));
    const unreadable = run('lint', join(dir, 'folder.md', '..', 'folder.md', 'x.md'));
    assert.equal(unreadable.code, 2);
  });

  it('takes an empty file, binary junk, broken YAML, a 2 MB line and a 5 MB report through both commands', function () {
    this.timeout(300_000);
    const dir = mkdtempSync(join(tmpdir(), 'event-notes-odd-'));
    const seed = readFileSync(join(FIXTURES, 'seed-report.md'), 'utf8');
    let big = seed;
    while (big.length < 5 * 1024 * 1024) big += `\n${seed.slice(seed.indexOf('# Summary'))}`;
    const junk = Buffer.from(Array.from({ length: 65_536 }, (_, i) => (i * 7919) % 256));
    writeFileSync(join(dir, '1-empty.md'), '');
    writeFileSync(join(dir, '2-junk.md'), junk);
    writeFileSync(join(dir, '3-broken.md'), joinLines('---', 'title: [unclosed', 'date: : :', '---', '# T'));
    writeFileSync(join(dir, '4-long-line.md'), `# ${'word '.repeat(420_000)}\n`);
    writeFileSync(join(dir, '5-big.md'), big);
    const outline = run('outline', '--json', dir);
    assert.equal(outline.code, 0, outline.stderr);
    const outlines = JSON.parse(outline.stdout);
    assert.deepEqual(outlines.map((o: { file: string }) => o.file.slice(dir.length + 1)), ['1-empty.md', '2-junk.md', '3-broken.md', '4-long-line.md', '5-big.md']);
    assert.ok(outlines[4].speakers.length >= 8);
    const lint = run('lint', '--format', 'json', dir);
    assert.equal(lint.code, 1, 'junk and broken YAML are errors');
    const rules = JSON.parse(lint.stdout).map((r: { file: string; rule: string }) => `${r.file.slice(dir.length + 1)} ${r.rule}`);
    assert.ok(rules.includes('2-junk.md binary-content'));
    assert.ok(rules.includes('3-broken.md front-matter-yaml'));
    assert.equal(lint.stderr, '');
  });

  (hasSharedCorpus ? it : it.skip)('takes every corpus report through outline --json and lint without a crash', function () {
    this.timeout(600_000);
    const outline = run('outline', '--json', SHARED_CORPUS);
    assert.equal(outline.code, 0, outline.stderr);
    assert.ok(JSON.parse(outline.stdout).length >= 170);
    const lint = run('lint', '--format', 'json', SHARED_CORPUS);
    assert.ok(lint.code === 0 || lint.code === 1, lint.stderr);
    assert.ok(Array.isArray(JSON.parse(lint.stdout)));
    assert.equal(lint.stderr, '');
  });

  it('follows LANG: Vietnamese messages and usage errors under vi_VN, the same findings', () => {
    const english = run('lint', '--format', 'json', SEED_PATH);
    const vietnamese = runIn('vi_VN.UTF-8', 'lint', '--format', 'json', SEED_PATH);
    assert.equal(vietnamese.code, english.code);
    const rows = (out: string) => JSON.parse(out) as { rule: string; line: number; message: string }[];
    assert.deepEqual(rows(vietnamese.stdout).map((r) => [r.rule, r.line]), rows(english.stdout).map((r) => [r.rule, r.line]));
    assert.ok(rows(vietnamese.stdout).some((r) => r.message.startsWith('Tiêu đề cấp cao nhất thứ hai')), vietnamese.stdout);
    const usage = runIn('vi_VN.UTF-8', 'lint', '--bogus');
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /lint không có tùy chọn "--bogus"/);
    assert.match(runIn('vi', 'lint', SEED_PATH).stdout, /Đã kiểm tra 1 tệp: 0 lỗi, \d+ cảnh báo/);
  });
});
