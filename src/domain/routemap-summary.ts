/**
 * A route map in one look, as staff need it before a meeting: where we are (the current phase and
 * what it means), the next milestone and the days to it, what is overdue and whose it is, the
 * next deadlines, and what is decided versus still being agreed. Pure: the route map and the
 * reference date in, facts out (src/components/RoutemapSummary.astro says them).
 */
import type { IsoDate } from '../schemas/index.ts';
import type { Actie, Fase, Routekaart } from '../collections/routekaarten.ts';
import { toUtc } from './dates.ts';
import { currentPhaseIndex } from './routemaps.ts';
import { OPEN_ACTION_STATUSES, daysOverdue, sortActions } from './actions.ts';
import { faseAnchor } from './timeline.ts';

export interface SummaryAction {
  actie: Actie;
  faseIndex: number;
  anchor: string;
  overdueDays: number;
  /** Days from the reference date to the deadline (0 = today). */
  daysLeft?: number | undefined;
}

export interface Milestone {
  datum: IsoDate;
  daysLeft: number;
  /** "Fase 2 (Periode na 1 juni) begint", "Fase 4 (Periode vanaf 15 juni) eindigt". */
  label: string;
  anchor: string;
}

export interface Decision {
  /** "De routekaart (versie 0.9)", "Fase 2 (Periode na 1 juni)". */
  wat: string;
  status: string;
  anchor?: string | undefined;
}

export interface RoutemapSummary {
  /** Where the reference date falls: before the first phase, in one, or after the last. */
  position: { kind: 'voor' | 'tijdens' | 'na'; index?: number; fase?: Fase; anchor?: string; total: number };
  next?: Milestone | undefined;
  overdue: SummaryAction[];
  /** Open and ongoing actions with a deadline on or after the reference date, soonest first. */
  upcoming: SummaryAction[];
  /** How many more upcoming deadlines there are than `upcoming` holds. */
  moreUpcoming: number;
  open: Decision[];
  decided: Decision[];
}

export const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);

export const phaseLabel = (fase: Pick<Fase, 'titel'>, index: number) => `Fase ${index + 1} (${fase.titel})`;

const UNDECIDED = new Set(['concept', 'ter afstemming']);

export function routemapSummary(d: Pick<Routekaart, 'fasen' | 'status' | 'versie'>, date: IsoDate, options: { upcoming?: number } = {}): RoutemapSummary {
  const limit = options.upcoming ?? 5;
  const current = currentPhaseIndex(d.fasen, date);
  const first = d.fasen[0];
  const firstStart = first?.van ?? first?.tot;
  const position: RoutemapSummary['position'] =
    current >= 0
      ? { kind: 'tijdens', index: current, fase: d.fasen[current]!, anchor: faseAnchor(d.fasen[current]!, current), total: d.fasen.length }
      : { kind: firstStart && date < firstStart ? 'voor' : 'na', total: d.fasen.length };

  // The next milestone: the first phase boundary after the reference date.
  const boundaries: Milestone[] = [];
  d.fasen.forEach((fase, i) => {
    const anchor = faseAnchor(fase, i);
    if (fase.van && fase.van > date) boundaries.push({ datum: fase.van, daysLeft: daysBetween(date, fase.van), label: `${phaseLabel(fase, i)} begint`, anchor });
    // The end of a phase is a milestone of its own only when no next phase starts that day.
    const next = d.fasen[i + 1];
    if (fase.tot && fase.tot > date && next?.van !== fase.tot) boundaries.push({ datum: fase.tot, daysLeft: daysBetween(date, fase.tot), label: `${phaseLabel(fase, i)} eindigt`, anchor });
  });
  boundaries.sort((a, b) => a.datum.localeCompare(b.datum));

  const actions: SummaryAction[] = d.fasen.flatMap((fase, faseIndex) =>
    fase.acties
      .filter((actie) => OPEN_ACTION_STATUSES.has(actie.status))
      .map((actie) => ({ actie, faseIndex, anchor: faseAnchor(fase, faseIndex), overdueDays: daysOverdue(actie, date), daysLeft: actie.deadline && actie.deadline >= date ? daysBetween(date, actie.deadline) : undefined })),
  );
  const overdue = sortActions(actions.filter((a) => a.overdueDays > 0));
  const coming = sortActions(actions.filter((a) => a.daysLeft !== undefined));

  const open: Decision[] = [];
  const decided: Decision[] = [];
  const routemap = { wat: `De routekaart (versie ${d.versie})`, status: d.status };
  if (UNDECIDED.has(d.status)) open.push(routemap);
  else if (d.status === 'vastgesteld') decided.push(routemap);
  d.fasen.forEach((fase, i) => {
    if (!fase.status) return;
    const item = { wat: phaseLabel(fase, i), status: fase.status, anchor: faseAnchor(fase, i) };
    if (UNDECIDED.has(fase.status)) open.push(item);
    else if (fase.status === 'vastgesteld') decided.push(item);
  });

  return { position, next: boundaries[0], overdue, upcoming: coming.slice(0, limit), moreUpcoming: Math.max(0, coming.length - limit), open, decided };
}

/** "over 6 dagen", "morgen", "vandaag". */
export function daysLeftLabel(days: number): string {
  if (days === 0) return 'vandaag';
  if (days === 1) return 'morgen';
  return `over ${days} dagen`;
}

/**
 * The measure all actions of a phase serve, when they all name the same one: the phase then says
 * it once instead of every row repeating it.
 */
export function sharedMeasure(fase: Pick<Fase, 'acties'>): string | undefined {
  const first = fase.acties[0]?.maatregel;
  if (!first || fase.acties.length < 2) return undefined;
  return fase.acties.every((a) => a.maatregel === first) ? first : undefined;
}
