import { imageFile } from '../site';
import type { Rule, RuleFinding } from './rule';
import { t } from '../l10n';

/** An image whose file is not where Hugo will look: `/images/x.png` under the site's static/, else beside the report. */
export const imagePath: Rule = {
  id: 'image-path',
  description: 'Every local image exists',
  tags: ['images'],
  severity: 'warning',
  check({ report, path, siteRoot, files }) {
    if (!path) return [];
    const findings: RuleFinding[] = [];
    for (const image of report.images) {
      const file = imageFile(image.src, path, siteRoot);
      if (!file || files.exists(file) !== false) continue;
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
