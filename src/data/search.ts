/**
 * What Pagefind gets to know about an entry beyond its text: metadata for result display and
 * filter values, computed from the edition's own graph (so never from outside the edition).
 */
import type { Site } from './site.ts';
import { COLLECTION_LABELS } from '../domain/labels.ts';
import { neighbours } from '../domain/graph.ts';
import { keyOf, type AnyEntry, type EntryKey } from '../domain/types.ts';
import { formatDate } from '../domain/dates.ts';
import { showsStatus } from '../domain/editions.ts';

export interface SearchRecord {
  meta: Record<string, string>;
  filters: Array<[string, string[]]>;
  /** Words to find the entry by that are not on the page, e.g. target-group synonyms. */
  extraText?: string;
}

export function entryDate(entry: AnyEntry): string | undefined {
  switch (entry.collection) {
    case 'maatregelen': return entry.data.vanKrachtVanaf ?? entry.data.aangekondigdOp;
    case 'routekaarten': return entry.data.versiedatum;
    case 'passages': return entry.data.vastgesteldOp ?? entry.data.gebruiktIn[0]?.datum;
    case 'vragen': return entry.data.laatstGecontroleerd;
    case 'bronnen': return entry.data.datum;
    default: return undefined;
  }
}

export function entryStatus(entry: AnyEntry): string | undefined {
  return 'status' in entry.data ? String(entry.data.status) : undefined;
}

export function searchRecord(site: Site, entry: AnyEntry): SearchRecord {
  const key = keyOf(entry);
  const soort = COLLECTION_LABELS[entry.collection].enkelvoud;
  const related = (collection: string): EntryKey[] => {
    const keys = new Set([...neighbours(site.graph.outgoing(key), 'to', collection), ...neighbours(site.graph.incoming(key), 'from', collection)]);
    if (entry.collection === collection) keys.add(key);
    return [...keys];
  };
  const groups = related('doelgroepen').map((k) => site.get(k)!).filter((e) => e.collection === 'doelgroepen');
  const measures = related('maatregelen').map((k) => site.get(k)!.data.titel);
  const datum = entryDate(entry);
  const status = showsStatus(site.profile, entry.collection) ? entryStatus(entry) : undefined;

  const meta: Record<string, string> = { title: entry.data.titel, soort };
  if (datum) {
    meta.datum = formatDate(datum);
    meta.iso = datum;
  }
  if (status) meta.status = status;

  const filters: Array<[string, string[]]> = [['soort', [soort]]];
  if (groups.length) filters.push(['doelgroep', groups.map((g) => g.data.titel)]);
  if (measures.length) filters.push(['maatregel', measures]);
  if (status) filters.push(['status', [status]]);
  if (datum) filters.push(['jaar', [datum.slice(0, 4)]]);

  const synonyms = groups.flatMap((g) => (g.collection === 'doelgroepen' && g !== entry ? [g.data.titel, ...g.data.synoniemen] : []));
  return { meta, filters, ...(synonyms.length ? { extraText: synonyms.join(', ') } : {}) };
}
