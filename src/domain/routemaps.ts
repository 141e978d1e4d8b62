/**
 * Route-map logic: which phase is current on a date, what happens in the coming weeks across all
 * route maps (phase transitions and action deadlines), grouped by ISO week, and how a phase's
 * period and a route map's standing are said. Periods are said the way the source documents say
 * them, without the exclusive `tot` of the model leaking into the text.
 */
import type { IsoDate } from '../schemas/index.ts';
import type { Fase, Routekaart } from '../collections/routekaarten.ts';
import { addDays, formatDate, isoWeek, toUtc } from './dates.ts';
import type { Timeline, TimelineEvent } from './timeline.ts';

/**
 * The phase in force on `date`: the last phase whose start (van, or the previous phase's end)
 * is on or before the date and whose end (tot, exclusive) is after it. Phases without dates
 * take their bounds from their neighbours. -1 when the date is before the first phase or after
 * the last.
 */
export function currentPhaseIndex(fasen: readonly Pick<Fase, 'van' | 'tot'>[], date: IsoDate): number {
  for (let i = fasen.length - 1; i >= 0; i--) {
    const fase = fasen[i]!;
    const start = fase.van ?? fasen[i - 1]?.tot ?? undefined;
    const end = fase.tot ?? fasen[i + 1]?.van ?? undefined;
    const started = start === undefined ? i === 0 : start <= date;
    const notEnded = end === undefined || date < end;
    if (started && notEnded) return i;
    if (started) return -1; // after the end of the latest phase that started
  }
  return -1;
}

export type PhaseState = 'voorbij' | 'huidig' | 'komend';
export function phaseStates(fasen: readonly Pick<Fase, 'van' | 'tot'>[], date: IsoDate): PhaseState[] {
  const current = currentPhaseIndex(fasen, date);
  return fasen.map((fase, i) => {
    if (i === current) return 'huidig';
    if (current >= 0) return i < current ? 'voorbij' : 'komend';
    const start = fase.van ?? fase.tot;
    return start && start <= date ? 'voorbij' : 'komend';
  });
}

export const ROUTEMAP_EVENT_KINDS = new Set<TimelineEvent['soort']>(['fase-begint', 'fase-eindigt', 'actie-deadline']);

export interface Week {
  year: number;
  week: number;
  monday: IsoDate;
  events: TimelineEvent[];
}

/** Events in [from, from + weeks*7) grouped per ISO week; `filter` picks the kinds of event. */
export function comingWeeks(timeline: Timeline, from: IsoDate, weeks: number, filter: (e: TimelineEvent) => boolean = () => true): Week[] {
  const out = new Map<string, Week>();
  for (const event of timeline.between(from, weeks * 7)) {
    if (!filter(event)) continue;
    const w = isoWeek(event.datum);
    const id = `${w.year}-${w.week}`;
    const week = out.get(id) ?? out.set(id, { ...w, events: [] }).get(id)!;
    week.events.push(event);
  }
  return [...out.values()];
}

/**
 * Rows of a week on `/komende-weken/`, a page people print for meetings: the first `limit` events
 * in date order, and the rest counted per day (the timeline's day pages list them all). With
 * thousands of route maps a week held thousands of rows: 1.7 MB at 100,000 entries.
 */
export const WEEK_LIMIT = 40;

export interface WeekRows {
  shown: TimelineEvent[];
  /** The events not shown, counted per day, in date order. */
  moreByDay: { datum: IsoDate; count: number }[];
  more: number;
}

export function weekRows(week: Pick<Week, 'events'>, limit = WEEK_LIMIT): WeekRows {
  const sorted = [...week.events].sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  const rest = sorted.slice(limit);
  const byDay = new Map<IsoDate, number>();
  for (const e of rest) byDay.set(e.datum, (byDay.get(e.datum) ?? 0) + 1);
  return { shown: sorted.slice(0, limit), moreByDay: [...byDay].map(([datum, count]) => ({ datum, count })), more: rest.length };
}

export function weekLabel(week: Pick<Week, 'week' | 'monday'>): string {
  return `week ${week.week}`;
}

const dayMonth = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', timeZone: 'UTC' });

/**
 * A phase's period in words, unambiguous about its last day: the model's `tot` is exclusive (the
 * day the next phase starts), so "van 1 juni tot 8 juni" is said as "1 t/m 7 juni 2020".
 */
export function formatPeriod(fase: Pick<Fase, 'van' | 'tot'>): string {
  const last = fase.tot ? addDays(fase.tot, -1) : undefined;
  if (fase.van && last) {
    if (last < fase.van) return formatDate(fase.van);
    if (last === fase.van) return formatDate(fase.van);
    const sameYear = fase.van.slice(0, 4) === last.slice(0, 4);
    const sameMonth = sameYear && fase.van.slice(0, 7) === last.slice(0, 7);
    const start = sameMonth ? day.format(toUtc(fase.van)) : sameYear ? dayMonth.format(toUtc(fase.van)) : formatDate(fase.van);
    return `${start} t/m ${formatDate(last)}`;
  }
  if (fase.van) return `vanaf ${formatDate(fase.van)}`;
  if (last) return `t/m ${formatDate(last)}`;
  return 'zonder vaste data';
}

/** Whether a route map may be relied on as final; otherwise pages say so at the top, with the version. */
export function routeMapNotice(d: Pick<Routekaart, 'status' | 'versie' | 'versiedatum'>): string | undefined {
  if (d.status === 'vastgesteld') return undefined;
  if (d.status === 'vervallen') return `Deze routekaart is vervallen (versie ${d.versie} van ${formatDate(d.versiedatum)}): niet meer gebruiken.`;
  return `Deze routekaart is nog niet vastgesteld: versie ${d.versie} van ${formatDate(d.versiedatum)}, status ${d.status}.`;
}
