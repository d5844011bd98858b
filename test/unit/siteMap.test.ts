import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lintReport, pageHead, parseReport, siteMap, siteProblems, siteWording, twinText, type SitePage } from '../../src/core/index';
import { fixture, ROOT } from './helpers';

const EN_41 = fixture('corpus', '37nhuquynh9at2-sketch__aws_report__content__4-EventParticipated__4.1-Event1___index.md');
const VI_41 = fixture('corpus', '37nhuquynh9at2-sketch__aws_report__content__4-EventParticipated__4.1-Event1___index.vi.md');
const SEED = fixture('seed-report.md');
const VI_42 = fixture('corpus', 'QuocAn-star__cloud-ai-journey-quocan__content__4-EventParticipated__4.2-Event2___index.vi.md');

/** A report with some front-matter values replaced. */
function numbered(text: string, values: Record<string, string>): string {
  return text.replace(/^(title|weight|pre|date): .*$/gm, (line, key: string) => (key in values ? `${key}: ${values[key]}` : line));
}

const ROOT_DIR = '/site';
const CHAPTER = '---\ntitle: "Events Participated"\nweight: 4\nchapter: true\npre: " <b> 4. </b> "\n---\n\n# Events\n';
const ABOUT = '---\ntitle: "About me"\n---\n\n# About\n\nA student of software engineering.\n';

/** A site of files (paths in the site) -> the pages siteMap reads, linted with their twins as the CLI lints them. */
function pagesOf(files: Record<string, string>): SitePage[] {
  return Object.entries(files).map(([file, text]) => {
    const path = `${ROOT_DIR}/${file}`;
    const twinFile = file.endsWith('.vi.md') ? file.replace(/\.vi\.md$/, '.md') : file.replace(/\.md$/, '.vi.md');
    const twin = files[twinFile] !== undefined ? { path: `${ROOT_DIR}/${twinFile}`, text: files[twinFile] } : undefined;
    return { path, report: parseReport(text, { path }), findings: lintReport(text, { path, twin }) };
  });
}

/** A clean site: two events in English and Vietnamese, the section's chapter page, and a page that is no event. */
function cleanSite(): Record<string, string> {
  const en42 = numbered(SEED, { title: '"Event 2"', weight: '2', pre: '" <b> 4.2. </b> "' });
  return {
    'content/_index.md': '---\ntitle: "Internship Report"\n---\n\n# Home\n',
    'content/about.md': ABOUT,
    'content/4-EventParticipated/_index.md': CHAPTER,
    'content/4-EventParticipated/4.1-Event1/_index.md': EN_41,
    'content/4-EventParticipated/4.1-Event1/_index.vi.md': VI_41,
    'content/4-EventParticipated/4.2-Event2/_index.md': en42,
    'content/4-EventParticipated/4.2-Event2/_index.vi.md': twinText(parseReport(en42), en42, 'vi'),
  };
}

const rulesOf = (files: Record<string, string>) => {
  const site = siteMap(ROOT_DIR, undefined, pagesOf(files));
  return siteProblems(site).filter((p) => p.rule !== 'twin-mismatch').map((p) => [p.rule, p.file]);
};

