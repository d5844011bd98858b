import type { Rule, RuleFinding } from './rule';
import { t } from '../l10n';

const PLACEHOLDERS = ['enter image alt description', 'alt text', 'image', 'img', 'alt'];

/** An image without a description, or still with the template's placeholder. */
export const imageAlt: Rule = {
  id: 'image-alt',
  description: 'Every image has alt text that describes it',
  tags: ['images'],
  severity: 'info',
  check({ report }) {
    const findings: RuleFinding[] = [];
    for (const image of report.images) {
      const alt = image.alt.trim();
      if (!alt) findings.push({ range: image.range, message: t('The image {0} has no alt text.', image.src) });
      else if (PLACEHOLDERS.includes(alt.toLowerCase())) findings.push({ range: image.range, message: t('The alt text "{0}" is a placeholder; describe the picture.', alt) });
    }
    return findings;
  },
};
