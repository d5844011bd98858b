import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { LineIndex } from './lineIndex';
import type { FrontMatter, FrontMatterEntry, Position, Problem, Range } from './model';
import { t } from './l10n';

export interface FrontMatterResult {
  readonly frontMatter: FrontMatter;
  /** Offset where the Markdown body starts. */
  readonly bodyStart: number;
  readonly problems: Problem[];
}

const FENCES: Record<string, FrontMatter['format']> = { '---': 'yaml', '+++': 'toml' };

/**
 * Finds the front-matter block at the top of the text (after a BOM) and parses it.
 * Tolerates what hand-written pages contain: trailing spaces on the fences, CRLF, a missing closing fence.
 */
export function readFrontMatter(index: LineIndex, bomLength: number): FrontMatterResult | null {
  const first = index.lineText(0).slice(bomLength).trimEnd();
  const format = FENCES[first];
  if (!format) return null;

  let closeLine = -1;
  for (let line = 1; line < index.lineCount; line++) {
    const text = index.lineText(line).trimEnd();
    if (text === first || (format === 'yaml' && text === '...')) {
      closeLine = line;
      break;
    }
  }
  const problems: Problem[] = [];
  let lastLine = closeLine - 1;
  if (closeLine < 0) {
    // Unclosed: take the lines up to the first heading, which YAML never starts with.
    lastLine = index.lineCount - 1;
    for (let line = 1; line < index.lineCount; line++) {
      if (/^#{1,6}(\s|$)/.test(index.lineText(line))) {
        lastLine = line - 1;
        break;
      }
    }
    problems.push({
      rule: 'front-matter-unclosed',
      severity: 'error',
      message: t('Front matter opened with "{0}" is never closed; add a "{0}" line after its last key.', first),
      range: index.lineRange(0),
    });
  }

  const sourceStart = index.lineStart(1);
  const sourceEnd = lastLine >= 1 ? index.lineEnd(lastLine) : sourceStart;
  const source = index.text.slice(sourceStart, Math.max(sourceStart, sourceEnd));
  const blockEnd = closeLine >= 0 ? index.lineEnd(closeLine) : Math.max(sourceStart, sourceEnd);
  const bodyStart = closeLine >= 0 ? index.lineStart(closeLine + 1) : blockEnd;
  const range = index.range(bomLength, blockEnd);
  const base = { range, format, source, closed: closeLine >= 0 };

  if (format === 'toml') {
    return { frontMatter: { ...base, data: null, entries: [] }, bodyStart, problems };
  }
  const parsed = parseYaml(source, 1);
  return {
    frontMatter: { ...base, data: parsed.data, entries: parsed.entries },
    bodyStart,
    problems: [...problems, ...parsed.problems],
  };
}

interface ParsedYaml {
  data: Record<string, unknown> | null;
  entries: FrontMatterEntry[];
  problems: Problem[];
}

/** Parses YAML that starts at the beginning of `firstLine`; ranges come from yaml's LineCounter. */
function parseYaml(source: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.min(offset, source.length));
    return { line: firstLine + line - 1, character: col - 1 };
  };
  const span = (start: number, end: number): Range => ({ start: at(start), end: at(Math.max(start, end)) });

  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    rule: 'front-matter-yaml',
    severity: doc.errors.includes(e as never) ? 'error' : 'warning',
    message: t('Front matter is not valid YAML: {0}', e.message.split('\n')[0] ?? ''),
    range: e.code === 'MISSING_CHAR' ? unclosedSpan(e.pos) : span(e.pos[0], e.pos[1] > e.pos[0] ? e.pos[1] : e.pos[0] + 1),
  }));

  /**
   * yaml reports an unclosed quote where the text runs out; the author needs the value that opened it.
   * An unclosed value that began on an earlier line points at that value's first line.
   */
  function unclosedSpan([start, end]: [number, number]): Range {
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        const value = pair.value as { range?: [number, number, number] } | null;
        if (!value?.range || start < value.range[0] || start > value.range[2]) continue;
        const first = at(value.range[0]);
        if (first.line < at(start).line) {
          const lineEnd = source.indexOf('\n', value.range[0]);
          return span(value.range[0], (lineEnd < 0 ? source.length : lineEnd) - (source[lineEnd - 1] === '\r' ? 1 : 0));
        }
      }
    }
    return span(start, end > start ? end : start + 1);
  }

  let data: Record<string, unknown> | null = null;
  const entries: FrontMatterEntry[] = [];
  if (isMap(doc.contents)) {
    try {
      const js: unknown = doc.toJS({ maxAliasCount: 100 });
      if (js && typeof js === 'object' && !Array.isArray(js)) data = js as Record<string, unknown>;
    } catch (e) {
      problems.push({ rule: 'front-matter-yaml', severity: 'error', message: String(e), range: span(0, source.length) });
    }
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const key = String(pair.key.value);
      const value = pair.value as { range?: [number, number, number] } | null;
      entries.push({
        key,
        value: data ? data[key] : undefined,
        keyRange: span(pair.key.range[0], pair.key.range[1]),
        valueRange: value?.range ? span(value.range[0], value.range[1]) : null,
      });
    }
  } else if (doc.errors.length === 0 && doc.contents && !(isScalar(doc.contents) && doc.contents.value === null)) {
    problems.push({
      rule: 'front-matter-yaml',
      severity: 'error',
      message: t('Front matter must be a mapping of keys to values (title: ..., date: ...).'),
      range: span(0, source.length),
    });
  }
  return { data, entries, problems };
}
