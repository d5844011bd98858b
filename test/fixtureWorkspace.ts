// Tests edit documents and write files: each run gets a temporary copy of the fixture Hugo site, never
// the repository's files.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Copies test/fixtures/workspace of the repository at `root` into a new temporary folder, and returns it. */
export function copyFixtureWorkspace(root: string, prefix: string): string {
  const workspace = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  return workspace;
}
