import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { messageKeys, placeholders } from '../../scripts/l10nKeys';
import { lintReport, setLanguage, t } from '../../src/core/index';

const bundle = (language: string) => JSON.parse(readFileSync(`l10n/bundle.l10n.${language}.json`, 'utf8')) as Record<string, string>;

describe('languages', () => {
  afterEach(() => setLanguage('en'));

  it('every message in the code has a Vietnamese translation with the same placeholders, and none is stale', () => {
    const keys = messageKeys();
    assert.ok(keys.size > 100, `found only ${keys.size} messages`);
    const vi = bundle('vi');
    const missing = [...keys.keys()].filter((k) => !(k in vi));
    assert.deepEqual(missing, [], `untranslated:\n${JSON.stringify(Object.fromEntries(missing.map((k) => [k, ''])), null, 2)}`);
    for (const [key, text] of Object.entries(vi)) {
      assert.ok(keys.has(key), `stale translation: ${key}`);
      assert.ok(text.trim() && text !== key || /^[{}\d\s().,:"]*$/.test(key), `not translated: ${key}`);
      assert.deepEqual(placeholders(text), placeholders(key), `placeholders of ${key}`);
    }
  });

  it('every manifest string has a Vietnamese translation', () => {
    const en = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
    const vi = JSON.parse(readFileSync('package.nls.vi.json', 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(vi).sort(), Object.keys(en).sort());
    const manifest = readFileSync('package.json', 'utf8');
    const used = [...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]!);
    assert.ok(used.length > 30);
    for (const key of used) assert.ok(key in en, `package.json uses %${key}% but package.nls.json has no such key`);
    for (const key of Object.keys(en)) assert.ok(used.includes(key), `package.nls.json has ${key}, which package.json does not use`);
  });

  it('gives findings in the language set, and English for languages without a catalogue', () => {
    const text = '---\ntitle: Event 1\nweight: 1.5\n---\n# Summary Report: x\n\n## Part\n\n#### Deep\n';
    const messages = () => lintReport(text, { path: '/site/content/4-EventParticipated/4.1-Event1/_index.md' }).map((f) => f.message);
    const english = messages();
    assert.ok(english.some((m) => m.startsWith('Heading “Deep” skips from H2 to H4')), english.join('\n'));
    setLanguage('vi_VN.UTF-8');
    const vietnamese = messages();
    assert.equal(vietnamese.length, english.length);
    assert.ok(vietnamese.includes('weight 1.5 không phải số nguyên.'), vietnamese.join('\n'));
    assert.ok(vietnamese.some((m) => m.startsWith('Tiêu đề “Deep” nhảy từ H2 xuống H4')), vietnamese.join('\n'));
    setLanguage('fr-FR');
    assert.deepEqual(messages(), english);
    assert.equal(t('Missing image: {0}', '/x.png'), 'Missing image: /x.png');
  });
});
