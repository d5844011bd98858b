import { t } from '../l10n';
import { dirname } from '../site';
import { pageAnchor, type SiteEvent } from '../siteMap';
import type { SiteRule, SiteRuleFinding } from './rule';

/** Weights that put a section's events in another order than their numbers: the menu shows them so. */
export const weightOrder: SiteRule = {
  id: 'weight-order',
  description: 'Weights put a section\'s events in the order of their numbers',
  tags: ['site', 'numbering'],
  severity: 'warning',
  check(site) {
    const findings: SiteRuleFinding[] = [];
    let before: { event: SiteEvent; weight: number } | undefined;
    for (const event of site.events) {
      if (before && dirname(before.event.folder) !== dirname(event.folder)) before = undefined;
      const page = event.pages[0];
      const weight = page.page.report.frontMatter?.data?.weight;
      if (typeof weight !== 'number' || !event.numbers) continue;
      if (before && weight < before.weight) {
        findings.push({
          file: page.file,
          range: pageAnchor(page.page.report, 'weight'),
          message: t('weight: {0} puts event {1} before {2} (weight: {3}) in the menu.', weight, event.number, before.event.number, before.weight),
        });
      }
      if (!before || weight >= before.weight) before = { event, weight };
    }
    return findings;
  },
};
