/**
 * `/feed.xml`: the Atom feed of the edition's changes (src/domain/feed.ts), from its own
 * selection: the public edition's feed holds published and changed Q&A and measures, the
 * internal one every change (the profile's `feedCollections`).
 */
import { siteHistory } from '../data/changes.ts';
import { absoluteUrl, entryPath } from '../data/routes.ts';
import { atomFeed } from '../domain/feed.ts';
import { defineOutput, single } from './output.ts';

export const atom = defineOutput({
  name: 'Atom-feed',
  files: () => single('feed.xml'),
  type: 'application/atom+xml',
  match: '/feed.xml',
  link: { title: 'Wegwijs: wat is er veranderd' },
  render: (site, _, { origin }) =>
    atomFeed(siteHistory(site).changes.changes, {
      title: `Wegwijs${site.profile.titleSuffix}: wat is er veranderd`,
      description: 'Nieuwe en gewijzigde onderwerpen in Wegwijs, met de toelichting op de wijziging.',
      home: absoluteUrl(site.edition, '', origin),
      self: absoluteUrl(site.edition, 'feed.xml', origin),
      link: (key) => absoluteUrl(site.edition, entryPath(key), origin),
      entry: (key) => site.get(key)?.data,
      collections: site.profile.feedCollections,
      peildatum: site.peildatum,
    }),
});
