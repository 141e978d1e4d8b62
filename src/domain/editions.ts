/**
 * Which entries each edition contains. Publishing is opt-in (as in Quartz's ExplicitPublish):
 * the internal edition has everything; the public edition only entries that say
 * `zichtbaarheid: publiek`, whose `publicerenVanaf` has come and, for collections with an
 * approval workflow, that are `vastgesteld`.
 */
import type { IsoDate } from '../schemas/index.ts';
import type { AnyEntry } from './types.ts';

export const EDITIONS = ['intern', 'publiek'] as const;
export type Edition = (typeof EDITIONS)[number];

/** Why an entry is not in the public edition, in an author's words; `undefined` when it is. */
export function whyNotPublic(entry: AnyEntry, peildatum: IsoDate): string | undefined {
  const d = entry.data;
  if (d.zichtbaarheid !== 'publiek') return 'het is intern (zichtbaarheid: intern)';
  if (d.publicerenVanaf && d.publicerenVanaf > peildatum) return `het wordt pas publiek op ${d.publicerenVanaf}`;
  if ('status' in d && (entry.collection === 'vragen' || entry.collection === 'passages' || entry.collection === 'routekaarten')) {
    if (d.status !== 'vastgesteld') return `het is nog niet vastgesteld (status: ${d.status})`;
  }
  return undefined;
}

export function shouldPublish(entry: AnyEntry, peildatum: IsoDate): boolean {
  return whyNotPublic(entry, peildatum) === undefined;
}

export function selectEdition<E extends AnyEntry>(entries: readonly E[], edition: Edition, peildatum: IsoDate): E[] {
  return edition === 'intern' ? [...entries] : entries.filter((entry) => shouldPublish(entry, peildatum));
}
