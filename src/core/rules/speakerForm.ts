import type { TextEdit } from '../edits';
import type { Speaker } from '../model';
import { speakersKey } from './dependencies';
import type { Rule, RuleFinding } from './rule';
import { speakerLists } from './speakerGroups';
import { quote } from './util';
import { t } from '../l10n';

const SEPARATORS = ['–', '-', '—', ':'];
/** The separators' names, looked up when a message is made (the language can change). */
const SEPARATOR_NAMES: Record<string, () => string> = { '–': () => t('an en dash'), '-': () => t('a hyphen'), '—': () => t('an em dash'), ':': () => t('a colon') };
const separatorName = (separator: string) => SEPARATOR_NAMES[separator]?.() ?? `"${separator || t('nothing')}"`;
const formKey = (s: Speaker) => `${s.form.bold ? 'bold' : 'plain'} ${s.form.separator}`;

/** One entry written unlike the rest of its list (`-` among `–`, a name not in bold among bold names). */
export const speakerForm: Rule = {
  id: 'speaker-form',
  description: 'Speaker entries of one list are written alike',
  tags: ['speakers'],
  severity: 'warning',
  dependsOn: ({ report, lines }) => speakersKey(report, lines),
  check({ report, lines }) {
    const findings: RuleFinding[] = [];
    for (const list of speakerLists(report)) {
      // One entry per line: "A & B" share one.
      const entries = list.filter((s, i) => (s.form.marker === 'bullet' || s.form.marker === 'ordered') && (i === 0 || list[i - 1].range.start.line !== s.range.start.line));
      if (entries.length < 3) continue;
      const counts = new Map<string, number>();
      for (const s of entries) counts.set(formKey(s), (counts.get(formKey(s)) ?? 0) + 1);
      const [common, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
      if (count * 2 <= entries.length) continue;
      const model = entries.find((s) => formKey(s) === common) as Speaker;
      for (const s of entries) {
        if (formKey(s) === common) continue;
        const edits = rewrite(s, model, lines[s.nameRange.start.line] ?? '');
        const said = [
          s.form.bold !== model.form.bold ? (model.form.bold ? t('the name is not bold') : t('the name is bold')) : '',
          s.form.separator !== model.form.separator ? t('{0} follows the name', separatorName(s.form.separator)) : '',
        ].filter(Boolean).join(t(' and '));
        findings.push({
          range: s.range.start.line === s.range.end.line ? s.range : { start: s.range.start, end: { line: s.range.start.line, character: (lines[s.range.start.line] ?? '').length } },
          message: model.form.separator !== s.form.separator && SEPARATOR_NAMES[model.form.separator]
            ? t('{0} is written unlike the other {1} speakers: {2} where they use {3}.', quote(s.name), count, said, separatorName(model.form.separator))
            : t('{0} is written unlike the other {1} speakers: {2}.', quote(s.name), count, said),
          fix: edits,
          fixTitle: t('Write it like the rest of the list'),
        });
      }
    }
    return findings;
  },
};

/** Edits that give an entry the model's bold and separator, touching only those characters. */
function rewrite(s: Speaker, model: Speaker, line: string): TextEdit[] | undefined {
  const at = (c: number) => ({ line: s.nameRange.start.line, character: c });
  const edits: TextEdit[] = [];
  let after = s.nameRange.end.character;
  if (s.form.bold) {
    if (line.slice(after, after + 2) !== '**' && line.slice(after, after + 2) !== '__') return undefined;
    after += 2;
  }
  if (s.form.separator !== model.form.separator) {
    if (!SEPARATORS.includes(s.form.separator) || !SEPARATORS.includes(model.form.separator)) return undefined;
    const gap = /^(\s*)(\S)/.exec(line.slice(after));
    if (!gap || gap[2] !== s.form.separator) return undefined;
    const sepAt = after + gap[1].length;
    const wanted = model.form.separator === ':' ? ':' : ` ${model.form.separator}`;
    edits.push({ range: { start: at(after), end: at(sepAt + 1) }, newText: wanted });
  }
  if (s.form.bold !== model.form.bold) {
    const start = s.nameRange.start.character;
    const end = s.nameRange.end.character;
    if (model.form.bold) {
      edits.push({ range: { start: at(start), end: at(start) }, newText: '**' }, { range: { start: at(end), end: at(end) }, newText: '**' });
    } else {
      if (line.slice(start - 2, start) !== line.slice(end, end + 2)) return undefined;
      edits.push({ range: { start: at(start - 2), end: at(start) }, newText: '' }, { range: { start: at(end), end: at(end + 2) }, newText: '' });
    }
  }
  return edits.length > 0 ? edits : undefined;
}
