/**
 * Where Markdown text can be cut into independently parsed chunks: before an ATX heading at column 0
 * that is not inside a fenced code block or an HTML block. Such a heading ends every open block, so
 * parsing the pieces apart gives the same tree as parsing the whole. Text with link reference or
 * footnote definitions stays whole, since a definition may serve the whole document.
 */

export interface Chunk {
  readonly offset: number;
  readonly end: number;
  /** 0-based line of `offset`. */
  readonly line: number;
}

/** Small neighbouring chunks are merged: parsing one costs a little on its own. */
const MIN_CHUNK_CHARS = 2048;

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DEFINITION = /^ {0,3}\[[^\]]+\]:/;
const HTML_UNTIL: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const HTML_UNTIL_BLANK = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)/;

/** #, `, ~, < and [: the characters that open a heading, a fence, an HTML block or a definition. */
const SIGNIFICANT = new Set([35, 96, 126, 60, 91]);

/** The first character of a line after up to three spaces. */
function leadCode(text: string, offset: number): number {
  let i = offset;
  while (i < offset + 3 && text.charCodeAt(i) === 32) i++;
  return text.charCodeAt(i);
}

/** Cuts never fall before `bodyStart` (the end of the front matter, whose lines are not Markdown). */
export function blockChunks(text: string, bodyStart = 0): Chunk[] {
  const whole = [{ offset: 0, end: text.length, line: 0 }];
  // A lone CR ends a line for micromark but not for the line count here: keep such text whole.
  if (text.length < 2 * MIN_CHUNK_CHARS || (text.indexOf('\r') >= 0 && /\r(?!\n)/.test(text))) return whole;

  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 0;
  let fence: string | null = null;
  let htmlEnd: RegExp | null = null;
  let htmlUntilBlank = false;
  let offset = 0;
  let line = 0;
  while (offset < text.length) {
    let next = text.indexOf('\n', offset);
    next = next < 0 ? text.length : next + 1;
    // Outside HTML only lines opening with #, `, ~, < or [ (after up to three spaces) matter: pass the rest unread.
    const lead = leadCode(text, offset);
    if (!htmlEnd && !htmlUntilBlank && !SIGNIFICANT.has(lead)) {
      offset = next;
      line++;
      continue;
    }
    const content = text.slice(offset, next).replace(/\r?\n$|\r$/, '');
    // A link reference or footnote definition may serve the whole document, wherever it stands.
    if (lead === 91 && DEFINITION.test(content)) return whole;

    if (fence) {
      const close = FENCE.exec(content);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && content.trim() === close[1]) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = null;
    } else if (htmlUntilBlank) {
      if (content.trim() === '') htmlUntilBlank = false;
    } else if (offset < bodyStart) {
      // Front matter: a YAML comment is not a heading, and no block opens here.
    } else if (HEADING.test(content)) {
      if (offset - chunkStart >= MIN_CHUNK_CHARS) {
        chunks.push({ offset: chunkStart, end: offset, line: chunkLine });
        chunkStart = offset;
        chunkLine = line;
      }
    } else {
      const open = FENCE.exec(content);
      if (open) fence = open[1];
      else {
        const html = HTML_UNTIL.find(([start]) => start.test(content));
        if (html) htmlEnd = html[1].test(content.replace(html[0], '')) ? null : html[1];
        else if (HTML_UNTIL_BLANK.test(content)) htmlUntilBlank = true;
      }
    }
    offset = next;
    line++;
  }
  chunks.push({ offset: chunkStart, end: text.length, line: chunkLine });
  return chunks;
}
