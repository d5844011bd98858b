import type { Range, Severity } from '../model';
import type { SiteMap } from '../siteMap';

/** A problem a site rule finds, on one page (its path in the site, as in the site map). */
export interface SiteRuleFinding {
  readonly file: string;
  readonly range: Range;
  readonly message: string;
  readonly severity?: Severity;
}

/** A rule over the whole site: what only shows across pages. Switched on and off like the page rules. */
export interface SiteRule {
  readonly id: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly severity: Severity;
  check(site: SiteMap): SiteRuleFinding[];
}
