// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { rehypePlugins, remarkPlugins } from './src/markdown/pipeline.ts';
import { config } from './src/config.ts';
import { devCheck } from './src/integrations/dev-check.ts';
import { cmsDevServer } from './src/cms/integration.ts';

/**
 * Labels of GFM footnotes (remark-rehype, mdast-util-to-hast): Dutch instead of "Footnotes" and
 * "Back to reference 1"; the second back-link of a footnote referenced twice is "… 1-2", as upstream.
 * @type {import('@astrojs/markdown-remark').RemarkRehype}
 */
const footnoteLabels = {
  footnoteLabel: 'Voetnoten',
  footnoteBackLabel: (/** @type {number} */ referenceIndex, /** @type {number} */ rereferenceIndex) => `Terug naar de verwijzing ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
};

/**
 * One Astro build renders both editions under /intern/ and /publiek/ (src/pages/[editie]/);
 * scripts/build.ts then splits them into dist/intern and dist/publiek. Output goes to a staging
 * folder so that a failed build never touches dist/.
 *
 * Markdown runs through unified (not Astro 7's default Sätteri processor) because Wegwijs needs
 * remark plugins: Woo redactions, Kamerstuk citations, the privacy guard.
 *
 * The settings come from src/config.ts, the one module that reads the environment (validated:
 * a bad WEGWIJS_* value stops the build here, naming the variable).
 */
const settings = config();

export default defineConfig({
  site: settings.site,
  // WEGWIJS_BASE: asset URLs (/_astro/…) carry the base path; page links come from href() (src/data/routes.ts).
  base: settings.base,
  // WEGWIJS_ASTRO_OUT, WEGWIJS_CACHE_DIR: set by npm run build (src/pipeline/run.ts), else under WEGWIJS_STAGING.
  outDir: settings.astroOut,
  cacheDir: settings.cacheDir,
  trailingSlash: 'always',
  // No inline <script> or <style>: the editions run under a strict Content-Security-Policy
  // (deploy/nginx), so every script and stylesheet is a file under /_astro/.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  // SmartyPants is off: passages must be copied exactly as approved (no quotes or dashes rewritten),
  // and it was the largest single cost of rendering Markdown (retext's sentence parser).
  // remarkRehype: GFM footnotes get Dutch labels (the section heading, read by screen readers, and
  // the back-links). `.mdx` inherits this processor, and with it these options (mdx()'s own
  // `remarkRehype` option is deprecated in Astro 7 in favour of the processor's).
  markdown: { processor: unified({ remarkPlugins, rehypePlugins, remarkRehype: footnoteLabels, smartypants: false }) },
  // devCheck: `npm run dev` prints the same content problems as `npm run check`, on every change.
  // cmsDevServer: /intern/beheer/ (the CMS, src/cms/) under the dev server.
  integrations: [mdx(), devCheck(), cmsDevServer()],
  devToolbar: { enabled: false },
  // Incremental rendering: entry and timeline-day pages carry a cache key (src/domain/page-keys.ts)
  // and are copied from the previous build (in cacheDir) when the key, the template code and the
  // rendered body are unchanged. The build still verifies the whole output (scripts/build.ts).
  // Parallel prerendering (WEGWIJS_RENDER_WORKERS, default 0: the main thread alone): pages are
  // rendered by worker threads, each with its own copy of the editions' data (module-level memos
  // are per worker). On this project's 2-core build machine two workers were slower than none
  // (the check runs beside Astro on the other core, and every worker loads the content store and
  // builds both editions again) and used more memory; see Performance in README.md.
  experimental: { incrementalBuild: true, parallelPrerender: settings.renderWorkers > 0 ? { workers: settings.renderWorkers } : false },
});
