/**
 * The edition's page cache keys (src/domain/page-keys.ts), memoised per Site: what every page
 * shares (edition, where its links point, reference date, look-ahead, navigation, whether git
 * history was read), and per entry what its page shows beyond its text: its history, and the
 * bytes of the local files (images) its body shows. An image replaced under the same name leaves
 * the body as it was, but Astro gives the new image a new file name, and the page names that.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bodyUrls, entryBodyOptions } from '../domain/body.ts';
import { pageKeys, type PageKeys } from '../domain/page-keys.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import type { AnyEntry, EntryKey } from '../domain/types.ts';
import { COLLECTIONS } from '../collections/index.ts';
import { siteHistory } from './changes.ts';
import { editionRoot } from './routes.ts';
import type { Site } from './site.ts';

const memo = new WeakMap<Site, PageKeys>();

export function sitePageKeys(site: Site): PageKeys {
  let keys = memo.get(site);
  if (!keys) {
    const history = siteHistory(site);
    const context = JSON.stringify({
      edition: site.edition,
      // Links are written for the edition's root (base path and link mode: src/data/routes.ts).
      root: editionRoot(site.edition),
      peildatum: site.peildatum,
      weken: site.weken,
      nav: COLLECTIONS.filter((c) => site.of(c).length > 0),
      git: history.git,
    });
    keys = pageKeys(site.graph, { context, extra: (key) => ({ history: history.of(key), files: localFiles(site.get(key)) }) });
    memo.set(site, keys);
  }
  return keys;
}

/** A URL in a body that names a file beside the entry (`./_afbeeldingen/x.png`), not a page or another site. */
const isLocal = (url: string) => url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#');

/**
 * The local files an entry's body refers to (Markdown and HTML images, JSX `src`, links), each
 * with a digest of its bytes, or `null` when there is no such file. Entry files are relative
 * to the project root, the working folder of a build.
 */
export function localFiles(entry: AnyEntry | undefined): Record<string, string | null> {
  const files: Record<string, string | null> = {};
  if (!entry?.file) return files;
  const dir = path.dirname(path.resolve(entry.file));
  for (const { url, attribute } of bodyUrls(entry.body, entryBodyOptions(entry))) {
    // srcset: "a.png 1x, b.png 2x"
    const candidates = attribute === 'srcset' ? url.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [url.trim()];
    for (const candidate of candidates) {
      if (!isLocal(candidate) || candidate in files) continue;
      const relative = candidate.replace(/[?#].*$/, '');
      let name = relative;
      try {
        name = decodeURI(relative);
      } catch {
        /* not percent-encoded after all: the name as written */
      }
      try {
        files[candidate] = createHash('sha1').update(readFileSync(path.resolve(dir, name))).digest('base64url');
      } catch {
        files[candidate] = null;
      }
    }
  }
  return files;
}

/** One page of a paginated list, as Astro's `paginate()` makes it. */
interface ListPage {
  params: Record<string, string | number | undefined>;
  props: { page: { data: readonly unknown[]; total: number; start: number; currentPage: number; lastPage: number } };
}

/** What one listed item shows: the entries it names (their frontmatter and neighbours are in the key) and anything else. */
export interface ListedItem {
  entries: readonly EntryKey[];
  shown?: unknown;
}

/**
 * Cache keys for the pages of a paginated list (timeline months, briefing sections, a hub's long
 * relation groups). A page's key covers, in order, the items it lists (`item`: the entries each
 * names and what else it shows, e.g. an event's label), the page's other props, its place in the
 * list, and `more` (what else it shows from the Site, e.g. the neighbouring months); through
 * keys.of, the frontmatter and neighbourhood of every entry it names. A change to an entry's body
 * alone leaves every list page's key as it was; a new title, status or relation of a listed entry
 * changes it, as does an entry joining or leaving the list (the items shift).
 */
export function keyListPages<T extends ListPage>(
  site: Site,
  pages: readonly T[],
  item: (data: T['props']['page']['data'][number]) => ListedItem,
  more?: (page: T) => ListedItem,
): (T & { cacheKey: string })[] {
  const keys = sitePageKeys(site);
  return pages.map((p) => {
    const { page, ...props } = p.props;
    const items = page.data.map(item);
    const extra = more?.(p);
    const entries = [...items.flatMap((i) => i.entries), ...(extra?.entries ?? [])];
    const cacheKey = keys.of(entries, {
      params: p.params,
      props,
      place: { total: page.total, start: page.start, currentPage: page.currentPage, lastPage: page.lastPage },
      items: items.map((i) => [i.entries, i.shown ?? null]),
      more: extra ? [extra.entries, extra.shown ?? null] : null,
    });
    return { ...p, cacheKey };
  });
}

/** A dated event in a list: its entry and owner (an action's route map and organisation), and the event itself. */
export const eventItem = (event: TimelineEvent): ListedItem => ({ entries: [event.entry, ...(event.eigenaar ? [event.eigenaar] : [])], shown: event });
