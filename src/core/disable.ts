/**
 * Inline switches in HTML comments, as markdownlint has them:
 * `<!-- event-notes-disable rule ... -->`, `-enable`, `-disable-next-line`, `-disable-line`, `-disable-file`.
 * With no rule ids a comment applies to every rule.
 */

interface Directive {
  readonly line: number;
  readonly kind: string;
  readonly rules: readonly string[] | 'all';
}

const COMMENT = /<!--\s*event-notes-(disable-next-line|disable-line|disable-file|enable-file|disable|enable)((?:\s+[\w-]+)*)\s*-->/g;

export type IsDisabled = (rule: string, line: number) => boolean;

export function inlineSwitches(lines: readonly string[]): IsDisabled {
  const directives: Directive[] = [];
  lines.forEach((text, line) => {
    if (!text.includes('event-notes-')) return;
    for (const m of text.matchAll(COMMENT)) {
      const ids = m[2].trim().split(/\s+/).filter(Boolean);
      directives.push({ line, kind: m[1], rules: ids.length > 0 ? ids : 'all' });
    }
  });
  if (directives.length === 0) return () => false;
  const names = (d: Directive, rule: string) => d.rules === 'all' || d.rules.includes(rule);
  return (rule, line) => {
    let fileOff = false;
    for (const d of directives) {
      if (d.kind === 'disable-file' && names(d, rule)) fileOff = true;
      if (d.kind === 'enable-file' && names(d, rule)) fileOff = false;
    }
    if (fileOff) return true;
    if (directives.some((d) => names(d, rule) && ((d.kind === 'disable-next-line' && d.line + 1 === line) || (d.kind === 'disable-line' && d.line === line)))) return true;
    let off = false;
    for (const d of directives) {
      if (d.line > line) break;
      if (d.kind === 'disable' && names(d, rule)) off = true;
      if (d.kind === 'enable' && names(d, rule)) off = false;
    }
    return off;
  };
}
