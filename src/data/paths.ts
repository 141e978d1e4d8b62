/** getStaticPaths helpers: every route is generated once per edition, from that edition's Site. */
import { EDITIONS, type Edition } from '../domain/editions.ts';
import { getSite, type Site } from './site.ts';

export async function perEdition<P extends Record<string, string>, X extends object = object>(
  make: (site: Site) => Array<{ params: P; props?: X }> | Promise<Array<{ params: P; props?: X }>>,
  editions: readonly Edition[] = EDITIONS,
) {
  const out: Array<{ params: P & { editie: Edition }; props: X & { site: Site } }> = [];
  for (const edition of editions) {
    const site = await getSite(edition);
    for (const path of await make(site)) out.push({ params: { ...path.params, editie: edition }, props: { ...(path.props ?? ({} as X)), site } });
  }
  return out;
}
