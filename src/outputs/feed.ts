/**
 * `/feed.xml`: the Atom feed of the edition's changes (src/domain/feed.ts), from its own
 * selection: the public edition's feed holds published and changed Q&A and measures, the
 * internal one every change (the profile's `feedCollections`). `feedOptions` is shared by every
 * feed format (the JSON Feed, ./json-feed.ts), so that all say the same.
 */
import { siteHistory } from '../data/changes.ts';
import { absoluteUrl, entryPath } from '../data/routes.ts';
import type { Site } from '../data/site.ts';
import { atomFeed, type FeedOptions } from '../domain/feed.ts';
import type { Change } from '../domain/changes.ts';
import { defineOutput, single } from './output.ts';

/** The edition's changes and what every feed of it says about itself; `self` is the feed's own path. */
export function feedOptions(site: Site, self: string, origin: URL): { changes: readonly Change[]; options: FeedOptions } {
  return {
    changes: siteHistory(site).changes.changes,
    options: {
      title: `Wegwijs${site.profile.titleSuffix}: wat is er veranderd`,
      description: 'Nieuwe en gewijzigde onderwerpen in Wegwijs, met de toelichting op de wijziging.',
      home: absoluteUrl(site.edition, '', origin),
      self: absoluteUrl(site.edition, self, origin),
      link: (key) => absoluteUrl(site.edition, entryPath(key), origin),
      entry: (key) => site.get(key)?.data,
      collections: site.profile.feedCollections,
      peildatum: site.peildatum,
    },
  };
}

export const atom = defineOutput({
  name: 'Atom-feed',
  files: () => single('feed.xml'),
  type: 'application/atom+xml',
  match: '/feed.xml',
  link: { title: 'Wegwijs: wat is er veranderd' },
  render: (site, _, { origin }) => {
    const { changes, options } = feedOptions(site, 'feed.xml', origin);
    return atomFeed(changes, options);
  },
});
