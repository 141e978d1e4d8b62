/**
 * What is true on a given day. A measure's `status` in frontmatter is the author's latest status;
 * on the reference date the measure may not be there yet ("aangekondigd" on 26 May, "van kracht"
 * only from 1 June). Actions whose deadline has passed while they are still open are overdue.
 * Periods of route-map phases are said the way the source documents say them, without the
 * exclusive `tot` of the model leaking into the text. Pure: dates in, facts out.
 */
import type { IsoDate } from '../schemas/index.ts';
import type { Actie, Fase, Passage, Routekaart } from '../collections/index.ts';
import { faseAnchor } from '../collections/routekaarten.ts';
import { addDays, formatDate, toUtc } from './dates.ts';
import { whyNotPublic } from './editions.ts';
import type { AnyEntry, Entry } from './types.ts';

// What is true of a measure or a passage on a day is declared with its collection; re-exported
// here, with the other facts of a day.
export { measureSteps, measureStatusOn, measureOn, nextStepLabel, type StatusOnDate } from '../collections/maatregelen.ts';
export { passageTrust, type PassageTrust } from '../collections/passages.ts';

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

type PassageFacts = Pick<Passage, 'titel' | 'soort' | 'status' | 'vastgesteldOp' | 'vastgesteldDoor' | 'herzienUiterlijk' | 'vervallenOp' | 'gebruiktIn'>;

/**
 * The source line "Kopieer tekst" adds: the letter or speech the passage was used in (its title,
 * kenmerk and date; the latest use), as a reader of the letter would cite it. Without a recorded
 * use, the approval. Never an internal path. `titleOfSource` names a `bron` id.
 */
export function passageSourceLine(d: PassageFacts, titleOfSource: (id: string) => string | undefined = () => undefined): string | undefined {
  if (d.status !== 'vastgesteld') return undefined;
  const used = [...d.gebruiktIn].sort((a, b) => b.datum.localeCompare(a.datum))[0];
  if (used) {
    const name = used.titel ?? (used.bron ? titleOfSource(used.bron) : undefined) ?? d.soort;
    const date = formatDate(used.datum);
    // "Kamerbrief over corona van 20 mei 2020" needs no second date.
    return `Bron: ${name}${used.kenmerk ? `, kenmerk ${used.kenmerk}` : ''}${name.includes(date) ? '' : `, ${date}`}.`;
  }
  const approval = [d.vastgesteldOp && `vastgesteld op ${formatDate(d.vastgesteldOp)}`, d.vastgesteldDoor && `door ${d.vastgesteldDoor}`].filter(Boolean).join(' ');
  return `Bron: vastgestelde passage "${d.titel}" (${d.soort})${approval ? `, ${approval}` : ''}.`;
}

/** Whether an entry is in the public edition on `date`, since when, from when, or why not. */
export type PublicationState =
  | { kind: 'publiek'; since?: IsoDate }
  | { kind: 'gepland'; from: IsoDate }
  | { kind: 'intern'; reason: string };

export function publicationState(entry: AnyEntry, date: IsoDate): PublicationState {
  const reason = whyNotPublic(entry, date);
  const from = entry.data.publicerenVanaf;
  if (reason === undefined) return { kind: 'publiek', ...(from ? { since: from } : {}) };
  if (from && from > date) {
    // Scheduled: public from that day, unless something else still stands in the way then.
    const then = whyNotPublic(entry, from);
    return then === undefined ? { kind: 'gepland', from } : { kind: 'intern', reason: then };
  }
  return { kind: 'intern', reason };
}

/** The publication state in one sentence, for internal pages. */
export function publicationNotice(state: PublicationState): string {
  switch (state.kind) {
    case 'publiek':
      return state.since ? `Staat ook in de publieksversie, sinds ${formatDate(state.since)}.` : 'Staat ook in de publieksversie (zichtbaarheid: publiek, zonder publicatiedatum).';
    case 'gepland':
      return `Staat nog niet in de publieksversie: wordt gepubliceerd op ${formatDate(state.from)} (publicerenVanaf).`;
    case 'intern':
      return `Staat niet in de publieksversie: ${state.reason}.`;
  }
}
