import { imageFile } from '../site';
import type { Rule, RuleFinding } from './rule';

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
          ? `The image ${image.src} is not in the site's static/ folder (no ${file}).`
          : `The image ${image.src} does not exist (no ${file}).`,
      });
    }
    return findings;
  },
};
