import * as assert from 'node:assert/strict';
import { classifyHeading, parseReport } from '../../src/core/index';
import type { SectionKind } from '../../src/core/index';
import { joinLines } from './helpers';

const WORDINGS: Record<Exclude<SectionKind, 'other'>, string[]> = {
  objectives: ['Event Objectives', 'Purpose of the Event', 'Mục tiêu sự kiện', 'Mục Đích Của Sự Kiện', '1. Mục tiêu tham dự'],
  speakers: ['Speakers', 'Speaker List', 'List of Speakers', 'Diễn giả', 'Danh Sách Diễn Giả', 'Distinguished Keynote Speakers and Industry Leaders'],
  highlights: ['Key Highlights', 'Topics Covered', 'Main Activities', 'Nội dung nổi bật', 'Các chủ đề được đề cập', 'Điểm nhấn Chính'],
  takeaways: ['Key Takeaways', 'Lessons Learned', 'What I Learned', 'Bài học rút ra', 'Những gì học được', 'Outcomes', 'Bài học Chính (Key Takeaways)'],
  applying: ['Applying to Work', 'Application to Work', 'Ứng dụng vào công việc', 'Áp dụng vào công việc / Học tập', '5. Kế hoạch hành động (Action Plan)'],
  experience: ['Event Experience', 'Personal Reflection', 'Trải nghiệm trong event', 'Cảm nhận cá nhân', 'Impression ⭐⭐⭐⭐☆'],
  photos: ['Event Photos', 'Some event photos', 'Một số hình ảnh khi tham gia sự kiện', 'Ảnh Sự Kiện', 'Event Gallery'],
  overview: ['Event Overview', 'Event Information', 'Thông tin sự kiện', 'Time & Venue', 'Thời gian & Địa điểm'],
  conclusion: ['Conclusion', 'Kết luận', 'Tổng kết'],
};

describe('section kinds', () => {
  for (const [kind, wordings] of Object.entries(WORDINGS)) {
    it(`recognises ${kind}`, () => {
      for (const w of wordings) assert.equal(classifyHeading(w), kind, w);
    });
  }

  it('ignores case, diacritics, numbering, bold, emoji and a trailing colon', () => {
    for (const w of ['**KEY TAKEAWAYS:**', '3. key takeaways', '🎯 Key Takeaways 🎯', 'BÀI HỌC RÚT RA', 'bai hoc rut ra:']) {
      assert.equal(classifyHeading(w), 'takeaways', w);
    }
  });

  it('leaves topics as other', () => {
    for (const w of ['AWS CloudFormation', 'Learning from highly skilled speakers', 'Infrastructure as Code (IaC)', 'Hands-on technical exposure', 'Vietnam Market Insights']) {
      assert.equal(classifyHeading(w), 'other', w);
    }
  });

  it('reads a heading by its own wording under any parent, and gives each section its extent', () => {
    const report = parseReport(joinLines(
      '# Summary Report: X', '', '### Key Highlights', '', '#### Lessons Learned', 'text', '', '### Key Takeaways', 'more', '', '#### Some event photos',
    ));
    assert.deepEqual(report.sections.map((s) => s.kind), ['other', 'highlights', 'takeaways', 'takeaways', 'photos']);
    const highlights = report.sections[1];
    assert.deepEqual(highlights.range, { start: { line: 2, character: 0 }, end: { line: 7, character: 0 } });
    assert.equal(highlights.parent, 0);
    assert.equal(report.sections[4].parent, 3);
    assert.deepEqual(report.sections[0].range.end, { line: 10, character: 22 });
  });

  it('reads ATX and setext headings as plain text', () => {
    const report = parseReport(joinLines('Title here', '==========', '', '## **Bold** _and_ `code` ##', '', 'Sub', '---'));
    assert.deepEqual(report.headings.map((h) => [h.level, h.text, h.style]), [[1, 'Title here', 'setext'], [2, 'Bold and code', 'atx'], [2, 'Sub', 'setext']]);
    assert.equal(report.title?.text, 'Title here');
  });

  it('takes the first non-empty H1 as the title', () => {
    const report = parseReport(joinLines('#', '', '# Real title', '', '# Another'));
    assert.equal(report.title?.text, 'Real title');
  });
});

describe('images and tables', () => {
  it('finds Markdown and HTML images with alt text and ranges, and GFM tables', () => {
    const report = parseReport(joinLines(
      '# T', '', '![Group photo](/images/4-Event/a.jpg)', '', '<p align="center"><img src="/images/b.png" alt="Stage" width="400"></p>', '',
      '| DO | DON\'T |', '| :--- | :--- |', '| Start with fundamentals | Copy-paste blindly |', '| Document everything | |',
    ));
    assert.deepEqual(report.images.map((i) => [i.src, i.alt, i.html]), [['/images/4-Event/a.jpg', 'Group photo', false], ['/images/b.png', 'Stage', true]]);
    assert.deepEqual(report.images[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 37 } });
    assert.deepEqual(report.images[1].range.start, { line: 4, character: 18 });
    assert.deepEqual(report.tables.map((t) => [t.header, t.rows]), [[['DO', "DON'T"], 2]]);
    assert.equal(report.tables[0].range.start.line, 6);
  });
});
