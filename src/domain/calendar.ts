/**
 * Calendars (iCalendar, RFC 5545) of an edition's key dates: measures taking effect and ending,
 * route-map phases starting and ending, action deadlines with their owner, as far as the
 * edition's profile lists the event kinds (`calendarKinds`). The timeline (src/domain/timeline.ts)
 * is the source: `eventsOf` per entry of the edition's own selection, so a calendar can only
 * hold what the edition shows.
 *
 * Every event is an all-day event with a stable UID, derived from the entry's key, the kind of
 * event, its anchor (a phase) and its position among the entry's events of that kind and anchor
 * in the order written: re-importing or refreshing a subscribed calendar updates an event
 * instead of duplicating it, whatever the build. Written with ical-generator.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { IsoDate } from '../schemas/index.ts';
import { addDays, toUtc } from './dates.ts';
import { EVENT_KINDS, compareEvents, eventsOf, type EventKind, type TimelineEvent } from './timeline.ts';
import type { AnyEntry, EntryKey } from './types.ts';

export interface CalendarEvent extends TimelineEvent {
  uid: string;
}

/** How many dates before the reference date a calendar keeps (see `calendarWindow`). */
export const CALENDAR_PAST_LIMIT = 250;

/**
 * What a calendar holds of `events` (in timeline order): every date on or after the reference
 * date, and the CALENDAR_PAST_LIMIT last ones before it. A subscribed calendar is for what is
 * coming; years of past dates made a hub's calendar grow with the whole knowledge base (the
 * internal `agenda.ics` was 6.3 MB at 10,000 entries). The past stays on the timeline pages.
 */
export function calendarWindow<E extends Pick<TimelineEvent, 'datum'>>(events: readonly E[], peildatum: IsoDate, pastLimit = CALENDAR_PAST_LIMIT): E[] {
  const firstComing = events.findIndex((e) => e.datum >= peildatum);
  const past = firstComing < 0 ? events.length : firstComing;
  return events.slice(Math.max(0, past - pastLimit));
}

/** The UID stem of an event: `maatregelen.herstart-dagbesteding.maatregel-van-kracht.0`. */
export function eventUid(event: Pick<TimelineEvent, 'entry' | 'soort' | 'anchor'>, index: number, domain: string): string {
  return `${event.entry.replace('/', '.')}.${event.soort}${event.anchor ? `.${event.anchor}` : ''}.${index}@${domain}`;
}

/**
 * The events of `entries` whose kind is in `kinds`, in timeline order, each with its UID. The
 * UID's index counts the entry's events of the same kind and anchor in the order the entry
 * writes them (not by date), so moving a deadline keeps its UID.
 */
export function calendarEvents(entries: readonly AnyEntry[], kinds: readonly EventKind[], domain: string): CalendarEvent[] {
  const wanted = new Set(kinds);
  const out: CalendarEvent[] = [];
  for (const entry of entries) {
    const counts = new Map<string, number>();
    for (const event of eventsOf(entry)) {
      const slot = `${event.soort}|${event.anchor ?? ''}`;
      const index = counts.get(slot) ?? 0;
      counts.set(slot, index + 1);
      if (wanted.has(event.soort)) out.push({ ...event, uid: eventUid(event, index, domain) });
    }
  }
  return out.sort(compareEvents);
}

export interface CalendarOptions {
  /** The calendar's name, e.g. "Wegwijs: belangrijke data". */
  name: string;
  description: string;
  /** Absolute URL of the page the calendar belongs to. */
  url: string;
  /** The absolute URL of an entry page (with the event's anchor). */
  link: (entry: EntryKey, anchor?: string) => string;
  /** Title of an entry in the edition (owners, entries), `undefined` when it is not in it. */
  title: (key: EntryKey) => string | undefined;
  /** DTSTAMP of every event: the reference date, so that the file does not change with the build time. */
  stamp: IsoDate;
}

/** The summary of an event in a calendar: what happens, and for actions the owner. */
export function eventSummary(event: TimelineEvent, title: (key: EntryKey) => string | undefined): string {
  if (event.soort === 'actie-deadline') {
    const owner = event.eigenaar ? title(event.eigenaar) : undefined;
    return `Deadline: ${event.label}${owner ? ` (${owner})` : ''}`;
  }
  return event.label;
}

/** The events as an iCalendar file: all-day events (DTSTART;VALUE=DATE, DTEND the next day). */
export function calendarIcs(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    url: options.url,
    prodId: { company: 'Ministerie van VWS', product: 'Wegwijs', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of events) {
    const entryTitle = options.title(event.entry);
    const owner = event.eigenaar ? options.title(event.eigenaar) : undefined;
    const link = options.link(event.entry, event.anchor);
    const lines = [`${EVENT_KINDS[event.soort]}${entryTitle ? `: ${entryTitle}` : ''}`];
    if (owner) lines.push(`Eigenaar: ${owner}`);
    lines.push(link);
    calendar.createEvent({
      id: event.uid,
      allDay: true,
      start: toUtc(event.datum),
      end: toUtc(addDays(event.datum, 1)),
      stamp: toUtc(options.stamp),
      summary: eventSummary(event, options.title),
      description: lines.join('\n'),
      url: link,
    });
  }
  return calendar.toString();
}
