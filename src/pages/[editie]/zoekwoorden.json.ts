import type { APIRoute } from 'astro';
import { perEdition } from '../../data/paths.ts';
import { getSite } from '../../data/site.ts';
import { vocabulary } from '../../data/vocabulary.ts';
import { isEdition } from '../../domain/editions.ts';

/**
 * `/zoekwoorden.json`: the edition's vocabulary (src/data/vocabulary.ts) for "Bedoelde u …?"
 * on the search page, which references it (`data-search-vocabulary`), computed from this
 * edition's entries only.
 */
export const getStaticPaths = () => perEdition(() => [{ params: {} }]);

export const GET: APIRoute = async ({ params }) => {
  if (!isEdition(params.editie)) return new Response(null, { status: 404 });
  const site = await getSite(params.editie);
  return new Response(JSON.stringify(vocabulary(site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
