import type { TextEdit } from '../edits';
import type { Range } from '../model';
import { folderNumbering } from '../site';
import type { Rule, RuleFinding } from './rule';
import { entry, entryRange, replaceValue } from './frontMatterUtil';
import { preNumbers, preValue } from './frontMatterPre';
import { t } from '../l10n';

const TITLE_NUMBER = /(event|sự kiện|su kien)(\s*#?\s*)(\d+)/i;

interface Vote {
  readonly source: string;
  readonly value: number;
  readonly range?: Range;
  readonly fix?: (right: number) => TextEdit | undefined;
}

/** "pre says event 3, but the folder 4.2-Event2 and the title say 2." */
function disagreement(vote: Vote, agreeing: readonly string[], right: number): string {
  const others = [...new Set(agreeing)];
  return others.length === 1
    ? t('{0} says event {1}, but {2} says {3}.', vote.source, vote.value, others[0], right)
    : t('{0} says event {1}, but {2} say {3}.', vote.source, vote.value, others.join(t(' and ')), right);
}

/**
 * The event's number is written up to five times: the folder (`4.2-Event2`), `pre` (` <b> 4.2. </b> `),
 * `weight`, and the title ("Event 2"). They should agree; the majority (the folder first on a tie) wins.
 */
export const eventNumbering: Rule = {
  id: 'event-numbering',
  description: 'The folder, pre, weight and title give one event number',
  tags: ['front-matter'],
  severity: 'warning',
  check({ report, lines, path }) {
    const findings: RuleFinding[] = [];
    const folder = folderNumbering(path);
    const pre = entry(report, 'pre');
    const weight = entry(report, 'weight');
    const title = entry(report, 'title');
    const preNums = pre ? preNumbers(pre.value) : undefined;
    const titleMatch = title && typeof title.value === 'string' ? TITLE_NUMBER.exec(title.value) : null;

    const votes: Vote[] = [];
    if (folder.event !== undefined) votes.push({ source: t('the folder {0}', folder.folder), value: folder.event });
    if (folder.eventInName !== undefined) votes.push({ source: t('the folder {0}', folder.folder), value: folder.eventInName });
    if (pre && preNums) {
      votes.push({ source: 'pre', value: preNums[1], range: entryRange(pre), fix: (right) => replaceValue(pre, lines, preValue(folder.section ?? preNums[0], right), true) });
    }
    if (title && titleMatch) {
      votes.push({
        source: t('the title'), value: Number(titleMatch[3]), range: entryRange(title),
        fix: (right) => replaceValue(title, lines, String(title.value).replace(TITLE_NUMBER, (_, w, s) => `${w}${s}${right}`)),
      });
    }
    if (weight && Number.isInteger(weight.value)) {
      votes.push({ source: 'weight', value: weight.value as number, range: entryRange(weight), fix: (right) => replaceValue(weight, lines, String(right), false) });
    }
    if (votes.length >= 2) {
      const counts = new Map<number, number>();
      for (const v of votes) counts.set(v.value, (counts.get(v.value) ?? 0) + 1);
      let right = votes[0].value;
      for (const v of votes) if ((counts.get(v.value) ?? 0) > (counts.get(right) ?? 0)) right = v.value;
      const agreeing = votes.filter((v) => v.value === right).map((v) => v.source);
      const folderSays = votes.find((v) => !v.range && v.value !== right);
      if (folderSays) {
        const start = report.frontMatter?.range.start ?? { line: 0, character: 0 };
        findings.push({
          range: { start, end: { line: start.line, character: start.character + 3 } },
          message: disagreement(folderSays, agreeing, right),
        });
      }
      for (const v of votes) {
        if (v.value === right || !v.range) continue;
        const edit = v.fix?.(right);
        findings.push({
          range: v.range,
          message: disagreement(v, agreeing, right),
          fix: edit ? [edit] : undefined,
          fixTitle: t('Make {0} say {1}', v.source, right),
        });
      }
    }
    if (pre && preNums && folder.section !== undefined && preNums[0] !== folder.section && !findings.some((f) => f.range === entryRange(pre))) {
      const edit = replaceValue(pre, lines, preValue(folder.section, preNums[1]), true);
      findings.push({
        range: entryRange(pre),
        message: t('pre numbers the section {0}, but the folder {1} is in section {2}.', preNums[0], folder.folder, folder.section),
        fix: edit ? [edit] : undefined,
        fixTitle: t('Make pre say {0}', `${folder.section}.${preNums[1]}.`),
      });
    }
    return findings;
  },
};
