/**
 * The cross-reference graph: every reference becomes an edge, stored in both directions, so that
 * a link from A to B is always answered by a link back from B to A. Built once per edition from
 * that edition's selection only, so an edition's graph cannot contain an entry outside it.
 */
import { referencesOf, type Reference } from './references.ts';
import { keyOf, type AnyEntry, type EntryKey } from './types.ts';

export interface Edge {
  from: EntryKey;
  to: EntryKey;
  ref: Reference;
}

export interface Graph {
  get(key: EntryKey): AnyEntry | undefined;
  has(key: EntryKey): boolean;
  /** What this entry references, in the order written. */
  outgoing(key: EntryKey): readonly Edge[];
  /** What references this entry (backlinks). */
  incoming(key: EntryKey): readonly Edge[];
  entries(): readonly AnyEntry[];
}

const NONE: readonly Edge[] = Object.freeze([]);

export function buildGraph(entries: readonly AnyEntry[]): Graph {
  const byKey = new Map<EntryKey, AnyEntry>();
  for (const entry of entries) byKey.set(keyOf(entry), entry);
  const outgoing = new Map<EntryKey, Edge[]>();
  const incoming = new Map<EntryKey, Edge[]>();

  for (const entry of byKey.values()) {
    const from = keyOf(entry);
    for (const ref of referencesOf(entry)) {
      const to: EntryKey = `${ref.collection}/${ref.id}`;
      if (!byKey.has(to)) continue; // not in this edition (or missing: integrity reports that)
      const edge: Edge = { from, to, ref };
      push(outgoing, from, edge);
      push(incoming, to, edge);
    }
  }

  return {
    get: (key) => byKey.get(key),
    has: (key) => byKey.has(key),
    outgoing: (key) => outgoing.get(key) ?? NONE,
    incoming: (key) => incoming.get(key) ?? NONE,
    entries: () => [...byKey.values()],
  };
}

function push(map: Map<EntryKey, Edge[]>, key: EntryKey, edge: Edge) {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

/** Distinct neighbour keys of one collection, in first-seen order. */
export function neighbours(edges: readonly Edge[], direction: 'to' | 'from', collection?: string): EntryKey[] {
  const seen = new Set<EntryKey>();
  for (const edge of edges) {
    const key = edge[direction];
    if (!collection || key.startsWith(`${collection}/`)) seen.add(key);
  }
  return [...seen];
}
