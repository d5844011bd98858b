import * as assert from 'node:assert/strict';
import { lintReport, parseReport } from '../../src/core/index';
import { fixture, joinLines } from './helpers';

describe('hostile and odd input', () => {
  it('parses an empty file', () => {
    const report = parseReport('');
    assert.equal(report.lineCount, 1);
    assert.equal(report.title, null);
    assert.deepEqual(lintReport(''), []);
  });

  it('reports binary junk instead of failing', () => {
    let junk = '';
    for (let i = 0; i < 20_000; i++) junk += String.fromCharCode((i * 7919) % 256);
    const report = parseReport(junk);
    const problem = report.problems.find((p) => p.rule === 'binary-content');
    assert.ok(problem);
    assert.deepEqual(problem.range.start, { line: 0, character: 0 });
  });

  it('parses a 5 MB report', function () {
    this.timeout(300_000);
    const seed = fixture('seed-report.md');
    const body = seed.slice(seed.indexOf('# Summary'));
    let text = seed;
    while (text.length < 5 * 1024 * 1024) text += `\n${body}`;
    const report = parseReport(text);
    assert.equal(report.frontMatter?.data?.title, 'Event 4');
    assert.ok(report.speakers.length >= 8);
    assert.ok(report.headings.length > 10_000);
  });

  it('parses a 2 MB line', function () {
    this.timeout(120_000);
    const text = joinLines('---', 'title: A', '---', `# ${'word '.repeat(400_000)}`);
    const report = parseReport(text);
    assert.equal(report.headings.length, 1);
    assert.equal(report.headings[0].range.end.character, text.split('\n')[3].length);
  });

  it('keeps going on broken YAML', () => {
    const findings = lintReport(joinLines('---', 'title: [unclosed', 'date: : :', '---', '# T', '### Speakers', '- **A B** – C'));
    assert.ok(findings.some((f) => f.rule === 'front-matter-yaml' && f.severity === 'error'));
    assert.equal(parseReport(joinLines('---', 'title: [unclosed', '---', '# T', '### Speakers', '- **A B** – C')).speakers.length, 1);
  });

});
