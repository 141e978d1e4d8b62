import type { APIRoute } from 'astro';
import { EDITIONS, EDITION_PROFILES, isEdition } from '../../domain/editions.ts';
import { absoluteUrl } from '../../data/routes.ts';

export const getStaticPaths = () => EDITIONS.map((editie) => ({ params: { editie } }));

/**
 * An edition that may not be indexed disallows everything; an indexable one allows crawling and
 * names its sitemap. Under a base path (WEGWIJS_BASE) the file is at `<base>robots.txt`: crawlers
 * only read it at the root of a host, so there the host's own robots.txt should name the sitemap.
 */
export const GET: APIRoute = ({ params, site }) => {
  if (!isEdition(params.editie)) return new Response(null, { status: 404 });
  const profile = EDITION_PROFILES[params.editie];
  const body = !profile.indexable
    ? 'User-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\n${site ? `Sitemap: ${absoluteUrl(params.editie, 'sitemap.xml', site)}\n` : ''}`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
