import type { APIRoute } from 'astro';
import { editionsWith, isEdition } from '../../domain/editions.ts';
import { getSite } from '../../data/site.ts';
import { sitemapXml } from '../../data/sitemap.ts';

/**
 * The sitemap of every indexable edition (the public one). @astrojs/sitemap assumes one site per
 * build and would list both editions' pages; this one is generated from the edition's own
 * selection only.
 */
export const getStaticPaths = () => editionsWith((p) => p.indexable).map((editie) => ({ params: { editie } }));

export const GET: APIRoute = async ({ params, site }) => {
  if (!isEdition(params.editie)) return new Response(null, { status: 404 });
  return new Response(sitemapXml(await getSite(params.editie), site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
