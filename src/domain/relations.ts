/**
 * Relations of one entry for display, both ways, grouped and labelled: what it references
 * (outgoing edges) and what references it (incoming edges). Every relation has a label for each
 * direction, so a link from A to B is always answered by a link back from B to A.
 */
import type { CollectionName } from '../schemas/index.ts';
import { COLLECTION_LABELS } from './labels.ts';
import type { Edge, Graph } from './graph.ts';
import { faseAnchor } from './timeline.ts';
import type { AnyEntry, EntryKey } from './types.ts';

/** `fasen[0].acties[1].maatregel` → `fasen.acties.maatregel` */
export const fieldBase = (field: string): string => field.replace(/\[\d+\]/g, '');

const RELATIONS: Record<string, { heen: string; terug: string }> = {
  'maatregelen:doelgroepen': { heen: 'Doelgroepen', terug: 'Maatregelen' },
  'maatregelen:verantwoordelijk': { heen: 'Verantwoordelijke directie', terug: 'Verantwoordelijk voor maatregelen' },
  'maatregelen:partners': { heen: 'Partners', terug: 'Partner bij maatregelen' },
  'maatregelen:bronnen': { heen: 'Bronnen', terug: 'Bron van maatregelen' },
  'doelgroepen:onderdeelVan': { heen: 'Onderdeel van', terug: 'Deelgroepen' },
  'routekaarten:doelgroepen': { heen: 'Doelgroepen', terug: 'Routekaarten' },
  'routekaarten:afgestemdMet': { heen: 'Afgestemd met', terug: 'Afgestemd over routekaarten' },
  'routekaarten:bronnen': { heen: 'Bronnen', terug: 'Bron van routekaarten' },
  'routekaarten:fasen.acties.eigenaar': { heen: 'Eigenaren van acties', terug: 'Acties in routekaarten' },
  'routekaarten:fasen.acties.maatregel': { heen: 'Maatregelen waar acties aan bijdragen', terug: 'Acties in routekaarten' },
  'passages:maatregelen': { heen: 'Maatregelen', terug: 'Passages' },
  'passages:doelgroepen': { heen: 'Doelgroepen', terug: 'Passages' },
  'passages:vervangenDoor': { heen: 'Vervangen door', terug: 'Vervangt' },
  'passages:bronnen': { heen: 'Bronnen', terug: 'Bron van passages' },
  'passages:gebruiktIn.bron': { heen: 'Gebruikt in', terug: 'Passages gebruikt in dit document' },
  'vragen:doelgroepen': { heen: 'Doelgroepen', terug: 'Vragen en antwoorden' },
  'vragen:maatregelen': { heen: 'Maatregelen', terug: 'Vragen en antwoorden' },
  'vragen:bronnen': { heen: 'Bronnen', terug: 'Bron van vragen en antwoorden' },
  'bronnen:afzender': { heen: 'Afzender', terug: 'Documenten' },
};

export function relationLabel(from: CollectionName, field: string, direction: 'heen' | 'terug'): string {
  const base = fieldBase(field);
  if (base === 'body') return direction === 'heen' ? 'Genoemd in de tekst' : `Genoemd in ${COLLECTION_LABELS[from].meervoud.toLowerCase()}`;
  return RELATIONS[`${from}:${base}`]?.[direction] ?? (direction === 'heen' ? base : COLLECTION_LABELS[from].meervoud);
}

export interface RelationItem {
  key: EntryKey;
  entry: AnyEntry;
  /** For route map actions: the action text and its phase. */
  context?: string;
  anchor?: string;
}
export interface RelationGroup {
  label: string;
  direction: 'heen' | 'terug';
  items: RelationItem[];
}

export function relationsOf(graph: Graph, key: EntryKey): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  const add = (direction: 'heen' | 'terug', edge: Edge) => {
    const from = graph.get(edge.from)!;
    const otherKey = direction === 'heen' ? edge.to : edge.from;
    const other = graph.get(otherKey)!;
    const label = relationLabel(from.collection, edge.ref.field, direction);
    const groupKey = `${direction}:${label}`;
    const group = groups.get(groupKey) ?? groups.set(groupKey, { label, direction, items: [] }).get(groupKey)!;
    // The action is only context on the other side: the route map shows its own actions in full.
    const context = direction === 'terug' ? actionContext(from, edge) : undefined;
    const fase = from.collection === 'routekaarten' && edge.ref.fase !== undefined ? from.data.fasen[edge.ref.fase] : undefined;
    const anchor = context && fase ? faseAnchor(fase, edge.ref.fase!) : undefined;
    if (group.items.some((item) => item.key === otherKey && item.context === context)) return;
    group.items.push({ key: otherKey, entry: other, ...(context ? { context } : {}), ...(anchor ? { anchor } : {}) });
  };
  for (const edge of graph.outgoing(key)) add('heen', edge);
  for (const edge of graph.incoming(key)) add('terug', edge);
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
  const group = (label: string, direction: 'heen' | 'terug', keys: Iterable<EntryKey>): RelationGroup[] => {
    const items = [...new Set(keys)].filter((k) => k !== key).map((k) => ({ key: k, entry: graph.get(k)! }));
    return items.length ? [{ label, direction, items }] : [];
  };
  if (entry.collection === 'routekaarten') {
    const measures = measuresOf(key);
    const from = (collection: string) => measures.flatMap((m) => graph.incoming(m).filter((e) => e.from.startsWith(`${collection}/`)).map((e) => e.from));
    return [...group('Passages bij dezelfde maatregelen', 'heen', from('passages')), ...group('Vragen bij dezelfde maatregelen', 'heen', from('vragen'))];
  }
  if (entry.collection === 'passages' || entry.collection === 'vragen') {
    const maps = measuresOf(key).flatMap((m) => graph.incoming(m).filter((e) => e.from.startsWith('routekaarten/')).map((e) => e.from));
    return group('Routekaarten voor dezelfde maatregelen', 'terug', maps);
  }
  return [];
}

function actionContext(from: AnyEntry, edge: Edge): string | undefined {
  if (from.collection !== 'routekaarten' || edge.ref.fase === undefined || edge.ref.actie === undefined) return undefined;
  const fase = from.data.fasen[edge.ref.fase];
  const actie = fase?.acties[edge.ref.actie];
  return fase && actie ? `${fase.titel}: ${actie.omschrijving}` : undefined;
}
