import * as assert from 'node:assert/strict';
import { isEventReport, parseReport } from '../../src/core/index';

describe('which Markdown files are event reports', () => {
  const notes = parseReport('# Shopping\n\n- milk\n');
  it('reads the folders inside the site\'s content/ folder, or the file\'s own folder', () => {
    assert.equal(isEventReport(notes, '/home/an/site/content/4-EventParticipated/4.2-Event2/_index.md'), true);
    assert.equal(isEventReport(notes, '/home/an/site/content/events/03-cloud-mastery.vi.md'), true);
    assert.equal(isEventReport(notes, 'content/4-EventParticipated/4.2-Event2/_index.md'), true);
    assert.equal(isEventReport(notes, '/home/an/events/notes/todo.md'), false, 'a folder above the file');
    assert.equal(isEventReport(notes, '/home/an/events/site/content/about.md'), false, 'a folder above the site');
    assert.equal(isEventReport(notes, '/home/an/Event2/notes.md'), true, 'the file\'s own folder');
  });

  it('reads event front matter and a Speakers section wherever the file is', () => {
    assert.equal(isEventReport(parseReport('---\npre: " <b> 4.1. </b> "\n---\n# x\n'), '/tmp/a.md'), true);
    assert.equal(isEventReport(parseReport('# x\n\n### Speakers\n\n- **A B** – C\n'), '/tmp/a.md'), true);
    assert.equal(isEventReport(notes, undefined), false);
  });
});
