import vi from '../../l10n/bundle.l10n.vi.json';

/**
 * Messages in the user's language, with the same catalogue VS Code's `vscode.l10n` reads for the shell
 * (`l10n/bundle.l10n.<language>.json`): the English text is the key, `{0}`, `{1}`… its arguments.
 * The extension sets the language from VS Code's display language, the CLI from LANG.
 */
const BUNDLES: Readonly<Record<string, Readonly<Record<string, string>>>> = { vi };

let bundle: Readonly<Record<string, string>> | undefined;
let language = 'en';

/** Picks the catalogue for a language tag or locale (`vi`, `vi-VN`, `vi_VN.UTF-8`); English when there is none. */
export function setLanguage(tag: string | undefined): void {
  const primary = (tag ?? '').toLowerCase().split(/[-_.@]/)[0] ?? '';
  bundle = BUNDLES[primary];
  language = bundle ? primary : 'en';
}

/** The language messages are given in now (`en` or one with a catalogue). */
export function currentLanguage(): string {
  return language;
}

/** A message in the current language, its `{n}` placeholders filled from `args`. */
export function t(message: string, ...args: unknown[]): string {
  const text = bundle?.[message] ?? message;
  return text.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
}
