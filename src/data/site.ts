/**
 * The only caller of `getCollection`. Loads every collection once, maps Astro entries onto the
 * domain model, and builds one `Site` per edition (selection → graph → timeline), memoised for
 * the whole build so pages never re-query content (the quadratic trap).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { config, referenceDate } from '../config.ts';
import { buildGraph, type Graph } from '../domain/graph.ts';
import { EDITION_PROFILES, selectEdition, type Edition, type EditionProfile } from '../domain/editions.ts';
import { buildTimeline, type Timeline } from '../domain/timeline.ts';
import { measureOn } from '../collections/maatregelen.ts';
import { readBodyFactsSync } from '../load/body-facts.ts';
import { keyOf, type AnyEntry, type EntryKey } from '../domain/types.ts';
import { type CollectionName } from '../schemas/index.ts';
import { COLLECTIONS } from '../collections/index.ts';

export type AstroEntry = CollectionEntry<CollectionName>;

export interface Site {
  edition: Edition;
  /** What differs per edition: which pages exist, what is shown. */
  profile: EditionProfile;
  peildatum: string;
  weken: number;
  entries: readonly AnyEntry[];
  graph: Graph;
  timeline: Timeline;
  of<C extends CollectionName>(collection: C): Extract<AnyEntry, { collection: C }>[];
  get(key: EntryKey): AnyEntry | undefined;
  /** The Astro entry, for `render()`. */
  astro(key: EntryKey): AstroEntry;
}

let loaded: Promise<{ entries: AnyEntry[]; astro: Map<EntryKey, AstroEntry> }> | undefined;
const sites = new Map<Edition, Promise<Site>>();

function loadAll() {
  loaded ??= (async () => {
    // Body facts of the previous build (scripts/build.ts passes the file): unchanged bodies are not parsed again.
    readBodyFactsSync(config().bodyFacts);
    const astro = new Map<EntryKey, AstroEntry>();
    const entries: AnyEntry[] = [];
    for (const collection of COLLECTIONS) {
      for (const item of (await getCollection(collection)) as AstroEntry[]) {
        const entry = { collection, id: item.id, data: item.data, body: item.body ?? '', file: item.filePath } as AnyEntry;
        entries.push(entry);
        astro.set(keyOf(entry), item);
      }
    }
    return { entries, astro };
  })();
  return loaded;
}

let signature = '';

/**
 * Under the dev server content changes while it runs (`npm run beheer` saves entries): a request
 * that finds other entries (or changed ones) than the memoised Site was built from builds it
 * again, so that a saved entry shows up without a restart.
 */
async function refreshIfChanged(): Promise<void> {
  const parts: string[] = [];
  for (const collection of COLLECTIONS) {
    for (const item of (await getCollection(collection)) as (AstroEntry & { digest?: string })[]) {
      parts.push(`${collection}/${item.id}:${item.digest ?? JSON.stringify(item.data)}`);
    }
  }
  const now = parts.join('|');
  if (now !== signature) {
    signature = now;
    loaded = undefined;
    sites.clear();
  }
}

export function getSite(edition: Edition): Promise<Site> {
  if (import.meta.env?.DEV) return refreshIfChanged().then(() => memoisedSite(edition));
  return memoisedSite(edition);
}

function memoisedSite(edition: Edition): Promise<Site> {
  let site = sites.get(edition);
  if (!site) {
    site = (async () => {
      const all = await loadAll();
      const peildatum = referenceDate();
      // Measures as they stand on the reference date (status from statusverloop and the dates), so
      // every page, list, search record and feed of the edition says what is true that day.
      const entries = selectEdition(all.entries, edition, peildatum)
        .map((entry) => (entry.collection === 'maatregelen' ? measureOn(entry, peildatum) : entry))
        .sort(byTitle);
      const graph = buildGraph(entries);
      const timeline = buildTimeline(entries);
      const byCollection = new Map<CollectionName, AnyEntry[]>();
      for (const entry of entries) (byCollection.get(entry.collection) ?? byCollection.set(entry.collection, []).get(entry.collection)!).push(entry);
      return {
        edition,
        profile: EDITION_PROFILES[edition],
        peildatum,
        weken: config().weken,
        entries,
        graph,
        timeline,
        of: <C extends CollectionName>(collection: C) => (byCollection.get(collection) ?? []) as Extract<AnyEntry, { collection: C }>[],
        get: (key: EntryKey) => graph.get(key),
        astro: (key: EntryKey) => {
          if (!graph.has(key)) throw new Error(`${key} is not part of the ${edition} edition`);
          return all.astro.get(key)!;
        },
      } satisfies Site;
    })();
    sites.set(edition, site);
  }
  return site;
}

function byTitle(a: AnyEntry, b: AnyEntry): number {
  return a.data.titel.localeCompare(b.data.titel, 'nl');
}
