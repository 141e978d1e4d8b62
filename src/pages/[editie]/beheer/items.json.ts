import type { APIRoute } from 'astro';
import { cmsItems } from '../../../cms/items.ts';
import { perEdition } from '../../../data/paths.ts';

/**
 * /beheer/items.json: every entry's title, edition and status (src/cms/items.ts), for the CMS's
 * check of a public entry's references before saving. The dev server answers this path itself,
 * fresh from content/ (src/cms/integration.ts).
 */
export const getStaticPaths = () => perEdition(() => [{ params: {} }], (profile) => profile.cms);

export const GET: APIRoute = ({ locals }) => {
  const { site } = locals;
  return new Response(JSON.stringify({ peildatum: site.peildatum, items: cmsItems(site.entries, site.peildatum) }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
