/**
 * The domain's view of content: plain objects, independent of Astro. `src/data/` maps Astro's
 * collection entries onto these; `src/check/` builds them straight from the files.
 */
import type { z } from 'astro/zod';
import type { CollectionName, schemas } from '../schemas/index.ts';

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

/** A problem found in content; `field` is a dotted path such as `fasen[1].acties[0].eigenaar`. */
export interface Problem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}
