import { t } from '../l10n';
import { pageAnchor } from '../siteMap';
import type { SiteRule, SiteRuleFinding } from './rule';

/** A section's event numbers skip one (4.1, 4.2, 4.4): an event was renumbered, or its folder is missing. */
export const numberGap: SiteRule = {
  id: 'number-gap',
  description: 'A section\'s event numbers follow each other',
  tags: ['site', 'numbering'],
  severity: 'info',
  check(site) {
    const findings: SiteRuleFinding[] = [];
    const numbered = site.events.filter((e) => e.numbers && e.numbers[0] > 0);
    for (let i = 1; i < numbered.length; i++) {
      const [section, event] = numbered[i].numbers as readonly [number, number];
      const [previousSection, previous] = numbered[i - 1].numbers as readonly [number, number];
      if (section !== previousSection || event <= previous + 1) continue;
      const page = numbered[i].pages[0];
      const missing = previous + 2 === event ? `${section}.${previous + 1}` : `${section}.${previous + 1}–${section}.${event - 1}`;
      findings.push({ file: page.file, range: pageAnchor(page.page.report, 'pre'), message: t('No event {0}: the numbers go from {1} to {2}.', missing, numbered[i - 1].number, numbered[i].number) });
    }
    return findings;
  },
};
