import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  altText, applyEdits, defaultPhotoHeading, eventFolders, imagePathCompletions, imagePathQueries, imageSourceEdit, lintReport,
  parseReport, photoConventions, photoFolder, photoInsertion, planPhotos, reportLanguage, safeFileName, sitePhotoHeading, splitLines,
  type PhotoConventions, type SiteReportImages,
} from '../../src/core/index';
import { fixture, hasSharedCorpus, SHARED_CORPUS } from './helpers';

const SITE = '/site';
const EVENT = `${SITE}/content/4-EventParticipated/4.2-Event2/_index.md`;
const DEFAULT: PhotoConventions = { destination: 'images/${sectionFolder}/${eventFolder}/${fileName}' };

/** A corpus report with its image sources, placed in the fixture site at `folder`. */
function siteReport(file: string, folder: string): SiteReportImages {
  const path = `${SITE}/content/4-EventParticipated/${folder}/_index.md`;
  return { path, images: parseReport(fixture('corpus', file), { path }).images.map((i) => i.src) };
}

const JUNG_KWAN = siteReport('36JungKwan__InternshipReport__content__4-EventParticipated__4.4-Event4___index.md', '4.4-Event4');
const QUANG_TIN = siteReport('quangtin137__fcaj-internship-report__content__4-EventParticipated__4.1-Event1___index.md', '4.1-Event1');
const SHARON = siteReport('SharonNg1029__fcj-fall2025-internship-report__content__4-EventParticipated__4.1-Event1___index.vi.md', '4.1-Event1');
const NO_PHOTOS = fixture('corpus', 'AkiHayakwa__AWS-Intership-FCJ-__content__4-EventParticipated__4.3-Event3___index.md');

describe('photos: names', () => {
  it('makes file names safe in a URL, keeping the extension in lower case', () => {
    assert.equal(safeFileName('Check-in Day.PNG'), 'Check-in-Day.png');
    assert.equal(safeFileName('Hội thảo AWS đẹp (1).JPG'), 'Hoi-thao-AWS-dep-1.jpg');
    assert.equal(safeFileName('ảnh.jpeg'), 'anh.jpeg');
    assert.equal(safeFileName('???.webp'), 'photo.webp');
    assert.equal(safeFileName('a&b#c%d.png'), 'a-b-c-d.png');
  });

  it('takes alt text from the file name as written', () => {
    assert.equal(altText('Check-in Day.png'), 'Check-in Day');
    assert.equal(altText('IMG_2041.jpg'), 'IMG 2041');
    assert.equal(altText('Ảnh nhóm.jpg'), 'Ảnh nhóm');
    // A name cannot end the alt text early or escape its bracket.
    assert.equal(altText('a](javascript:x) b\\.png'), 'a(javascript:x) b');
    const [plan] = planPhotos([{ name: 'x]\n(y).png' }], { reportPath: EVENT, siteRoot: SITE, conventions: DEFAULT, taken: [] });
    assert.deepEqual(parseReport(plan!.markdown).images.map((i) => [i.alt, i.src]), [['x (y)', '/images/4-EventParticipated/4.2-Event2/x-y.png']]);
  });

  it('reads the section and event folders of bundles and single pages', () => {
    assert.deepEqual(eventFolders(EVENT), { sectionFolder: '4-EventParticipated', eventFolder: '4.2-Event2' });
    assert.deepEqual(eventFolders(`${SITE}/content/4-EventParticipated/4.2-Event2/_index.vi.md`), { sectionFolder: '4-EventParticipated', eventFolder: '4.2-Event2' });
    assert.deepEqual(eventFolders(`${SITE}/content/events/01-reinvent.en.md`), { sectionFolder: 'events', eventFolder: '01-reinvent' });
  });
});

