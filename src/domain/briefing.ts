/**
 * What goes into a briefing pack for one target group: its route maps, the approved passages
 * and the Q&A for its measures (and those addressed to the group directly); and the selection
 * of it that the pack shows (`briefingSelection`): what is current on the reference date, each
 * section bounded, so a pack for a group that thousands of entries name stays one a person can
 * print and read. The rest is one link away (/briefings/<id>/<deel>/). Pure.
 */
import { neighbours, type Graph } from './graph.ts';
import { compareEvents, type Timeline, type TimelineEvent } from './timeline.ts';
import type { Entry, EntryKey } from './types.ts';
import type { IsoDate } from '../schemas/index.ts';

export interface Briefing {
  doelgroep: Entry<'doelgroepen'>;
  routekaarten: Entry<'routekaarten'>[];
  maatregelen: Entry<'maatregelen'>[];
  passages: Entry<'passages'>[];
  vragen: Entry<'vragen'>[];
}

export function briefingFor(graph: Graph, doelgroep: Entry<'doelgroepen'>): Briefing {
  const key: EntryKey = `doelgroepen/${doelgroep.id}`;
  const incoming = graph.incoming(key);
  const get = <C extends 'routekaarten' | 'maatregelen' | 'passages' | 'vragen'>(keys: EntryKey[], collection: C) =>
    keys.map((k) => graph.get(k)).filter((e): e is Entry<C> & NonNullable<typeof e> => e?.collection === collection) as Entry<C>[];

  const routekaarten = get(neighbours(incoming, 'from', 'routekaarten'), 'routekaarten');
  const maatregelKeys = new Set<EntryKey>(neighbours(incoming, 'from', 'maatregelen'));
  for (const kaart of routekaarten) for (const k of neighbours(graph.outgoing(`routekaarten/${kaart.id}`), 'to', 'maatregelen')) maatregelKeys.add(k);
  const maatregelen = get([...maatregelKeys], 'maatregelen');

  const around = (collection: 'passages' | 'vragen') => {
    const keys = new Set<EntryKey>(neighbours(incoming, 'from', collection));
    for (const m of maatregelKeys) for (const k of neighbours(graph.incoming(m), 'from', collection)) keys.add(k);
    return [...keys];
  };
  const passages = get(around('passages'), 'passages').filter((p) => p.data.status === 'vastgesteld');
  const vragen = get(around('vragen'), 'vragen').filter((v) => v.data.status !== 'vervallen');
  return { doelgroep, routekaarten, maatregelen, passages, vragen };
}

export function isEmptyBriefing(b: Briefing): boolean {
  return b.routekaarten.length + b.passages.length + b.vragen.length === 0;
}

export interface BriefingLimits {
  /** Route maps shown in full (they are long). */
  routekaarten: number;
  /** Passages and Q&A shown with their text. */
  teksten: number;
  /** Measures, actions and dates: one line each. */
  regels: number;
}
export const BRIEFING_LIMITS: BriefingLimits = { routekaarten: 3, teksten: 10, regels: 20 };

/** The whole of a section, and what a meeting gets of it: the first `limit`, in order of relevance. */
export interface BriefingSection<T> {
  all: T[];
  shown: T[];
  more: number;
}

export interface BriefingSelection {
  /** Route maps that are not withdrawn, the latest version first. */
  routekaarten: BriefingSection<Entry<'routekaarten'>>;
  /** Measures in force on the reference date. */
  maatregelen: BriefingSection<Entry<'maatregelen'>>;
  /** Approved passages, the latest approved first. */
  passages: BriefingSection<Entry<'passages'>>;
  /** Approved Q&A first, then the rest that is not withdrawn; the latest checked first. */
  vragen: BriefingSection<Entry<'vragen'>>;
}

const section = <T>(all: T[], limit: number): BriefingSection<T> => ({ all, shown: all.slice(0, limit), more: Math.max(0, all.length - limit) });
const byDesc = <T>(date: (x: T) => string | undefined) => (a: T, b: T) => (date(b) ?? '').localeCompare(date(a) ?? '');

/**
 * A briefing pack is what a person takes into a meeting: what is current on the reference date,
 * each section bounded (`limits`), with the rest one link away. `inForce` says whether a measure
 * is in force on the reference date (status.ts: measureStatusOn), passed in to keep this module
 * free of the date rules.
 */
export function briefingSelection(b: Briefing, inForce: (m: Entry<'maatregelen'>) => boolean, limits: BriefingLimits = BRIEFING_LIMITS): BriefingSelection {
  const routekaarten = b.routekaarten.filter((r) => r.data.status !== 'vervallen').sort(byDesc((r) => r.data.versiedatum));
  const maatregelen = b.maatregelen.filter(inForce).sort(byDesc((m) => m.data.vanKrachtVanaf));
  const passages = [...b.passages].sort(byDesc((p) => p.data.vastgesteldOp));
  const approved = (v: Entry<'vragen'>) => (v.data.status === 'vastgesteld' ? 0 : 1);
  const vragen = [...b.vragen].sort((x, y) => approved(x) - approved(y) || byDesc<Entry<'vragen'>>((v) => v.data.laatstGecontroleerd)(x, y));
  return {
    routekaarten: section(routekaarten, limits.routekaarten),
    maatregelen: section(maatregelen, limits.regels),
    passages: section(passages, limits.teksten),
    vragen: section(vragen, limits.teksten),
  };
}

/** Dates on or after `date` of the pack's route maps and measures (phases, deadlines, measures taking effect or ending), in order. */
export function upcomingEvents(b: Briefing, timeline: Timeline, date: IsoDate): TimelineEvent[] {
  const keys: EntryKey[] = [...b.routekaarten.map((r) => `routekaarten/${r.id}` as const), ...b.maatregelen.map((m) => `maatregelen/${m.id}` as const)];
  return keys.flatMap((k) => timeline.of(k).filter((e) => e.datum >= date)).sort(compareEvents);
}
