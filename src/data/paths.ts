/**
 * getStaticPaths helpers: every route is generated once per edition, from that edition's Site.
 * Pages get the Site itself from `Astro.locals.site` (src/middleware.ts), not as a prop. A path
 * with a `cacheKey` (src/data/page-keys.ts) is reused from the previous build when unchanged.
 */
import { EDITIONS, EDITION_PROFILES, type Edition, type EditionProfile } from '../domain/editions.ts';
import { getSite, type Site } from './site.ts';

export async function perEdition<P extends Record<string, string>, X extends object = object>(
  make: (site: Site) => Array<{ params: P; props?: X; cacheKey?: string }> | Promise<Array<{ params: P; props?: X; cacheKey?: string }>>,
  /** Only the editions whose profile has this page, e.g. `(p) => p.briefings`. */
  has: (profile: EditionProfile) => boolean = () => true,
) {
  const out: Array<{ params: P & { editie: Edition }; props: X; cacheKey?: string }> = [];
  for (const edition of EDITIONS.filter((e) => has(EDITION_PROFILES[e]))) {
    const site = await getSite(edition);
    // cacheKey: the page may be copied from the previous build when it is unchanged (src/domain/page-keys.ts).
    for (const path of await make(site)) out.push({ params: { ...path.params, editie: edition }, props: path.props ?? ({} as X), ...(path.cacheKey ? { cacheKey: path.cacheKey } : {}) });
  }
  return out;
}
