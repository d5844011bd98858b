import { foldDiacritics } from '../sections';
import type { Speaker } from '../model';
import { speakersKey } from './dependencies';
import type { Rule, RuleFinding } from './rule';
import { speakerLists } from './speakerGroups';
import { quote, wholeLine } from './util';
import { t } from '../l10n';

const HONORIFIC = /^(?:mr|mrs|ms|dr|prof|anh|chi|thay|co|ban|em|ong|ba)\.?\s+/;

/** A name folded for comparison: no case, diacritics or honorific. */
export function personKey(name: string): string {
  return foldDiacritics(name).replace(/\s+/g, ' ').trim().replace(HONORIFIC, '');
}

/** The same person listed twice among the speakers. */
export const duplicateSpeaker: Rule = {
  id: 'duplicate-speaker',
  description: 'Each speaker is listed once',
  tags: ['speakers'],
  severity: 'warning',
  dependsOn: ({ report, lines }) => speakersKey(report, lines),
  check({ report, lines }) {
    const findings: RuleFinding[] = [];
    const seen = new Map<string, Speaker>();
    const perLine = new Map<number, number>();
    for (const s of report.speakers) perLine.set(s.range.start.line, (perLine.get(s.range.start.line) ?? 0) + 1);
    for (const s of speakerLists(report).flat()) {
      const key = personKey(s.name);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, s);
        continue;
      }
      const alone = perLine.get(s.range.start.line) === 1 && s.range.start.line === s.range.end.line && s.form.marker !== 'heading';
      findings.push({
        range: s.nameRange,
        message: t('{0} is listed already on line {1}.', quote(s.name), first.range.start.line + 1),
        fix: alone ? [{ range: wholeLine(s.range.start.line, lines), newText: '' }] : undefined,
        fixTitle: t('Remove the second entry for {0}', quote(s.name)),
      });
    }
    return findings;
  },
};
