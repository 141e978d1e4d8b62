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

/** Author and rights holder of every feed. */
export const FEED_PUBLISHER = 'Ministerie van Volksgezondheid, Welzijn en Sport';
/** The ministry's identifier in TOOI, the government's list of organisations (the catalogue's publisher and creator). */
export const PUBLISHER_TOOI = 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1025';
/** The ministry's public mailbox, as content/_paginas/contact.md gives it (the catalogue's contact point). */
export const PUBLISHER_EMAIL = 'info@minvws.nl';

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

/** A feed item, for any feed format: the same change is the same item in the Atom and the JSON feed. */
export interface FeedItem {
  /** A `tag:` URI of the site's host, the day and the entry: stable across builds. */
  id: string;
  title: string;
  /** Absolute URL of the entry's page. */
  url: string;
  /** The day of the change, as a date at midnight UTC. */
  date: Date;
  /** The authors' change notes, else the entry's summary, else its title. */
  text: string;
}

/** The items of an edition's feed (`feedChanges`), entries not in the edition left out. */
export function feedItems(changes: readonly Change[], options: Pick<FeedOptions, 'home' | 'link' | 'entry' | 'collections'>): FeedItem[] {
  const host = new URL(options.home).hostname;
  return feedChanges(changes, options.collections).flatMap((change) => {
    const entry = options.entry(change.entry);
    if (!entry) return [];
    return [{
      id: `tag:${host},${change.datum}:${change.entry}`,
      title: `${CHANGE_LABELS[change.soort]}: ${entry.titel}`,
      url: options.link(change.entry),
      date: toUtc(change.datum),
      text: change.notities.length > 0 ? change.notities.join(' ') : (entry.samenvatting ?? entry.titel),
    }];
  });
}

/** The date a feed was last updated: its newest item's, or the reference date for an empty feed. */
export const feedUpdated = (items: readonly FeedItem[], peildatum: IsoDate): Date => items[0]?.date ?? toUtc(peildatum);

export function atomFeed(changes: readonly Change[], options: FeedOptions): string {
  const items = feedItems(changes, options);
  const feed = new Feed({
    id: options.self,
    title: options.title,
    description: options.description,
    link: options.home,
    language: 'nl',
    updated: feedUpdated(items, options.peildatum),
    generator: 'Wegwijs',
    feedLinks: { atom: options.self },
    author: { name: FEED_PUBLISHER },
    copyright: FEED_PUBLISHER,
  });
  for (const item of items) feed.addItem({ id: item.id, title: item.title, link: item.url, date: item.date, description: item.text });
  return feed.atom1();
}
