/**
 * Pages of a collection index: the collection's entries in index order (passages: approved
 * first, the latest approved first; otherwise the collection's order), INDEX_PAGE_SIZE per page. The
 * first page is `/<collectie>/`, the others `/<collectie>/pagina/<n>/`. Each page groups only
 * its own entries (src/components/CollectionIndex.astro), so no index page grows with the
 * collection. Built from the edition's own selection: the public edition pages public entries only.
 */
import type { Site } from './site.ts';
import { INDEX_PAGE_SIZE, pageCount } from '../domain/paging.ts';
import type { AnyEntry } from '../domain/types.ts';
import type { CollectionName } from '../schemas/index.ts';

const PASSAGE_ORDER = ['vastgesteld', 'ter afstemming', 'concept', 'vervallen'];

export function indexOrder(site: Site, collection: CollectionName): AnyEntry[] {
  const entries = site.of(collection) as AnyEntry[];
  if (collection !== 'passages') return entries;
  return [...(entries as Extract<AnyEntry, { collection: 'passages' }>[])].sort((a, b) => PASSAGE_ORDER.indexOf(a.data.status) - PASSAGE_ORDER.indexOf(b.data.status) || (b.data.vastgesteldOp ?? '').localeCompare(a.data.vastgesteldOp ?? ''));
}

export interface IndexPage { entries: AnyEntry[]; current: number; last: number }

/** Page `n` (from 1) of the collection's index. */
export function indexPage(site: Site, collection: CollectionName, n: number): IndexPage {
  const all = indexOrder(site, collection);
  return { entries: all.slice((n - 1) * INDEX_PAGE_SIZE, n * INDEX_PAGE_SIZE), current: n, last: pageCount(all.length, INDEX_PAGE_SIZE) };
}

export const indexPagePath = (collection: CollectionName, n: number): string => (n <= 1 ? `${collection}/` : `${collection}/pagina/${n}/`);
