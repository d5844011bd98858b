import * as assert from 'node:assert/strict';
import { nextEvent, parseReport, reportSnippet, snippetText } from '../../src/core/index';

describe('New Event Report planning', () => {
  it('numbers the next event from the folders and their front matter', () => {
    assert.deepEqual(nextEvent('4-EventParticipated', [{ folder: '4.1-Event1' }, { folder: '4.2-Event2' }, { folder: '4.3-Event3' }]), { section: 4, event: 4, folder: '4.4-Event4', sectionFolder: '4-EventParticipated' });
    assert.deepEqual(nextEvent('4-EventParticipated', [{ folder: '4.1-EnterpriseCloud', pre: ' <b> 4.1. </b> ' }, { folder: '4.2-Workshop', pre: ' <b> 4.5. </b> ', weight: 5 }]).event, 6);
    assert.deepEqual(nextEvent('3-eventparticipated', []), { section: 3, event: 1, folder: '3.1-Event1', sectionFolder: '3-eventparticipated' });
    assert.deepEqual(nextEvent('events', [{ folder: '5.2-Event2' }]), { section: 5, event: 3, folder: '5.3-Event3', sectionFolder: 'events' });
    assert.deepEqual(nextEvent('notes', []), { section: 1, event: 1, folder: '1.1-Event1', sectionFolder: 'notes' });
  });

  it('writes a skeleton that parses as a report in both languages', () => {
    const variables = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '27' };
    for (const language of ['en', 'vi'] as const) {
      const text = snippetText(reportSnippet({ section: 4, event: 5, folder: '4.5-Event5', sectionFolder: '4-EventParticipated' }, language), variables);
      const report = parseReport(text);
      assert.deepEqual(report.frontMatter?.data, { title: language === 'en' ? 'Event 5' : 'Sự kiện 5', date: '2026-11-27', weight: 5, chapter: false, pre: ' <b> 4.5. </b> ' });
      assert.deepEqual(report.sections.filter((s) => s.kind !== 'other').map((s) => s.kind), ['objectives', 'speakers', 'highlights', 'takeaways', 'applying', 'experience', 'photos']);
      assert.equal(report.speakers.length, 1);
      // The photo placeholder names the folder Insert Photos copies into.
      assert.deepEqual(report.images.map((i) => i.src), ['/images/4-EventParticipated/4.5-Event5/photo.jpg']);
      assert.doesNotMatch(text, /\$\{?\d/, 'no tabstop is left');
    }
  });
});
