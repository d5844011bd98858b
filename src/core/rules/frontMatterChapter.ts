import type { Rule } from './rule';
import { entry, entryRange, replaceValue } from './frontMatterUtil';
import { t } from '../l10n';

const WORDS: Record<string, string> = { true: 'true', false: 'false', yes: 'true', no: 'false', on: 'true', off: 'false' };

/** The learn theme reads `chapter` as a boolean; "false" in quotes is a string, and true. */
export const frontMatterChapter: Rule = {
  id: 'front-matter-chapter',
  description: 'The front-matter chapter is true or false',
  tags: ['front-matter'],
  severity: 'warning',
  check({ report, lines }) {
    const chapter = entry(report, 'chapter');
    if (!chapter || chapter.value === null || chapter.value === undefined || typeof chapter.value === 'boolean') return [];
    const fixed = WORDS[String(chapter.value).trim().toLowerCase()];
    const edit = fixed ? replaceValue(chapter, lines, fixed, false) : undefined;
    return [{
      range: entryRange(chapter),
      message: t('chapter is {0}, not true or false.', JSON.stringify(chapter.value)),
      fix: edit ? [edit] : undefined,
      fixTitle: t('Write chapter: {0}', String(fixed)),
    }];
  },
};
