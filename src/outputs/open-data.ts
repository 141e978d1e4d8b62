/**
 * The open data of an edition (src/data/open-data.ts): per collection with entries in the
 * edition `open-data/<collectie>.json` (its records), `.csv` (the same records, one line each)
 * and `.schema.json` (the JSON Schema of the records). The open-data page links every file.
 */
import { openDataCollections, openDataPath, openDataText, type OpenDataFormat } from '../data/open-data.ts';
import type { CollectionName } from '../schemas/index.ts';
import { defineOutput } from './output.ts';

/** One file per collection in `format`, served as `type` (`match`: its ending, for the web server). */
const openDataOutput = (format: OpenDataFormat, name: string, type: string) =>
  defineOutput<CollectionName>({
    name: `open data (${name})`,
    files: (site) => openDataCollections(site).map((collection) => ({ path: openDataPath(collection, format), props: collection })),
    type,
    match: `.${format}`,
    render: (site, collection, { origin }) => openDataText(site, collection, format, origin),
  });

export const openDataJson = openDataOutput('json', 'JSON', 'application/json');
export const openDataCsv = openDataOutput('csv', 'CSV', 'text/csv');
export const openDataSchema = openDataOutput('schema.json', 'JSON Schema', 'application/schema+json');
