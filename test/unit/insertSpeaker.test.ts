import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, knownSpeakers, parseReport, planSpeakerInsertion, type NewSpeaker } from '../../src/core/index';
import { fixture, FIXTURES, joinLines } from './helpers';

const corpus = (file: string) => readFileSync(join(FIXTURES, 'corpus', file), 'utf8');
const NEW: NewSpeaker = { name: 'Nguyen Van A', role: 'Cloud Engineer', organization: 'Example Corp' };

function insert(text: string, path?: string, cursor?: { line: number; character: number }, speaker = NEW) {
  const report = parseReport(text, { path });
  const plan = planSpeakerInsertion(report, text, speaker, cursor);
  const after = applyEdits(text, [plan.edit]);
  return { after, line: after.split(/\r?\n/)[plan.line], plan, speakers: parseReport(after, { path }).speakers };
}

describe('planning Insert Speaker', () => {
  it('writes a bold, en-dash entry at the end of the seed report\'s list', () => {
    const seed = fixture('seed-report.md');
    const { line, plan, speakers } = insert(seed);
    assert.equal(line, '- **Nguyen Van A** – Cloud Engineer, Example Corp');
    assert.equal(plan.line, 27);
    assert.equal(speakers.length, 9);
    assert.deepEqual([speakers[8].name, speakers[8].role, speakers[8].organization], ['Nguyen Van A', 'Cloud Engineer', 'Example Corp']);
  });

  it('follows a list that is not bold and uses hyphens', () => {
    const text = corpus('linhxm__FCJ-Internship-Report__content__4-EventParticipated__4.1-Event1___index.md');
    const { line, speakers } = insert(text);
    assert.equal(line, '- Nguyen Van A - Cloud Engineer, Example Corp');
    assert.equal(speakers.length, 25);
  });

  it('follows `**Name**: Role` and `**Name:** Role`', () => {
    const outside = insert(joinLines('# R', '', '### Speakers', '', '- **Kha Van**: Cloud Security Engineer', '- **Bao Huynh**: Builder', ''));
    assert.equal(outside.line, '- **Nguyen Van A**: Cloud Engineer, Example Corp');
    const inside = insert(joinLines('# R', '', '### Speakers', '', '- **Kha Van:** Cloud Security Engineer', '- **Bao Huynh:** Builder', ''));
    assert.equal(inside.line, '- **Nguyen Van A:** Cloud Engineer, Example Corp');
  });

  it('counts a multi-person entry once and writes after the list, not under a sub-heading speaker', () => {
    const text = joinLines('# R', '', '### Speakers', '', '- **A Nguyen, B Tran & C Le:** Voice AI', '- **D Pham** – Role', '- **E Vo** – Role', '', '#### Cosmo', '', '- Talk: Edge', '', '### Key Highlights', 'x');
    const { plan, speakers } = insert(text);
    assert.equal(plan.line, 7);
    assert.deepEqual(speakers.map((s) => s.name), ['A Nguyen', 'B Tran', 'C Le', 'D Pham', 'E Vo', 'Nguyen Van A', 'Cosmo']);
    assert.equal(insert(text).line, '- **Nguyen Van A** – Cloud Engineer, Example Corp');
  });

  it('numbers the entry in a numbered list and inserts after the entry under the cursor', () => {
    const text = joinLines('# R', '', '### Speakers', '', '1. **A Nguyen** – Role', '2. **B Tran** – Role', '3. **C Le** – Role', '', '### Key Highlights', 'x');
    assert.equal(insert(text).line, '4. **Nguyen Van A** – Cloud Engineer, Example Corp');
    const atCursor = insert(text, undefined, { line: 4, character: 3 });
    assert.equal(atCursor.plan.line, 5);
    assert.deepEqual(atCursor.speakers.map((s) => s.name), ['A Nguyen', 'Nguyen Van A', 'B Tran', 'C Le']);
  });

  it('adds a table row under the table\'s own columns', () => {
    const text = readFileSync(join(FIXTURES, '../../examples/hugo-site/content/4-EventParticipated/4.2-Event2/_index.md'), 'utf8');
    const { line, speakers } = insert(text);
    assert.equal(line, '| **Nguyen Van A** | Cloud Engineer | Example Corp |');
    assert.deepEqual(speakers.filter((s) => !s.inline).map((s) => s.name), ['Pham Quoc Bao', 'Vo Thanh Huong', 'Nguyen Van A']);
  });

  it('creates a Speakers section after Objectives when there is none, at its siblings\' level', () => {
    const text = corpus('PTN2004__FCAJ-template__content__4-EventParticipated__4.1-Event1___index.md');
    const { after, speakers } = insert(text);
    const lines = after.split('\n');
    const heading = lines.findIndex((l) => l === '### Speakers');
    assert.ok(heading > 17, 'after Event Objectives (line 18)');
    assert.equal(lines[heading + 2], '- **Nguyen Van A** – Cloud Engineer, Example Corp');
    assert.match(lines[heading + 4], /^### Event Overview/);
    assert.deepEqual(speakers.map((s) => s.name), ['Nguyen Van A']);
    assert.equal(parseReport(after).sections.find((s) => s.kind === 'speakers')?.heading.level, 3);
  });

  it('writes the new section in Vietnamese for a Vietnamese report', () => {
    const text = corpus('ZanhZoker__fcaj-report__content__4-EventParticipated__4.1-EnterpriseCloud___index.vi.md');
    const { after, speakers } = insert(text, '/site/content/4-EventParticipated/4.1-EnterpriseCloud/_index.vi.md');
    assert.match(after, /^#### Danh Sách Diễn Giả$/m);
    assert.deepEqual(speakers.map((s) => s.name), ['Nguyen Van A']);
  });

  it('fills an empty Speakers section, keeps CRLF, and touches nothing else', () => {
    const text = ['# R', '', '### Speakers', '', '### Key Highlights', 'x'].join('\r\n');
    const { after, speakers } = insert(text);
    assert.equal(after, ['# R', '', '### Speakers', '', '- **Nguyen Van A** – Cloud Engineer, Example Corp', '', '### Key Highlights', 'x'].join('\r\n'));
    assert.equal(speakers.length, 1);
  });

  it('lists the speakers known across reports, most listed first', () => {
    const reports = [fixture('seed-report.md'), corpus('EricN2907__fcj-aws-internship-report-SE182076__content__4-EventParticipated__4.4-Event4___index.vi.md')].map((t) => parseReport(t));
    const known = knownSpeakers([...reports, parseReport(joinLines('# X', '### Speakers', '- **Bảo Huỳnh** – Junior Cloud Native Developer, Endava'))]);
    assert.equal(known[0].name, 'Bao Huynh');
    assert.equal(known[0].reports, 3);
    assert.equal(known[0].role, 'Junior Cloud Native Developer', 'the most complete description wins');
  });
});
