import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixReport, lintReport, RULES, SITE_RULES, type Finding, type LintOptions } from '../../src/core/index';
import { isoDate } from '../../src/core/rules/frontMatterDate';
import { fixture, FIXTURES, joinLines } from './helpers';

const corpus = (file: string) => readFileSync(join(FIXTURES, 'corpus', file), 'utf8');
const of = (rule: string, text: string, options: LintOptions = {}): Finding[] => lintReport(text, options).filter((f) => f.rule === rule);
const lines1 = (findings: Finding[]) => findings.map((f) => f.range.start.line + 1);

/** After the rule's fixes, the rule finds nothing and every line it did not fix is as it was. */
function roundTrip(rule: string, text: string, options: LintOptions = {}): string {
  const before = of(rule, text, options);
  assert.ok(before.some((f) => f.fix), `${rule} offers a fix`);
  const fixed = fixReport(text, { ...options, rules: [rule] });
  assert.deepEqual(of(rule, fixed, options).filter((f) => f.fix), [], `${rule} still fires after its fix`);
  const touched = new Set(before.flatMap((f) => (f.fix ?? []).flatMap((e) => [e.range.start.line, e.range.end.line])));
  const a = text.split('\n');
  const b = fixed.split('\n');
  if (a.length === b.length) a.forEach((line, i) => touched.has(i) || assert.equal(b[i], line, `line ${i + 1} changed`));
  return fixed;
}

const REPORT = (body: string[], fm: string[] = ['title: "Event 2"', 'date: 2025-10-04', 'weight: 2', 'chapter: false', 'pre: " <b> 4.2. </b> "']) =>
  joinLines('---', ...fm, '---', '', '# Summary Report: “Data Day”', '', ...body);

