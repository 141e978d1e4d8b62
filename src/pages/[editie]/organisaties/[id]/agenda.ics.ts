import type { APIRoute } from 'astro';
import { perEdition } from '../../../../data/paths.ts';
import { getSite } from '../../../../data/site.ts';
import { ICS_HEADERS, hasOrganisationCalendars, icsFor, organisationEvents } from '../../../../data/calendars.ts';
import { isEdition } from '../../../../domain/editions.ts';

/**
 * The calendar of an organisation: the deadlines of the actions it owns. Only in editions whose
 * calendars hold action deadlines (the profile's `calendarKinds`). Beside the entry page, as
 * doelgroepen/[id]/agenda.ics.ts.
 */
export const getStaticPaths = () =>
  perEdition((site) => (hasOrganisationCalendars(site) ? site.of('organisaties').map((entry) => ({ params: { id: entry.id } })) : []));

export const GET: APIRoute = async ({ params, site: origin }) => {
  if (!isEdition(params.editie)) return new Response(null, { status: 404 });
  const site = await getSite(params.editie);
  const entry = site.get(`organisaties/${params.id}`);
  if (!entry) return new Response(null, { status: 404 });
  const ics = icsFor(site, organisationEvents(site, params.id!), { name: `Wegwijs: acties van ${entry.data.titel}`, description: `Deadlines van acties waarvan ${entry.data.titel} eigenaar is.`, page: `organisaties/${params.id}/` }, origin);
  return new Response(ics, { headers: ICS_HEADERS });
};
