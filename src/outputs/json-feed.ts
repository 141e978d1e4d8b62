/**
 * `/feed.json`: the edition's changes as a JSON Feed (https://jsonfeed.org/version/1.1), the
 * same items as the Atom feed (./feed.ts, src/domain/feed.ts: same ids, titles, links, dates and
 * texts), for readers and scripts that prefer JSON. The `feed` package writes JSON Feed 1.0 with
 * plain text as `content_html`, so this small object is written here.
 */
import { FEED_PUBLISHER, feedItems } from '../domain/feed.ts';
import { feedOptions } from './feed.ts';
import { defineOutput, single } from './output.ts';

export const jsonFeed = defineOutput({
  name: 'JSON Feed',
  files: () => single('feed.json'),
  type: 'application/feed+json',
  match: '/feed.json',
  link: { title: 'Wegwijs: wat is er veranderd (JSON Feed)' },
  render: (site, _, { origin }) => {
    const { changes, options } = feedOptions(site, 'feed.json', origin);
    const items = feedItems(changes, options);
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: options.title,
      home_page_url: options.home,
      feed_url: options.self,
      description: options.description,
      language: 'nl',
      authors: [{ name: FEED_PUBLISHER }],
      items: items.map((item) => ({
        id: item.id,
        url: item.url,
        title: item.title,
        content_text: item.text,
        date_published: item.date.toISOString(),
        // The day of the change: the Atom feed's <updated>.
        date_modified: item.date.toISOString(),
      })),
    };
    return `${JSON.stringify(feed, null, 2)}\n`;
  },
});
