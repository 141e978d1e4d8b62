import type { APIRoute } from 'astro';
import { perEdition } from '../../../../data/paths.ts';
import { getSite } from '../../../../data/site.ts';
import { ICS_HEADERS, icsFor, targetGroupEvents } from '../../../../data/calendars.ts';
import { isEdition } from '../../../../domain/editions.ts';

/**
 * The calendar of a target group: dates of its measures and route maps. Beside the entry page
 * `/doelgroepen/<id>/` of [collectie]/[id].astro: the static segment wins over `[collectie]`,
 * and the two routes have different depths, so they never compete for a URL.
 */
export const getStaticPaths = () => perEdition((site) => site.of('doelgroepen').map((entry) => ({ params: { id: entry.id } })));

export const GET: APIRoute = async ({ params, site: origin }) => {
  if (!isEdition(params.editie)) return new Response(null, { status: 404 });
  const site = await getSite(params.editie);
  const entry = site.get(`doelgroepen/${params.id}`);
  if (!entry) return new Response(null, { status: 404 });
  const ics = icsFor(site, targetGroupEvents(site, params.id!), { name: `Wegwijs: ${entry.data.titel}`, description: `Belangrijke data voor ${entry.data.titel.toLowerCase()}.`, page: `doelgroepen/${params.id}/` }, origin);
  return new Response(ics, { headers: ICS_HEADERS });
};
