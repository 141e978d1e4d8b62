/**
 * The open data of an edition (src/domain/open-data.ts) from its Site: per collection the
 * records of the edition's own entries, with relations from the edition's graph (so only ids of
 * entries in the edition) and first/last change dates from their history. Files:
 * `open-data/<collectie>.json`, `.csv` and `.schema.json`.
 */
import { siteUrl } from '../config.ts';
import { neighbours } from '../domain/graph.ts';
import { openDataCsv, openDataRecord, openDataSchema, type OpenDataRecord } from '../domain/open-data.ts';
import { COLLECTION_LABELS, NAV_ORDER } from '../domain/labels.ts';
import { keyOf } from '../domain/types.ts';
import type { CollectionName } from '../schemas/index.ts';
import { siteHistory } from './changes.ts';
import { historyStart } from '../domain/history.ts';
import { absoluteUrl, entryPath } from './routes.ts';
import type { Site } from './site.ts';

export type OpenDataFormat = 'json' | 'csv' | 'schema.json';

export const openDataFile = (collection: CollectionName, format: OpenDataFormat): string => `${collection}.${format}`;
export const openDataPath = (collection: CollectionName, format: OpenDataFormat): string => `open-data/${openDataFile(collection, format)}`;

/** The collections the edition has entries in, in navigation order. */
export function openDataCollections(site: Site): CollectionName[] {
  return NAV_ORDER.filter((c) => site.of(c).length > 0);
}

const memo = new WeakMap<Site, Map<string, OpenDataRecord[]>>();

/** The records of a collection (memoised per edition: the JSON and the CSV file share them). */
export function openDataRecords(site: Site, collection: CollectionName, origin: URL | string = siteUrl()): OpenDataRecord[] {
  const cache = memo.get(site) ?? memo.set(site, new Map()).get(site)!;
  const key = `${collection} ${String(origin)}`;
  let records = cache.get(key);
  if (!records) cache.set(key, (records = makeRecords(site, collection, origin)));
  return records;
}

function makeRecords(site: Site, collection: CollectionName, origin: URL | string): OpenDataRecord[] {
  const history = siteHistory(site);
  return site.of(collection).map((entry) => {
    const key = keyOf(entry);
    const h = history.of(key);
    const related = [...new Set([...neighbours(site.graph.outgoing(key), 'to'), ...neighbours(site.graph.incoming(key), 'from')])].filter((k) => site.graph.has(k));
    return openDataRecord(
      {
        collection,
        id: entry.id,
        data: entry.data as Record<string, unknown>,
        body: entry.body,
        url: absoluteUrl(site.edition, entryPath(key), origin),
        related,
        eerstGepubliceerd: h.eerstGepubliceerd,
        laatstGewijzigd: h.laatstGewijzigd,
        historySince: historyStart(entry.data.publicerenVanaf, site.peildatum, site.profile.historyFromPublication),
      },
      site.profile.openDataFields,
    );
  }).sort((a, b) => a.id.localeCompare(b.id));
}

/** The text of one open-data file. */
export function openDataText(site: Site, collection: CollectionName, format: OpenDataFormat, origin: URL | string = siteUrl()): string {
  if (format === 'schema.json') {
    const label = COLLECTION_LABELS[collection].meervoud;
    const schema = openDataSchema(collection, site.profile.openDataFields, {
      id: absoluteUrl(site.edition, openDataPath(collection, 'schema.json'), origin),
      title: `Wegwijs: ${label}`,
      description: `Het JSON-schema van ${openDataFile(collection, 'json')}: alle ${label.toLowerCase()} van deze editie van Wegwijs.`,
    });
    return `${JSON.stringify(schema, null, 2)}\n`;
  }
  const records = openDataRecords(site, collection, origin);
  return format === 'json' ? jsonLines(records) : openDataCsv(collection, records, site.profile.openDataFields);
}

/**
 * A JSON array with one record a line: as compact as JSON gets (indenting every field made the
 * files an eighth larger: 9.2 against 8.1 MB for the internal vragen.json at 10,000 entries), and
 * still one line a record for a diff or a `grep`.
 */
function jsonLines(records: readonly OpenDataRecord[]): string {
  return records.length === 0 ? '[]\n' : `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}
