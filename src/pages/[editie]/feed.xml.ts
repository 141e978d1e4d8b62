import type { APIRoute } from 'astro';
import { EDITIONS, isEdition } from '../../domain/editions.ts';
import { atomFeed } from '../../domain/feed.ts';
import { getSite } from '../../data/site.ts';
import { siteHistory } from '../../data/changes.ts';
import { absoluteUrl, entryPath } from '../../data/routes.ts';
import { siteUrl } from '../../config.ts';

/**
 * The Atom feed of the edition's changes (src/domain/feed.ts), from its own selection: the
 * public edition's feed holds published and changed Q&A and measures, the internal one every
 * change. Absolute URLs from WEGWIJS_SITE with the base path (absoluteUrl → href).
 */
export const getStaticPaths = () => EDITIONS.map((editie) => ({ params: { editie } }));

export const GET: APIRoute = async ({ params, site: astroSite }) => {
  if (!isEdition(params.editie)) return new Response(null, { status: 404 });
  const site = await getSite(params.editie);
  const origin = astroSite ?? siteUrl();
  const xml = atomFeed(siteHistory(site).changes.changes, {
    title: `Wegwijs${site.profile.titleSuffix}: wat is er veranderd`,
    description: 'Nieuwe en gewijzigde onderwerpen in Wegwijs, met de toelichting op de wijziging.',
    home: absoluteUrl(site.edition, '', origin),
    self: absoluteUrl(site.edition, 'feed.xml', origin),
    link: (key) => absoluteUrl(site.edition, entryPath(key), origin),
    entry: (key) => site.get(key)?.data,
    collections: site.profile.feedCollections,
    peildatum: site.peildatum,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
