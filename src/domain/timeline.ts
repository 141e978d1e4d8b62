/**
 * Dated events across all collections, in order: when measures are announced, take effect and
 * end, route-map phases start and end, actions fall due, passages are approved and used, and
 * sources are dated. Pure: built from an edition's entries.
 */
import type { IsoDate } from '../schemas/index.ts';
import { COLLECTIONS, definitionOf, type EventKind } from '../collections/index.ts';
import { addDays } from './dates.ts';
import { keyOf, type AnyEntry, type EntryKey } from './types.ts';

export { faseAnchor } from '../collections/routekaarten.ts';
export type { EventKind };

/** Every kind of event with its label, declared by the collections (`eventKinds`), in registry order. */
export const EVENT_KINDS = Object.assign({}, ...COLLECTIONS.map((c) => definitionOf(c).eventKinds)) as Readonly<Record<EventKind, string>>;

export interface TimelineEvent {
  datum: IsoDate;
  soort: EventKind;
  /** What happens, in Dutch, without the date. */
  label: string;
  entry: EntryKey;
  /** Fragment within the entry page, e.g. a phase. */
  anchor?: string;
  /** For actions: the owner (an organisatie key). */
  eigenaar?: EntryKey;
}

/** On one day, events are listed in the order of their kinds. */
const KIND_ORDER = Object.keys(EVENT_KINDS) as EventKind[];

/** The dated events of an entry, as its collection declares them (`events`); undated ones are left out. */
export function eventsOf(entry: AnyEntry): TimelineEvent[] {
  const entryKey = keyOf(entry);
  const events: TimelineEvent[] = [];
  for (const { datum, soort, ...extra } of definitionOf(entry.collection).events?.(entry.data) ?? []) {
    if (datum) events.push({ datum, soort: soort as EventKind, ...extra, entry: entryKey });
  }
  return events;
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.datum.localeCompare(b.datum) || KIND_ORDER.indexOf(a.soort) - KIND_ORDER.indexOf(b.soort) || a.label.localeCompare(b.label, 'nl');
}

export interface Timeline {
  events: readonly TimelineEvent[];
  /** Distinct dates that have events, ascending. */
  dates: readonly IsoDate[];
  on(date: IsoDate): readonly TimelineEvent[];
  /** Events with from <= date < from + days. */
  between(from: IsoDate, days: number): readonly TimelineEvent[];
  /** Events of one entry. */
  of(key: EntryKey): readonly TimelineEvent[];
}

export function buildTimeline(entries: readonly AnyEntry[]): Timeline {
  const events = entries.flatMap(eventsOf).sort(compareEvents);
  const byDate = new Map<IsoDate, TimelineEvent[]>();
  const byEntry = new Map<EntryKey, TimelineEvent[]>();
  for (const event of events) {
    (byDate.get(event.datum) ?? byDate.set(event.datum, []).get(event.datum)!).push(event);
    (byEntry.get(event.entry) ?? byEntry.set(event.entry, []).get(event.entry)!).push(event);
  }
  return {
    events,
    dates: [...byDate.keys()],
    on: (date) => byDate.get(date) ?? [],
    between: (from, days) => {
      const end = addDays(from, days);
      return events.filter((e) => e.datum >= from && e.datum < end);
    },
    of: (key) => byEntry.get(key) ?? [],
  };
}

/** Months (`YYYY-MM`) with events, ascending, with their event counts. */
export function monthsOf(timeline: Timeline): Array<{ month: string; count: number }> {
  const counts = new Map<string, number>();
  for (const event of timeline.events) counts.set(event.datum.slice(0, 7), (counts.get(event.datum.slice(0, 7)) ?? 0) + 1);
  return [...counts].map(([month, count]) => ({ month, count }));
}

const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "juni 2020" */
export function monthLabel(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}