describe('photos: the site conventions', () => {
  it('uses the default destination and no base path on a site with a root baseURL and no photos yet', () => {
    assert.deepEqual(photoConventions({ siteRoot: SITE, reports: [] }), DEFAULT);
  });

  it("carries the config's base path", () => {
    assert.deepEqual(photoConventions({ siteRoot: SITE, configBasePath: '/fcaj-internship-report/', reports: [] }), { ...DEFAULT, basePath: '/fcaj-internship-report/' });
  });

  it("finds the base path in the other reports' links when the config names none", () => {
    const found = photoConventions({ siteRoot: SITE, reports: [QUANG_TIN], exists: () => false });
    assert.deepEqual(found, { ...DEFAULT, basePath: '/fcaj-internship-report/' });
    // A folder of static/ the links start with is not a base path.
    const folder = photoConventions({ siteRoot: SITE, reports: [QUANG_TIN], exists: (p) => p === `${SITE}/static/fcaj-internship-report` });
    assert.equal(folder.basePath, undefined);
  });

  it("follows a site whose reports keep their photos elsewhere, unless the setting says otherwise", () => {
    assert.equal(photoConventions({ siteRoot: SITE, reports: [JUNG_KWAN] }).destination, 'images/4-Event/${fileName}');
    assert.equal(photoConventions({ siteRoot: SITE, reports: [SHARON] }).destination, 'images/${sectionFolder}/${fileName}');
    assert.equal(photoConventions({ siteRoot: SITE, reports: [JUNG_KWAN], setting: 'photos/${eventFolder}/${fileName}' }).destination, 'photos/${eventFolder}/${fileName}');
    // Without a majority the default stands.
    assert.equal(photoConventions({ siteRoot: SITE, reports: [JUNG_KWAN, SHARON] }).destination, DEFAULT.destination);
  });
});

describe('photos: where a photo goes and how it is linked', () => {
  const input = { reportPath: EVENT, siteRoot: SITE, conventions: DEFAULT, taken: [] };

  it('copies into static/images/<section>/<event>/ and links from the site root', () => {
    const [plan] = planPhotos([{ name: 'Check-in Day.png', path: '/home/me/Pictures/Check-in Day.png' }], input);
    assert.equal(plan!.copyTo, `${SITE}/static/images/4-EventParticipated/4.2-Event2/Check-in-Day.png`);
    assert.equal(plan!.link, '/images/4-EventParticipated/4.2-Event2/Check-in-Day.png');
    assert.equal(plan!.markdown, '![Check-in Day](/images/4-EventParticipated/4.2-Event2/Check-in-Day.png)');
    assert.equal(photoFolder(EVENT, SITE, DEFAULT), `${SITE}/static/images/4-EventParticipated/4.2-Event2`);
  });

  it('never writes over a file: a clash with the folder or within the batch is numbered', () => {
    const plans = planPhotos([{ name: 'checkin.jpg' }, { name: 'Checkin.JPG' }, { name: 'other.png' }], { ...input, taken: ['CHECKIN.jpg'] });
    assert.deepEqual(plans.map((p) => p.link.split('/').pop()), ['checkin-2.jpg', 'Checkin-3.jpg', 'other.png']);
  });

  it('links a file already under static/ or in the page folder where it is', () => {
    const [inStatic, inPage] = planPhotos([
      { name: 'a b.jpg', path: `${SITE}/static/images/shared/a b.jpg` },
      { name: 'banner.png', path: `${SITE}/content/4-EventParticipated/4.2-Event2/img/banner.png` },
    ], { ...input, conventions: { ...DEFAULT, basePath: '/repo/' } });
    assert.equal(inStatic!.copyTo, undefined);
    assert.equal(inStatic!.link, '/repo/images/shared/a%20b.jpg');
    assert.equal(inPage!.copyTo, undefined);
    assert.equal(inPage!.link, 'img/banner.png');
  });

  it('writes the base path and the site convention it follows; Vietnamese names lose their marks', () => {
    const [plan] = planPhotos([{ name: 'Ảnh nhóm.jpg' }], { ...input, conventions: { destination: 'images/4-Event/${fileName}', basePath: '/fcaj-internship-report/' } });
    assert.equal(plan!.copyTo, `${SITE}/static/images/4-Event/Anh-nhom.jpg`);
    assert.equal(plan!.link, '/fcaj-internship-report/images/4-Event/Anh-nhom.jpg');
    assert.equal(plan!.alt, 'Ảnh nhóm');
  });

  it('puts a photo beside a report that is in no Hugo site, linked relatively', () => {
    const [plan] = planPhotos([{ name: 'x y.png' }], { reportPath: '/notes/talk.md', siteRoot: undefined, conventions: DEFAULT, taken: [] });
    assert.equal(plan!.copyTo, '/notes/x-y.png');
    assert.equal(plan!.link, 'x-y.png');
  });

  for (const [name, conventions, configBasePath] of [
    ['a root baseURL', DEFAULT, undefined],
    ["the config's base path", { ...DEFAULT, basePath: '/fcaj-internship-report/' }, '/fcaj-internship-report/'],
    ["a base path found in the site's links", { ...DEFAULT, basePath: '/fcaj-internship-report/' }, undefined],
    ['a flat site folder', { destination: 'images/4-Event/${fileName}' }, undefined],
  ] as const) {
    it(`the image-path rule accepts exactly the links it writes (${name})`, () => {
      const plans = planPhotos([{ name: 'Check-in Day.png' }, { name: 'Ảnh 2.JPG' }], { ...input, conventions });
      const written = new Set(plans.map((p) => p.copyTo!));
      const text = `${NO_PHOTOS}\n${plans.map((p) => p.markdown).join('\n\n')}\n`;
      const exists = (p: string) => written.has(p) || p === `${SITE}/hugo.toml`;
      const findings = lintReport(text, { path: EVENT, files: { exists }, basePath: configBasePath }).filter((f) => f.rule === 'image-path');
      assert.deepEqual(findings, []);
      // The same links with the file gone are reported.
      const gone = lintReport(text, { path: EVENT, files: { exists: (p) => p === `${SITE}/hugo.toml` }, basePath: configBasePath }).filter((f) => f.rule === 'image-path');
      assert.equal(gone.length, 2);
    });
  }
});

