/**
 * What goes into a briefing pack for one target group: its route maps, the approved passages
 * and the Q&A for its measures (and those addressed to the group directly). Pure.
 */
import { neighbours, type Graph } from './graph.ts';
import type { Entry, EntryKey } from './types.ts';

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
