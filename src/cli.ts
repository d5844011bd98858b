import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  baseUrlPath, configCandidates, findSiteRoot, SITE_CONFIG_NAMES, setLanguage, t, fixReport, lintReport, parseConfig, parseReport, reportOutline, twinPath,
  type EventReport, type Finding, type LintConfig, type LintOptions,
} from './core/index';
import { siteCommand } from './cliSite';

const usage = () => t(`Usage:
  event-notes outline [--json] PATH...
  event-notes lint [--format stylish|json|github] [--fix] [--config FILE] PATH...
  event-notes site [--json] [FOLDER]

PATH is a Markdown file or a folder (its *.md files, recursively, sorted).
lint reads the nearest .event-notes.json or .event-notes.yaml above each file (or --config FILE);
--fix writes every available fix and reports what is left.
site lists the events of the Hugo sites under FOLDER (default: here) with their pages, and the problems
that show only across pages: a missing twin, clashing or skipped numbers, weights out of order.
lint and site exit 0 with no error, 1 with an error finding, 2 for a usage error or an unreadable file.`);

class UsageError extends Error {}

interface Input {
  readonly file: string;
  readonly text: string;
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${usage()}\n`);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === 'outline') return outline(rest);
  if (command === 'lint') return lint(rest);
  if (command === 'site') return siteCommand(rest, { lintOptions: (file) => lintOptions(file, undefined), usageError: (message) => new UsageError(message) });
  throw new UsageError(t('unknown command "{0}"', command));
}

declare const VERSION: string;

function outline(args: string[]): number {
  let json = false;
  const paths: string[] = [];
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('-')) throw new UsageError(t('unknown option "{0}" for {1}', arg, 'outline'));
    else paths.push(arg);
  }
  const inputs = readInputs(paths);
  const reports = inputs.map(({ file, text }) => ({ file, report: parseReport(text, { path: file }) }));
  if (json) process.stdout.write(`${JSON.stringify(reports.map(({ file, report }) => toOutline(file, report)), null, 2)}\n`);
  else process.stdout.write(reports.map(({ file, report }) => formatOutline(file, report)).join('\n'));
  return 0;
}

function lint(args: string[]): number {
  let format = 'stylish';
  let fix = false;
  let configFile: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg === '-f') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--fix') fix = true;
    else if (arg === '--config' || arg === '-c') configFile = args[++i];
    else if (arg.startsWith('--config=')) configFile = arg.slice('--config='.length);
    else if (arg.startsWith('-')) throw new UsageError(t('unknown option "{0}" for {1}', arg, 'lint'));
    else paths.push(arg);
  }
  if (!['stylish', 'json', 'github'].includes(format)) throw new UsageError(t('unknown format "{0}" (stylish, json or github)', format));
  const fixedConfig = configFile !== undefined ? readConfig(configFile) : undefined;
  const results = readInputs(paths).map(({ file, text }) => {
    const options = lintOptions(file, fixedConfig);
    if (fix) {
      const fixed = fixReport(text, options);
      if (fixed !== text) {
        writeFileSync(file, fixed);
        text = fixed;
      }
    }
    return { file, findings: lintReport(text, options) };
  });
  const rows = results.flatMap(({ file, findings }) => findings.map((f) => toRow(file, f)));
  if (format === 'json') process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else if (format === 'github') process.stdout.write(rows.map(githubAnnotation).join(''));
  else process.stdout.write(stylish(results.map(({ file }) => ({ file, rows: rows.filter((r) => r.file === file) }))));
  return rows.some((r) => r.severity === 'error') ? 1 : 0;
}

const configCache = new Map<string, LintConfig>();

function readConfig(file: string): LintConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(t('cannot read the configuration "{0}"', file));
  }
  const { config, problems } = parseConfig(text);
  if (problems.length > 0) throw new UsageError(`${file}: ${problems.join('; ')}`);
  return config;
}

const basePaths = new Map<string, string | undefined>();

/** The path part of the site's baseURL, from its Hugo config. */
function siteBasePath(siteRoot: string): string | undefined {
  if (!basePaths.has(siteRoot)) {
    const config = SITE_CONFIG_NAMES.map((name) => join(siteRoot, name)).find((p) => existsSync(p));
    let text: string | undefined;
    try {
      text = config === undefined ? undefined : readFileSync(config, 'utf8');
    } catch {
      text = undefined;
    }
    basePaths.set(siteRoot, text === undefined ? undefined : baseUrlPath(text));
  }
  return basePaths.get(siteRoot);
}

/** The configuration, file facts and twin of one report, from the disk. */
function lintOptions(file: string, fixedConfig: LintConfig | undefined): LintOptions {
  const path = resolve(file);
  let config = fixedConfig;
  if (!config) {
    const found = configCandidates(path).find((candidate) => existsSync(candidate));
    if (found) {
      if (!configCache.has(found)) configCache.set(found, readConfig(found));
      config = configCache.get(found);
    }
  }
  const twin = twinPath(path);
  let twinText: string | undefined;
  if (twin && existsSync(twin)) {
    try {
      twinText = readFileSync(twin, 'utf8');
    } catch {
      twinText = undefined;
    }
  }
  const exists = (p: string) => existsSync(p);
  const siteRoot = findSiteRoot(path, exists);
  return {
    path,
    config,
    files: { exists },
    siteRoot,
    basePath: siteRoot === undefined ? undefined : siteBasePath(siteRoot),
    twin: twin && twinText !== undefined ? { path: twin, text: twinText } : undefined,
  };
}

function readInputs(paths: string[]): Input[] {
  if (paths.length === 0) throw new UsageError('no PATH given');
  const files: string[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UsageError(t('cannot read "{0}": no such file or folder', path));
    }
    files.push(...(stats.isDirectory() ? markdownFiles(path) : [path]));
  }
  return files.map((file) => {
    try {
      return { file, text: readFileSync(file, 'utf8') };
    } catch (e) {
      throw new UsageError(t('cannot read "{0}": {1}', file, (e as NodeJS.ErrnoException).code ?? 'unreadable'));
    }
  });
}

function markdownFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...markdownFiles(path));
    else if (/\.(md|markdown)$/i.test(entry.name)) found.push(path);
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `outline --json`: the shared outline (core/outline) with the file and its front matter, ranges left out. */
interface Outline {
  file: string;
  title: string | null;
  frontMatter: Readonly<Record<string, unknown>> | null;
  sections: { line: number; level: number; text: string; kind: string }[];
  speakers: { line: number; name: string; role: string; organization: string; details: string; inline: boolean }[];
}

function toOutline(file: string, report: EventReport): Outline {
  const outline = reportOutline(report);
  return {
    file,
    title: outline.title,
    frontMatter: report.frontMatter?.data ?? null,
    sections: outline.sections.map(({ line, level, text, kind }) => ({ line, level, text, kind })),
    speakers: outline.speakers.map(({ line, name, role, organization, details, inline }) => ({ line, name, role, organization, details, inline })),
  };
}

/** The outline as text, section kinds by their translated names. */
function formatOutline(file: string, report: EventReport): string {
  const outline = reportOutline(report);
  const lines = [file];
  const fm = report.frontMatter?.data ?? {};
  const facts = ['pre', 'date', 'weight']
    .filter((k) => fm[k] !== undefined && fm[k] !== null)
    .map((k) => `${k}: ${String(fm[k]).trim()}`);
  lines.push(`  ${outline.title ?? t('(no title heading)')}${facts.length ? `  [${facts.join(', ')}]` : ''}`);
  lines.push(`  ${t('Sections')}`);
  for (const s of outline.sections) {
    const kind = s.kindName ? `  (${s.kindName})` : '';
    lines.push(`  ${'  '.repeat(s.level)}${'#'.repeat(s.level)} ${s.text}${kind}  :${s.line}`);
  }
  lines.push(`  ${t('Speakers ({0})', outline.speakers.length)}`);
  for (const s of outline.speakers) {
    lines.push(`    ${s.name}${s.about ? ` — ${s.about}` : ''}${s.inline ? `  (${t('mentioned')})` : ''}  :${s.line}`);
  }
  return `${lines.join('\n')}\n`;
}

interface Row {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: Finding['severity'];
  message: string;
}

function toRow(file: string, f: Finding): Row {
  return {
    file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
  };
}

function stylish(files: { file: string; rows: Row[] }[]): string {
  const out: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const { file, rows } of files) {
    if (rows.length === 0) continue;
    out.push(relative(process.cwd(), file) || file);
    for (const r of rows) {
      count[r.severity]++;
      out.push(`  ${`${r.line}:${r.column}`.padEnd(8)} ${r.severity.padEnd(7)} ${r.message}  ${r.rule}`);
    }
    out.push('');
  }
  const total = count.error + count.warning + count.info;
  out.push(total === 0
    ? t('{0} file(s) checked, no problems', files.length)
    : t('{0} file(s) checked: {1} error(s), {2} warning(s), {3} info', files.length, count.error, count.warning, count.info));
  return `${out.join('\n')}\n`;
}

function githubAnnotation(r: Row): string {
  const level = r.severity === 'info' ? 'notice' : r.severity;
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${level} file=${prop(r.file)},line=${r.line},col=${r.column},endLine=${r.endLine},endColumn=${r.endColumn},title=${prop(r.rule)}::${escape(r.message)}\n`;
}

// Messages follow the locale, as other command-line tools do (LC_ALL over LC_MESSAGES over LANG).
setLanguage(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  const message = e instanceof UsageError ? e.message : t('internal error: {0}', (e as Error).message ?? String(e));
  process.stderr.write(`event-notes: ${message}\n`);
  if (e instanceof UsageError) process.stderr.write(`${t('Run "event-notes --help" for usage.')}\n`);
  process.exitCode = 2;
}
