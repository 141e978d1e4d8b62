/**
 * The calendars of an edition (src/domain/calendar.ts) from its Site: the whole edition
 * (`/agenda.ics`), per target group (`/doelgroepen/<id>/agenda.ics`: its measures and route
 * maps) and per organisation (`/organisaties/<id>/agenda.ics`: the action deadlines it owns,
 * only in editions whose calendars hold action deadlines). Events are computed once per edition;
 * each calendar holds the dates from the reference date on and the last ones before it
 * (`calendarWindow`).
 */
import { siteUrl } from '../config.ts';
import { CALENDAR_PAST_LIMIT, calendarEvents, calendarIcs, calendarWindow, type CalendarEvent } from '../domain/calendar.ts';
import { formatDate } from '../domain/dates.ts';
import type { EntryKey } from '../domain/types.ts';
import { absoluteUrl, entryPath } from './routes.ts';
import type { Site } from './site.ts';

const memo = new WeakMap<Site, CalendarEvent[]>();

/** Every calendar event of the edition, in timeline order. */
export function editionEvents(site: Site): CalendarEvent[] {
  let events = memo.get(site);
  if (!events) memo.set(site, (events = calendarEvents(site.entries, site.profile.calendarKinds, new URL(siteUrl()).hostname)));
  return events;
}

/** Whether the edition has a calendar per organisation (its action deadlines). */
export const hasOrganisationCalendars = (site: Site): boolean => site.profile.calendarKinds.includes('actie-deadline');

/** Events of a target group: of measures and route maps that name it. */
export function targetGroupEvents(site: Site, id: string): CalendarEvent[] {
  return editionEvents(site).filter((event) => {
    const entry = site.get(event.entry);
    return !!entry && (entry.collection === 'maatregelen' || entry.collection === 'routekaarten') && entry.data.doelgroepen.includes(id);
  });
}

/** Action deadlines an organisation owns. */
export function organisationEvents(site: Site, id: string): CalendarEvent[] {
  return editionEvents(site).filter((event) => event.soort === 'actie-deadline' && event.eigenaar === `organisaties/${id}`);
}

export function icsFor(site: Site, events: readonly CalendarEvent[], meta: { name: string; description: string; page: string }, origin: URL | string = siteUrl()): string {
  const title = (key: EntryKey) => {
    const entry = site.get(key);
    if (!entry) return undefined;
    return entry.collection === 'organisaties' && entry.data.afkorting ? `${entry.data.afkorting}, ${entry.data.titel}` : entry.data.titel;
  };
  return calendarIcs(calendarWindow(events, site.peildatum), {
    name: `${meta.name}${site.profile.titleSuffix}`,
    description: `${meta.description} Alle data vanaf ${formatDate(site.peildatum)} en de ${CALENDAR_PAST_LIMIT} laatste daarvoor; de rest staat op de tijdlijn.`,
    url: absoluteUrl(site.edition, meta.page, origin),
    link: (key, anchor) => absoluteUrl(site.edition, entryPath(key), origin) + (anchor ? `#${anchor}` : ''),
    title,
    stamp: site.peildatum,
  });
}
