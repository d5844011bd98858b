import * as assert from 'node:assert/strict';
import { parseReport, reportOutline, setLanguage } from '../../src/core/index';
import { fixture } from './helpers';

describe('the report outline', () => {
  afterEach(() => setLanguage('en'));

  it('projects sections with translated kind names and speakers with role and organisation joined', () => {
    setLanguage('vi');
    const outline = reportOutline(parseReport(fixture('seed-report.md')));
    assert.equal(outline.title, 'Summary Report: “AWS Cloud Mastery Series #2 - DevOps on AWS”');
    assert.deepEqual(outline.facts, { pre: '4.4.', title: 'Event 4', date: '2025-11-17' });
    assert.deepEqual(outline.sections.slice(0, 3).map((s) => [s.line, s.level, s.text, s.kind, s.kindName]), [
      [9, 1, 'Summary Report: “AWS Cloud Mastery Series #2 - DevOps on AWS”', 'other', ''],
      [11, 3, 'Event Objectives', 'objectives', 'mục đích'],
      [18, 3, 'Speakers', 'speakers', 'diễn giả'],
    ]);
    assert.equal(outline.speakers[0].about, 'AWS Community Builder, Platform Engineer - TymeX');
    assert.equal(outline.speakers[0].line, 20);
  });
});
