import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReport } from '../../src/core/library';
import { fixture, FIXTURES, hasSharedCorpus, joinLines, SHARED_CORPUS } from './helpers';

describe('renderReport', () => {
  const seed = fixture('seed-report.md');
  const html = renderReport(seed);

  it('starts with a header from the front matter', () => {
    assert.match(html, /^<header class="report-header" data-line="0"><span class="report-pre">4\.4\.<\/span><span class="report-title">Event 4<\/span><time datetime="2025-11-17">17 November 2025<\/time><\/header>/);
  });

  it('lays out the speakers as a list of people, whatever form they were written in', () => {
    const list = /<ul class="speakers"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    assert.equal((list.match(/<li/g) ?? []).length, 8);
    assert.match(list, /<strong class="speaker-name">Dinh Le Hoang Anh<\/strong><span class="speaker-about">Cloud Engineer Trainee, First Cloud AI Journey<\/span>/);
    const table = renderReport(readFileSync(join(FIXTURES, '../../examples/hugo-site/content/4-EventParticipated/4.2-Event2/_index.md'), 'utf8'));
    // A table's header is the author's words too: a speaker table stays a table.
    assert.match(table, /<th>Speaker<\/th>/);
    assert.match(table, /<td>(?:<strong>)?Pham Quoc Bao(?:<\/strong>)?<\/td>/);
    assert.doesNotMatch(table, /class="speakers"/);
  });

  it('keeps tables and gives block elements their source line', () => {
    assert.match(html, /<table data-line="41">/);
    assert.match(html, /<h3 data-line="10">Event Objectives<\/h3>/);
  });

  it('turns notices into callouts and other shortcodes into placeholders', () => {
    const out = renderReport(joinLines('# T', '', '{{% notice tip %}}', 'Bring a charger.', '{{% /notice %}}', '', '{{% notice warning %}}', '', 'First.', '', 'Second.', '', '{{% /notice %}}', '', 'See {{< figure src="/images/a.jpg" >}} here.'));
    assert.match(out, /<div class="notice notice-tip" data-line="2">\s*<p data-line="2">Bring a charger.<\/p>\s*<\/div>/);
    assert.match(out, /<div class="notice notice-warning" data-line="6">\s*<p data-line="8">First.<\/p>\s*<p data-line="10">Second.<\/p>\s*<\/div>/);
    assert.match(out, /See <span class="shortcode" title="\{\{< figure src=&#x22;\/images\/a.jpg&#x22; >}}">figure<\/span> here./);
    assert.doesNotMatch(out, /\{\{%/);
  });

  it('passes image sources through the resolver and names missing images', () => {
    const out = renderReport(joinLines('# T', '', '![Found](/images/a.jpg)', '', '![Gone](/images/b.jpg)'), {
      resolveImage: (src) => (src === '/images/a.jpg' ? 'https://file.example/static/images/a.jpg' : null),
    });
    assert.match(out, /<img src="https:\/\/file.example\/static\/images\/a.jpg" alt="Found" data-line="2">/);
    assert.match(out, /<span class="missing-image"[^>]*>Missing image: \/images\/b.jpg<\/span>/);
  });

  it('neutralises hostile HTML in the body and in front-matter values, and keeps the content', () => {
    const hostile = joinLines(
      '---', 'title: "<script>alert(1)</script>Event 9"', 'pre: " <b onmouseover=alert(1)> 4.9. </b> "', '---', '',
      '# Report', '', '<script>alert(1)</script>', '', '<img src=x onerror="alert(1)">', '', '[click](javascript:alert(1))', '',
      '<a href="data:text/html;base64,PHNjcmlwdD4=">data</a>', '', '<iframe src="https://evil.example"></iframe>', '',
      '<object data="x.swf"></object>', '', '<form action="https://evil.example"><input name=a></form>', '',
      '<meta http-equiv="refresh" content="0;url=https://evil.example">', '', '<base href="https://evil.example/">', '',
      '<link rel="stylesheet" href="https://evil.example/x.css">', '', '<div style="background:url(https://evil.example)" onclick="x()">Kept text</div>', '',
      '<center><b>Bold kept</b><br></center>',
    );
    const out = renderReport(hostile);
    for (const bad of [/<script/i, /onerror/i, /onmouseover/i, /onclick/i, /javascript:/i, /data:text\/html/i, /<iframe/i, /<object/i, /<form/i, /<input/i, /<meta/i, /<base/i, /<link/i, /style=/i]) {
      assert.doesNotMatch(out, bad, String(bad));
    }
    assert.match(out, /Kept text/);
    assert.match(out, /<center data-line="\d+"><b>Bold kept<\/b><br><\/center>/);
    assert.match(out, /&#60;script&#62;alert\(1\)&#60;\/script&#62;Event 9/, 'the front-matter title is shown as text');
  });

  it('links bare addresses as Hugo does, and keeps tables, strikethrough, task lists and footnotes', () => {
    const out = renderReport(joinLines('# T', '', 'See https://example.org/x and www.example.com, or mail a@example.org.', '', '~~old~~', '', '- [x] done', '', 'Note[^1].', '', '[^1]: The note.', '', '| A | B |', '| --- | --- |', '| 1 | 2 |'));
    assert.match(out, /<a href="https:\/\/example\.org\/x">https:\/\/example\.org\/x<\/a>/);
    assert.match(out, /<a href="http:\/\/www\.example\.com">www\.example\.com<\/a>/);
    assert.match(out, /<a href="mailto:a@example\.org">a@example\.org<\/a>/);
    assert.match(out, /<del>old<\/del>/);
    assert.match(out, /<input[^>]*checked|\[x\]|done/);
    assert.match(out, /The note\./);
    assert.match(out, /<td>1<\/td>/);
  });

  it('keeps the clobber prefix and lets no author HTML borrow a class', () => {
    const out = renderReport(joinLines('# T', '', '<img name="getElementById" id="root" src="/a.png" class="speakers">', '', '<div class="notice">x</div>'));
    assert.match(out, /name="user-content-getElementById"/);
    assert.match(out, /id="user-content-root"/);
    assert.doesNotMatch(out, /<img[^>]*class=/);
    assert.doesNotMatch(out, /<div[^>]*class="notice"/);
  });

  it('shows a Speakers table and anonymous entries as written, and cards only for fully read lists', () => {
    const out = renderReport(joinLines(
      '# T', '', '### Speakers', '', 'Danh sách diễn giả:', '',
      '| Session | Speaker | Title | Organization |', '| --- | --- | --- | --- |', '| Opening | Nguyen Van A | CTO | Acme |', '',
      '- **Tran Thi B** – Engineer, Beta', '- AWS Developer Advocates', '',
      '| DO | DON\'T |', '| --- | --- |', '| Test | Guess |', '',
      '- **Le Van C** – Architect, Gamma', '',
    ));
    for (const words of ['Danh sách diễn giả:', 'Session', 'Opening', 'AWS Developer Advocates', 'DON', 'Guess']) assert.ok(out.includes(words), words);
    assert.match(out, /<ul class="speakers"[^>]*>\s*<li[^>]*><strong class="speaker-name">Le Van C<\/strong>/);
    assert.equal((out.match(/class="speakers"/g) ?? []).length, 1);
  });

  (hasSharedCorpus ? it : it.skip)('shows every word of every corpus report, and the same page from chunked and whole parses', function () {
    this.timeout(240_000);
    const lost: string[] = [];
    for (const file of readdirSync(SHARED_CORPUS).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(SHARED_CORPUS, file), 'utf8');
      const out = renderReport(text);
      assert.equal(out, renderReport(text, { parse: 'whole' }), file);
      const shown = countWords(pageText(out));
      const missing = [...countWords(sourceText(text))].filter(([w, n]) => (shown.get(w) ?? 0) < n).map(([w]) => w);
      if (missing.length > 0) lost.push(`${file}: ${missing.slice(0, 8).join(', ')}`);
    }
    assert.deepEqual(lost, []);
  });

  (hasSharedCorpus ? it : it.skip)('renders every corpus report', function () {
    this.timeout(120_000);
    for (const file of readdirSync(SHARED_CORPUS).filter((f) => f.endsWith('.md'))) {
      const out = renderReport(readFileSync(join(SHARED_CORPUS, file), 'utf8'));
      assert.match(out, /<article class="report-body">/, file);
    }
  });
});

describe('standalone export', () => {
  it('inlines the stylesheet and escapes the title', async () => {
    const { standaloneHtml } = await import('../../src/core/library');
    const page = standaloneHtml('<Event 4>', 'body { color: red } </style><script>x</script>', '<p>Hi</p>');
    assert.match(page, /<title>&#60;Event 4&#62;<\/title>/);
    assert.doesNotMatch(page, /<\/style><script>/);
    assert.match(page, /<p>Hi<\/p>/);
  });
});

/** The words of a report's body as a reader sees them: no front matter, link targets, tags, comments or shortcode tags. */
function sourceText(text: string): string {
  return text
    .replace(/^[ \t>]*(?:`{3,}|~{3,})[ \t]*[\w+#-]*/gm, '')
    .replace(/^\uFEFF?(?:---|\+\+\+)\s*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)\s*(?:\r?\n|$)/, '')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\{[<%][\s\S]*?[%>]\}\}/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/^\s*\[[^\]]+\]:.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    // Markup that is not words: ordered-list numbers (the page numbers them) and code fences' language.
    .replace(/^(\s*(?:>\s*)*)\d{1,9}[.)](?=\s|$)/gm, '$1');
}

/** The text and image alt text of a rendered page. */
function pageText(html: string): string {
  const alts = [...html.matchAll(/\balt="([^"]*)"/g)].map((m) => m[1]);
  const body = html.replace(/<[^>]+>/g, ' ');
  return [body, ...alts].join(' ').replace(/&#(x?)([0-9a-f]+);/gi, (_, x, n) => String.fromCodePoint(parseInt(n, x ? 16 : 10))).replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
}

function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}
