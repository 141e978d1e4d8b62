/**
 * Open data: an edition's entries as data files, one JSON and one CSV file per collection, with a
 * JSON Schema generated from the collection's zod schema (src/schemas/json-schema.ts). A record is
 * the entry's frontmatter fields (minus those withheld, see `OPEN_DATA_WITHHELD`), its id and
 * URL, its body (`tekst`, Markdown as written), its first and last change dates, and its
 * relations: ids of related entries that are in the same edition (from the edition's graph).
 * Pure: the records are built from an edition's selection, so an entry outside it cannot appear.
 */
import type { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import type { CollectionName } from '../schemas/index.ts';
import { COLLECTIONS, schemas } from '../collections/index.ts';
import { toJsonSchema } from '../schemas/json-schema.ts';

/**
 * Frontmatter fields that are never published as open data, even of a public entry: the one
 * place for that selection. None today: every field of a public entry is public. The internal
 * edition's open data ("all" fields, for staff) ignores this list.
 */
export const OPEN_DATA_WITHHELD: Readonly<Partial<Record<CollectionName, readonly string[]>>> = {};

/** `public`: without `OPEN_DATA_WITHHELD`; `all`: every field (the internal edition). */
export type OpenDataFields = 'public' | 'all';

/** Fields every record has besides the frontmatter. */
export const RECORD_FIELDS = ['id', 'url'] as const;
export const TRAILING_FIELDS = ['tekst', 'eerstGepubliceerd', 'laatstGewijzigd'] as const;

/** The frontmatter fields of a collection that go into its open data, in schema order. */
export function dataFields(collection: CollectionName, fields: OpenDataFields): string[] {
  const withheld = fields === 'all' ? [] : (OPEN_DATA_WITHHELD[collection] ?? []);
  return Object.keys(schemas[collection].shape).filter((key) => !withheld.includes(key));
}

export type Relations = Record<CollectionName, string[]>;

export interface OpenDataRecord {
  id: string;
  url: string;
  [field: string]: unknown;
  tekst: string;
  eerstGepubliceerd?: string;
  laatstGewijzigd?: string;
  relaties: Relations;
}

export interface RecordInput {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  body: string;
  url: string;
  /** Keys (`collection/id`) of related entries in the edition, both directions. */
  related: readonly string[];
  eerstGepubliceerd?: string | undefined;
  laatstGewijzigd?: string | undefined;
  /** Change notes before this day are left out, as on the entry page (the public edition: its publication). */
  historySince?: string | undefined;
}

export function emptyRelations(): Relations {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as Relations;
}

export function openDataRecord(input: RecordInput, fields: OpenDataFields): OpenDataRecord {
  // Key order is the order written: id and url, the frontmatter, body and dates, relations last.
  const out: Record<string, unknown> = { id: input.id, url: input.url };
  for (const field of dataFields(input.collection, fields)) if (input.data[field] !== undefined) out[field] = input.data[field];
  const since = input.historySince;
  if (since && Array.isArray(out.wijzigingen)) out.wijzigingen = (out.wijzigingen as { datum: string }[]).filter((w) => w.datum >= since);
  out.tekst = input.body;
  if (input.eerstGepubliceerd) out.eerstGepubliceerd = input.eerstGepubliceerd;
  if (input.laatstGewijzigd) out.laatstGewijzigd = input.laatstGewijzigd;
  const relaties = emptyRelations();
  for (const key of input.related) {
    const slash = key.indexOf('/');
    const collection = key.slice(0, slash) as CollectionName;
    const id = key.slice(slash + 1);
    if (relaties[collection] && !relaties[collection].includes(id)) relaties[collection].push(id);
  }
  for (const list of Object.values(relaties)) list.sort();
  out.relaties = relaties;
  return out as OpenDataRecord;
}

type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };

const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/**
 * The JSON Schema (draft 2020-12) of a collection's JSON file: an array of records. The
 * frontmatter part comes from the zod schema (output types; dates, which zod parses with a
 * transform, as `format: date` strings).
 */
export function openDataSchema(collection: CollectionName, fields: OpenDataFields, meta: { id: string; title: string; description: string }): JsonSchema {
  const generated: JsonSchema = toJsonSchema(schemas[collection] as unknown as z.ZodType, 'output');
  const keep = new Set(dataFields(collection, fields));
  const dataProperties = Object.fromEntries(Object.entries(generated.properties ?? {}).filter(([key]) => keep.has(key)));
  const date = { type: 'string', format: 'date' };
  const ids = { type: 'array', items: { type: 'string', pattern: ID_PATTERN }, uniqueItems: true };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: meta.id,
    title: meta.title,
    description: meta.description,
    type: 'array',
    items: {
      type: 'object',
      properties: {
        id: { type: 'string', pattern: ID_PATTERN, description: 'Het id van het item: de naam van het bestand en het laatste deel van de URL.' },
        url: { type: 'string', format: 'uri', description: 'De pagina van het item.' },
        ...dataProperties,
        tekst: { type: 'string', description: 'De tekst van het item, in Markdown zoals geschreven.' },
        eerstGepubliceerd: { ...date, description: 'De eerste vastlegging van het item (of publicerenVanaf, als dat later is).' },
        laatstGewijzigd: { ...date, description: 'De laatste wijziging van het item.' },
        relaties: {
          type: 'object',
          description: 'Ids van verwante items in deze editie, per collectie, in beide richtingen.',
          properties: Object.fromEntries(COLLECTIONS.map((c) => [c, ids])),
          required: [...COLLECTIONS],
          additionalProperties: false,
        },
      },
      required: ['id', 'url', ...(generated.required ?? []).filter((key) => keep.has(key)), 'tekst', 'relaties'],
      additionalProperties: false,
    },
  };
}

/** The CSV columns of a collection: id, url, the frontmatter fields, body and dates, one column per related collection. */
export function csvColumns(collection: CollectionName, fields: OpenDataFields): string[] {
  return [...RECORD_FIELDS, ...dataFields(collection, fields), ...TRAILING_FIELDS, ...COLLECTIONS.map((c) => `relaties.${c}`)];
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * The records as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or
 * line breaks quoted, quotes doubled; written by csv-stringify). Lists and nested values
 * (`fasen`, `wijzigingen`, …) are JSON in their cell; relations are ids separated by spaces.
 */
export function openDataCsv(collection: CollectionName, records: readonly OpenDataRecord[], fields: OpenDataFields): string {
  const columns = csvColumns(collection, fields);
  const rows = records.map((record) =>
    columns.map((column) => (column.startsWith('relaties.') ? record.relaties[column.slice('relaties.'.length) as CollectionName].join(' ') : cell(record[column]))),
  );
  return stringify(rows, { header: true, columns, record_delimiter: 'windows' });
}
