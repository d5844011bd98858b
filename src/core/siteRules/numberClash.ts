import { t } from '../l10n';
import { preNumbers } from '../rules/frontMatterPre';
import { dirname } from '../site';
import { pageAnchor, type SiteEvent } from '../siteMap';
import type { SiteRule, SiteRuleFinding } from './rule';

/**
 * Two events of a section that claim the same number: in their folders' names, their `pre`, their `weight`
 * (the `weight: 1` copied into every page, which leaves the menu in no order) or their titles (`Event 1` twice).
 */
export const numberClash: SiteRule = {
  id: 'number-clash',
  description: 'No two events of a section share a number, pre, weight or title',
  tags: ['site', 'numbering'],
  severity: 'warning',
  check(site) {
    const findings: SiteRuleFinding[] = [];
    const sections = new Map<string, SiteEvent[]>();
    for (const e of site.events) sections.set(dirname(e.folder), [...(sections.get(dirname(e.folder)) ?? []), e]);
    for (const events of sections.values()) {
      // Each page is compared with the pages of the same language of the section's other events.
      const pages = events.flatMap((event) => event.pages.map((page) => ({ event, page })));
      const claims: [string, (p: (typeof pages)[number]) => string | undefined, (value: string, other: string) => string][] = [
        ['', (p) => (/^\d+\.\d+[-_.]/.test(p.event.folder.split('/').pop() ?? '') ? p.event.number : undefined), (v, o) => t('Event {0} is also the number of {1}.', v, o)],
        ['pre', (p) => preNumbers(p.page.page.report.frontMatter?.data?.pre)?.join('.'), (v, o) => t('pre {0} is also the pre of {1}.', v, o)],
        ['weight', (p) => weightOf(p.page.page.report.frontMatter?.data?.weight), (v, o) => t('weight: {0} is also the weight of {1}: the menu cannot put the events in order.', v, o)],
        ['title', (p) => titleOf(p.page.page.report.frontMatter?.data?.title), (v, o) => t('The title “{0}” is also the title of {1}.', v, o)],
      ];
      for (const [key, valueOf, say] of claims) {
        const first = new Map<string, (typeof pages)[number]>();
        for (const p of pages) {
          const value = valueOf(p);
          if (value === undefined) continue;
          const id = `${p.page.language}\u0000${value}`;
          const earlier = first.get(id);
          if (!earlier) first.set(id, p);
          else if (earlier.event !== p.event) findings.push({ file: p.page.file, range: pageAnchor(p.page.page.report, key || undefined), message: say(value, earlier.page.file) });
        }
      }
    }
    return findings;
  },
};

const weightOf = (w: unknown) => (typeof w === 'number' && Number.isFinite(w) ? String(w) : undefined);
const titleOf = (title: unknown) => (typeof title === 'string' && title.trim() ? title.trim() : undefined);
