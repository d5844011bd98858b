import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const FIXTURES = join(ROOT, 'test/fixtures');
/** The shared corpus beside the repository; tests over all of it skip where it is absent, except in CI, where they fail. */
export const SHARED_CORPUS = resolve(ROOT, '../shared/corpus');
export const hasSharedCorpus = existsSync(SHARED_CORPUS) || process.env.CI === 'true';

export function fixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

/** Lines joined with \n, as in vscode-markdown-languageservice's tests. */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}
