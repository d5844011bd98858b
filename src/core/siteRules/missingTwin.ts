import { t } from '../l10n';
import { pageAnchor } from '../siteMap';
import { basename } from '../site';
import type { SiteRule } from './rule';

const LANGUAGE_NAMES: Record<string, () => string> = { en: () => t('English'), vi: () => t('Vietnamese') };

/** An event written in fewer languages than the site's others: its twin was never written. */
export const missingTwin: SiteRule = {
  id: 'missing-twin',
  description: 'Every event has a page in each language the site uses',
  tags: ['site', 'twins'],
  severity: 'warning',
  check(site) {
    const languages = [...new Set(site.events.flatMap((e) => e.languages))];
    if (languages.length < 2) return [];
    return site.events.flatMap((event) => {
      const missing = languages.filter((l) => !event.languages.includes(l));
      if (missing.length === 0) return [];
      const page = event.pages[0];
      const twin = missing.map((l) => twinName(basename(page.file), page.language, l, site.defaultLanguage));
      return [{
        file: page.file,
        range: pageAnchor(page.page.report),
        message: t('This event has no {0} page ({1}); the site\'s other events have one.', missing.map((l) => LANGUAGE_NAMES[l]?.() ?? l).join(', '), twin.join(', ')),
      }];
    });
  },
};

/** The file name of a page's twin in `language`: `_index.md` <-> `_index.vi.md`. */
function twinName(name: string, from: string, language: string, defaultLanguage: string): string {
  const bare = name.replace(/(\.[a-z]{2}(?:-[a-z]{2,4})?)?\.md$/i, '');
  return language === defaultLanguage && from !== defaultLanguage ? `${bare}.md` : `${bare}.${language}.md`;
}
