/**
 * The edition's page cache keys (src/domain/page-keys.ts), memoised per Site: what every page
 * shares (edition, reference date, look-ahead, navigation, whether git history was read) and each
 * entry's history, which its page shows.
 */
import { pageKeys, type PageKeys } from '../domain/page-keys.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { siteHistory } from './changes.ts';
import type { Site } from './site.ts';

const memo = new WeakMap<Site, PageKeys>();

export function sitePageKeys(site: Site): PageKeys {
  let keys = memo.get(site);
  if (!keys) {
    const history = siteHistory(site);
    const context = JSON.stringify({
      edition: site.edition,
      peildatum: site.peildatum,
      weken: site.weken,
      nav: COLLECTIONS.filter((c) => site.of(c).length > 0),
      git: history.git,
    });
    keys = pageKeys(site.graph, { context, extra: (key) => history.of(key) });
    memo.set(site, keys);
  }
  return keys;
}
