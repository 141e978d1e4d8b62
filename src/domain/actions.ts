/**
 * Route-map actions on a given day: which are open, which are overdue and by how many days, in
 * what order, grouped by owner or target group. Pure: dates in, facts out.
 */
import type { IsoDate } from '../schemas/index.ts';
import type { Actie, Fase, Routekaart } from '../collections/index.ts';
import { faseAnchor } from '../collections/routekaarten.ts';
import { toUtc } from './dates.ts';
import type { Entry } from './types.ts';

export const OPEN_ACTION_STATUSES: ReadonlySet<Actie['status']> = new Set(['open', 'lopend']);

/** Days an open action is past its deadline on `date` (0 when on time or done). */
export function daysOverdue(actie: Pick<Actie, 'deadline' | 'status'>, date: IsoDate): number {
  if (!actie.deadline || !OPEN_ACTION_STATUSES.has(actie.status) || actie.deadline >= date) return 0;
  return Math.round((toUtc(date).getTime() - toUtc(actie.deadline).getTime()) / 86_400_000);
}

/** "te laat (3 dagen)" / "te laat (1 dag)" */
export function overdueLabel(days: number): string {
  return `te laat (${days} ${days === 1 ? 'dag' : 'dagen'})`;
}

export interface OpenAction {
  routekaart: Entry<'routekaarten'>;
  faseIndex: number;
  fase: Fase;
  anchor: string;
  actie: Actie;
  overdueDays: number;
}

/**
 * Open and ongoing actions of route maps: overdue first (longest overdue first), then by
 * deadline, then those without a deadline; ties in route-map order.
 */
export function openActions(routekaarten: readonly Entry<'routekaarten'>[], date: IsoDate): OpenAction[] {
  const out: OpenAction[] = [];
  for (const routekaart of routekaarten) {
    routekaart.data.fasen.forEach((fase, faseIndex) => {
      for (const actie of fase.acties) {
        if (!OPEN_ACTION_STATUSES.has(actie.status)) continue;
        out.push({ routekaart, faseIndex, fase, anchor: faseAnchor(fase, faseIndex), actie, overdueDays: daysOverdue(actie, date) });
      }
    });
  }
  return sortActions(out);
}

/** Overdue first (most days first), then by deadline, then without deadline; stable otherwise. */
export function sortActions<A extends { actie: Pick<Actie, 'deadline'>; overdueDays: number }>(actions: A[]): A[] {
  return actions
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      if (x.a.overdueDays !== y.a.overdueDays) return y.a.overdueDays - x.a.overdueDays;
      const dx = x.a.actie.deadline ?? '9999-12-31';
      const dy = y.a.actie.deadline ?? '9999-12-31';
      return dx.localeCompare(dy) || x.i - y.i;
    })
    .map(({ a }) => a);
}

/** Open actions grouped by owner (organisatie id), groups in order of their most urgent action. */
export function actionsByOwner(actions: readonly OpenAction[]): Map<string, OpenAction[]> {
  const groups = new Map<string, OpenAction[]>();
  for (const action of actions) {
    const list = groups.get(action.actie.eigenaar);
    if (list) list.push(action);
    else groups.set(action.actie.eigenaar, [action]);
  }
  return groups;
}

/** Open actions of route maps for a target group (the route map's `doelgroepen`). */
export function actionsForGroup(actions: readonly OpenAction[], doelgroep: string): OpenAction[] {
  return actions.filter((a) => a.routekaart.data.doelgroepen.includes(doelgroep));
}

/** How many of the actions are overdue. */
export function overdueCount(actions: readonly Pick<OpenAction, 'overdueDays'>[]): number {
  return actions.filter((a) => a.overdueDays > 0).length;
}

/**
 * The action behind a timeline event of kind `actie-deadline` (phase anchor, description and
 * deadline), with its phase and how overdue it is on `date`; undefined when not found.
 */
export function actionOfEvent(
  routekaart: Pick<Routekaart, 'fasen'>,
  event: { anchor?: string | undefined; label: string; datum: IsoDate },
  date: IsoDate,
): { actie: Actie; fase: Fase; overdueDays: number } | undefined {
  for (const [i, fase] of routekaart.fasen.entries()) {
    if (event.anchor !== undefined && faseAnchor(fase, i) !== event.anchor) continue;
    const actie = fase.acties.find((a) => a.omschrijving === event.label && a.deadline === event.datum);
    if (actie) return { actie, fase, overdueDays: daysOverdue(actie, date) };
  }
  return undefined;
}

/**
 * The most urgent open actions on `date`, for the staff home, by how soon they matter rather
 * than by age: first the overdue actions of phases still running (the most recently overdue
 * first: what a meeting this week can still act on), then the actions due from `date` on
 * (soonest first), then overdue actions of phases that have ended (long overtaken: still listed,
 * still marked "te laat", but after what is due now), then those without a deadline. Actions of
 * withdrawn route maps are left out. The first `limit`, and every overdue one after them, up to
 * `max` in all: what is late is always on the list, but does not lead it.
 */
export function urgentActions<A extends { actie: Pick<Actie, 'deadline'>; overdueDays: number; fase?: Pick<Fase, 'tot'>; routekaart?: { data: Pick<Routekaart, 'status'> } }>(actions: readonly A[], date: IsoDate, limit: number, max = limit): A[] {
  const tier = (a: A) => (a.overdueDays > 0 ? (a.fase?.tot !== undefined && a.fase.tot <= date ? 2 : 0) : a.actie.deadline ? 1 : 3);
  return actions
    .filter((a) => a.routekaart?.data.status !== 'vervallen')
    .map((a, i) => ({ a, i, t: tier(a) }))
    .sort((x, y) => x.t - y.t || (x.t === 1 ? x.a.actie.deadline!.localeCompare(y.a.actie.deadline!) : x.a.overdueDays - y.a.overdueDays) || x.i - y.i)
    .filter((x, n) => n < limit || x.a.overdueDays > 0)
    .slice(0, max)
    .map(({ a }) => a);
}
