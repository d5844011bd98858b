import * as assert from 'node:assert/strict';
import { configCandidates, lintReport, mergeConfigs, parseConfig } from '../../src/core/index';
import { joinLines } from './helpers';

const text = joinLines('---', 'title: "Event 4"', 'weight: 1', 'pre: " <b> 4.4. </b> "', '---', '# Summary Report: X', '', '# Second', '', '<!-- event-notes-disable-next-line second-h1 -->', '# Third', '', '# Fourth');

describe('configuration', () => {
  it('reads JSON and YAML with the same schema and reports bad severities', () => {
    assert.deepEqual(parseConfig('{ "rules": { "second-h1": "off" } }'), { config: { rules: { 'second-h1': 'off' } }, problems: [] });
    assert.deepEqual(parseConfig('rules:\n  heading-increment:\n    severity: error\n    title: true\n').config, { rules: { 'heading-increment': { severity: 'error', title: true } } });
    assert.deepEqual(parseConfig('{ "rules": { "x": "loud" } }').problems, ['rule "x": severity must be one of off, info, warning, error']);
    assert.match(parseConfig('{ rules: [').problems[0], /not valid JSON or YAML/);
  });

  it('turns rules off, changes severities, and lets later configurations win', () => {
    const merged = mergeConfigs({ rules: { 'second-h1': 'off', 'event-numbering': 'info' } }, { rules: { 'second-h1': 'error' } });
    const found = lintReport(text, { config: merged });
    assert.ok(found.filter((f) => f.rule === 'second-h1').every((f) => f.severity === 'error'));
    assert.ok(found.filter((f) => f.rule === 'event-numbering').every((f) => f.severity === 'info'));
    assert.deepEqual(lintReport(text, { config: { rules: { 'second-h1': 'off' } } }).filter((f) => f.rule === 'second-h1'), []);
  });

  it('keeps a finding\'s own milder severity when the configuration sets only options', () => {
    const text2 = joinLines('---', 'title: A', 'date: 2024-01-01', '---', '# T');
    assert.equal(lintReport(text2, { config: { rules: { 'front-matter-date': {} } } })[0].severity, 'info');
    assert.equal(lintReport(text2, { config: { rules: { 'front-matter-date': 'error' } } })[0].severity, 'error');
  });

  it('honours inline switches', () => {
    assert.deepEqual(lintReport(text).filter((f) => f.rule === 'second-h1').map((f) => f.range.start.line + 1), [8, 13]);
    const file = text.replace('# Summary Report: X', '<!-- event-notes-disable-file second-h1 -->\n# Summary Report: X');
    assert.deepEqual(lintReport(file).filter((f) => f.rule === 'second-h1'), []);
    const block = text.replace('# Second', '<!-- event-notes-disable -->\n# Second').replace('# Fourth', '<!-- event-notes-enable -->\n# Fourth');
    assert.deepEqual(lintReport(block).filter((f) => f.rule === 'second-h1').map((f) => f.range.start.line + 1), [15]);
  });

  it('looks for configuration files from the report\'s folder upward', () => {
    assert.deepEqual(configCandidates('/site/content/a.md').slice(0, 4), ['/site/content/.event-notes.json', '/site/content/.event-notes.yaml', '/site/content/.event-notes.yml', '/site/.event-notes.json']);
  });
});
