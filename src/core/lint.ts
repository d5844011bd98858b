import { type LintConfig, ruleLevel, ruleOptions, type RuleSetting } from './config';
import { inlineSwitches } from './disable';
import { applyEdits, overlaps, type TextEdit } from './edits';
import type { EventReport, ParseOptions, Range, Severity } from './model';
import { parseReport } from './parse';
import { RULES, type FileFacts, type Rule } from './rules/index';
import { sameKey } from './rules/dependencies';
import type { RuleContext, RuleFinding } from './rules/rule';
import { findSiteRoot } from './site';
import { currentLanguage, t } from './l10n';
import { finish, type Steps } from './steps';

/** One thing wrong in a report, as every front end (editor, CLI, CI) shows it. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  /** Edits that fix it, against the text that was linted. */
  readonly fix?: readonly TextEdit[];
  readonly fixTitle?: string;
}

export interface LintOptions extends ParseOptions {
  readonly config?: LintConfig;
  /** What exists on disk; without it, rules about files stay quiet. */
  readonly files?: FileFacts;
  /** The Hugo site root; found from `path` and `files` when not given. */
  readonly siteRoot?: string;
  /** The path part of the site's baseURL (`/repo/`), read from its config by the caller. */
  readonly basePath?: string;
  /** The report's English or Vietnamese twin, when the caller read it. */
  readonly twin?: { readonly path: string; readonly text: string };
}

const UNKNOWN: FileFacts = { exists: () => undefined };

export function splitLines(text: string): string[] {
  return text.indexOf('\r') < 0 ? text.split('\n') : text.split(/\r\n|\n|\r/);
}

/** Runs every enabled rule over a parsed report of `text`, honouring inline switches. */
export function lintParsed(report: EventReport, text: string, options: LintOptions = {}): Finding[] {
  return finish(lintSteps(report, text, options));
}

/** lintParsed a rule at a time. */
export function* lintSteps(report: EventReport, text: string, options: LintOptions = {}): Steps<Finding[]> {
  const lines = splitLines(text);
  const files = options.files ?? UNKNOWN;
  const path = options.path?.replace(/\\/g, '/');
  const siteRoot = options.siteRoot ?? (path ? findSiteRoot(path, files.exists) : undefined);
  const twin = options.twin ? { path: options.twin.path, report: twinReport(options.twin.path, options.twin.text) } : undefined;
  // Most reports switch nothing off: one search of the text spares a look at every line.
  const disabled = text.includes('event-notes-') ? inlineSwitches(lines) : () => false;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = options.config?.rules?.[rule.id];
    const level = ruleLevel(setting, rule.severity);
    if (level === 'off') continue;
    for (const f of runRule(rule, { report, lines, options: ruleOptions(setting), path, files, twin, siteRoot, basePath: options.basePath })) {
      if (disabled(rule.id, f.range.start.line)) continue;
      // A configured severity applies to the whole rule; otherwise a finding may be milder than its rule.
      const severity = hasSeverity(setting) ? level : f.severity ?? level;
      findings.push({ rule: rule.id, severity, message: f.message, range: f.range, fix: f.fix, fixTitle: f.fixTitle });
    }
    yield;
  }
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The twins last parsed, by path: a report is linted on every keystroke, its twin changes far less often. */
const twins = new Map<string, { text: string; report: EventReport }>();

function twinReport(path: string, text: string): EventReport {
  const known = twins.get(path);
  if (known && known.text === text) return known.report;
  const report = parseReport(text, { path });
  twins.delete(path);
  twins.set(path, { text, report });
  if (twins.size > 8) twins.delete(twins.keys().next().value as string);
  return report;
}

function hasSeverity(setting: RuleSetting | undefined): boolean {
  return typeof setting === 'string' || (typeof setting === 'object' && setting !== null && setting.severity !== undefined);
}

/** Each rule's last findings with the key of what it read (a few, for several open reports), most recent last. */
const reused = new Map<string, { key: readonly unknown[]; findings: RuleFinding[] }[]>();
const REUSED_PER_RULE = 4;

/** Forgets the findings kept for reuse (for benchmarks and tests that measure or check a cold analysis). */
export function clearRuleCache(): void {
  reused.clear();
  twins.clear();
}

function runRule(rule: Rule, context: RuleContext): RuleFinding[] {
  if (!rule.dependsOn) return checkSafely(rule, context);
  // The messages follow the language, and the options change what is found.
  const key = [currentLanguage(), JSON.stringify(context.options), rule.dependsOn(context)];
  let kept = reused.get(rule.id);
  if (!kept) reused.set(rule.id, (kept = []));
  const at = kept.findIndex((k) => sameKey(k.key, key));
  if (at >= 0) {
    const [known] = kept.splice(at, 1);
    kept.push(known);
    return known.findings;
  }
  const findings = checkSafely(rule, context);
  kept.push({ key, findings });
  if (kept.length > REUSED_PER_RULE) kept.shift();
  return findings;
}

function checkSafely(rule: Rule, context: RuleContext): RuleFinding[] {
  try {
    return rule.check(context);
  } catch (e) {
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 'info' as const, message: t('Event Notes could not run {0}: {1}', rule.id, (e as Error).message) }];
  }
}

export function lintReport(text: string, options: LintOptions = {}): Finding[] {
  return lintParsed(parseReport(text, options), text, options);
}

/**
 * Applies every fix (or those of the named rules) until none is left, a few rounds at most:
 * fixes that overlap wait for the next round, computed on the text the round before produced.
 */
export function fixReport(text: string, options: LintOptions & { readonly rules?: readonly string[] } = {}): string {
  let current = text;
  for (let round = 0; round < 8; round++) {
    const fixes = lintReport(current, options)
      .filter((f) => f.fix && f.fix.length > 0 && (!options.rules || options.rules.includes(f.rule)))
      .map((f) => f.fix as readonly TextEdit[]);
    const accepted: TextEdit[] = [];
    for (const fix of fixes) {
      if (fix.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
      accepted.push(...fix);
    }
    if (accepted.length === 0) break;
    const next = applyEdits(current, accepted);
    if (next === current) break;
    current = next;
  }
  return current;
}