describe('rules', () => {
  const seed = fixture('seed-report.md');
  const seedFindings = lintReport(seed);

  it('every rule has an id, a description and documentation', () => {
    const docs = readFileSync(join(FIXTURES, '../../docs/rules.md'), 'utf8');
    for (const rule of [...RULES, ...SITE_RULES]) {
      assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(rule.description.length > 10);
      assert.ok(docs.includes(`### ${rule.id}\n`), `docs/rules.md documents ${rule.id}`);
    }
  });

  describe('on the seed report', () => {
    it('second-h1 fires on the ten stray H1s and fixes them to the level their place implies', () => {
      const found = seedFindings.filter((f) => f.rule === 'second-h1');
      assert.deepEqual(lines1(found), [56, 68, 77, 81, 87, 95, 103, 116, 126, 132]);
      const fixed = roundTrip('second-h1', seed);
      assert.match(fixed, /^### AWS CloudFormation$/m);
      assert.match(fixed, /^### CloudWatch$/m);
    });

    it('swallowed-section fires on Key Highlights and re-levels the run under it', () => {
      const found = seedFindings.filter((f) => f.rule === 'swallowed-section');
      assert.deepEqual(lines1(found), [29]);
      const fixed = roundTrip('swallowed-section', seed);
      assert.match(fixed, /^#### DevOps Mindset$/m);
      assert.match(fixed, /^##### AWS CloudFormation$/m);
      assert.match(fixed, /^#### Monitoring & Observability$/m);
      assert.match(fixed, /^### Event Experience$/m, 'the next known section is left alone');
    });

    it('event-numbering fires on weight: 1 and fixes it to 4', () => {
      const found = seedFindings.filter((f) => f.rule === 'event-numbering');
      assert.deepEqual(lines1(found), [4]);
      assert.match(roundTrip('event-numbering', seed), /^weight: 4$/m);
    });

    it('raises no error or warning on lines 9, 11, 18 or 140', () => {
      const loud = seedFindings.filter((f) => f.severity !== 'info' && [9, 11, 18, 140].includes(f.range.start.line + 1));
      assert.deepEqual(loud, []);
    });

    it('fixes everything in a few rounds into a report with no warning left', () => {
      const fixed = fixReport(seed);
      const left = lintReport(fixed).filter((f) => f.severity !== 'info');
      assert.deepEqual(left.map((f) => `${f.range.start.line + 1} ${f.rule}`), []);
      assert.equal(fixed.split('\n').length, seed.split('\n').length, 'no line lost');
    });
  });

  it('raises no error or warning on the template\'s own conventions', () => {
    const template = joinLines(
      '---', 'title: "Event 1"', 'date: 2024-01-01', 'weight: 1', 'chapter: false', 'pre: " <b> 4.1. </b> "', '---', '',
      '# Summary Report: “AWS First Cloud AI Journey – Community Day”', '',
      '### Event Objectives', '', '- Share best practices', '',
      '### Speakers', '', '- **Jignesh Shah** – Director, Open Source Databases', '- **Erica Liu** – Sr. GTM Specialist, AppMod', '',
      '### Key Highlights', '', '#### Identifying the drawbacks of legacy application architecture', '', '- Long product release cycles', '',
      '#### Transitioning to modern application architecture – Microservices', '', 'Migrating to a modular system.', '',
      '### Key Takeaways', '', '#### Design Mindset', '', '- Business-first approach', '',
      '### Applying to Work', '', '- Apply DDD to current projects', '',
      '### Event Experience', '', '#### Learning from highly skilled speakers', '- Insights', '', '#### Lessons learned', '- More', '',
      '#### Some event photos', '*Add your event photos here*', '', '![Enter image alt description](/images/4-Event/event1.jpg)', '',
      '> Overall, the event not only provided technical knowledge.',
    );
    const loud = lintReport(template).filter((f) => f.severity !== 'info');
    assert.deepEqual(loud.map((f) => `${f.range.start.line + 1} ${f.rule}: ${f.message}`), []);
    assert.deepEqual(lintReport(template).map((f) => f.rule).sort(), ['front-matter-date', 'image-alt']);
  });

  describe('heading-increment', () => {
    it('flags ## to #### but not the H1 title followed by H3 sections, unless asked', () => {
      const text = REPORT(['### Event Objectives', '', '#### Goals', '', '###### Too deep', '', '## Part', '', '#### Skipped']);
      assert.deepEqual(lines1(of('heading-increment', text)), [15, 19]);
      const strict = of('heading-increment', text, { config: { rules: { 'heading-increment': { title: true } } } });
      assert.deepEqual(lines1(strict), [11, 15, 19]);
      roundTrip('heading-increment', text);
    });
  });

  describe('malformed-heading', () => {
    it('finds empty, unspaced, literal-asterisk, spaced, closed, bold and punctuated headings', () => {
      const text = REPORT(['#', '', '#Heading', '', '### ** Title**', '', '###   Spaced', '', '### Closed ###', '', '#### **AI Architecture Layers on AWS**', '', '#### Comprehensive Learning Outcomes:', '', '```', '#not a heading', '```']);
      const found = of('malformed-heading', text);
      assert.deepEqual(found.map((f) => [f.range.start.line + 1, f.severity]), [[11, 'warning'], [13, 'warning'], [15, 'warning'], [17, 'info'], [19, 'info'], [21, 'info'], [23, 'info']]);
      const fixed = roundTrip('malformed-heading', text);
      assert.ok(fixed.includes('# Heading\n') && fixed.includes('### Title\n') && fixed.includes('### Spaced\n') && fixed.includes('### Closed\n'));
      assert.ok(fixed.includes('#### AI Architecture Layers on AWS\n') && fixed.includes('#### Comprehensive Learning Outcomes\n'));
      assert.ok(fixed.includes('#not a heading'), 'code is not touched');
    });

    it('finds the trailing colons of a real report, as info', () => {
      const text = corpus('Thormastran__fcj-workshop-template__content__4-EventParticipated__4.1-Event1___index.md');
      const found = of('malformed-heading', text);
      assert.deepEqual(lines1(found), [58, 76, 107, 115, 123, 131, 139]);
      assert.ok(found.every((f) => f.severity === 'info'));
      roundTrip('malformed-heading', text);
    });
  });

  describe('bold-heading', () => {
    it('offers a heading for a bold line alone, not for labels', () => {
      const text = REPORT(['### Key Highlights', '', '**Amazon Rekognition**', '', 'Image analysis.', '', '**- Success Metrics:**', '    + Improve agility', '', 'Text with **bold** inside.']);
      assert.deepEqual(lines1(of('bold-heading', text)), [13]);
      assert.match(roundTrip('bold-heading', text), /^#### Amazon Rekognition$/m);
    });
  });

  describe('duplicate-heading', () => {
    it('flags siblings only', () => {
      const text = REPORT(['## Talk A', '### Keynotes', '## Talk B', '### Keynotes', '### Keynotes']);
      assert.deepEqual(lines1(of('duplicate-heading', text)), [15]);
    });
  });

  describe('sections', () => {
    it('missing-title adds the title from the front matter', () => {
      const text = joinLines('---', 'title: "Event 1"', '---', '', '## Mục Đích Của Sự Kiện', 'x');
      assert.deepEqual(lines1(of('missing-title', text)), [4]);
      assert.match(fixReport(text, { rules: ['missing-title'] }), /\n# Summary Report: Event 1\n/);
    });

    it('duplicate-section counts siblings only', () => {
      const text = corpus('trtramnh__fcj-workshop-template__content__4-EventParticipated__4.1-Event1___index.vi.md');
      assert.deepEqual(lines1(of('duplicate-section', text)), [98]);
      const nested = corpus('H-Ngyen__Internship-report-aws__content__3-eventparticipated__3.1-Event1___index.md');
      assert.deepEqual(of('duplicate-section', nested), [], '"Bài học quan trọng rút ra" inside Experience is fine');
    });

    it('required-sections is off by default and checks kinds and order when configured', () => {
      const text = REPORT(['### Speakers', '- **A B** – C', '', '### Event Objectives', '- x']);
      assert.deepEqual(of('required-sections', text), []);
      const config = { rules: { 'required-sections': { required: ['objectives', 'speakers', 'photos'], order: true } } };
      const found = of('required-sections', text, { config });
      assert.deepEqual(found.map((f) => f.message), ['The report has no photos section.', '“Speakers” (speakers) comes before a section required earlier: the order is objectives, speakers, photos.']);
    });
  });

  describe('front matter', () => {
    it('reads dates and fixes the unambiguous ones', () => {
      assert.equal(isoDate('29/11/2025'), '2025-11-29');
      assert.equal(isoDate('2025-1205'), '2025-12-05');
      assert.equal(isoDate('2025/9/9'), '2025-09-09');
      assert.equal(isoDate('05/06/2025'), undefined, 'day and month could be either');
      assert.equal(isoDate('`r Sys.Date()`'), undefined);
      for (const [written, fixed] of [['"29/11/2025"', '"2025-11-29"'], ['"2025-1205"', '"2025-12-05"']]) {
        const text = REPORT(['x'], ['title: "Event 2"', `date: ${written}`, 'weight: 2']);
        assert.equal(of('front-matter-date', text)[0].severity, 'warning');
        assert.ok(roundTrip('front-matter-date', text).includes(`date: ${fixed}\n`));
      }
      const r = REPORT(['x'], ['title: "Event 2"', 'date: "`r Sys.Date()`"']);
      assert.equal(of('front-matter-date', r)[0].fix, undefined);
      assert.equal(of('front-matter-date', REPORT(['x'], ['title: A', 'date: 2024-01-01']))[0].severity, 'info');
      assert.deepEqual(of('front-matter-date', REPORT(['x'], ['title: A', 'date: 2025-09-09T10:00:00+07:00'])), []);
    });

    it('checks title, weight, chapter and pre', () => {
      const text = REPORT(['x'], ['title: ""', 'weight: "2"', 'chapter: "false"', 'pre: "<b> 4.2 </b>"']);
      assert.deepEqual(lines1(of('front-matter-title', text)), [2]);
      assert.match(roundTrip('front-matter-weight', text), /^weight: 2$/m);
      assert.match(roundTrip('front-matter-chapter', text), /^chapter: false$/m);
      assert.match(roundTrip('front-matter-pre', text), /^pre: " <b> 4.2. <\/b> "$/m);
      assert.equal(of('front-matter-pre', REPORT(['x'], ['title: A', 'pre: "<b> 4.2. </b>"']))[0].severity, 'info');
      assert.deepEqual(of('front-matter-title', REPORT(['x'])), []);
    });

    it('event-numbering takes the folder into account', () => {
      const text = REPORT(['x'], ['title: "Event 3"', 'weight: 3', 'pre: " <b> 4.3. </b> "']);
      assert.deepEqual(of('event-numbering', text, { path: '/site/content/4-EventParticipated/4.3-Event3/_index.md' }), []);
      const wrongPre = REPORT(['x'], ['title: "Event 3"', 'weight: 3', 'pre: " <b> 4.2. </b> "']);
      const path = '/site/content/4-EventParticipated/4.3-Event3/_index.md';
      assert.deepEqual(lines1(of('event-numbering', wrongPre, { path })), [4]);
      assert.match(fixReport(wrongPre, { path, rules: ['event-numbering'] }), /pre: " <b> 4\.3\. <\/b> "/);
      const moved = of('event-numbering', text, { path: '/site/content/5-Events/5.2-Event2/_index.md' });
      assert.deepEqual(moved.map((f) => [f.range.start.line + 1, Boolean(f.fix)]), [[1, false], [4, true]]);
      assert.match(moved[0].message, /the folder 5\.2-Event2 says event 2/);
      assert.match(fixReport(text, { path: '/site/content/5-Events/5.2-Event2/_index.md', rules: ['event-numbering'] }), /pre: " <b> 5\.3\. <\/b> "/);
    });
  });

  describe('speakers', () => {
    it('speaker-form rewrites only the odd separator or bold', () => {
      const seedFix = roundTrip('speaker-form', seed);
      assert.ok(seedFix.includes('- **Dinh Le Hoang Anh** – Cloud Engineer Trainee, First Cloud AI Journey'));
      const text = REPORT(['### Speakers', '- **A Nguyen** – Role', '- **B Tran** – Role', '- C Le – Role', '- **D Pham** – Role']);
      assert.ok(roundTrip('speaker-form', text).includes('- **C Le** – Role'));
    });

    it('speaker-name and duplicate-speaker', () => {
      const text = REPORT(['### Speakers', '- **Truong Quang Tinh** – AWS Community Builder', '- – Solutions Architect, AWS', '- **Anh Trương Quang Tinh** – again', '- **Bao Huynh** – Builder']);
      assert.deepEqual(lines1(of('speaker-name', text)), [13]);
      assert.deepEqual(lines1(of('duplicate-speaker', text)), [14]);
      const fixed = roundTrip('duplicate-speaker', text);
      assert.ok(!fixed.includes('again') && fixed.includes('Bao Huynh'));
    });
  });

  describe('images', () => {
    const files = (existing: string[]) => ({ exists: (p: string) => existing.includes(p) });
    it('image-path looks under static/ of the site root', () => {
      const text = REPORT(['![Group photo](/images/4-Event/a.jpg)', '', '![Stage](/images/4-Event/missing.jpg)', '', '![Beside](img/b.png)', '', '![Remote](https://example.org/x.png)']);
      const path = '/site/content/4-EventParticipated/4.2-Event2/_index.md';
      const found = of('image-path', text, { path, files: files(['/site/hugo.toml', '/site/static/images/4-Event/a.jpg']) });
      assert.deepEqual(found.map((f) => f.message), [
        "The image /images/4-Event/missing.jpg is not in the site's static/ folder (no /site/static/images/4-Event/missing.jpg).",
        'The image img/b.png does not exist (no /site/content/4-EventParticipated/4.2-Event2/img/b.png).',
      ]);
      assert.deepEqual(of('image-path', text, { path }), [], 'unknown files raise nothing');
    });

    it('image-alt flags empty and placeholder alt text', () => {
      const text = REPORT(['![](/a.png)', '', '![Enter image alt description](/b.png)', '', '![Speakers on stage](/c.png)']);
      assert.deepEqual(lines1(of('image-alt', text)), [11, 13]);
    });
  });

  describe('twin-mismatch', () => {
    it('compares speakers, sections, images and numbering with the twin', () => {
      const en = REPORT(['### Speakers', '- **A B** – C', '- **D E** – F', '', '### Key Takeaways', 'x']);
      const vi = REPORT(['### Diễn giả', '- **A B** – C', '', '![Ảnh](/a.png)'], ['title: "Sự kiện 2"', 'weight: 3', 'pre: " <b> 4.2. </b> "']);
      const found = of('twin-mismatch', en, { path: '/s/_index.md', twin: { path: '/s/_index.vi.md', text: vi } });
      assert.deepEqual(found.map((f) => f.message), [
        '_index.vi.md lists 1 speakers; this report lists 2.',
        '_index.vi.md has no takeaways section(s).',
        '_index.vi.md has 1 images; this report has 0.',
        '_index.vi.md is numbered pre 4.2, weight 3; this report pre 4.2, weight 2.',
      ]);
      assert.deepEqual(of('twin-mismatch', en, { path: '/s/_index.md', twin: { path: '/s/_index.vi.md', text: en } }), []);
    });
  });
});
