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
import { glob, readFile, writeFile } from 'node:fs/promises';
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
  // Each page is read here and handed over with spaces between its blocks (spaceBlocks).
  const files: string[] = [];
  for await (const file of glob(SEARCH_PAGES_GLOB, { cwd: siteDir })) files.push(file.split('\\').join('/'));
  files.sort();
  let pageCount = 0;
  // In sorted order, one at a time: Pagefind's index depends on the order pages are added (an
  // incremental build must give the cold build's index byte for byte). The next batch of files
  // is read while Pagefind parses the current one.
  const read = (batch: string[]) => Promise.all(batch.map(async (sourcePath) => ({ sourcePath, content: spaceBlocks(await readFile(`${siteDir}/${sourcePath}`, 'utf8')) })));
  let next = read(files.slice(0, 32));
  for (let i = 0; i < files.length; i += 32) {
    const batch = await next;
    next = read(files.slice(i + 32, i + 64));
    next.catch(() => undefined); // awaited in the next round; a failure there is reported then
    for (const page of batch) {
      const added = await index.addHTMLFile(page);
      if (added.errors.length) throw new Error(`Pagefind (${page.sourcePath}): ${added.errors.join('; ')}`);
      if (added.file) pageCount++;
    }
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
