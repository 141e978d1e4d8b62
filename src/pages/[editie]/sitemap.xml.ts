import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { sitemapXml } from '../../data/sitemap.ts';

/**
 * The public edition's sitemap. @astrojs/sitemap assumes one site per build and would list both
 * editions' pages; this one is generated from the public selection only.
 */
export const getStaticPaths = () => [{ params: { editie: 'publiek' } }];

export const GET: APIRoute = async ({ site }) => {
  const data = await getSite('publiek');
  return new Response(sitemapXml(data, site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
