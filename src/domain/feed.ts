/**
 * The Atom feed of an edition's changes (`/feed.xml`): one item per entry per day it changed
 * (src/domain/changes.ts), newest first, for the collections the edition's profile lists
 * (`feedCollections`). Written with the `feed` package; ids are `tag:` URIs of the site's host,
 * the day and the entry, so a feed reader sees the same change as the same item in every build.
 */
import { Feed } from 'feed';
import type { CollectionName, IsoDate } from '../schemas/index.ts';
import { CHANGE_LABELS, type Change } from './changes.ts';
import { toUtc } from './dates.ts';
import type { EntryKey } from './types.ts';

/** At most this many items: a feed is for what is new, the pages hold the rest. */
export const FEED_LIMIT = 100;

export interface FeedOptions {
  title: string;
  description: string;
  /** Absolute URLs of the edition's home page and of the feed itself. */
  home: string;
  self: string;
  /** Absolute URL of an entry page. */
  link: (entry: EntryKey) => string;
  /** Title and summary of an entry in the edition. */
  entry: (key: EntryKey) => { titel: string; samenvatting?: string | undefined } | undefined;
  collections: readonly CollectionName[];
  /** `updated` of an empty feed: the reference date (never the build time). */
  peildatum: IsoDate;
}

/** The changes that are feed items: the listed collections, newest first, at most `FEED_LIMIT`. */
export function feedChanges(changes: readonly Change[], collections: readonly CollectionName[]): Change[] {
  const wanted = new Set<string>(collections);
  return changes.filter((c) => wanted.has(c.entry.slice(0, c.entry.indexOf('/')))).slice(0, FEED_LIMIT);
}

export function atomFeed(changes: readonly Change[], options: FeedOptions): string {
  const items = feedChanges(changes, options.collections);
  const host = new URL(options.home).hostname;
  const feed = new Feed({
    id: options.self,
    title: options.title,
    description: options.description,
    link: options.home,
    language: 'nl',
    updated: toUtc(items[0]?.datum ?? options.peildatum),
    generator: 'Wegwijs',
    feedLinks: { atom: options.self },
    author: { name: 'Ministerie van Volksgezondheid, Welzijn en Sport' },
    copyright: 'Ministerie van Volksgezondheid, Welzijn en Sport',
  });
  for (const change of items) {
    const entry = options.entry(change.entry);
    if (!entry) continue;
    feed.addItem({
      id: `tag:${host},${change.datum}:${change.entry}`,
      title: `${CHANGE_LABELS[change.soort]}: ${entry.titel}`,
      link: options.link(change.entry),
      date: toUtc(change.datum),
      description: change.notities.length > 0 ? change.notities.join(' ') : (entry.samenvatting ?? entry.titel),
    });
  }
  return feed.atom1();
}
