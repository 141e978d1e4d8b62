/**
 * URLs. Both editions are rendered in one Astro build under /intern/ and /publiek/ and then split
 * into dist/intern and dist/publiek, each served from the root of its own host; so links are
 * written root-relative without the edition prefix. In `astro dev` both editions share one
 * server, so there the prefix is kept.
 */
import type { Edition } from '../domain/editions.ts';
import type { EntryKey } from '../domain/types.ts';
import type { CollectionName } from '../schemas/index.ts';

/** Set by scripts/build.ts, which splits the editions; `astro dev` serves them side by side. */
const SPLIT = process.env.WEGWIJS_SPLIT_EDITIONS === '1';

export function href(edition: Edition, path: string): string {
  const clean = path.replace(/^\/+/, '');
  return SPLIT ? `/${clean}` : `/${edition}/${clean}`;
}

export const entryPath = (key: EntryKey): string => `${key}/`;
export const collectionPath = (collection: CollectionName): string => `${collection}/`;
export const datePath = (datum: string): string => `tijdlijn/${datum}/`;
