import * as assert from 'node:assert/strict';
import { parseReport, type Speaker } from '../../src/core/index';
import { fixture, joinLines } from './helpers';

function speakersOf(...body: string[]): Speaker[] {
  return [...parseReport(joinLines('# Report', '', '### Speakers', '', ...body, '', '### Key Highlights', 'x')).speakers];
}

const summary = (s: Speaker) => [s.name, s.role, s.organization];

describe('speakers', () => {
  it('reads bold names with an en dash, hyphen, em dash or colon', () => {
    const found = speakersOf(
      '- **Truong Quang Tinh** – AWS Community Builder, TymeX',
      '- **Dinh Le Hoang Anh** - Cloud Engineer Trainee, First Cloud AI Journey',
      '- **Jane Roe** — CTO, Acme',
      '- **Bảo Huỳnh**: Docker - Công nghệ Container hóa',
    );
    assert.deepEqual(found.map(summary), [
      ['Truong Quang Tinh', 'AWS Community Builder', 'TymeX'],
      ['Dinh Le Hoang Anh', 'Cloud Engineer Trainee', 'First Cloud AI Journey'],
      ['Jane Roe', 'CTO', 'Acme'],
      ['Bảo Huỳnh', '', ''],
    ]);
    assert.deepEqual(found.map((s) => s.form.separator), ['–', '-', '—', ':']);
    assert.ok(found.every((s) => s.form.bold && s.form.marker === 'bullet' && s.form.bullet === '-'));
  });

  it('reads `**Name:** Role` and `**Name** (Role @ Org): "Talk"`', () => {
    const found = speakersOf('- **Kha Van:** Cloud Security Engineer', '- **Mendel Grabski** (Security Architect @ Acme): "Incident Response in Practice"');
    assert.deepEqual(found.map((s) => [...summary(s), s.details, s.form.separator]), [
      ['Kha Van', 'Cloud Security Engineer', '', '', ':'],
      ['Mendel Grabski', 'Security Architect', 'Acme', 'Incident Response in Practice', '('],
    ]);
  });

  it('reads names that are not bold, and a name alone', () => {
    const found = speakersOf('- Eric Yeo - Country General Manager, AWS Vietnam', '- Vinh Banh Cam, Data Engineer, Renova', '- **Truong Tran**', '- Steve Tran');
    assert.deepEqual(found.map(summary), [
      ['Eric Yeo', 'Country General Manager', 'AWS Vietnam'],
      ['Vinh Banh Cam', 'Data Engineer', 'Renova'],
      ['Truong Tran', '', ''],
      ['Steve Tran', '', ''],
    ]);
    assert.deepEqual(found.map((s) => [s.form.bold, s.form.separator]), [[false, '-'], [false, ','], [true, ''], [false, '']]);
  });

  it('reads numbered items and remembers the numbering', () => {
    const found = speakersOf('1. **A Nguyen** – Role A', '2. **B Tran** – Role B');
    assert.deepEqual(found.map((s) => [s.name, s.form.marker, s.form.bullet]), [['A Nguyen', 'ordered', '1.'], ['B Tran', 'ordered', '1.']]);
  });

  it('reads table rows and skips the header', () => {
    const found = speakersOf('| Speaker | Title | Company |', '| --- | --- | --- |', '| **Nguyen Van Hai** | Director | Techcombank |', '| Alex Tran | AI Director | OCB |');
    assert.deepEqual(found.map(summary), [['Nguyen Van Hai', 'Director', 'Techcombank'], ['Alex Tran', 'AI Director', 'OCB']]);
    assert.deepEqual(found.map((s) => [s.form.marker, s.form.bold]), [['table', true], ['table', false]]);
    assert.deepEqual(found[0].nameRange, { start: { line: 6, character: 4 }, end: { line: 6, character: 18 } });
  });

  it('takes a speaker given a sub-heading of their own', () => {
    const found = speakersOf('#### Nguyen Gia Hung – Head of Solutions Architect', 'Leads the AWS Vietnam SA team.', '', '#### Julian Ju', 'Edge specialist.');
    assert.deepEqual(found.map((s) => [s.name, s.role, s.details, s.form.marker]), [
      ['Nguyen Gia Hung', 'Head of Solutions Architect', 'Leads the AWS Vietnam SA team.', 'heading'],
      ['Julian Ju', '', 'Edge specialist.', 'heading'],
    ]);
  });

  it('makes nested sub-bullets details of the speaker above', () => {
    const found = speakersOf('- **Lam Tuan Kiet** – Sr DevOps Engineer, FPT Software', '  - Topic: GitOps at scale', '  - 10 years in operations');
    assert.equal(found.length, 1);
    assert.equal(found[0].details, 'Topic: GitOps at scale; 10 years in operations');
    assert.equal(found[0].range.end.line, found[0].range.start.line + 2);
  });

  it('skips group labels and intro sentences', () => {
    const found = speakersOf(
      'The event brought together speakers from many companies:',
      '',
      '**Ban lãnh đạo & Chuyên gia đào tạo**',
      '',
      '- **Thầy Nguyễn Trần Phước Bảo** – Trưởng ban Quan hệ Doanh nghiệp, Đại học FPT',
      '',
      '- **Industry Experts**',
      '  - **Do Huy Thang** – DevOps Lead, VNG',
      '  - **Bui Ho Linh Nhi** – AI Engineer, SoftwareOne',
      '- The speakers shared practical insights.',
    );
    assert.deepEqual(found.map((s) => s.name), ['Thầy Nguyễn Trần Phước Bảo', 'Do Huy Thang', 'Bui Ho Linh Nhi']);
  });

  it('makes two people on one line two speakers', () => {
    const found = speakersOf('- **Anh Đạt** và **Anh Cường**', '- **Bảo & Nguyên Nguyễn** – Cloud Engineers, Cloud Kinetics', '- **Hieu Nghi , Mr. Kiet , and Mr. Trung**: Voice AI');
    assert.deepEqual(found.map(summary), [
      ['Anh Đạt', '', ''],
      ['Anh Cường', '', ''],
      ['Bảo', 'Cloud Engineers', 'Cloud Kinetics'],
      ['Nguyên Nguyễn', 'Cloud Engineers', 'Cloud Kinetics'],
      ['Hieu Nghi', '', ''],
      ['Mr. Kiet', '', ''],
      ['Mr. Trung', '', ''],
    ]);
    assert.deepEqual(found.slice(4).map((s) => s.details), ['Voice AI', 'Voice AI', 'Voice AI']);
    assert.deepEqual(found[1].nameRange, { start: { line: 4, character: 19 }, end: { line: 4, character: 28 } });
  });

  it('finds people on label lines elsewhere, marked inline', () => {
    const report = parseReport(joinLines(
      '# Report', '', '### Session 1', '**Speaker:** Lam Tuan Kiet – Sr DevOps Engineer', '', '### Session 2',
      '**Diễn giả:** Thinh Lam, Viet Nguyen', '', '- **Speakers:** Experts from AWS (Truong Quang Tinh, Kha Van).',
      '', '**Session 3: Search** (Speaker: Tùng)',
    ));
    assert.deepEqual(report.speakers.map((s) => [s.name, s.role, s.inline, s.form.marker]), [
      ['Lam Tuan Kiet', 'Sr DevOps Engineer', true, 'label'],
      ['Thinh Lam', '', true, 'label'],
      ['Viet Nguyen', '', true, 'label'],
      ['Truong Quang Tinh', '', true, 'label'],
      ['Kha Van', '', true, 'label'],
      ['Tùng', '', true, 'label'],
    ]);
  });

  it('finds the seed report\'s eight speakers with name ranges', () => {
    const text = fixture('seed-report.md');
    const report = parseReport(text);
    assert.deepEqual(report.speakers.map((s) => s.name), [
      'Truong Quang Tinh', 'Bao Huynh', 'Nguyen Khanh Phuc Thinh', 'Tran Dai Vi', 'Huynh Hoang Long', 'Pham Hoang Quy', 'Nghiem Le', 'Dinh Le Hoang Anh',
    ]);
    const lines = text.split('\n');
    for (const s of report.speakers) {
      const { start, end } = s.nameRange;
      assert.equal(start.line, end.line, s.name);
      assert.equal(lines[start.line].slice(start.character, end.character), s.name, 'the range holds the name');
      assert.ok(s.range.start.line === start.line && s.range.start.character === 0, 'the entry starts at its list item');
    }
    assert.deepEqual(report.speakers[0].range, { start: { line: 19, character: 0 }, end: { line: 19, character: 74 } });
  });
});
