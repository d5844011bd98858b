import type { TextEdit } from '../edits';
import { currentLanguage } from '../l10n';
import type { Range } from '../model';
import { reportSummary } from '../parse';
import type { RuleContext, RuleFinding } from './rule';

/** A rule's findings over the lines from..to (end exclusive), which may look at the lines just outside. */
export type LinesCheck = (from: number, to: number) => RuleFinding[];

const kept = new WeakMap<object, Map<string, { line: number; border: string; findings: readonly RuleFinding[] }>>();

/**
 * A line rule's findings, worked out chunk by chunk and kept with each chunk's tree: a keystroke re-checks
 * the one chunk it changed, and the others' findings move with their chunk. A chunk's findings are kept
 * under what the rule reads beyond its lines (`border`: the line before it, say). The first chunk is always
 * checked again: it holds the front matter, whose lines the chunk's own text may blank out.
 */
export function chunkwise(rule: string, context: RuleContext, check: LinesCheck, border: (from: number, to: number) => string): RuleFinding[] {
  const chunks = reportSummary(context.report)?.chunks;
  if (!chunks || chunks.length < 2) return check(0, context.lines.length);
  const ruleKey = `${rule}\u0000${currentLanguage()}\u0000${JSON.stringify(context.options)}`;
  const findings: RuleFinding[] = [];
  chunks.forEach((chunk, i) => {
    const from = chunk.line;
    const to = i + 1 < chunks.length ? chunks[i + 1].line : context.lines.length;
    if (from === 0) {
      findings.push(...check(from, to));
      return;
    }
    let byRule = kept.get(chunk.tree);
    if (!byRule) kept.set(chunk.tree, (byRule = new Map()));
    const around = border(from, to);
    const known = byRule.get(ruleKey);
    if (known && known.border === around) {
      findings.push(...(known.line === from ? known.findings : known.findings.map((f) => moved(f, from - known.line))));
      return;
    }
    const own = check(from, to);
    byRule.set(ruleKey, { line: from, border: around, findings: own });
    findings.push(...own);
  });
  return findings;
}

function moved(finding: RuleFinding, by: number): RuleFinding {
  const range = (r: Range): Range => ({ start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } });
  const fix = finding.fix?.map((e): TextEdit => ({ ...e, range: range(e.range) }));
  return { ...finding, range: range(finding.range), ...(fix ? { fix } : {}) };
}
