/**
 * The JSON Feed (src/outputs/json-feed.ts, https://jsonfeed.org/version/1.1) of both editions of
 * the example build: its shape as the spec requires it, the same items as the Atom feed, a
 * `<link rel="alternate">` to it on every page, and in the public edition only published entries
 * (the internal feed does hold unpublished ones, so the comparison can fail).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runCheck } from '../../src/check/index.ts';
import { EDITIONS, shouldPublish } from '../../src/domain/editions.ts';
import { keyOf } from '../../src/domain/types.ts';
import { EXAMPLE_PEILDATUM } from '../setup/build-example.ts';

const dist = () => inject('exampleDist');
const SITE = 'https://wegwijs.example.nl/';

interface JsonFeedItem { id: string; url: string; title: string; content_text?: string; content_html?: string; date_published?: string; date_modified?: string }
interface JsonFeed { version: string; title: string; home_page_url: string; feed_url: string; items: JsonFeedItem[] }

const read = (edition: string, file: string) => readFileSync(path.join(dist(), edition, file), 'utf8');
const feedOf = (edition: string) => JSON.parse(read(edition, 'feed.json')) as JsonFeed;
/** The entry key of an item: its id is `tag:<host>,<day>:<collection>/<id>`. */
const entryOf = (item: JsonFeedItem) => item.id.slice(item.id.lastIndexOf(':') + 1);

let published: Set<string>;
let unpublished: Set<string>;
beforeAll(async () => {
  const { entries } = await runCheck({ contentDir: 'content', peildatum: EXAMPLE_PEILDATUM });
  published = new Set(entries.filter((e) => shouldPublish(e, EXAMPLE_PEILDATUM)).map(keyOf));
  unpublished = new Set(entries.filter((e) => !shouldPublish(e, EXAMPLE_PEILDATUM)).map(keyOf));
});

describe.each(EDITIONS)('the JSON Feed of the %s edition', (edition) => {
  it('is JSON Feed 1.1: version URL, title, feed and home URLs, items with id, url, dates and text', () => {
    const feed = feedOf(edition);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toMatch(/^Wegwijs.*wat is er veranderd$/);
    expect(feed.feed_url).toBe(`${SITE}feed.json`);
    expect(feed.home_page_url).toBe(SITE);
    expect(feed.items.length).toBeGreaterThan(3);
    const ids = new Set<string>();
    for (const item of feed.items) {
      expect(item.id).toMatch(/^tag:wegwijs\.example\.nl,\d{4}-\d{2}-\d{2}:[a-z]+\/[a-z0-9-]+$/);
      ids.add(item.id);
      expect(item.url.startsWith(SITE), item.url).toBe(true);
      expect(item.title.length).toBeGreaterThan(3);
      expect((item.content_text ?? item.content_html ?? '').trim().length, item.id).toBeGreaterThan(0);
      const date = item.date_published ?? item.date_modified;
      expect(date, item.id).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
      expect(Number.isNaN(Date.parse(date!))).toBe(false);
    }
    expect(ids.size).toBe(feed.items.length);
    // Newest first.
    const dates = feed.items.map((i) => i.date_published!);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('holds the same items as the Atom feed, in the same order', () => {
    const atom = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(read(edition, 'feed.xml')).feed as { entry: { id: string; title: string | { '#text': string } }[] };
    const atomItems = atom.entry.map((e) => ({ id: e.id, title: typeof e.title === 'string' ? e.title : e.title['#text'] }));
    expect(feedOf(edition).items.map((i) => ({ id: i.id, title: i.title }))).toEqual(atomItems);
  });

  it('links each item to an existing page of the edition', () => {
    for (const item of feedOf(edition).items) {
      const page = path.join(dist(), edition, new URL(item.url).pathname, 'index.html');
      expect(readdirSync(path.dirname(page)), item.url).toContain('index.html');
    }
  });

  it('is announced in the head of every page', () => {
    for (const page of ['index.html', 'vragen/index.html', 'open-data/index.html']) {
      expect(read(edition, page), page).toContain('<link rel="alternate" type="application/feed+json" title="Wegwijs: wat is er veranderd (JSON Feed)" href="/feed.json">');
    }
  });
});

describe('the JSON Feed and publication', () => {
  it('holds only published entries in the public edition', () => {
    const items = feedOf('publiek').items.map(entryOf);
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((key) => !published.has(key))).toEqual([]);
  });

  it('does hold unpublished entries in the internal edition (so the check above can fail)', () => {
    expect(feedOf('intern').items.map(entryOf).filter((key) => unpublished.has(key)).length).toBeGreaterThan(0);
  });
});
