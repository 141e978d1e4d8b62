/**
 * What is true on a given day. A measure's `status` in frontmatter is the author's latest status;
 * on the reference date the measure may not be there yet ("aangekondigd" on 26 May, "van kracht"
 * only from 1 June). Actions whose deadline has passed while they are still open are overdue.
 * Periods of route-map phases are said the way the source documents say them, without the
 * exclusive `tot` of the model leaking into the text. Pure: dates in, facts out.
 */
import type { Actie, Fase, IsoDate, Maatregel, Passage, Routekaart } from '../schemas/index.ts';
import type { MaatregelStatus } from '../schemas/maatregelen.ts';
import { addDays, formatDate, toUtc } from './dates.ts';
import { whyNotPublic } from './editions.ts';
import { faseAnchor } from './timeline.ts';
import type { AnyEntry, Entry } from './types.ts';

type MeasureDates = Pick<Maatregel, 'status' | 'statusverloop' | 'aangekondigdOp' | 'vanKrachtVanaf' | 'totEnMet'>;

export interface StatusOnDate {
  /** The status on the date. */
  status: MaatregelStatus;
  /** Since when, when known. */
  since?: IsoDate;
  /** The next known change after the date ("van kracht vanaf 1 juni 2020"). */
  next?: { status: MaatregelStatus; date: IsoDate };
}

/**
 * Dated steps of a measure, in order: its `statusverloop`, and the dedicated date fields
 * (`aangekondigdOp` → aangekondigd, `vanKrachtVanaf` → van kracht, the day after `totEnMet` → the
 * author's final status when that is afgeschaald or beëindigd).
 */
export function measureSteps(d: MeasureDates): { date: IsoDate; status: MaatregelStatus }[] {
  const steps = d.statusverloop.map((s) => ({ date: s.datum, status: s.status }));
  const has = (status: MaatregelStatus) => steps.some((s) => s.status === status);
  if (d.aangekondigdOp && !has('aangekondigd')) steps.push({ date: d.aangekondigdOp, status: 'aangekondigd' });
  if (d.vanKrachtVanaf && !has('van kracht')) steps.push({ date: d.vanKrachtVanaf, status: 'van kracht' });
  if (d.totEnMet && (d.status === 'beëindigd' || d.status === 'afgeschaald') && !has(d.status)) steps.push({ date: addDays(d.totEnMet, 1), status: d.status });
  // Stable sort: on the same day the order written wins.
  return steps.map((s, i) => ({ ...s, i })).sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i).map(({ date, status }) => ({ date, status }));
}

/**
 * The author's data behind a measure returned by `measureOn`: its steps still need the author's
 * final status (an end after `totEnMet`), so asking a measure as of one date about another date
 * gives the same answer as asking the original.
 */
const authored = new WeakMap<object, MeasureDates>();

/** A measure's status on `date`, from its steps; the author's status when nothing is dated. */
export function measureStatusOn(measure: MeasureDates, date: IsoDate): StatusOnDate {
  const d = authored.get(measure) ?? measure;
  const steps = measureSteps(d);
  if (steps.length === 0) return { status: d.status };
  const past = steps.filter((s) => s.date <= date);
  const future = steps.filter((s) => s.date > date);
  const next = future[0];
  const current = past.at(-1);
  return {
    status: current?.status ?? 'voorgenomen',
    ...(current ? { since: current.date } : {}),
    ...(next ? { next: { status: next.status, date: next.date } } : {}),
  };
}

/** The measure as it stands on `date`: its `status` replaced by the status on that day. */
export function measureOn<E extends Entry<'maatregelen'>>(entry: E, date: IsoDate): E {
  const status = measureStatusOn(entry.data, date).status;
  if (status === entry.data.status) return entry;
  const data = { ...entry.data, status };
  authored.set(data, authored.get(entry.data) ?? entry.data);
  return { ...entry, data };
}

/** "van kracht vanaf 1 juni 2020": the next step of a measure, in words. */
export function nextStepLabel(next: { status: MaatregelStatus; date: IsoDate }): string {
  return `${next.status} vanaf ${formatDate(next.date)}`;
}

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
 * How far a passage may be trusted on `date`: approved (green), approved but past its review
 * date (amber: check before use, still copyable), withdrawn (since when, when known), or not
 * approved yet.
 */
export type PassageTrust =
  | { kind: 'vastgesteld'; op: IsoDate | undefined; door: string | undefined; herzienUiterlijk?: IsoDate }
  | { kind: 'controleren'; op: IsoDate | undefined; door: string | undefined; herzienUiterlijk: IsoDate }
  | { kind: 'vervallen'; op?: IsoDate }
  | { kind: 'niet-vastgesteld'; status: Passage['status'] };

export function passageTrust(d: PassageFacts, date: IsoDate): PassageTrust {
  if (d.status === 'vervallen') return { kind: 'vervallen', ...(d.vervallenOp ? { op: d.vervallenOp } : {}) };
  if (d.status !== 'vastgesteld') return { kind: 'niet-vastgesteld', status: d.status };
  if (d.herzienUiterlijk && d.herzienUiterlijk < date) return { kind: 'controleren', op: d.vastgesteldOp, door: d.vastgesteldDoor, herzienUiterlijk: d.herzienUiterlijk };
  return { kind: 'vastgesteld', op: d.vastgesteldOp, door: d.vastgesteldDoor, ...(d.herzienUiterlijk ? { herzienUiterlijk: d.herzienUiterlijk } : {}) };
}

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
