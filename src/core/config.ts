import { parse as parseYaml } from 'yaml';
import type { Severity } from './model';

export type RuleLevel = 'off' | Severity;

/** `"off" | "info" | "warning" | "error"`, or an object with a `severity` and the rule's options. */
export type RuleSetting = RuleLevel | ({ readonly severity?: RuleLevel } & Readonly<Record<string, unknown>>);

/** The shared schema of the `eventNotes.rules` setting and of `.event-notes.json` / `.event-notes.yaml`. */
export interface LintConfig {
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

export const CONFIG_FILE_NAMES = ['.event-notes.json', '.event-notes.yaml', '.event-notes.yml'] as const;

const LEVELS: readonly string[] = ['off', 'info', 'warning', 'error'];

/** Reads a configuration file's text (JSON or YAML). Problems are messages, never exceptions. */
export function parseConfig(text: string): { config: LintConfig; problems: string[] } {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    return { config: {}, problems: [`not valid JSON or YAML: ${(e as Error).message.split('\n')[0]}`] };
  }
  if (data === null || data === undefined) return { config: {}, problems: [] };
  if (typeof data !== 'object' || Array.isArray(data)) return { config: {}, problems: ['the configuration must be an object such as { "rules": { ... } }'] };
  const rules = (data as { rules?: unknown }).rules;
  if (rules === undefined) return { config: {}, problems: [] };
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return { config: {}, problems: ['"rules" must be an object of rule ids'] };
  const problems: string[] = [];
  const kept: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(rules)) {
    const level = typeof setting === 'object' && setting !== null ? (setting as { severity?: unknown }).severity : setting;
    if (level !== undefined && (typeof level !== 'string' || !LEVELS.includes(level))) {
      problems.push(`rule "${id}": severity must be one of ${LEVELS.join(', ')}`);
      continue;
    }
    kept[id] = setting as RuleSetting;
  }
  return { config: { rules: kept }, problems };
}

/** Later configurations override earlier ones, rule by rule. */
export function mergeConfigs(...configs: readonly (LintConfig | undefined)[]): LintConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const c of configs) Object.assign(rules, c?.rules ?? {});
  return { rules };
}

/** The files that may configure a report at `path`, nearest first. */
export function configCandidates(path: string): string[] {
  const folders = ancestorFolders(path);
  return folders.flatMap((folder) => CONFIG_FILE_NAMES.map((name) => `${folder}/${name}`.replace(/^\/\//, '/')));
}

/** Folders that contain `path`, nearest first (`/`-separated paths). */
export function ancestorFolders(path: string): string[] {
  const parts = path.replace(/\\/g, '/').split('/');
  parts.pop();
  const folders: string[] = [];
  while (parts.length > 0) {
    folders.push(parts.join('/') || '/');
    parts.pop();
  }
  return folders;
}

export function ruleLevel(setting: RuleSetting | undefined, fallback: Severity): RuleLevel {
  if (setting === undefined) return fallback;
  if (typeof setting === 'string') return setting;
  return setting.severity ?? fallback;
}

export function ruleOptions(setting: RuleSetting | undefined): Readonly<Record<string, unknown>> {
  return typeof setting === 'object' && setting !== null ? setting : {};
}
