import { SECTION_KINDS, type SectionKind } from '../model';
import type { Rule, RuleFinding } from './rule';
import { quote } from './util';
import { t } from '../l10n';
import { sectionKindName } from '../sections';

/** Sections a team wants in every report, optionally in order. Off until `required` lists kinds. */
export const requiredSections: Rule = {
  id: 'required-sections',
  description: 'The report has the sections the team requires, in order',
  tags: ['sections'],
  severity: 'warning',
  options: {
    required: { type: 'string[]', default: [], description: `Section kinds every report must have: ${SECTION_KINDS.filter((k) => k !== 'other').join(', ')}.` },
    order: { type: 'boolean', default: false, description: 'The required sections must appear in the order listed.' },
  },
  check({ report, options }) {
    const required = (Array.isArray(options.required) ? options.required : []).filter((k): k is SectionKind => SECTION_KINDS.includes(k as SectionKind));
    if (required.length === 0) return [];
    const findings: RuleFinding[] = [];
    const at = report.title?.range ?? report.frontMatter?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const firstOf = new Map<SectionKind, number>();
    report.sections.forEach((s, i) => {
      if (!firstOf.has(s.kind)) firstOf.set(s.kind, i);
    });
    for (const kind of required) {
      if (!firstOf.has(kind)) findings.push({ range: at, message: t('The report has no {0} section.', sectionKindName(kind)) });
    }
    if (options.order === true) {
      let last = -1;
      for (const kind of required) {
        const i = firstOf.get(kind);
        if (i === undefined) continue;
        if (i < last) {
          const heading = report.sections[i].heading;
          findings.push({ range: heading.range, message: t('{0} ({1}) comes before a section required earlier: the order is {2}.', quote(heading.text), sectionKindName(kind), required.join(', ')) });
        }
        last = Math.max(last, i);
      }
    }
    return findings;
  },
};
