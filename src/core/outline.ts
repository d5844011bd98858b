import type { EventReport, Range, SectionKind } from './model';
import { pageFacts, type PageFacts } from './pageFacts';
import { sectionKindName } from './sections';

/** One heading of the outline. */
export interface OutlineSection {
  /** 1-based line of the heading. */
  readonly line: number;
  readonly level: number;
  readonly text: string;
  readonly kind: SectionKind;
  /** The kind's name for people, in the current language; empty for `other`. */
  readonly kindName: string;
  /** Index in `sections` of the enclosing heading, or -1. */
  readonly parent: number;
  readonly headingRange: Range;
  readonly range: Range;
}

/** One speaker of the outline. */
export interface OutlineSpeaker {
  /** 1-based line of the entry. */
  readonly line: number;
  readonly name: string;
  readonly role: string;
  readonly organization: string;
  /** Role and organisation as shown beside the name ("Solutions Architect, AWS"). */
  readonly about: string;
  readonly details: string;
  readonly inline: boolean;
  readonly nameRange: Range;
  readonly range: Range;
}

/** What the Event Report tree, the Show Report Outline quick pick and `event-notes outline` show of a report. */
export interface ReportOutline {
  /** The title heading's text, null without one. */
  readonly title: string | null;
  readonly facts: PageFacts;
  readonly sections: readonly OutlineSection[];
  readonly speakers: readonly OutlineSpeaker[];
}

/** The one projection of a report that every outline view reads. */
export function reportOutline(report: EventReport): ReportOutline {
  return {
    title: report.title?.text ?? null,
    facts: pageFacts(report),
    sections: report.sections.map((s) => ({
      line: s.heading.range.start.line + 1,
      level: s.heading.level,
      text: s.heading.text,
      kind: s.kind,
      kindName: s.kind === 'other' ? '' : sectionKindName(s.kind),
      parent: s.parent,
      headingRange: s.heading.range,
      range: s.range,
    })),
    speakers: report.speakers.map((s) => ({
      line: s.range.start.line + 1,
      name: s.name,
      role: s.role,
      organization: s.organization,
      about: [s.role, s.organization].filter(Boolean).join(', '),
      details: s.details,
      inline: s.inline,
      nameRange: s.nameRange,
      range: s.range,
    })),
  };
}