describe('photos: Insert Photos places its lines', () => {
  const photos = ['![Check-in](/images/a/b/checkin.jpg)', '![Stage](/images/a/b/stage.jpg)'];

  it('creates a photos section at the end of a report without one, with the heading the site uses', () => {
    const report = parseReport(NO_PHOTOS, { path: EVENT });
    const lines = splitLines(NO_PHOTOS);
    const site = [parseReport(fixture('corpus', '36JungKwan__InternshipReport__content__4-EventParticipated__4.4-Event4___index.md'), { path: 'x.md' })];
    const heading = sitePhotoHeading(site, 'en')!;
    assert.deepEqual(heading, { text: 'Event Photos', level: 3 });
    const after = applyEdits(NO_PHOTOS, [photoInsertion(report, lines, undefined, photos, heading)]);
    assert.ok(after.startsWith(NO_PHOTOS.trimEnd()), 'what the author wrote stays as it was');
    assert.ok(after.endsWith('operational risks.\n\n### Event Photos\n\n![Check-in](/images/a/b/checkin.jpg)\n\n![Stage](/images/a/b/stage.jpg)\n\n\n'), after.slice(-200));
    const reread = parseReport(after, { path: EVENT });
    assert.equal(reread.sections.at(-1)!.kind, 'photos');
    assert.equal(reread.images.length, 2);
  });

  it("falls back to the template's wording at the level of the report's sections", () => {
    const report = parseReport(NO_PHOTOS, { path: EVENT });
    assert.deepEqual(defaultPhotoHeading(report, 'en'), { text: 'Some event photos', level: 3 });
    assert.deepEqual(defaultPhotoHeading(parseReport('# T\n\n## Speakers\n\n- **A** – B\n'), 'vi'), { text: 'Một số hình ảnh khi tham gia sự kiện', level: 2 });
  });

  it("adds to the end of the report's photos section, before what follows it", () => {
    const text = '# Report\n\n## Event Photos\n\n![One](/images/one.jpg)\n\n## Key Takeaways\n\n- Learn\n';
    const report = parseReport(text, { path: EVENT });
    const after = applyEdits(text, [photoInsertion(report, splitLines(text), { line: 0, character: 0 }, photos.slice(0, 1), { text: 'x', level: 2 })]);
    assert.equal(after, '# Report\n\n## Event Photos\n\n![One](/images/one.jpg)\n\n![Check-in](/images/a/b/checkin.jpg)\n\n## Key Takeaways\n\n- Learn\n');
  });

  it('inserts at the cursor when it is inside the photos section', () => {
    const text = '# Report\n\n## Photos\n\n![One](/images/one.jpg)\n\n![Two](/images/two.jpg)\n';
    const report = parseReport(text, { path: EVENT });
    const after = applyEdits(text, [photoInsertion(report, splitLines(text), { line: 5, character: 0 }, photos.slice(0, 1), { text: 'x', level: 2 })]);
    assert.equal(after, '# Report\n\n## Photos\n\n![One](/images/one.jpg)\n\n![Check-in](/images/a/b/checkin.jpg)\n\n![Two](/images/two.jpg)\n');
  });

  it('writes a section into an empty file', () => {
    const after = applyEdits('', [photoInsertion(parseReport(''), [''], undefined, photos.slice(0, 1), { text: 'Photos', level: 2 })]);
    assert.equal(after, '## Photos\n\n![Check-in](/images/a/b/checkin.jpg)\n');
  });
});

