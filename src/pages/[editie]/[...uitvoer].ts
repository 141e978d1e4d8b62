/**
 * Every output of an edition other than its pages (feeds, calendars, open data, sitemap,
 * robots.txt, print stylesheets, …): the registry in src/outputs/ says which files each edition
 * gets and how each renders from the edition's Site (`locals.site`, set by src/middleware.ts).
 * One rest route: the files have extensions, so they never compete with a page's URL.
 */
import type { APIRoute } from 'astro';
import { siteUrl } from '../../config.ts';
import { perEdition } from '../../data/paths.ts';
import { OUTPUTS, outputFiles } from '../../outputs/index.ts';
import { contentType } from '../../outputs/output.ts';

export const getStaticPaths = () =>
  perEdition((site) => outputFiles(site).map((file) => ({ params: { uitvoer: file.path }, props: { output: OUTPUTS.indexOf(file.output), of: file.props } })));

export const GET: APIRoute = async ({ locals, props, site: origin }) => {
  const output = OUTPUTS[(props as { output: number }).output]!;
  const body = await output.render(locals.site, (props as { of: unknown }).of, { origin: origin ?? new URL(siteUrl()) });
  return new Response(body, { headers: { 'Content-Type': contentType(output) } });
};
