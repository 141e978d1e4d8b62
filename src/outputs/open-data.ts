/**
 * The open data of an edition (src/data/open-data.ts): per collection with entries in the
 * edition `open-data/<collectie>.json` (its records), `.csv` (the same records, one line each)
 * and `.schema.json` (the JSON Schema of the records). The open-data page links every file.
 */
import { openDataCollections, openDataPath, openDataText, type OpenDataFormat } from '../data/open-data.ts';
import type { CollectionName } from '../schemas/index.ts';
import { defineOutput } from './output.ts';

const perCollection = (format: OpenDataFormat) => (site: Parameters<typeof openDataCollections>[0]) =>
  openDataCollections(site).map((collection) => ({ path: openDataPath(collection, format), props: collection }));

export const openDataJson = defineOutput<CollectionName>({
  name: 'open data (JSON)',
  files: perCollection('json'),
  type: 'application/json',
  match: '.json',
  render: (site, collection, { origin }) => openDataText(site, collection, 'json', origin),
});

export const openDataCsv = defineOutput<CollectionName>({
  name: 'open data (CSV)',
  files: perCollection('csv'),
  type: 'text/csv',
  match: '.csv',
  render: (site, collection, { origin }) => openDataText(site, collection, 'csv', origin),
});

export const openDataSchema = defineOutput<CollectionName>({
  name: 'open data (JSON Schema)',
  files: perCollection('schema.json'),
  type: 'application/schema+json',
  match: '.schema.json',
  render: (site, collection, { origin }) => openDataText(site, collection, 'schema.json', origin),
});
