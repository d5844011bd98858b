import type { TextEdit } from '../edits';
import type { EventReport, Range, Severity } from '../model';

/** What the file system says, as far as the caller looked; `undefined` means unknown, and rules then stay quiet. */
export interface FileFacts {
  exists(path: string): boolean | undefined;
}

export interface RuleContext {
  readonly report: EventReport;
  /** The text's lines, without line ends. */
  readonly lines: readonly string[];
  readonly options: Readonly<Record<string, unknown>>;
  /** Path of the report (`/`-separated), when it has one. */
  readonly path: string | undefined;
  readonly files: FileFacts;
  /** The English or Vietnamese twin of the report, when the caller read it. */
  readonly twin: { readonly path: string; readonly report: EventReport } | undefined;
  /** The Hugo site's root folder, when known. */
  readonly siteRoot: string | undefined;
  /** The path part of the site's baseURL (`/repo/`), when its config names one. */
  readonly basePath: string | undefined;
}

export interface RuleFinding {
  readonly range: Range;
  readonly message: string;
  /** Overrides the rule's severity for this finding (e.g. a template placeholder is only info). */
  readonly severity?: Severity;
  /** Edits that fix this finding, against the text the report was parsed from. */
  readonly fix?: readonly TextEdit[];
  /** What the fix does, for the quick-fix title. */
  readonly fixTitle?: string;
}

/** One rule: plain data plus a check over the report; fixes are data, never editor calls. */
export interface Rule {
  /** Short kebab-case id; also the anchor of its documentation in docs/rules.md. */
  readonly id: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly severity: Severity;
  readonly options?: Readonly<Record<string, { readonly type: 'boolean' | 'string[]'; readonly default: unknown; readonly description: string }>>;
  check(context: RuleContext): RuleFinding[];
  /**
   * A key of everything `check` reads (see dependencies.ts): while it stays the same, the last findings are
   * reused. Rules that read the whole text, the file system or the twin have none and run every time.
   */
  dependsOn?(context: RuleContext): readonly unknown[];
}
