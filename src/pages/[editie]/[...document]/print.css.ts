/**
 * The print stylesheet of one printable document (route map, briefing pack, coming weeks): its
 * title in the margin of its printed pages (src/data/print.ts). Linked by that document's page only.
 */
import type { APIRoute } from 'astro';
import { perEdition } from '../../../data/paths.ts';
import { documentPrintStylesheet, printDocuments } from '../../../data/print.ts';

export const getStaticPaths = () =>
  perEdition((site) => printDocuments(site, site.profile).map((doc) => ({ params: { document: doc.path.replace(/\/$/, '') }, props: { doc } })));

export const GET: APIRoute = ({ props }) =>
  new Response(documentPrintStylesheet((props as { doc: { path: string; label: string } }).doc), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
