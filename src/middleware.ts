/**
 * Runs for every page and endpoint, at build time for prerendered pages (as Starlight's
 * utils/routing/middleware.ts does): puts the current edition's `Site` and `EditionProfile` on
 * `Astro.locals`, so components read `Astro.locals.site` instead of receiving a `site` prop, and
 * resolves the links in rendered Markdown bodies against the edition's root
 * (src/markdown/rehype-entry-links: bodies are rendered once for both editions).
 */
import { defineMiddleware } from 'astro:middleware';
import { getSite } from './data/site.ts';
import { editionRoot } from './data/routes.ts';
import { EDITION_PROFILES, isEdition } from './domain/editions.ts';
import { resolveEntryLinks } from './markdown/rehype-entry-links/index.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const edition = context.params.editie;
  if (!isEdition(edition)) return next();
  // Under the dev server a content change re-evaluates the data modules for the pages; importing
  // site.ts anew here gets that same, current instance (a static import would keep the first one).
  const site = import.meta.env.DEV ? (await import('./data/site.ts')).getSite : getSite;
  context.locals.site = await site(edition);
  context.locals.profile = EDITION_PROFILES[edition];
  const response = await next();
  if (!response.headers.get('Content-Type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(resolveEntryLinks(html, editionRoot(edition)), { status: response.status, statusText: response.statusText, headers: response.headers });
});
