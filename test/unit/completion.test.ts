import * as assert from 'node:assert/strict';
import {
  applyEdits, frontMatterCompletions, frontMatterKeyHover, knownSpeakers, parseReport, sectionCompletions, speakerCompletions, speakerHover, splitLines,
  type CompletionPlan, type EventReport, type Position,
} from '../../src/core/index';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, FIXTURES } from './helpers';

const SEED_PATH = '/site/content/4-EventParticipated/4.4-Event4/_index.md';
const OTHER_PATH = '/site/content/4-EventParticipated/4.3-Event3/_index.md';
const VI_PATH = '/site/content/4-EventParticipated/4.2-Event2/_index.vi.md';
const seed = fixture('seed-report.md');
const other = fixture('corpus', 'AkiHayakwa__AWS-Intership-FCJ-__content__4-EventParticipated__4.3-Event3___index.md');
const vietnamese = fixture('corpus', 'QuocAn-star__cloud-ai-journey-quocan__content__4-EventParticipated__4.2-Event2___index.vi.md');

/** The text with `typed` put in a new line after line `after` (0-based), the report of it and the cursor at its end. */
function typing(text: string, after: number, typed: string, path: string): { text: string; report: EventReport; lines: string[]; at: Position } {
  const lines = splitLines(text);
  lines.splice(after + 1, 0, typed);
  const next = lines.join('\n');
  return { text: next, report: parseReport(next, { path }), lines, at: { line: after + 1, character: typed.length } };
}

/** The text after choosing a completion (snippet tabstops shown as their defaults). */
function chosen(text: string, plan: CompletionPlan): string {
  const insert = plan.snippet ? plan.insertText.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '') : plan.insertText;
  return applyEdits(text, [{ range: plan.range, newText: insert }]);
}

const lineOf = (text: string, start: string) => splitLines(text).findIndex((l) => l.startsWith(start));

