// The messages the code asks to translate: the literal first argument of every `t(...)` (the core's
// catalogue) and `vscode.l10n.t(...)` (VS Code's), in src/. Both read l10n/bundle.l10n.<language>.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CALL = /(?<![\w.])(?:vscode\.l10n\.)?t\(\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)/g;

/** Reads a JavaScript string literal (single, double or back quotes without substitutions). */
function literal(source: string): string {
  const body = source.slice(1, -1);
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|n|t|.)/g, (_, e: string) => {
    if (e === 'n') return '\n';
    if (e === 't') return '\t';
    if (e.startsWith('u')) return String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16));
    return e;
  });
}

export function messageKeys(root = 'src'): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort()) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(CALL)) {
      const key = literal(m[1]!);
      if (!keys.has(key)) keys.set(key, join(root, file));
    }
  }
  return keys;
}

/** The `{n}` placeholders of a message, sorted, to compare a translation with its key. */
export function placeholders(message: string): string[] {
  return [...new Set(message.match(/\{\d+\}/g) ?? [])].sort();
}
