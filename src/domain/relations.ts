/**
 * Relations of one entry for display, both ways, grouped and labelled: what it references
 * (outgoing edges) and what references it (incoming edges). Every relation has a label for each
 * direction, so a link from A to B is always answered by a link back from B to A.
 */
import type { Edge, Graph } from './graph.ts';
import { actionPosition } from './references.ts';
import { faseAnchor } from './timeline.ts';
import type { AnyEntry, EntryKey } from './types.ts';

/** Seen from the entry that writes the reference, or from the entry it points at. */
export type Direction = 'outgoing' | 'incoming';

export interface RelationItem {
  key: EntryKey;
  entry: AnyEntry;
  /** For route map actions: the action text and its phase. */
  context?: string;
  anchor?: string;
}
export interface RelationGroup {
  label: string;
  direction: Direction;
  items: RelationItem[];
}

export function relationsOf(graph: Graph, key: EntryKey): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  const add = (direction: Direction, edge: Edge) => {
    const from = graph.get(edge.from)!;
    const otherKey = direction === 'outgoing' ? edge.to : edge.from;
    const other = graph.get(otherKey)!;
    const label = edge.ref.relation[direction];
    const groupKey = `${direction}:${label}`;
    const group = groups.get(groupKey) ?? groups.set(groupKey, { label, direction, items: [] }).get(groupKey)!;
    // The action is only context on the other side: the route map shows its own actions in full.
    const position = actionPosition(edge.ref);
    const context = direction === 'incoming' ? actionContext(from, position) : undefined;
    const fase = from.collection === 'routekaarten' && position ? from.data.fasen[position.fase] : undefined;
    const anchor = context && fase && position ? faseAnchor(fase, position.fase) : undefined;
    if (group.items.some((item) => item.key === otherKey && item.context === context)) return;
    group.items.push({ key: otherKey, entry: other, ...(context ? { context } : {}), ...(anchor ? { anchor } : {}) });
  };
  for (const edge of graph.outgoing(key)) add('outgoing', edge);
  for (const edge of graph.incoming(key)) add('incoming', edge);
  return [...groups.values(), ...derivedRelations(graph, key)];
}

/**
 * Two-step relations through measures, kept symmetric: a route map lists the passages and Q&A
 * for the measures its actions serve, and those passages and Q&A list the route map back.
 */
export function derivedRelations(graph: Graph, key: EntryKey): RelationGroup[] {
  const entry = graph.get(key);
  if (!entry) return [];
  const measuresOf = (k: EntryKey) => graph.outgoing(k).filter((e) => e.to.startsWith('maatregelen/')).map((e) => e.to);
  const group = (label: string, direction: Direction, keys: Iterable<EntryKey>): RelationGroup[] => {
    const items = [...new Set(keys)].filter((k) => k !== key).map((k) => ({ key: k, entry: graph.get(k)! }));
    return items.length ? [{ label, direction, items }] : [];
  };
  if (entry.collection === 'routekaarten') {
    const measures = measuresOf(key);
    const from = (collection: string) => measures.flatMap((m) => graph.incoming(m).filter((e) => e.from.startsWith(`${collection}/`)).map((e) => e.from));
    return [...group('Passages bij dezelfde maatregelen', 'outgoing', from('passages')), ...group('Vragen bij dezelfde maatregelen', 'outgoing', from('vragen'))];
  }
  if (entry.collection === 'passages' || entry.collection === 'vragen') {
    const maps = measuresOf(key).flatMap((m) => graph.incoming(m).filter((e) => e.from.startsWith('routekaarten/')).map((e) => e.from));
    return group('Routekaarten voor dezelfde maatregelen', 'incoming', maps);
  }
  return [];
}

function actionContext(from: AnyEntry, position: { fase: number; actie: number } | undefined): string | undefined {
  if (from.collection !== 'routekaarten' || !position) return undefined;
  const fase = from.data.fasen[position.fase];
  const actie = fase?.acties[position.actie];
  return fase && actie ? `${fase.titel}: ${actie.omschrijving}` : undefined;
}
