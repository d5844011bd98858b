import type { Rule, RuleFinding } from './rule';

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
      if (!alt) findings.push({ range: image.range, message: `The image ${image.src} has no alt text.` });
      else if (PLACEHOLDERS.includes(alt.toLowerCase())) findings.push({ range: image.range, message: `The alt text "${alt}" is a placeholder; describe the picture.` });
    }
    return findings;
  },
};