describe('photos: image path completion', () => {
  const site = { reportPath: EVENT, siteRoot: SITE, basePath: undefined };
  const cursor = (before: string) => ({ line: 3, character: before.length });

  it('lists static/ and the page folder while nothing is typed', () => {
    const before = '![Stage](';
    const queries = imagePathQueries(before, 3, site);
    assert.deepEqual(queries.map((q) => [q.folder, q.prefix]), [[`${SITE}/content/4-EventParticipated/4.2-Event2`, ''], [`${SITE}/static`, '/']]);
    const plans = imagePathCompletions([
      { query: queries[0]!, entries: [{ name: '_index.md', folder: false }, { name: 'banner.PNG', folder: false }] },
      { query: queries[1]!, entries: [{ name: 'images', folder: true }, { name: '.DS_Store', folder: false }, { name: 'robots.txt', folder: false }] },
    ], cursor(before));
    assert.deepEqual(plans.map((p) => [p.label, p.insertText, p.kind, p.retrigger]), [['banner.PNG', 'banner.PNG', 'file', false], ['images/', '/images/', 'folder', true]]);
    assert.deepEqual(plans[0]!.range, { start: { line: 3, character: 9 }, end: { line: 3, character: 9 } });
  });

  it('after /images/4-EventParticipated/ lists that folder', () => {
    const before = '![Stage](/images/4-EventParticipated/4.';
    const [query] = imagePathQueries(before, 3, site);
    assert.equal(query!.folder, `${SITE}/static/images/4-EventParticipated`);
    const plans = imagePathCompletions([{ query: query!, entries: [{ name: '4.2-Event2', folder: true }, { name: 'group photo.jpg', folder: false }] }], cursor(before));
    assert.deepEqual(plans.map((p) => p.insertText), ['/images/4-EventParticipated/4.2-Event2/', '/images/4-EventParticipated/group%20photo.jpg']);
    assert.equal(plans[0]!.range.start.character, 9);
  });

  it("writes the site's base path, and completes inside a figure shortcode", () => {
    const based = { ...site, basePath: '/repo/' };
    const [root] = imagePathQueries('{{< figure src="/', 0, based);
    assert.deepEqual([root!.folder, root!.prefix], [`${SITE}/static`, '/repo/']);
    const [typedWithout] = imagePathQueries('![x](/images/', 0, based);
    assert.deepEqual([typedWithout!.folder, typedWithout!.prefix], [`${SITE}/static/images`, '/repo/images/']);
    const plans = imagePathCompletions([{ query: typedWithout!, entries: [{ name: 'a.jpg', folder: false }] }], { line: 0, character: 13 });
    assert.equal(plans[0]!.insertText, '/repo/images/a.jpg');
    assert.equal(plans[0]!.filterText, '/images/a.jpg');
  });

  it('stays out of remote links and plain text', () => {
    assert.deepEqual(imagePathQueries('![x](https://', 0, site), []);
    assert.deepEqual(imagePathQueries('See (/images/', 0, site), []);
    assert.deepEqual(imagePathQueries('[link](/images/', 0, site), []);
  });
});

