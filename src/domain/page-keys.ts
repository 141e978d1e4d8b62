/**
 * Cache keys for incremental rendering (Astro's `experimental.incrementalBuild`): a page whose
 * key, template code and rendered body are unchanged since the previous build is copied from
 * Astro's cache instead of rendered again. A key must therefore change whenever anything the
 * page shows changes. It is derived from the edition's graph, not from a list of what each
 * template happens to show:
 *
 * - the entry itself, whole: frontmatter (as the edition sees it on the reference date, so a
 *   measure's status of the day is in it), body, and whatever the caller adds: its history, and
 *   the bytes of the images its body shows (an image replaced under the same name leaves the body
 *   as it was, but not the page: src/data/page-keys.ts);
 * - every neighbour (references both ways, body links included), by its frontmatter and the
 *   relation that connects them: titles, statuses, route-map actions shown in relation lists;
 * - every neighbour's own neighbours, by frontmatter and relation: two-step relations through
 *   measures, whether a target group's briefing pack is empty, action owners' names;
 * - the context every page shares (edition, where its links point, reference date, navigation).
 *
 * An entry that enters or leaves the edition (published, unpublished, `publicerenVanaf` reached)
 * changes the neighbour lists of every entry within two steps of it, so all those pages render
 * again. A body-only change re-renders only the entry's own page, unless it adds or removes a body
 * link (that changes the graph, and with it the neighbours' keys). tests/build/incremental.test.ts
 * builds a changed corpus both incrementally and cold and requires identical output. `.mdx`
 * entries get no key (their page always renders): the components they import are code, which
 * neither this key nor Astro's template hash of the page sees.
 */
import { createHash } from 'node:crypto';
import { entryBodyOptions } from './body.ts';
import type { Edge, Graph } from './graph.ts';
import { keyOf, type AnyEntry, type EntryKey } from './types.ts';

const hash = (text: string) => createHash('sha1').update(text).digest('base64url');

export interface PageKeyOptions {
  /** What every page of the edition shares: edition, link root, reference date, navigation, settings. */
  context: string;
  /** More of an entry that its own page shows (e.g. its history from git, the bytes of its images). */
  extra?: (key: EntryKey) => unknown;
}

export interface PageKeys {
  /** The cache key of an entry's own page; none for an `.mdx` entry (see above). */
  entry(key: EntryKey): string | undefined;
  /** A cache key for a page that shows these entries (their frontmatter and neighbours) and `more`. */
  of(keys: Iterable<EntryKey>, more?: unknown): string;
}

const edgeLabel = (direction: 'out' | 'in', edge: Edge) => `${direction}|${edge.ref.relation.key}|${JSON.stringify(edge.ref.at)}|${direction === 'out' ? edge.to : edge.from}`;

export function pageKeys(graph: Graph, options: PageKeyOptions): PageKeys {
  const summaries = new Map<EntryKey, string>();
  const summary = (key: EntryKey): string => {
    let s = summaries.get(key);
    if (s === undefined) {
      const entry = graph.get(key);
      s = entry ? hash(`${key}\n${JSON.stringify(entry.data)}`) : `-${key}`;
      summaries.set(key, s);
    }
    return s;
  };
  const edgesOf = (key: EntryKey) => [...graph.outgoing(key).map((e) => ({ label: edgeLabel('out', e), other: e.to })), ...graph.incoming(key).map((e) => ({ label: edgeLabel('in', e), other: e.from }))];
  // A neighbourhood digest: each relation with the frontmatter of the entry at its other end.
  const adjacencies = new Map<EntryKey, string>();
  const adjacency = (key: EntryKey): string => {
    let a = adjacencies.get(key);
    if (a === undefined) {
      a = hash(edgesOf(key).map((e) => `${e.label}|${summary(e.other)}`).sort().join('\n'));
      adjacencies.set(key, a);
    }
    return a;
  };
  const whole = (entry: AnyEntry, key: EntryKey) => hash(`${key}\n${JSON.stringify(entry.data)}\n${entry.body}\n${JSON.stringify(options.extra?.(key) ?? null)}`);
  const around = (key: EntryKey) => [...new Set(edgesOf(key).map((e) => e.other))].sort().map((other) => `${other}|${adjacency(other)}`).join('\n');
  const keys = new Map<EntryKey, string>();
  return {
    entry(key) {
      let k = keys.get(key);
      if (k === undefined) {
        const entry = graph.get(key);
        if (!entry || keyOf(entry) !== key) throw new Error(`${key} is not part of this edition`);
        if (entryBodyOptions(entry).mdx) return undefined;
        k = hash(`${options.context}\n${whole(entry, key)}\n${adjacency(key)}\n${around(key)}`);
        keys.set(key, k);
      }
      return k;
    },
    of(list, more) {
      const parts = [...new Set(list)].sort().map((key) => `${key}|${summary(key)}|${adjacency(key)}`);
      return hash(`${options.context}\n${parts.join('\n')}\n${JSON.stringify(more ?? null)}`);
    },
  };
}
