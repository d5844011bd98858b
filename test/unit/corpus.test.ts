import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/core/index';
import { CORPUS_EXPECTATIONS } from './corpusExpectations';
import { fixture, hasSharedCorpus, SHARED_CORPUS } from './helpers';

describe('parseReport on real reports (expectations written by reading the files)', () => {
  it('covers at least 30 reports from at least 20 repositories in both languages', () => {
    assert.ok(CORPUS_EXPECTATIONS.length >= 30);
    const sources = fixture('corpus', 'SOURCES.tsv').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const repos = new Set(sources.map((s) => s[1]));
    const languages = new Set(sources.map((s) => s[4]));
    assert.ok(repos.size >= 20, `only ${repos.size} repositories`);
    assert.deepEqual([...languages].sort(), ['en', 'vi']);
    for (const e of CORPUS_EXPECTATIONS) assert.ok(sources.some((s) => s[0] === e.file), `${e.file} has no source line`);
  });

  for (const expected of CORPUS_EXPECTATIONS) {
    describe(expected.file, () => {
      const report = parseReport(fixture('corpus', expected.file), { path: expected.file });

      it('finds the title', () => {
        assert.equal(report.title?.text ?? null, expected.title);
      });

      it('knows each section kind', () => {
        const actual: Record<number, string> = {};
        for (const s of report.sections) actual[s.heading.range.start.line + 1] = s.kind;
        for (const [line, kind] of Object.entries(expected.kinds)) {
          assert.equal(actual[Number(line)], kind, `heading on line ${line}: "${report.sections.find((s) => s.heading.range.start.line + 1 === Number(line))?.heading.text}"`);
        }
        if (expected.strict !== false) {
          const unexpected = report.sections.filter((s) => s.kind !== 'other' && !(s.heading.range.start.line + 1 in expected.kinds));
          assert.deepEqual(unexpected.map((s) => `${s.heading.range.start.line + 1}: ${s.heading.text} -> ${s.kind}`), []);
        }
      });

      it('lists the speakers', () => {
        assert.deepEqual(report.speakers.map((s) => s.name), expected.speakers);
        // Inline exactly where no Speakers section lists the person.
        const listed = new Set(report.speakerBlocks.flatMap((b) => b.speakers));
        assert.ok(report.speakers.every((s) => s.inline === !listed.has(s)), 'inline flag');
        assert.equal(report.speakers.some((s) => s.inline), expected.inline ?? false, 'inline entries');
      });

      if (expected.roles) {
        it('splits role and organisation', () => {
          for (const [name, [role, organization]] of Object.entries(expected.roles ?? {})) {
            const speaker = report.speakers.find((s) => s.name === name);
            assert.ok(speaker, `no speaker ${name}`);
            assert.deepEqual([speaker.role, speaker.organization], [role, organization], name);
          }
        });
      }

      it('gives each speaker name a range that holds the name', () => {
        const lines = fixture('corpus', expected.file).split(/\r?\n/);
        for (const s of report.speakers) {
          assert.equal(s.nameRange.start.line, s.nameRange.end.line);
          const written = lines[s.nameRange.start.line].slice(s.nameRange.start.character, s.nameRange.end.character);
          assert.equal(written.replace(/\*\*|__|\\/g, ''), s.name.replace(/\*\*|__/g, ''));
        }
      });
    });
  }
});

(hasSharedCorpus ? describe : describe.skip)('every report in ../shared/corpus', () => {
  const files = hasSharedCorpus ? readdirSync(SHARED_CORPUS).filter((f) => f.endsWith('.md')) : [];

  it('parses with ranges inside the text', () => {
    assert.ok(files.length >= 170, `found ${files.length}`);
    for (const file of files) {
      const text = readFileSync(join(SHARED_CORPUS, file), 'utf8');
      const report = parseReport(text, { path: file });
      const lineCount = text.split(/\r\n|\n|\r/).length;
      const ranges = [
        ...report.headings.map((h) => h.range),
        ...report.speakers.flatMap((s) => [s.range, s.nameRange]),
        ...report.images.map((i) => i.range),
        ...report.sections.map((s) => s.range),
      ];
      for (const r of ranges) {
        assert.ok(r.start.line <= r.end.line && r.end.line < lineCount, `${file}: range ${JSON.stringify(r)}`);
      }
      assert.equal(report.frontMatter !== null, text.startsWith('---'), `${file}: front matter found where the file opens with a fence`);
    }
  });
});