describe('the site map', () => {
  it('lists each event once, in number order, with its pages; no chapter page, no other page', () => {
    const site = siteMap(ROOT_DIR, undefined, pagesOf(cleanSite()));
    assert.deepEqual(site.events.map((e) => [e.number, e.folder, e.languages]), [
      ['4.1', 'content/4-EventParticipated/4.1-Event1', ['en', 'vi']],
      ['4.2', 'content/4-EventParticipated/4.2-Event2', ['en', 'vi']],
    ]);
    const first = site.events[1].pages[0];
    assert.deepEqual([first.file, first.language, first.speakers, first.photos], ['content/4-EventParticipated/4.2-Event2/_index.md', 'en', 8, 1]);
    assert.equal(site.events[1].date, '2025-11-17');
    assert.deepEqual(rulesOf(cleanSite()), []);
  });

  it('lists the same events from the pages\' heads alone, as a first listing does', () => {
    const files = cleanSite();
    const heads = Object.entries(files).map(([file, text]) => {
      const path = `${ROOT_DIR}/${file}`;
      return { path, report: parseReport(pageHead(text), { path }), findings: [], partial: true };
    });
    const shape = (pages: SitePage[]) => siteMap(ROOT_DIR, undefined, pages).events.map((e) => [e.number, e.folder, e.title, e.date, e.languages.join()]);
    assert.deepEqual(shape(heads), shape(pagesOf(files)));
    assert.ok(siteMap(ROOT_DIR, undefined, heads).events.every((e) => e.pages.every((p) => p.partial)));
    assert.equal(pageHead(SEED).split('\n').length, 9, 'the front matter, a blank line and the title');
  });

  it('follows the site\'s defaultContentLanguage for pages without a language in their name', () => {
    const site = siteMap(ROOT_DIR, 'defaultContentLanguage = "vi"\n', pagesOf(cleanSite()));
    assert.deepEqual(site.events[0].languages, ['vi', 'vi']);
  });

  it('finds a missing twin', () => {
    const files = cleanSite();
    delete files['content/4-EventParticipated/4.2-Event2/_index.vi.md'];
    assert.deepEqual(rulesOf(files), [['missing-twin', 'content/4-EventParticipated/4.2-Event2/_index.md']]);
  });

  it('finds a weight copied from another event, and weights out of order', () => {
    const files = cleanSite();
    files['content/4-EventParticipated/4.2-Event2/_index.md'] = numbered(files['content/4-EventParticipated/4.2-Event2/_index.md'], { weight: '1' });
    assert.deepEqual(rulesOf(files), [['number-clash', 'content/4-EventParticipated/4.2-Event2/_index.md']]);
    files['content/4-EventParticipated/4.1-Event1/_index.md'] = numbered(EN_41, { weight: '5' });
    assert.deepEqual(rulesOf(files), [['weight-order', 'content/4-EventParticipated/4.2-Event2/_index.md']]);
  });

  it('finds a skipped number and a folder number used twice', () => {
    const files = cleanSite();
    const vi = files['content/4-EventParticipated/4.2-Event2/_index.vi.md'];
    const en = files['content/4-EventParticipated/4.2-Event2/_index.md'];
    delete files['content/4-EventParticipated/4.2-Event2/_index.md'];
    delete files['content/4-EventParticipated/4.2-Event2/_index.vi.md'];
    files['content/4-EventParticipated/4.4-Event4/_index.md'] = numbered(en, { weight: '4', pre: '" <b> 4.4. </b> "', title: '"Event 4"' });
    files['content/4-EventParticipated/4.4-Event4/_index.vi.md'] = numbered(vi, { weight: '4', pre: '" <b> 4.4. </b> "', title: '"Sự kiện 4"' });
    assert.deepEqual(rulesOf(files), [['number-gap', 'content/4-EventParticipated/4.4-Event4/_index.md']]);
    files['content/4-EventParticipated/4.4-Copy/_index.md'] = numbered(en, { weight: '5', pre: '" <b> 4.5. </b> "', title: '"Event 5"' });
    files['content/4-EventParticipated/4.4-Copy/_index.vi.md'] = numbered(vi, { weight: '5', pre: '" <b> 4.5. </b> "', title: '"Sự kiện 5"' });
    assert.deepEqual(rulesOf(files).filter(([rule]) => rule === 'number-clash'), [['number-clash', 'content/4-EventParticipated/4.4-Event4/_index.md'], ['number-clash', 'content/4-EventParticipated/4.4-Event4/_index.vi.md']]);
  });

  it('switches a site rule off by the configuration of its page', () => {
    const files = cleanSite();
    delete files['content/4-EventParticipated/4.2-Event2/_index.vi.md'];
    const site = siteMap(ROOT_DIR, undefined, pagesOf(files));
    assert.deepEqual(siteProblems(site, () => ({ rules: { 'missing-twin': 'off' } })).filter((p) => p.rule === 'missing-twin'), []);
    assert.deepEqual(siteProblems(site, () => ({ rules: { 'missing-twin': 'error' } })).map((p) => p.severity), ['error']);
  });
});

