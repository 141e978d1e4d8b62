/**
 * Route-map logic: which phase is current on a date, and what happens in the coming weeks
 * across all route maps (phase transitions and action deadlines), grouped by ISO week.
 */
import type { IsoDate } from '../schemas/index.ts';
import type { Fase } from '../collections/routekaarten.ts';
import { isoWeek } from './dates.ts';
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

export function weekLabel(week: Pick<Week, 'week' | 'monday'>): string {
  return `week ${week.week}`;
}

