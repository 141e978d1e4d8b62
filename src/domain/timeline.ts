/**
 * Dated events across all collections, in order: when measures are announced, take effect and
 * end, route-map phases start and end, actions fall due, passages are approved and used, and
 * sources are dated. Pure: built from an edition's entries.
 */
import type { IsoDate } from '../schemas/index.ts';
import { addDays } from './dates.ts';
import { keyOf, type AnyEntry, type EntryKey } from './types.ts';

export const EVENT_KINDS = {
  'maatregel-aangekondigd': 'Aangekondigd',
  'maatregel-van-kracht': 'Van kracht',
  'maatregel-tot-en-met': 'Laatste dag',
  'maatregel-status': 'Status gewijzigd',
  'fase-begint': 'Fase begint',
  'fase-eindigt': 'Fase eindigt',
  'actie-deadline': 'Deadline actie',
  'passage-vastgesteld': 'Passage vastgesteld',
  'passage-gebruikt': 'Passage gebruikt',
  'bron-gedateerd': 'Document',
} as const;
export type EventKind = keyof typeof EVENT_KINDS;

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

const KIND_ORDER = Object.keys(EVENT_KINDS) as EventKind[];

export function faseAnchor(fase: { id?: string | undefined }, index: number): string {
  return fase.id ?? `fase-${index + 1}`;
}

export function eventsOf(entry: AnyEntry): TimelineEvent[] {
  const key = keyOf(entry);
  const events: TimelineEvent[] = [];
  const add = (datum: IsoDate | undefined, soort: EventKind, label: string, extra: Partial<TimelineEvent> = {}) => {
    if (datum) events.push({ datum, soort, label, entry: key, ...extra });
  };
  switch (entry.collection) {
    case 'maatregelen': {
      const d = entry.data;
      add(d.aangekondigdOp, 'maatregel-aangekondigd', `${d.titel}: aangekondigd`);
      add(d.vanKrachtVanaf, 'maatregel-van-kracht', `${d.titel}: van kracht`);
      add(d.totEnMet, 'maatregel-tot-en-met', `${d.titel}: laatste dag`);
      for (const stap of d.statusverloop) {
        // Avoid echoing the dedicated date fields.
        if ((stap.status === 'van kracht' && stap.datum === d.vanKrachtVanaf) || (stap.status === 'aangekondigd' && stap.datum === d.aangekondigdOp)) continue;
        add(stap.datum, 'maatregel-status', `${d.titel}: ${stap.status}${stap.toelichting ? ` (${stap.toelichting})` : ''}`);
      }
      break;
    }
    case 'routekaarten': {
      const d = entry.data;
      d.fasen.forEach((fase, f) => {
        const anchor = faseAnchor(fase, f);
        add(fase.van, 'fase-begint', `${d.titel}: ${fase.titel} begint`, { anchor });
        add(fase.tot, 'fase-eindigt', `${d.titel}: ${fase.titel} eindigt`, { anchor });
        fase.acties.forEach((actie) =>
          add(actie.deadline, 'actie-deadline', actie.omschrijving, { anchor, eigenaar: `organisaties/${actie.eigenaar}` }),
        );
      });
      break;
    }
    case 'passages': {
      const d = entry.data;
      add(d.vastgesteldOp, 'passage-vastgesteld', `Passage vastgesteld: ${d.titel}`);
      for (const gebruik of d.gebruiktIn) add(gebruik.datum, 'passage-gebruikt', `Passage gebruikt in ${gebruik.titel ?? gebruik.kenmerk ?? 'een document'}: ${d.titel}`);
      break;
    }
    case 'bronnen':
      add(entry.data.datum, 'bron-gedateerd', `${entry.data.soort}: ${entry.data.titel}`);
      break;
    default:
      break;
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
