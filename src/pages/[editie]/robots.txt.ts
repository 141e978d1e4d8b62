import type { APIRoute } from 'astro';
import { EDITIONS } from '../../domain/editions.ts';

export const getStaticPaths = () => EDITIONS.map((editie) => ({ params: { editie } }));

/** The internal edition is never indexed; the public one points at its sitemap. */
export const GET: APIRoute = ({ params, site }) => {
  const body = params.editie === 'intern'
    ? 'User-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\n${site ? `Sitemap: ${new URL('/sitemap.xml', site).href}\n` : ''}`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
