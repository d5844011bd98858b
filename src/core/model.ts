/** The EventReport model: plain, immutable data that every feature reads. */

/** 0-based line and UTF-16 character in the text as given (BOM and CRLF included). */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export const SECTION_KINDS = [
  'objectives',
  'speakers',
  'highlights',
  'takeaways',
  'applying',
  'experience',
  'photos',
  'overview',
  'conclusion',
  'other',
] as const;

export type SectionKind = (typeof SECTION_KINDS)[number];

export type Severity = 'error' | 'warning' | 'info';

/** Something the parser itself found wrong, such as a YAML error. */
export interface Problem {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
}

export interface FrontMatterEntry {
  readonly key: string;
  readonly value: unknown;
  readonly keyRange: Range;
  /** null where the key has no value (`title:`). */
  readonly valueRange: Range | null;
}

export interface FrontMatter {
  /** From the opening fence to the end of the closing fence (or of the block, when unclosed). */
  readonly range: Range;
  readonly format: 'yaml' | 'toml';
  /** The text between the fences. */
  readonly source: string;
  /** Top-level mapping as plain data; null when it is not a mapping or does not parse. */
  readonly data: Readonly<Record<string, unknown>> | null;
  readonly entries: readonly FrontMatterEntry[];
  readonly closed: boolean;
}

export interface Heading {
  readonly level: number;
  /** Plain text: emphasis markers and closing #s removed. */
  readonly text: string;
  readonly style: 'atx' | 'setext';
  readonly range: Range;
}

export interface Section {
  readonly heading: Heading;
  readonly kind: SectionKind;
  /** Index in `sections` of the enclosing section, or -1. */
  readonly parent: number;
  /** From the heading to the next heading of the same or a higher level. */
  readonly range: Range;
}

export type SpeakerMarker = 'bullet' | 'ordered' | 'table' | 'heading' | 'line' | 'label';

/** How an entry was written, so an edit can write the next one alike. */
export interface SpeakerForm {
  readonly marker: SpeakerMarker;
  /** `-`, `*`, `+`, `1.`, `1)` or empty. */
  readonly bullet: string;
  readonly bold: boolean;
  /** What follows the name: `–`, `-`, `—`, `:`, `,`, `(` or empty for a name alone. */
  readonly separator: string;
}

export interface Speaker {
  readonly name: string;
  readonly role: string;
  readonly organization: string;
  readonly details: string;
  /** True for a person named on a label line (`**Speaker:** Name`) outside a Speakers section. */
  readonly inline: boolean;
  readonly form: SpeakerForm;
  readonly nameRange: Range;
  readonly range: Range;
}

/** One top-level block of a Speakers section (a list, a table, a paragraph, a person's sub-heading) and its people. */
export interface SpeakerBlock {
  /** Index in `sections` of the outermost Speakers section the block belongs to. */
  readonly section: number;
  readonly range: Range;
  /** The block's people, the same objects as in `speakers`. */
  readonly speakers: readonly Speaker[];
  /** Every word of the block is a name or a detail of its people, so it can be shown as cards without losing one. */
  readonly accounted: boolean;
}

export interface Image {
  readonly alt: string;
  readonly src: string;
  readonly html: boolean;
  readonly range: Range;
}

export interface Table {
  readonly header: readonly string[];
  readonly rows: number;
  readonly range: Range;
}

/** A block whose lines are not Markdown prose: fenced or indented code, raw HTML. */
export interface Block {
  readonly type: 'code' | 'html';
  readonly range: Range;
}

export interface EventReport {
  readonly path: string | undefined;
  readonly lineCount: number;
  readonly frontMatter: FrontMatter | null;
  readonly headings: readonly Heading[];
  /** The first non-empty H1 of the body. */
  readonly title: Heading | null;
  readonly sections: readonly Section[];
  readonly speakers: readonly Speaker[];
  /** The blocks of the Speakers sections, in order: the one reading of which blocks list whom. */
  readonly speakerBlocks: readonly SpeakerBlock[];
  readonly images: readonly Image[];
  readonly tables: readonly Table[];
  readonly blocks: readonly Block[];
  readonly problems: readonly Problem[];
}

export interface ParseOptions {
  readonly path?: string;
}
