/**
 * The domain's view of content: plain objects, independent of Astro. `src/data/` maps Astro's
 * collection entries onto these; `src/check/` builds them straight from the files.
 */
import type { z } from 'astro/zod';
import type { CollectionName, schemas } from '../collections/index.ts';

export type DataOf<C extends CollectionName> = z.output<(typeof schemas)[C]>;

export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  data: DataOf<C>;
  /** Raw Markdown/MDX body (without frontmatter). */
  body: string;
  /** Path of the source file relative to the project root, for messages. */
  file?: string;
}

export type AnyEntry = { [C in CollectionName]: Entry<C> }[CollectionName];

/** `collection/id`: unique across the knowledge base, and the entry's URL path without slashes. */
export type EntryKey = `${CollectionName}/${string}`;

export function keyOf(entry: { collection: CollectionName; id: string }): EntryKey {
  return `${entry.collection}/${entry.id}`;
}

export function is<C extends CollectionName>(entry: AnyEntry, collection: C): entry is Extract<AnyEntry, { collection: C }> {
  return entry.collection === collection;
}

/** Where a value sits in an entry's frontmatter: keys and list indexes, e.g. `['fasen', 1, 'acties', 0, 'eigenaar']`. */
export type FieldPath = readonly (string | number)[];

/** Where in an entry something is: a frontmatter field, or a line of the body (1-based, within the body). */
export type Location = { field: FieldPath } | { bodyLine: number };

/** `['fasen', 1, 'acties', 0, 'eigenaar']` → `fasen[1].acties[0].eigenaar`: for messages only. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

/** `['fasen', 1, 'acties', 0, 'eigenaar']` → `fasen.acties.eigenaar`: the field regardless of list positions. */
export function fieldName(path: FieldPath): string {
  return path.filter((part) => typeof part === 'string').join('.');
}

/** How a location reads in a message: the field path, or `body`. */
export function formatLocation(at: Location): string {
  return 'field' in at ? formatFieldPath(at.field) : 'body';
}

/** A problem found in content. `at` says where in the entry; `line` is the line in the file once located. */
export interface Problem {
  file: string;
  message: string;
  at?: Location;
  line?: number;
}