describe('twins', () => {
  it('writes the seed report\'s Vietnamese twin: headings kept and translated, speakers and photo as written', () => {
    const report = parseReport(SEED);
    const vi = twinText(report, SEED, 'vi');
    const twin = parseReport(vi, { path: '/s/content/4-EventParticipated/4.4-Event4/_index.vi.md' });
    assert.equal(twin.headings.length, report.headings.length);
    assert.deepEqual(twin.headings.map((h) => h.level), report.headings.map((h) => h.level));
    assert.match(vi, /^title: "Sự kiện 4"$/m);
    assert.match(vi, /^pre: " <b> 4\.4\. <\/b> "$/m);
    assert.match(vi, /^### Danh Sách Diễn Giả$/m);
    assert.match(vi, /^# Bài thu hoạch: “AWS Cloud Mastery Series #2 - DevOps on AWS”$/m);
    assert.deepEqual(twin.speakers.map((s) => s.name), report.speakers.map((s) => s.name));
    assert.deepEqual(twin.images, report.images);
    // Only heading lines and the title changed.
    const before = SEED.split('\n');
    const changed = vi.split('\n').map((l, i) => (l === before[i] ? -1 : i)).filter((i) => i >= 0);
    assert.ok(changed.every((i) => /^#|^title:/.test(before[i])), changed.map((i) => before[i]).join('\n'));
  });

  it('writes a Vietnamese report\'s English twin, preferring the site\'s wording for a kind', () => {
    const en = twinText(parseReport(VI_42), VI_42, 'en', siteWording([parseReport(SEED)]));
    assert.match(en, /^### Speakers$/m, 'the seed says "Speakers"');
    assert.match(en, /^### Key Takeaways$/m, 'the template\'s words where the site has none');
    assert.equal(parseReport(en).headings.length, parseReport(VI_42).headings.length);
    assert.match(en, /^title: "Event 2"$/m);
  });
});

describe('event-notes site', () => {
  function writeSite(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'event-notes-site-'));
    writeFileSync(join(dir, 'hugo.toml'), 'baseURL = "https://example.org/"\n');
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    return dir;
  }
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'site', ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('prints the events and the problems as JSON, exiting 0 without an error', () => {
    const files = cleanSite();
    delete files['content/4-EventParticipated/4.2-Event2/_index.vi.md'];
    const dir = writeSite(files);
    const { code, stdout } = run(dir, '--json');
    assert.equal(code, 0);
    const out = JSON.parse(stdout) as { events: { number: string; languages: string[]; pages: { file: string; speakers: number }[] }[]; problems: { file: string; line: number; rule: string }[] };
    assert.deepEqual(out.events.map((e) => [e.number, e.languages]), [['4.1', ['en', 'vi']], ['4.2', ['en']]]);
    assert.equal(out.events[1].pages[0].speakers, 8);
    const missing = out.problems.filter((p) => p.rule === 'missing-twin');
    assert.equal(missing.length, 1);
    assert.match(missing[0].file, /4\.2-Event2\/_index\.md$/);
    assert.equal(missing[0].line, 9);
  });

  it('prints a table, exits 1 where a rule is an error, and 2 without a site', () => {
    const files = cleanSite();
    files['content/4-EventParticipated/4.2-Event2/_index.md'] = numbered(files['content/4-EventParticipated/4.2-Event2/_index.md'], { weight: '1' });
    const dir = writeSite(files);
    const table = run(dir);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /No\.\s+Title\s+Date\s+Languages/);
    assert.match(table.stdout, /4\.2 .*2025-11-17\s+EN VI/);
    assert.match(table.stdout, /weight: 1 is also the weight of .*4\.1-Event1\/_index\.md.*number-clash/);
    writeFileSync(join(dir, '.event-notes.json'), JSON.stringify({ rules: { 'number-clash': 'error' } }));
    assert.equal(run(dir).code, 1);
    const empty = mkdtempSync(join(tmpdir(), 'event-notes-nosite-'));
    const none = run(empty);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no Hugo site/);
  });
});
