import type { APIRoute } from 'astro';
import { EDITIONS, isEdition } from '../../domain/editions.ts';
import { getSite } from '../../data/site.ts';
import { ICS_HEADERS, editionEvents, icsFor } from '../../data/calendars.ts';

/** The edition's calendar of key dates (src/data/calendars.ts), from its own timeline. */
export const getStaticPaths = () => EDITIONS.map((editie) => ({ params: { editie } }));

export const GET: APIRoute = async ({ params, site: origin }) => {
  if (!isEdition(params.editie)) return new Response(null, { status: 404 });
  const site = await getSite(params.editie);
  const ics = icsFor(site, editionEvents(site), { name: 'Wegwijs: belangrijke data', description: 'Wanneer maatregelen ingaan en aflopen, en wat verder gepland staat.', page: site.timeline.events.length > 0 ? 'tijdlijn/' : '' }, origin);
  return new Response(ics, { headers: ICS_HEADERS });
};