describe('completion', () => {
  const known = knownSpeakers([parseReport(other, { path: OTHER_PATH }), parseReport(seed, { path: SEED_PATH })]);

  describe('speakers', () => {
    it('offers, on a new item of the seed\'s list, the people of other reports it lacks, written in its form', () => {
      const last = lineOf(seed, '- **Dinh Le Hoang Anh**');
      const { text, report, lines, at } = typing(seed, last, '- **', SEED_PATH);
      const plans = speakerCompletions(report, lines, at, known);
      const names = plans.map((p) => p.label);
      assert.ok(names.includes('Viet Phat') && names.includes('Lê Hoàng Gia Đại'), names.join(', '));
      assert.ok(!names.includes('Bao Huynh') && !names.includes('Truong Quang Tinh'), 'people already listed are not offered');
      const vinh = plans.find((p) => p.label === 'Tran Trung Vinh') as CompletionPlan;
      assert.equal(vinh.detail, 'IT Infrastructure Career Path');
      assert.equal(splitLines(chosen(text, vinh))[at.line], '- **Tran Trung Vinh** – IT Infrastructure Career Path');
      // The seed's list is read again with the new person in it, in the same form as the others.
      const after = parseReport(chosen(text, vinh), { path: SEED_PATH }).speakers[8];
      assert.deepEqual([after.name, after.role, after.form.separator], ['Tran Trung Vinh', 'IT Infrastructure Career Path', '–']);
      // A person of whom the other report gives only a talk is written by name.
      assert.equal(plans.find((p) => p.label === 'Viet Phat')?.insertText, '**Viet Phat**');
    });

    it('matches the typed name without diacritics or case, on any word of the name', () => {
      const last = lineOf(seed, '- **Dinh Le Hoang Anh**');
      const names = (typed: string) => {
        const { report, lines, at } = typing(seed, last, `- **${typed}`, SEED_PATH);
        return speakerCompletions(report, lines, at, known).map((p) => p.label);
      };
      assert.deepEqual(names('le hoang'), ['Lê Hoàng Gia Đại']);
      assert.deepEqual(names('GIA DAI'), ['Lê Hoàng Gia Đại']);
      assert.deepEqual(names('nguyen'), ['Nguyen Quoc Bao'], 'Nguyen Khanh Phuc Thinh is in the list already');
      assert.deepEqual(names('zzz'), []);
    });

    it('writes a table row in the table\'s own columns', () => {
      const table = ['# Summary Report: x', '', '### Speakers', '', '| Name | Role | Organization |', '| --- | --- | --- |', '| **Tran A** | Engineer | Acme |', ''].join('\n');
      const { text, report, lines, at } = typing(table, 6, '| Tr', '/site/content/4-Event/4.1-Event1/_index.md');
      const plans = speakerCompletions(report, lines, at, known);
      assert.deepEqual(plans.map((p) => p.label), ['Tran Dai Vi', 'Tran Trung Vinh', 'Truong Huy Phuoc', 'Truong Quang Tinh']);
      assert.equal(splitLines(chosen(text, plans[1]))[7], '| **Tran Trung Vinh** | IT Infrastructure Career Path |  |');
    });

    it('completes a name after a Speaker label, and nowhere else outside a Speakers section', () => {
      const { text, report, lines, at } = typing(seed, lineOf(seed, '### Key Highlights') + 1, '**Speaker:** Tran Tr', SEED_PATH);
      const plans = speakerCompletions(report, lines, at, known);
      assert.deepEqual(plans.map((p) => p.label), ['Tran Trung Vinh']);
      assert.equal(splitLines(chosen(text, plans[0]))[at.line], '**Speaker:** Tran Trung Vinh – IT Infrastructure Career Path');
      const prose = typing(seed, lineOf(seed, '### Key Highlights') + 1, '- Tran', SEED_PATH);
      assert.deepEqual(speakerCompletions(prose.report, prose.lines, prose.at, known), []);
    });
  });

  describe('front matter', () => {
    const site = [{ path: OTHER_PATH, data: parseReport(other).frontMatter?.data ?? null }, { path: '/site/content/4-EventParticipated/4.1-Event1/_index.md', data: { title: 'Event 1', description: 'x' } }];
    const valuesOf = (key: string) => {
      const { report, lines, at } = typing(seed, 0, `${key}: `, SEED_PATH);
      return frontMatterCompletions(report, lines, at, site, '2026-12-01').map((p) => p.insertText);
    };

    it('gives pre, weight and title from the seed\'s folder 4.4-Event4, and chapter: false', () => {
      assert.deepEqual(valuesOf('pre'), ['" <b> 4.4. </b> "']);
      assert.deepEqual(valuesOf('weight'), ['4']);
      assert.deepEqual(valuesOf('title'), ['"Event 4"']);
      assert.deepEqual(valuesOf('chapter'), ['false']);
    });

    it('gives today and the dates the report writes', () => {
      const text = seed.replace('# Summary Report:', 'Held on July 4, 2025 at Bitexco (04/07/2025).\n\n# Summary Report:');
      const { report, lines, at } = typing(text, 0, 'date: ', SEED_PATH);
      const dates = frontMatterCompletions(report, lines, at, site, '2026-12-01').map((p) => p.insertText);
      assert.deepEqual(dates, ['2026-12-01']);
      const overview = seed.replace('### Event Objectives', 'Date: ngày 4 tháng 7 năm 2025, or July 4th, 2025\n\n### Event Objectives');
      const second = typing(overview, 0, 'date: ', SEED_PATH);
      assert.deepEqual(frontMatterCompletions(second.report, second.lines, second.at, site, '2026-12-01').map((p) => p.insertText), ['2026-12-01', '2025-07-04']);
    });

    it('offers the keys the site uses that the page lacks, with their values', () => {
      const { report, lines, at } = typing(seed, 5, '', SEED_PATH);
      const plans = frontMatterCompletions(report, lines, at, site, '2026-12-01');
      assert.deepEqual(plans.map((p) => p.label), ['description']);
      const bare = '---\ntitle: "Sự kiện 2"\n\n---\n# Bài thu hoạch\n';
      const lines2 = splitLines(bare);
      const vi = frontMatterCompletions(parseReport(bare, { path: VI_PATH }), lines2, { line: 2, character: 0 }, [{ path: '/site/content/4-EventParticipated/4.1-Event1/_index.vi.md', data: { title: 'Sự kiện 1' } }], '2026-12-01');
      assert.deepEqual(vi.map((p) => p.label), ['date', 'weight', 'chapter', 'pre']);
      assert.equal(vi.find((p) => p.label === 'pre')?.insertText, 'pre: ${1:" <b> 4.2. </b> "}');
    });

    it('follows the title pattern of the site\'s reports in the page\'s language', () => {
      const bare = '---\ntitle: \n---\n# Bài thu hoạch\n';
      const plans = frontMatterCompletions(parseReport(bare, { path: VI_PATH }), splitLines(bare), { line: 1, character: 7 }, [{ path: '/site/content/4-EventParticipated/4.1-Event1/_index.vi.md', data: { title: 'Sự Kiện 1' } }, { path: OTHER_PATH, data: { title: 'Event 3' } }], '2026-12-01');
      assert.deepEqual(plans.map((p) => p.insertText), ['"Sự Kiện 2"']);
    });
  });

  describe('sections', () => {
    it('offers a Vietnamese report the template\'s sections it lacks, in Vietnamese and at its sections\' level', () => {
      const lines = splitLines(vietnamese);
      const { text, report, lines: typed, at } = typing(vietnamese, lines.length - 1, '### ', VI_PATH);
      const plans = sectionCompletions(report, typed, at);
      assert.deepEqual(plans.map((p) => p.label), ['Mục Đích Của Sự Kiện', 'Ứng Dụng Vào Công Việc']);
      assert.equal(splitLines(chosen(text, plans[0]))[at.line], '### Mục Đích Của Sự Kiện');
    });

    it('offers the seed nothing it has, and a report without Speakers a starter entry', () => {
      const { report, lines, at } = typing(seed, lineOf(seed, '### Event Objectives') - 1, '## Spe', SEED_PATH);
      const labels = sectionCompletions(report, lines, at).map((p) => p.label);
      assert.ok(!labels.includes('Speakers') && !labels.includes('Event Objectives'), labels.join(', '));
      const bare = '# Summary Report: x\n\n### Event Objectives\n\n- One\n\n#';
      const plans = sectionCompletions(parseReport(`${bare} `), splitLines(`${bare} `), { line: 6, character: 2 });
      assert.equal(plans[0].label, 'Speakers');
      assert.equal(chosen(`${bare} `, plans[0]).split('\n').slice(6).join('\n'), '### Speakers\n\n- **Name** – Role, Organization');
    });
  });

  describe('hovers', () => {
    it('names the other reports that list the speaker under the cursor', () => {
      const report = parseReport(seed, { path: SEED_PATH });
      const line = lineOf(seed, '- **Bao Huynh**');
      const hover = speakerHover(report, { line, character: 6 }, [{ id: 'file:///site/4.3', report: parseReport(other, { path: OTHER_PATH }) }, { id: 'file:///self', report }]);
      assert.equal(hover?.speaker.name, 'Bao Huynh');
      assert.deepEqual(hover?.elsewhere, [{ id: 'file:///site/4.3', title: 'Event 3', role: '', organization: 'Docker - Containerization Technology' }]);
      assert.equal(speakerHover(report, { line: line + 30, character: 1 }, []), undefined);
    });

    it('says what a front-matter key does, and the number the folder implies', () => {
      const report = parseReport(seed, { path: SEED_PATH });
      const weight = frontMatterKeyHover(report, { line: 3, character: 2 });
      assert.equal(weight?.key, 'weight');
      assert.match(weight?.implied ?? '', /4\.4-Event4 gives weight: 4/);
      assert.match(frontMatterKeyHover(report, { line: 5, character: 1 })?.implied ?? '', /pre: " <b> 4\.4\. <\/b> "/);
      assert.equal(frontMatterKeyHover(report, { line: 9, character: 1 }), undefined);
    });
  });

  it('plans, at the end of every line of every corpus report, only edits of that line', () => {
    const files = readdirSync(join(FIXTURES, 'corpus')).filter((f) => f.endsWith('.md'));
    let offered = 0;
    for (const file of files) {
      const text = fixture('corpus', file);
      const path = `/site/content/${(file.split('__content__')[1] ?? file).replace(/__/g, '/')}`;
      const report = parseReport(text, { path });
      const lines = splitLines(text);
      lines.forEach((line, n) => {
        const at = { line: n, character: line.length };
        const plans = [...speakerCompletions(report, lines, at, known), ...frontMatterCompletions(report, lines, at, [], '2026-12-01'), ...sectionCompletions(report, lines, at)];
        for (const plan of plans) {
          assert.equal(plan.range.start.line, n, `${file}:${n + 1}`);
          assert.equal(plan.range.end.line, n);
          assert.ok(plan.range.start.character <= at.character && plan.range.end.character === line.length, `${file}:${n + 1}`);
          assert.ok(plan.insertText.length > 0);
        }
        offered += plans.length;
      });
    }
    assert.ok(offered > 100, `${offered} completions over ${files.length} reports`);
  });
});
