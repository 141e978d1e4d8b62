/**
 * What Pagefind gets to know about an entry beyond its text: metadata for result display and
 * filter values, computed from the edition's own graph (so never from outside the edition).
 */
import type { Site } from './site.ts';
import { COLLECTIONS, NAV_ORDER, definitionOf, entryDate } from '../collections/index.ts';
import { COLLECTION_LABELS } from '../domain/labels.ts';
import { neighbours } from '../domain/graph.ts';
import { keyOf, type AnyEntry, type EntryKey } from '../domain/types.ts';
import { formatDate } from '../domain/dates.ts';
import { showsStatus } from '../domain/editions.ts';
import { passageBadge } from '../collections/passages.ts';
import { searchKeywords } from './vocabulary.ts';

export interface SearchRecord {
  meta: Record<string, string>;
  filters: Array<[string, string[]]>;
  /**
   * Words to find the entry by that are not (or not readably) on the page: keywords, synonyms,
   * kenmerken, Kamerstuk numbers; the names and synonyms of its target groups. Pagefind meta
   * fields (`zoekwoorden`, `doelgroepwoorden`): searched, never shown.
   */
  keywords: { own: string[]; groups: string[] };
}

/** The filter of an entry's status: one per collection that has one (`statusFilter`), each with its own values. */
export const STATUS_FILTERS: Partial<Record<string, string>> = Object.fromEntries(
  COLLECTIONS.flatMap((c) => {
    const filter = definitionOf(c).statusFilter;
    return filter ? [[c, filter.name]] : [];
  }),
);

/**
 * The search filters and their labels, in the order the search page shows them: the kind, target
 * group and measure, then each collection's status and own filters (in navigation order), then
 * the year. The search island (src/scripts/search.ts) receives them from the page.
 */
export const FILTER_LABELS: ReadonlyArray<readonly [name: string, label: string]> = [
  ['soort', 'Soort'],
  ['doelgroep', 'Doelgroep'],
  ['maatregel', 'Maatregel'],
  ...NAV_ORDER.flatMap((c) => {
    const { statusFilter, searchFilters = [] } = definitionOf(c);
    return [...(statusFilter ? [statusFilter] : []), ...searchFilters].map((f) => [f.name, f.label] as const);
  }),
  ['jaar', 'Jaar'],
];

/**
 * How much the edition's ranking lifts or lowers an entry (`searchRanking` of its profile):
 * the collection's weight, times `ended` for an ended measure or a withdrawn passage.
 */
export function searchRank(site: Site, entry: AnyEntry): number {
  const ranking = site.profile.searchRanking;
  const ended = definitionOf(entry.collection).ended?.(entry.data) ?? false;
  return (ranking.collections[entry.collection] ?? 1) * (ended ? ranking.ended : 1);
}

export { entryDate };

/** An entry's status; for a passage on `date`, "controleren" once its review date has passed. */
export function entryStatus(entry: AnyEntry, date?: string): string | undefined {
  if (entry.collection === 'passages' && date) return passageBadge(entry.data, date);
  return 'status' in entry.data ? String(entry.data.status) : undefined;
}

export function searchRecord(site: Site, entry: AnyEntry): SearchRecord {
  const key = keyOf(entry);
  const soort = COLLECTION_LABELS[entry.collection].enkelvoud;
  /** The entry's neighbours in `collection` (those it names, and with `incoming` those that name it), and itself when it is one. */
  const related = (collection: string, incoming = true): EntryKey[] => {
    const keys = new Set([...neighbours(site.graph.outgoing(key), 'to', collection), ...(incoming ? neighbours(site.graph.incoming(key), 'from', collection) : [])]);
    if (entry.collection === collection) keys.add(key);
    return [...keys];
  };
  const groups = related('doelgroepen').map((k) => site.get(k)!).filter((e) => e.collection === 'doelgroepen');
  // A measure filter holds the measure itself and the measures the entry names, not those that
  // name it: a target group or organisation that thousands of measures name carried all their
  // titles in its page (1.7 MB for an organisation at 100,000 entries). Filtering on a measure
  // finds the measure and what refers to it. (Target groups are few: both directions stay.)
  const measures = related('maatregelen', false).map((k) => site.get(k)!.data.titel);
  const datum = entryDate(entry);
  const status = showsStatus(site.profile, entry.collection) ? entryStatus(entry, site.peildatum) : undefined;

  const meta: Record<string, string> = { title: entry.data.titel, soort };
  if (datum) {
    meta.datum = formatDate(datum);
    meta.iso = datum;
  }
  if (status) meta.status = status;

  const filters: Array<[string, string[]]> = [['soort', [soort]]];
  if (groups.length) filters.push(['doelgroep', groups.map((g) => g.data.titel)]);
  if (measures.length) filters.push(['maatregel', measures]);
  if (status) filters.push([STATUS_FILTERS[entry.collection] ?? 'status', [status]]);
  for (const filter of definitionOf(entry.collection).searchFilters ?? []) filters.push([filter.name, filter.values(entry.data)]);
  if (datum) filters.push(['jaar', [datum.slice(0, 4)]]);

  meta.rang = String(searchRank(site, entry));
  return { meta, filters, keywords: searchKeywords(site, entry) };
}
