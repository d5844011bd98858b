import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockChunks } from '../../src/core/chunks';
import { clearParseCache, parseChunks, parseMarkdown, parseMarkdownWhole } from '../../src/core/markdown';
import { parseReport, warmReport } from '../../src/core/parse';
import { fixture, hasSharedCorpus, joinLines, SHARED_CORPUS } from './helpers';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} with some words to fill the chunk.`).join('\n\n');

describe('chunked Markdown parsing', () => {
  it('cuts before top-level headings only', () => {
    const text = joinLines('# A', filler(30), '```md', '# not a heading', '```', filler(30), '## B', filler(60), '<div>', '# inside html', '</div>', '', '### C', 'end');
    const chunks = blockChunks(text);
    const firstLines = chunks.map((c) => text.slice(c.offset).split('\n')[0]);
    assert.deepEqual(firstLines, ['# A', '## B', '### C']);
  });

  it('never cuts inside the front matter', () => {
    const text = joinLines('---', 'title: A', ...Array.from({ length: 80 }, (_, i) => `# comment ${i} that YAML ignores`), '---', '', '# A', filler(60));
    const chunks = blockChunks(text, text.indexOf('\n---\n') + 5);
    assert.equal(chunks[0].offset, 0);
    assert.ok(chunks.every((c) => c.offset === 0 || c.offset > text.indexOf('\n---\n')), 'a cut inside the front matter');
  });

  it('keeps text with reference definitions whole', () => {
    const text = joinLines('# A', filler(40), '## B', 'see [x]', '', '[x]: https://example.org');
    assert.equal(blockChunks(text).length, 1);
  });

  it('gives the same tree as one parse, on the seed and a long report', () => {
    const seed = fixture('seed-report.md');
    const long = seed + '\n' + seed.slice(seed.indexOf('# Summary')).repeat(20);
    for (const text of [seed, long, long.replace(/\n/g, '\r\n')]) {
      assert.deepEqual(parseMarkdown(text), parseMarkdownWhole(text));
    }
  });

  it('parses a chunk without some GFM construct\'s characters to the tree the full syntax gives', () => {
    // Each chunk holds one construct (or none): a chunk is parsed without the constructs it has no characters for.
    const text = joinLines('# Table', filler(45), '| a | b |', '| - | - |', '| 1 | 2 |', '', '# Strike', filler(45), '~~gone~~ and ~one~',
      '# Footnote', filler(45), 'A claim.[^1]', '', '# Tasks', filler(45), '- [ ] to do', '- [x] done', '# Plain', filler(45), 'Text | with a bar ~ and a tilde [^ not a note', '', '[^1]: The note.');
    assert.ok(blockChunks(text).length === 1, 'a footnote definition keeps the text whole');
    const apart = text.replace('\n[^1]: The note.', '');
    assert.ok(blockChunks(apart).length >= 5);
    for (const t of [text, apart]) assert.deepEqual(parseMarkdown(t), parseMarkdownWhole(t));
  });

  (hasSharedCorpus ? it : it.skip)('gives the same tree as one parse for every corpus report', function () {
    this.timeout(60_000);
    for (const file of readdirSync(SHARED_CORPUS).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(SHARED_CORPUS, file), 'utf8');
      assert.deepEqual(parseMarkdown(text), parseMarkdownWhole(text), file);
    }
  });

  it('keeps every chunk of a report larger than the least cache size, so a keystroke re-parses one', function () {
    this.timeout(120_000);
    // 4.5 MB of distinct sections: more than the cache held before it grew with the report.
    const sections: string[] = [];
    for (let i = 0, size = 0; size < 4.5e6; i++) {
      const section = `## Section ${i}\n\n${filler(40).replace(/Paragraph/g, `Paragraph ${i}.`)}\n\n`;
      sections.push(section);
      size += section.length;
    }
    const text = sections.join('');
    const first = parseChunks(text);
    const again = parseChunks(text);
    assert.ok(first.length > 1000);
    assert.equal(again.filter((c, i) => c.tree !== first[i].tree).length, 0, 'chunks parsed again');
    const typed = parseChunks(text.replace('Paragraph 700. 3 with', 'Paragraph 700. 3 now with'));
    assert.equal(typed.filter((c, i) => c.tree !== first[i].tree).length, 1, 'one chunk parsed after a keystroke');
  });

  it('parses a large report in slices: warmReport says when every chunk is cached, and parseReport then parses none', () => {
    const text = `---\ntitle: A\n---\n\n${Array.from({ length: 400 }, (_, i) => `## Section ${i}\n\n${filler(8).replace(/Paragraph/g, `Paragraph ${i}.`)}\n\n`).join('')}`;
    clearParseCache();
    let slices = 1;
    while (!warmReport(text, 0)) slices++;
    assert.ok(slices > 50, `${slices} slices, one chunk each with no time to spare`);
    const warm = parseChunks(text.slice(0), text.indexOf('\n---\n') + 5);
    const again = parseChunks(text, text.indexOf('\n---\n') + 5);
    assert.ok(warm.every((c, i) => c.tree === again[i].tree));
    assert.deepEqual(parseReport(text).headings.length, 400);
  });

  it('re-parses an edited document to the same tree as one parse', () => {
    const text = joinLines('# A', filler(60), '## B', filler(60), '## C', filler(60));
    const before = parseMarkdown(text);
    const edited = text.replace('Paragraph 5 with', 'Paragraph 5 now with');
    const after = parseMarkdown(edited);
    assert.deepEqual(after, parseMarkdownWhole(edited));
    assert.equal(after.children.length, before.children.length);
  });
});
