import type { EventReport, ParseOptions, Problem, Range, Severity } from './model';
import { parseReport } from './parse';

/** One thing wrong in a report, as every front end (editor, CLI, CI) shows it. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
}

/**
 * The findings for a report. For now these are the parser's own problems (YAML errors, an unclosed
 * front matter, binary content); the rules add theirs here.
 */
export function lintParsed(report: EventReport): Finding[] {
  return report.problems.map((p: Problem) => ({ rule: p.rule, severity: p.severity, message: p.message, range: p.range }));
}

export function lintReport(text: string, options: ParseOptions = {}): Finding[] {
  return lintParsed(parseReport(text, options));
}
