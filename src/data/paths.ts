/**
 * getStaticPaths helpers: every route is generated once per edition, from that edition's Site.
 * Pages get the Site itself from `Astro.locals.site` (src/middleware.ts), not as a prop.
 */
import { EDITIONS, EDITION_PROFILES, type Edition, type EditionProfile } from '../domain/editions.ts';
import { getSite, type Site } from './site.ts';

export async function perEdition<P extends Record<string, string>, X extends object = object>(
  make: (site: Site) => Array<{ params: P; props?: X }> | Promise<Array<{ params: P; props?: X }>>,
  /** Only the editions whose profile has this page, e.g. `(p) => p.briefings`. */
  has: (profile: EditionProfile) => boolean = () => true,
) {
  const out: Array<{ params: P & { editie: Edition }; props: X }> = [];
  for (const edition of EDITIONS.filter((e) => has(EDITION_PROFILES[e]))) {
    const site = await getSite(edition);
    for (const path of await make(site)) out.push({ params: { ...path.params, editie: edition }, props: path.props ?? ({} as X) });
  }
  return out;
}
