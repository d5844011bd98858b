import * as assert from 'node:assert/strict';
import { parseReport } from '../../src/core/index';
import { joinLines } from './helpers';

describe('front matter', () => {
  it('reads keys, values and their exact ranges', () => {
    const report = parseReport(joinLines('---', 'title: "Event 4"', 'date: 2025-11-17', 'weight: 1', 'chapter: false', 'pre: " <b> 4.4. </b> "', '---', '', '# Summary Report: X'));
    const fm = report.frontMatter!;
    assert.deepEqual(fm.data, { title: 'Event 4', date: '2025-11-17', weight: 1, chapter: false, pre: ' <b> 4.4. </b> ' });
    assert.deepEqual(fm.range, { start: { line: 0, character: 0 }, end: { line: 6, character: 3 } });
    const weight = fm.entries.find((e) => e.key === 'weight')!;
    assert.deepEqual(weight.keyRange, { start: { line: 3, character: 0 }, end: { line: 3, character: 6 } });
    assert.deepEqual(weight.valueRange, { start: { line: 3, character: 8 }, end: { line: 3, character: 9 } });
    const pre = fm.entries.find((e) => e.key === 'pre')!;
    assert.deepEqual(pre.valueRange, { start: { line: 5, character: 5 }, end: { line: 5, character: 22 } });
    assert.equal(report.title?.text, 'Summary Report: X');
    assert.deepEqual(report.problems, []);
  });

  it('accounts for a BOM and CRLF line ends', () => {
    const report = parseReport('\uFEFF---\r\ntitle: A\r\nweight: 2\r\n---\r\n# T\r\n');
    const fm = report.frontMatter!;
    assert.equal(fm.data?.title, 'A');
    assert.deepEqual(fm.range.start, { line: 0, character: 1 });
    assert.deepEqual(fm.entries[1].valueRange, { start: { line: 2, character: 8 }, end: { line: 2, character: 9 } });
    assert.deepEqual(report.title?.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } });
  });

  it('takes a closing fence with trailing spaces', () => {
    const report = parseReport(joinLines('---', 'title: A', '---   ', '# T'));
    assert.equal(report.frontMatter?.closed, true);
    assert.equal(report.frontMatter?.data?.title, 'A');
    assert.equal(report.headings.length, 1, 'the fence is not read as a setext underline');
    assert.deepEqual(report.problems, []);
  });

  it('reports a missing closing fence and keeps the body readable', () => {
    const report = parseReport(joinLines('---', 'title: A', 'weight: 3', '', '# Summary Report', '', '### Speakers', '- **A B** – Role'));
    assert.equal(report.frontMatter?.closed, false);
    assert.equal(report.frontMatter?.data?.weight, 3);
    assert.equal(report.title?.text, 'Summary Report');
    assert.equal(report.speakers.length, 1);
    const problem = report.problems.find((p) => p.rule === 'front-matter-unclosed')!;
    assert.equal(problem.severity, 'error');
    assert.deepEqual(problem.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
  });

  it('accepts `title : x` and blank lines inside', () => {
    const report = parseReport(joinLines('---', 'title : Event 2', '', 'weight: 2', '---', 'body'));
    assert.deepEqual(report.frontMatter?.data, { title: 'Event 2', weight: 2 });
    assert.deepEqual(report.problems, []);
  });

  it('gives a YAML error its exact range', () => {
    const report = parseReport(joinLines('---', 'title: "Event 4', 'weight: 1', '---', '# T'));
    const problem = report.problems.find((p) => p.rule === 'front-matter-yaml');
    assert.ok(problem, 'a YAML problem');
    assert.equal(problem.severity, 'error');
    assert.equal(problem.range.start.line, 1);
    assert.equal(problem.range.start.character, 7);
    assert.match(problem.message, /not valid YAML/);
  });

  it('flags a duplicate key and a front matter that is not a mapping', () => {
    const duplicate = parseReport(joinLines('---', 'title: A', 'title: B', '---'));
    assert.ok(duplicate.problems.some((p) => p.rule === 'front-matter-yaml' && p.range.start.line === 2));
    const list = parseReport(joinLines('---', '- a', '- b', '---'));
    assert.match(list.problems[0].message, /mapping/);
  });

  it('treats no front matter and an empty one as such', () => {
    assert.equal(parseReport('# Title only').frontMatter, null);
    const empty = parseReport(joinLines('---', '---', '# T'));
    assert.deepEqual(empty.frontMatter?.data, null);
    assert.deepEqual(empty.problems, []);
  });

  it('recognises TOML front matter without parsing it', () => {
    const report = parseReport(joinLines('+++', 'title = "A"', '+++', '# T'));
    assert.equal(report.frontMatter?.format, 'toml');
    assert.equal(report.frontMatter?.source, 'title = "A"');
    assert.equal(report.title?.text, 'T');
  });
});
