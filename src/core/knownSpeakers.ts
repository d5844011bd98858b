import type { EventReport } from './model';
import { personKey } from './rules/duplicateSpeaker';

export interface KnownSpeaker {
  readonly name: string;
  readonly role: string;
  readonly organization: string;
  /** In how many reports the person appears. */
  readonly reports: number;
}

/** Everyone listed in the given reports, one entry per person, most often listed first. */
export function knownSpeakers(reports: readonly EventReport[]): KnownSpeaker[] {
  const people = new Map<string, { name: string; role: string; organization: string; reports: Set<EventReport>; detail: number }>();
  for (const report of reports) {
    for (const s of report.speakers) {
      const key = personKey(s.name);
      if (!key) continue;
      const known = people.get(key);
      const detail = (s.role ? 1 : 0) + (s.organization ? 1 : 0);
      if (!known) {
        people.set(key, { name: s.name, role: s.role, organization: s.organization, reports: new Set([report]), detail });
        continue;
      }
      known.reports.add(report);
      // Keep the most complete description seen.
      if (detail > known.detail) Object.assign(known, { role: s.role, organization: s.organization, detail });
    }
  }
  return [...people.values()]
    .map((p) => ({ name: p.name, role: p.role, organization: p.organization, reports: p.reports.size }))
    .sort((a, b) => b.reports - a.reports || a.name.localeCompare(b.name));
}