describe('photos: the quick fix on a missing image', () => {
  it('replaces only the source of the image', () => {
    const text = 'Intro\n\n![Group photo](/images/group.jpg "At the end")\n';
    const report = parseReport(text);
    const edit = imageSourceEdit(splitLines(text), report.images[0]!, '/images/4-Event/group.jpg')!;
    assert.equal(applyEdits(text, [edit]), 'Intro\n\n![Group photo](/images/4-Event/group.jpg "At the end")\n');
  });
});

(hasSharedCorpus ? describe : describe.skip)('photos on every site of ../shared/corpus', () => {
  /** The corpus's reports by repository, each at its path in a site of its own. */
  function sites(): Map<string, { path: string; text: string }[]> {
    const bySite = new Map<string, { path: string; text: string }[]>();
    for (const file of readdirSync(SHARED_CORPUS).filter((f) => f.endsWith('.md'))) {
      const [owner, repo, ...rest] = file.split('__');
      const inRepo = rest.join('__').replace(/__/g, '/');
      const site = `/sites/${owner}/${repo}`;
      const list = bySite.get(site) ?? [];
      list.push({ path: `${site}/${inRepo.startsWith('content/') ? inRepo : `content/${inRepo}`}`, text: readFileSync(join(SHARED_CORPUS, file), 'utf8') });
      bySite.set(site, list);
    }
    return bySite;
  }

  it('links each report\'s new photo where the rule finds it, in a photos section, keeping every line the author wrote', function () {
    this.timeout(60_000);
    let checked = 0;
    const followed = new Map<string, PhotoConventions>();
    for (const [site, reports] of sites()) {
      const parsed = reports.map((r) => ({ ...r, report: parseReport(r.text, { path: r.path }) }));
      for (const { path, text, report } of parsed) {
        const others = parsed.filter((o) => o.path !== path);
        const conventions = photoConventions({ siteRoot: site, reports: others.map((o) => ({ path: o.path, images: o.report.images.map((i) => i.src) })), exists: () => false });
        followed.set(site, conventions);
        const [plan] = planPhotos([{ name: 'Ảnh check-in.JPG' }], { reportPath: path, siteRoot: site, conventions, taken: [] });
        const language = reportLanguage(report);
        const heading = sitePhotoHeading(others.map((o) => o.report), language) ?? defaultPhotoHeading(report, language);
        const edit = photoInsertion(report, splitLines(text), undefined, [plan!.markdown], heading);
        assert.deepEqual(edit.range.start, edit.range.end, `${path}: only adds`);
        const after = applyEdits(text, [edit]);
        const reread = parseReport(after, { path });
        const image = reread.images.find((i) => i.src === plan!.link);
        assert.ok(image, `${path}: the photo is read back`);
        const section = reread.sections.filter((s) => s.range.start.line < image.range.start.line).at(-1)!;
        let photos = false;
        for (let s: typeof section | undefined = section; s; s = s.parent >= 0 ? reread.sections[s.parent] : undefined) photos ||= s.kind === 'photos';
        assert.ok(photos, `${path}: in a photos section (under "${section.heading.text}")`);
        const files = { exists: (p: string) => p === plan!.copyTo || p === `${site}/hugo.toml` };
        const findings = lintReport(after, { path, files }).filter((f) => f.rule === 'image-path' && f.range.start.line === image.range.start.line);
        assert.deepEqual(findings, [], `${path}: ${plan!.link}`);
        checked++;
      }
    }
    assert.ok(checked >= 170, `checked ${checked}`);
    assert.equal(followed.get('/sites/36JungKwan/InternshipReport')!.destination, 'images/4-Event/${fileName}');
    assert.equal(followed.get('/sites/quangtin137/fcaj-internship-report')!.basePath, '/fcaj-internship-report/');
  });
});
