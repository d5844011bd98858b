import { imageLookup, lookUp } from '../site';
import type { Rule, RuleFinding } from './rule';
import { t } from '../l10n';

/** An image whose file is not where Hugo will look: `/images/x.png` under the site's static/, else beside the report. */
export const imagePath: Rule = {
  id: 'image-path',
  description: 'Every local image exists',
  tags: ['images'],
  severity: 'warning',
  check({ report, path, siteRoot, basePath, files }) {
    if (!path) return [];
    const findings: RuleFinding[] = [];
    for (const image of report.images) {
      const lookup = imageLookup(image.src, path, siteRoot, basePath);
      if (!lookup) continue;
      const { file, exists } = lookUp(lookup, (p) => files.exists(p));
      if (exists !== false) continue;
      findings.push({
        range: image.range,
        message: image.src.startsWith('/')
          ? t("The image {0} is not in the site's static/ folder (no {1}).", image.src, file)
          : t('The image {0} does not exist (no {1}).', image.src, file),
      });
    }
    return findings;
  },
};
