/**
 * Pagefind, once per edition, over that edition's own folder only. The pages declare
 * `lang="nl"`, so Pagefind applies Dutch stemming. The index stores page URLs relative to the
 * edition's folder (`/vragen/x/`); the search island gives Pagefind the edition's root with the
 * base path (`baseUrl`, from `href()`), so results link to `/wegwijs/vragen/x/` under WEGWIJS_BASE.
 *
 * The label/value lists of entry pages (`dl.meta`: "Laatst gecontroleerd", "Thema", "Kenmerk",
 * …) are left out of the indexed text: Pagefind would run labels and values together in
 * excerpts. What people search them by (kenmerk, Kamerstuk number, themes) is in the page's
 * `zoekwoorden` meta field instead (src/data/vocabulary.ts).
 */
import { glob, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { COLLECTIONS } from '../collections/index.ts';

/** Parts of indexed pages that are never indexed text (see above). */
export const SEARCH_EXCLUDE_SELECTORS = ['dl.meta'];

/** Elements that start or end a block of text (and `br`): words on either side are separate words. */
const BLOCK_TAG = /<(\/?)(?:p|li|dt|dd|th|td|tr|caption|h[1-6]|div|section|article|aside|header|footer|nav|blockquote|figure|figcaption|summary|details|ul|ol|dl|table|thead|tbody|tfoot|pre|address|br|hr)\b[^>]*>/gi;

/**
 * Pagefind joins the text of adjacent elements as it finds it: the built pages have no white
 * space between tags, so a route map's summary and action table read "Periode vanaf 8
 * juniActieEigenaar…" in its indexed text and in every search snippet. A space around each block
 * tag keeps the words apart; inline elements (a, strong, mark) are left alone, so "Kamer<em>stuk</em>"
 * stays one word.
 */
export function spaceBlocks(html: string): string {
  return html.replace(BLOCK_TAG, ' $& ');
}

/**
 * The pages Pagefind reads: entry pages, the only ones with `data-pagefind-body` (Base.astro's
 * `indexed`). Pagefind would skip the others anyway, but only after parsing them, and the
 * timeline and action pages are large: at 10,000 entries reading only these takes 4 s instead
 * of 10 s, for the same index byte for byte. tests/build/search-pages.test.ts fails when a page
 * outside this pattern is marked for indexing.
 */
export const SEARCH_PAGES_GLOB = `{${COLLECTIONS.join(',')}}/*/index.html`;

export async function indexEdition(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', excludeSelectors: SEARCH_EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  // The pages Pagefind reads, with spaces between their blocks (spaceBlocks), in a folder beside
  // the edition's (never inside it: nothing there is shipped), read by Pagefind as a directory.
  // Handing them over one at a time instead (addHTMLFile, in sorted order: the index depends on
  // the order) took 21.9 s for the 10,000 internal pages of the hub corpus; as a directory, 17.4
  // and 20.7 s (two runs, same pages, identical indexes). Pagefind's directory walk has a fixed
  // order, so an incremental build still gives the cold build's index.
  const source = path.join(path.dirname(siteDir), `.zoekbron-${path.basename(siteDir)}`);
  await rm(source, { recursive: true, force: true });
  let pageCount = 0;
  try {
    const files: string[] = [];
    for await (const file of glob(SEARCH_PAGES_GLOB, { cwd: siteDir })) files.push(file.split('\\').join('/'));
    for (let i = 0; i < files.length; i += 64) {
      await Promise.all(
        files.slice(i, i + 64).map(async (rel) => {
          const to = path.join(source, rel);
          await mkdir(path.dirname(to), { recursive: true });
          await writeFile(to, spaceBlocks(await readFile(path.join(siteDir, rel), 'utf8')));
        }),
      );
    }
    const added = await index.addDirectory({ path: source, glob: SEARCH_PAGES_GLOB });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    pageCount = added.page_count;
  } finally {
    await rm(source, { recursive: true, force: true });
  }
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await minifyPagefindScript(`${siteDir}/pagefind/pagefind.js`);
  return { pages: pageCount };
}

/**
 * Pagefind ships `pagefind.js` with its identifiers unmangled (46 KB); minified it is 32 KB, and it
 * is the one script every first search downloads before anything else. esbuild is a dependency
 * of its own (Astro 7.4's Vite no longer brings it: the import failed silently, and the script
 * went out unminified, until it was declared).
 */
async function minifyPagefindScript(file: string): Promise<void> {
  const esbuild = await import('esbuild');
  const source = await readFile(file, 'utf8');
  const { code } = await esbuild.transform(source, { minify: true, format: 'esm', target: 'es2022', legalComments: 'inline' });
  await writeFile(file, code);
}

export async function closePagefind(): Promise<void> {
  await pagefind.close();
}
