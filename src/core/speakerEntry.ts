/** Reads one written speaker entry (`**Name** – Role, Org`, `Name: Role`, `**A** và **B**` ...) into its parts. */

export interface NamePart {
  readonly name: string;
  /** Offsets of the name inside the entry text. */
  readonly start: number;
  readonly end: number;
}

export interface SpeakerEntry {
  readonly names: readonly NamePart[];
  readonly bold: boolean;
  readonly separator: string;
  readonly role: string;
  readonly organization: string;
  readonly details: string;
}

const JOINER = /^\s*(?:,|&|\+|and|và|va)\s*/i;
const SEPARATORS = [' – ', ' — ', ' - ', ': ', ' -- ', ' —', '– ', ' |'];

/** Markdown emphasis, code ticks, links and line-break tags removed; spaces folded. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\\(?=\r?\n|$)/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*)[*_](?=$|[\s),.:;])/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function strong(text: string, at: number): { inner: string; end: number } | null {
  const opener = text.startsWith('**', at) ? '**' : text.startsWith('__', at) ? '__' : null;
  if (!opener) return null;
  const close = text.indexOf(opener, at + 2);
  if (close < 0) return null;
  return { inner: text.slice(at + 2, close), end: close + 2 };
}

/** Splits "A & B", "A and B", "A và B" into people; keeps offsets. */
function splitNames(raw: string, offset: number, commas = false): NamePart[] {
  const parts: NamePart[] = [];
  const re = commas ? /\s*,\s*(?:and\s+|và\s+)?|\s+(?:&|and|và)\s+/gi : /\s+(?:&|and|và)\s+/gi;
  let last = 0;
  for (const m of raw.matchAll(re)) {
    parts.push(part(raw.slice(last, m.index), offset + last));
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(part(raw.slice(last), offset + last));
  return parts.filter((p) => p.name.length > 0);
}

function part(raw: string, offset: number): NamePart {
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim().replace(/[:,.]+$/, (m) => (m === '.' && /\b\p{Lu}[a-z]?$/u.test(raw.trim().slice(0, -1)) ? m : ''));
  return { name: plainText(trimmed), start: offset + lead, end: offset + lead + trimmed.length };
}

/** Role and organisation from what follows the name; `details` takes a talk title or the remainder. */
function splitRole(rest: string): { role: string; organization: string; details: string } {
  let details = '';
  // A talk title in italics at the end: "Admin of FCAJ - *Why does your brain ...?*"
  const italic = /^(.*?\S)[\s:–—-]*(?<!\*)\*([^*]+)\*\s*\.?$|^(.*?\S)[\s:–—-]*(?<!_)_([^_]+)_\s*\.?$/.exec(rest.trim());
  if (italic) {
    details = (italic[2] ?? italic[4]).trim();
    rest = italic[1] ?? italic[3];
  }
  let text = plainText(rest);
  const quoted = /^(.*?)[\s:–—-]*[“"](.+)[”"]\s*\.?$/.exec(text);
  if (!details && quoted && quoted[1].trim()) {
    text = quoted[1].trim();
    details = quoted[2].trim();
  }
  text = text.replace(/[\s.;:,]+$/, '');
  // "CEO, Techcombank: A visionary leader ..." -- what follows a colon is description.
  const colon = text.indexOf(': ');
  if (colon > 0 && text.slice(colon + 2).split(/\s+/).length >= 8) {
    details = [text.slice(colon + 2).trim(), details].filter(Boolean).join(' ');
    text = text.slice(0, colon).trim();
  }
  const at = /^(.*?)\s+(?:@|at)\s+(.+)$/.exec(text);
  if (at) return { role: at[1].trim(), organization: at[2].trim(), details };
  const comma = text.lastIndexOf(', ');
  if (comma > 0) return { role: text.slice(0, comma).trim(), organization: text.slice(comma + 2).trim(), details };
  return { role: text, organization: '', details };
}

/** `(Role @ Org): "Talk"` after a name. */
function parenthesised(rest: string): { role: string; organization: string; details: string } {
  const close = rest.indexOf(')');
  const inner = close > 0 ? rest.slice(1, close) : rest.slice(1);
  const after = close > 0 ? rest.slice(close + 1).replace(/^\s*[:–—-]?\s*/, '') : '';
  const split = splitRole(inner);
  const tail = plainText(after).replace(/^[“"](.*)[”"]\.?$/, '$1');
  return { ...split, details: [split.details, tail].filter(Boolean).join(' ') };
}

/** Parses entry text (without its list marker). Returns null for an empty entry. */
export function parseSpeakerEntry(text: string): SpeakerEntry | null {
  const lead = text.length - text.trimStart().length;
  const body = text.trimEnd();
  if (body.trim().length === 0) return null;

  const first = strong(body, lead);
  if (first) {
    const names: NamePart[] = [];
    let colonInside = false;
    let inner = first.inner;
    if (/[:：]\s*$/.test(inner)) {
      colonInside = true;
      inner = inner.replace(/[:：]\s*$/, '');
    }
    names.push(...splitNames(inner, lead + 2, true));
    let end = first.end;
    // More bold names joined to the first: **A** và **B**, **A**, **B**
    for (;;) {
      const joiner = JOINER.exec(body.slice(end));
      if (!joiner) break;
      const next = strong(body, end + joiner[0].length);
      if (!next) break;
      names.push(...splitNames(next.inner.replace(/[:：]\s*$/, ''), end + joiner[0].length + 2, true));
      end = next.end;
    }
    const rest = body.slice(end);
    const trimmed = rest.trimStart();
    if (colonInside) return { names, bold: true, separator: ':', ...splitRole(trimmed) };
    if (trimmed.startsWith('(')) return { names, bold: true, separator: '(', ...parenthesised(trimmed) };
    const sep = /^([–—:,|]|-{1,2})\s*/.exec(trimmed);
    if (sep) return { names, bold: true, separator: sep[1], ...splitRole(trimmed.slice(sep[0].length)) };
    return { names, bold: true, separator: '', ...splitRole(trimmed) };
  }

  // Not bold: the name runs to the first separator.
  let cut = -1;
  let sepText = '';
  for (const sep of SEPARATORS) {
    const i = body.indexOf(sep, lead);
    if (i > lead && (cut < 0 || i < cut)) {
      cut = i;
      sepText = sep;
    }
  }
  const paren = body.indexOf(' (', lead);
  const parenClose = paren > 0 ? body.indexOf(')', paren) : -1;
  // "Anh Dinh Le Hoang (Aiden Dinh) - AI Engineer", "Mendel Grabski (Long)": a nickname belongs to the name.
  const nickname = paren > lead && parenClose > 0 && ((cut > 0 && parenClose < cut) ||
    (cut < 0 && body.slice(parenClose + 1).trim() === '' && /^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?$/u.test(body.slice(paren + 2, parenClose))));
  if (paren > lead && (cut < 0 || paren < cut) && !nickname) {
    return { names: splitNames(body.slice(lead, paren), lead), bold: false, separator: '(', ...parenthesised(body.slice(paren + 1)) };
  }
  if (cut > 0) {
    return {
      names: splitNames(body.slice(lead, cut), lead),
      bold: false,
      separator: sepText.trim(),
      ...splitRole(body.slice(cut + sepText.length)),
    };
  }
  const comma = body.indexOf(', ', lead);
  if (comma > lead) {
    return { names: [part(body.slice(lead, comma), lead)], bold: false, separator: ',', ...splitRole(body.slice(comma + 2)) };
  }
  return { names: splitNames(body.slice(lead), lead), bold: false, separator: '', role: '', organization: '', details: '' };
}

/** Whether a parsed entry reads like a person rather than a sentence or a group label. */
export function looksLikePerson(entry: SpeakerEntry): boolean {
  if (entry.names.length === 0) return false;
  return entry.names.every((n) => {
    const words = n.name.split(/\s+/).length;
    if (!n.name || n.name.length > 80) return false;
    if (entry.bold) return words <= 10;
    const capitalised = n.name.split(/\s+/).filter((w) => /^[\p{Lu}\d(]/u.test(w)).length;
    return words <= 6 && !/[.!?]$/.test(n.name) && capitalised / words >= 0.7;
  });
}
