import { ruleLevel, type LintConfig, type RuleSetting } from '../config';
import type { SiteMap, SiteProblem } from '../siteMap';
import { missingTwin } from './missingTwin';
import { numberClash } from './numberClash';
import { numberGap } from './numberGap';
import type { SiteRule } from './rule';
import { weightOrder } from './weightOrder';

/** Every site rule. */
export const SITE_RULES: readonly SiteRule[] = [missingTwin, numberClash, numberGap, weightOrder];

/**
 * The site's problems: each site rule's, at the level the configuration of its page sets, and the page rules'
 * twin-mismatch findings (a twin that lost speakers, sections or photos), in page order.
 */
export function siteProblems(site: SiteMap, configFor: (file: string) => LintConfig | undefined = () => undefined): SiteProblem[] {
  const problems: SiteProblem[] = [];
  for (const rule of SITE_RULES) {
    for (const f of rule.check(site)) {
      const setting: RuleSetting | undefined = configFor(f.file)?.rules?.[rule.id];
      const level = ruleLevel(setting, rule.severity);
      if (level === 'off') continue;
      problems.push({ file: f.file, range: f.range, rule: rule.id, severity: setting === undefined ? f.severity ?? level : level, message: f.message });
    }
  }
  for (const event of site.events) {
    for (const page of event.pages) {
      for (const f of page.page.findings) if (f.rule === 'twin-mismatch') problems.push({ file: page.file, range: f.range, rule: f.rule, severity: f.severity, message: f.message });
    }
  }
  const order = new Map(site.events.flatMap((e) => e.pages.map((p) => p.file)).map((file, i) => [file, i]));
  return problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.range.start.line - b.range.start.line);
}

export type { SiteRule, SiteRuleFinding } from './rule';
