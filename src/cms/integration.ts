/**
 * Serves /<editie>/beheer/config.yml and Decap's bundle under `npm run dev` (and so `npm run
 * beheer`). In a build the routes in src/pages/[editie]/beheer/ write them as files; Astro's dev
 * server answers file-like paths of endpoints with 404 under `trailingSlash: 'always'`, so the
 * dev server gets them from this middleware instead, from the same functions.
 */
import type { AstroIntegration } from 'astro';

export function cmsDevServer(): AstroIntegration {
  return {
    name: 'wegwijs-cms',
    hooks: {
      'astro:server:setup': async ({ server }) => {
        const [{ bundleFile, bundleFiles }, { cmsConfigFor }, { EDITION_PROFILES, isEdition }] = await Promise.all([
          import('./bundle.ts'),
          import('./serve.ts'),
          import('../domain/editions.ts'),
        ]);
        const files = new Set(bundleFiles());
        server.middlewares.use((req, res, next) => {
          const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
          const match = /\/([a-z]+)\/beheer\/([^/]+)$/.exec(pathname);
          const edition = match?.[1];
          const name = match?.[2] ?? '';
          if (!match || !isEdition(edition) || !EDITION_PROFILES[edition].cms || (name !== 'config.yml' && !files.has(name))) return next();
          void (async () => {
            const response = name === 'config.yml'
              ? new Response(cmsConfigFor(edition, true), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } })
              : await bundleFile(name);
            res.statusCode = response.status;
            response.headers.forEach((value, key) => res.setHeader(key, value));
            res.end(Buffer.from(await response.arrayBuffer()));
          })().catch(next);
        });
      },
    },
  };
}
