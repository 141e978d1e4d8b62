/**
 * Serves /<editie>/beheer/config.yml and Decap's bundle under `npm run dev` (and so `npm run
 * beheer`). In a build the routes in src/pages/[editie]/beheer/ write them as files; Astro's dev
 * server answers file-like paths of endpoints with 404 under `trailingSlash: 'always'`, so the
 * dev server gets them from this middleware instead, from the same functions.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The checker's problems (formatted as by `npm run check`, paths relative to the CMS's folder) in one entry's file. */
async function checkEntry(collection: string, id: string): Promise<string[]> {
  const [{ runCheck, formatProblem }, config, path] = await Promise.all([
    import('../check/index.ts'),
    import('../config.ts'),
    import('node:path'),
  ]);
  const repo = path.resolve(config.config().cms.repo);
  const contentDir = path.relative(process.cwd(), path.resolve(config.contentDir())) || '.';
  const targets = ['.md', '.mdx'].map((ext) => path.resolve(contentDir, collection, `${id}${ext}`));
  const { problems } = await runCheck({ contentDir, peildatum: config.referenceDate() });
  return problems
    .filter((p) => targets.includes(path.resolve(p.file)))
    .map((p) => formatProblem({ ...p, file: path.relative(repo, path.resolve(p.file)).split(path.sep).join('/') }));
}

/** /beheer/items.json under the dev server: read fresh from content/ on every request. */
async function currentItems(): Promise<string> {
  const [{ runCheck }, { cmsItems }, config] = await Promise.all([import('../check/index.ts'), import('./items.ts'), import('../config.ts')]);
  const peildatum = config.referenceDate();
  const { entries } = await runCheck({ contentDir: config.contentDir(), peildatum, textRules: [] });
  return JSON.stringify({ peildatum, items: cmsItems(entries, peildatum) });
}

/**
 * A vocabulary changed (content/_vocabulaires/): /beheer/config.yml reads it on every request
 * already; the committed copy (schemas/decap-config.yml, `npm run cms:config`) is written again
 * here, when the dev server works on the example's content/ that the copy describes.
 */
async function watchVocabularies(watcher: { add(paths: string): unknown; on(event: 'all', listener: (event: string, file: string) => void): unknown }): Promise<void> {
  const [path, { writeFile, mkdir }, config, { VOCABULARIES_DIR }, { GENERATED_DIR, generatedFiles }] = await Promise.all([
    import('node:path'),
    import('node:fs/promises'),
    import('../config.ts'),
    import('../load/vocabularies.ts'),
    import('./generated.ts'),
  ]);
  const dir = path.resolve(config.contentDir(), VOCABULARIES_DIR);
  const ownsCommittedCopy = path.resolve(config.contentDir()) === path.resolve('content');
  watcher.add(dir);
  watcher.on('all', (_event, file) => {
    if (!ownsCommittedCopy || path.dirname(path.resolve(file)) !== dir) return;
    void (async () => {
      await mkdir(GENERATED_DIR, { recursive: true });
      for (const [name, text] of Object.entries(generatedFiles(config.contentDir()))) await writeFile(path.join(GENERATED_DIR, name), text);
      process.stderr.write(`woordenlijst ${path.relative(process.cwd(), file)} gewijzigd: ${GENERATED_DIR}/decap-config.yml bijgewerkt; het beheerformulier toont de nieuwe keuzes na herladen\n`);
    })().catch((error: unknown) => process.stderr.write(`${GENERATED_DIR}/ bijwerken mislukt: ${error instanceof Error ? error.message : String(error)}\n`));
  });
}

export function cmsDevServer(): AstroIntegration {
  return {
    name: 'wegwijs-cms',
    hooks: {
      // "Importeren" (src/cms/importeren.astro) writes files through the dev server: its page
      // exists only under `astro dev`, never in a build.
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/[editie]/beheer/importeren', entrypoint: fileURLToPath(new URL('./importeren.astro', import.meta.url)), prerender: true });
      },
      'astro:server:setup': async ({ server }) => {
        const [{ bundleFile, bundleFiles }, { cmsConfigFor }, { EDITION_PROFILES, isEdition }, { IMPORT_ENDPOINT, handleImport }] = await Promise.all([
          import('./bundle.ts'),
          import('./serve.ts'),
          import('../domain/editions.ts'),
          import('./import-endpoint.ts'),
        ]);
        const files = new Set(bundleFiles());
        await watchVocabularies(server.watcher);
        // After a save the page asks what the full check (npm run check) says about the saved
        // file: rules across entries that no form can know (src/cms/admin.ts shows the answer).
        server.middlewares.use('/__wegwijs/controle', (req, res) => {
          const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
          void checkEntry(query.get('collectie') ?? '', query.get('id') ?? '')
            .then((problems) => {
              res.setHeader('Content-Type', 'application/json; charset=utf-8');
              res.end(JSON.stringify({ problems }));
            })
            .catch((error: unknown) => {
              res.statusCode = 500;
              res.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
            });
        });
        // "Importeren" (src/cms/import-endpoint.ts): the same importer as `npm run importeer`, only here.
        server.middlewares.use(IMPORT_ENDPOINT, (req, res) => {
          void handleImport(req, res);
        });
        server.middlewares.use((req, res, next) => {
          const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
          const match = /\/([a-z]+)\/beheer\/([^/]+)$/.exec(pathname);
          const edition = match?.[1];
          const name = match?.[2] ?? '';
          if (!match || !isEdition(edition) || !EDITION_PROFILES[edition].cms || (name !== 'config.yml' && name !== 'items.json' && !files.has(name))) return next();
          void (async () => {
            const response = name === 'config.yml'
              ? new Response(cmsConfigFor(edition, true), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } })
              : name === 'items.json'
                ? new Response(await currentItems(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
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
