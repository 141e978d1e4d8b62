/**
 * The edition's print stylesheet (src/data/print.ts): the running lines of printed pages, the
 * edition's mark and reference date on every page and each printable document's title on its own.
 */
import type { APIRoute } from 'astro';
import { perEdition } from '../../data/paths.ts';
import { printStylesheet } from '../../data/print.ts';

export const getStaticPaths = () => perEdition(() => [{ params: {} }]);

export const GET: APIRoute = ({ locals }) => new Response(printStylesheet(locals.site, locals.profile), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
