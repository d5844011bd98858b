import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  configCandidates, findSites, lintReport, parseConfig, parseReport, SITE_CONFIG_NAMES, siteMap, siteProblems, t,
  type LintConfig, type LintOptions, type SiteMap, type SitePage, type SiteProblem,
} from './core/index';

/** What `event-notes site` takes from the rest of the CLI. */
export interface SiteCommandParts {
  /** The configuration, file facts and twin of one report, read from the disk as `lint` reads them. */
  lintOptions(file: string): LintOptions;
  usageError(message: string): Error;
}

interface SiteJson {
  events: { site: string; number: string; folder: string; title: string; date: string; languages: string[]; pages: { file: string; language: string; speakers: number; photos: number; errors: number; warnings: number }[] }[];
  problems: { file: string; line: number; rule: string; severity: string; message: string }[];
}

/**
 * `event-notes site [folder] [--json]`: the Hugo sites under the folder, each event once in number order with
 * its pages, and what is wrong only across pages (a missing twin, clashing or skipped numbers, weights out of
 * order, twins that differ). A page that cannot be read is said so on stderr and left out; the rest is listed.
 */
export function siteCommand(args: string[], parts: SiteCommandParts): number {
  let json = false;
  const folders: string[] = [];
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('-')) throw parts.usageError(t('unknown option "{0}" for {1}', arg, 'site'));
    else folders.push(arg);
  }
  if (folders.length > 1) throw parts.usageError(t('site takes one folder'));
  const folder = resolve(folders[0] ?? '.');
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw parts.usageError(t('cannot read "{0}": no such file or folder', folders[0] ?? '.'));
  const roots = findSites(allFiles(folder));
  if (roots.length === 0) {
    process.stderr.write(`event-notes: ${t('no Hugo site under {0} (a hugo.toml, hugo.yaml or config.* file beside a content/ folder)', relative(process.cwd(), folder) || '.')}\n`);
    return 2;
  }
  let unreadable = false;
  const out: SiteJson = { events: [], problems: [] };
  let errors = 0;
  const text: string[] = [];
  for (const root of roots) {
    const pages: SitePage[] = [];
    for (const file of allFiles(join(root, 'content')).filter((f) => /\.md$/i.test(f))) {
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch (e) {
        process.stderr.write(`event-notes: ${t('cannot read "{0}": {1}', relative(process.cwd(), file), (e as NodeJS.ErrnoException).code ?? 'unreadable')}\n`);
        unreadable = true;
        continue;
      }
      const options = parts.lintOptions(file);
      pages.push({ path: file.replace(/\\/g, '/'), report: parseReport(source, options), findings: lintReport(source, options) });
    }
    const configFile = SITE_CONFIG_NAMES.map((name) => join(root, name)).find((f) => existsSync(f));
    const site = siteMap(root.replace(/\\/g, '/'), configFile ? readFileSync(configFile, 'utf8') : undefined, pages);
    const problems = siteProblems(site, (file) => configAt(join(root, file)));
    const show = (file: string) => relative(process.cwd(), join(root, file)) || file;
    for (const event of site.events) {
      out.events.push({
        site: relative(process.cwd(), root) || '.',
        number: event.number,
        folder: show(event.folder),
        title: event.title,
        date: event.date,
        languages: [...event.languages],
        pages: event.pages.map((p) => ({ file: show(p.file), language: p.language, speakers: p.speakers, photos: p.photos, errors: p.errors, warnings: p.warnings })),
      });
      errors += event.pages.reduce((n, p) => n + p.errors, 0);
    }
    for (const p of problems) out.problems.push({ file: show(p.file), line: p.range.start.line + 1, rule: p.rule, severity: p.severity, message: p.message });
    errors += problems.filter((p) => p.severity === 'error').length;
    text.push(formatSite(site, problems, show));
  }
  process.stdout.write(json ? `${JSON.stringify(out, null, 2)}\n` : text.join('\n'));
  if (unreadable) return 2;
  return errors > 0 ? 1 : 0;
}

const configs = new Map<string, LintConfig | undefined>();

/** The nearest .event-notes.json or .yaml above a page, for the site rules' levels. */
function configAt(file: string): LintConfig | undefined {
  const found = configCandidates(resolve(file)).find((candidate) => existsSync(candidate));
  if (!found) return undefined;
  if (!configs.has(found)) configs.set(found, parseConfig(readFileSync(found, 'utf8')).config);
  return configs.get(found);
}

/** Every file under a folder, without hidden folders, node_modules and Hugo's output (public/, resources/). */
function allFiles(folder: string): string[] {
  const found: string[] = [];
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'public' || entry.name === 'resources') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...allFiles(path));
    else found.push(path);
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The site as a table: one line an event, its pages' counts, then its problems. */
function formatSite(site: SiteMap, problems: readonly SiteProblem[], show: (file: string) => string): string {
  const lines = [t('Hugo site {0}: {1} event(s)', show('.'), site.events.length)];
  const rows = site.events.map((e) => [
    e.number || '-',
    e.title,
    e.date || '-',
    e.languages.map((l) => l.toUpperCase()).join(' '),
    e.pages.map((p) => String(p.speakers)).join('/'),
    e.pages.map((p) => String(p.photos)).join('/'),
    String(e.pages.reduce((n, p) => n + p.errors, 0)),
    String(e.pages.reduce((n, p) => n + p.warnings, 0)),
    e.folder.replace(/^content\//, ''),
  ]);
  const header = [t('No.'), t('Title'), t('Date'), t('Languages'), t('Speakers'), t('Photos'), t('Errors'), t('Warnings'), t('Folder')];
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const cell = (value: string, i: number) => (value.length > widths[i] ? `${value.slice(0, widths[i] - 1)}…` : value.padEnd(widths[i]));
  lines.push(`  ${header.map(cell).join('  ')}`.trimEnd());
  for (const r of rows) lines.push(`  ${r.map(cell).join('  ')}`.trimEnd());
  lines.push('');
  if (problems.length === 0) {
    lines.push(`  ${t('No problems across pages.')}`);
  } else {
    lines.push(`  ${t('Problems across pages ({0})', problems.length)}`);
    for (const p of problems) lines.push(`    ${show(p.file)}:${p.range.start.line + 1}  ${p.severity.padEnd(7)} ${p.message}  ${p.rule}`);
  }
  return `${lines.join('\n')}\n`;
}
