import type { Rule, RuleFinding } from './rule';
import { chunkwise } from './chunkwise';
import { proseLines, wholeLine } from './util';
import { t } from '../l10n';

/** A line that opens with a heading marker (or what was meant as one). */
const HASH_LINE = /^ {0,3}#/;

/**
 * Heading lines written in ways that break or clutter them. Needs the raw lines: `#Heading` is a
 * paragraph to the Markdown parser, and bold or closing #s are gone from the heading's text.
 */
export const malformedHeading: Rule = {
  id: 'malformed-heading',
  description: 'Heading lines are written plainly: `## Text`',
  tags: ['headings'],
  severity: 'warning',
  check(context) {
    const { report, lines } = context;
    const prose = proseLines(report, lines);
    // Besides its own lines, a chunk's findings depend on whether the line before it is blank or a heading.
    const border = (from: number) => String(from === 0 || (lines[from - 1] ?? '').trim() === '' || HASH_LINE.test(lines[from - 1]));
    return chunkwise('malformed-heading', context, (from, to) => {
      const findings: RuleFinding[] = [];
      for (let line = from; line < to; line++) check(lines[line], line, prose, lines, findings);
      return findings;
    }, border);
  },
};

/** The findings of one line, added to `findings`. */
function check(text: string, line: number, prose: readonly boolean[], lines: readonly string[], findings: RuleFinding[]): void {
  // Every case below is a line that opens with #: the others are passed over first.
  if (!prose[line] || !HASH_LINE.test(text)) return;
  const at = (start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
  const previousBlank = line === 0 || (lines[line - 1] ?? '').trim() === '' || HASH_LINE.test(lines[line - 1]);

  const empty = /^( {0,3})(#{1,6})[ \t]*$/.exec(text);
  if (empty) {
    findings.push({ range: at(0, text.length), message: t('Empty heading: a heading marker with no text.'), fix: [{ range: wholeLine(line, lines), newText: '' }], fixTitle: t('Remove the empty heading') });
    return;
  }
  const noSpace = /^( {0,3})(#{1,6})([^\s#])/.exec(text);
  if (noSpace && previousBlank) {
    const at0 = noSpace[1].length + noSpace[2].length;
    findings.push({
      range: at(0, text.length),
      message: t('No space after {0}: this line shows as text, not as a heading.', noSpace[2]),
      fix: [{ range: at(at0, at0), newText: ' ' }],
      fixTitle: t('Add a space after the #'),
    });
    return;
  }
  const heading = /^( {0,3})(#{1,6})([ \t]+)(.*?)$/.exec(text);
  if (!heading) return;
  const contentStart = heading[1].length + heading[2].length + heading[3].length;
  let content = heading[4];
  if (heading[3] !== ' ') {
    findings.push({
      range: at(0, contentStart),
      severity: 'info',
      message: t('Several spaces or a tab after the heading marker.'),
      fix: [{ range: at(heading[1].length + heading[2].length, contentStart), newText: ' ' }],
      fixTitle: t('Use one space'),
    });
  }
  const closing = /(\s+#+)\s*$/.exec(content);
  if (closing && closing.index > 0) {
    const start = contentStart + closing.index;
    findings.push({ range: at(start, text.length), severity: 'info', message: t('Closing #s on a heading are not needed.'), fix: [{ range: at(start, text.length), newText: '' }], fixTitle: t('Remove the closing #s') });
    content = content.slice(0, closing.index);
  }
  const literal = /^(\*\*|__)(\s+)(.+?)(\s*)\1\s*$|^(\*\*|__)(.+?)(\s+)\5\s*$/.exec(content);
  const wrapped = /^(\*\*|__)([^\s*_](?:.*[^\s*_])?)\1\s*$/.exec(content);
  if (literal) {
    const inner = (literal[3] ?? literal[6]).trim();
    findings.push({
      range: at(contentStart, contentStart + content.length),
      message: t('Bold markers with a space inside show as literal asterisks in this heading.'),
      fix: [{ range: at(contentStart, contentStart + content.length), newText: inner }],
      fixTitle: t('Remove the asterisks'),
    });
  } else if (wrapped && !wrapped[2].includes(wrapped[1])) {
    findings.push({
      range: at(contentStart, contentStart + content.length),
      severity: 'info',
      message: t('The whole heading is bold; headings are bold already.'),
      fix: [{ range: at(contentStart, contentStart + content.length), newText: wrapped[2] }],
      fixTitle: t('Remove the bold markers'),
    });
    content = wrapped[2];
  }
  const punctuation = /(?<![.:])[:.](\s*)$/.exec(content.replace(/(\*\*|__)\s*$/, ''));
  if (punctuation) {
    const bare = content.replace(/(\*\*|__)\s*$/, '');
    const start = contentStart + bare.length - 1 - punctuation[1].length;
    findings.push({
      range: at(start, start + 1),
      severity: 'info',
      message: t('Heading ends with "{0}".', bare.trimEnd().slice(-1)),
      fix: [{ range: at(start, start + 1), newText: '' }],
      fixTitle: t('Remove the trailing punctuation'),
    });
  }
}
