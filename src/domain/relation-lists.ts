/**
 * Relation groups of an entry as lists with a place of their own: each group gets a slug, so a
 * hub (a target group that 3,000 measures name) shows a bounded part of a group on its page and
 * links the whole group, paginated, at `<collection>/<id>/<slug>/`. Pure.
 */
import type { Graph } from './graph.ts';
import { GROUP_LIMIT } from './paging.ts';
import { relationsOf, type RelationGroup, type RelationItem } from './relations.ts';
import type { EntryKey } from './types.ts';

export interface RelationList extends RelationGroup {
  /** URL segment of the full list, unique among the entry's groups: `maatregelen-voor-deze-doelgroep`. */
  slug: string;
}

const slugify = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'lijst';

/** The entry's relation groups (relationsOf), each with its slug. */
export function relationLists(graph: Graph, key: EntryKey): RelationList[] {
  const used = new Set<string>();
  return relationsOf(graph, key).map((group) => {
    const base = slugify(group.label);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return { ...group, slug };
  });
}

/** The groups too long to show whole on the entry's page (more than `limit` items): these get a list of their own. */
export function longRelationLists(graph: Graph, key: EntryKey, limit = GROUP_LIMIT): RelationList[] {
  // Cheap test first: most entries have few relations, and only a hub needs the groups built.
  if (graph.incoming(key).length + graph.outgoing(key).length <= limit && !key.startsWith('routekaarten/') && !key.startsWith('passages/') && !key.startsWith('vragen/')) return [];
  return relationLists(graph, key).filter((list) => list.items.length > limit);
}

/** How many items per status ("van kracht": 312), in order of first appearance; empty when none has a status. */
export function statusCounts(items: readonly RelationItem[], statusOf: (item: RelationItem) => string | undefined): { status: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const status = statusOf(item);
    if (status) counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return [...counts].map(([status, count]) => ({ status, count }));
}
