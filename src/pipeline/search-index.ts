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
import { createHash } from 'node:crypto';
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

/**
 * The version of the page copies Pagefind reads: spaceBlocks' code. A copy made by other code is
 * never reused.
 */
const MIRROR_VERSION = createHash('sha1').update(`${spaceBlocks.toString()}\n${BLOCK_TAG.source}`).digest('hex');

interface MirrorManifest {
  version: string;
  /** Per page (relative path): the SHA-1 of the built page its copy was made from. */
  pages: Record<string, string>;
}

/**
 * Indexes the entry pages of `siteDir` into `siteDir/pagefind`. Pagefind reads copies of the pages
 * with spaces between their blocks (spaceBlocks), in `mirrorDir`, never inside the edition (nothing
 * there is shipped). With a `mirrorDir` that outlives the build (the build's cache folder), a copy
 * is written again only when its page's bytes changed: after a one-entry change, rewriting the
 * 10,000 copies of the internal edition took about 5 of its 16 s. Copies of pages that are gone are
 * removed, whatever the manifest says, since Pagefind reads every page in the folder. Without a
 * `mirrorDir` the copies go into a folder beside the edition, removed afterwards.
 */
export async function indexEdition(siteDir: string, mirrorDir?: string): Promise<{ pages: number; rewritten: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', excludeSelectors: SEARCH_EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
  // Pagefind reads the copies as a directory. Handing them over one at a time instead
  // (addHTMLFile, in sorted order: the index depends on the order) took 21.9 s for the 10,000
  // internal pages of the hub corpus; as a directory, 17.4 and 20.7 s (two runs, same pages,
  // identical indexes). Pagefind's directory walk has a fixed order, so an incremental build
  // still gives the cold build's index.
  const source = mirrorDir ?? path.join(path.dirname(siteDir), `.zoekbron-${path.basename(siteDir)}`);
  const manifestFile = `${source}.json`;
  const previous = mirrorDir ? await readFile(manifestFile, 'utf8').then((t) => JSON.parse(t) as MirrorManifest, () => undefined) : undefined;
  const reusable = previous?.version === MIRROR_VERSION ? previous.pages : {};
  // The manifest goes first: a build interrupted while copying leaves no claim about the copies.
  await rm(manifestFile, { force: true });
  if (!mirrorDir) await rm(source, { recursive: true, force: true });
  let pageCount = 0;
  let rewritten = 0;
  try {
    const files: string[] = [];
    for await (const file of glob(SEARCH_PAGES_GLOB, { cwd: siteDir })) files.push(file.split('\\').join('/'));
    const wanted = new Set(files);
    const present = new Set<string>();
    for await (const file of glob('**/*', { cwd: source, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const rel = path.relative(source, path.join(file.parentPath, file.name)).split(path.sep).join('/');
      if (wanted.has(rel)) present.add(rel);
      else await rm(path.join(source, rel), { force: true });
    }
    const pages: Record<string, string> = {};
    for (let i = 0; i < files.length; i += 64) {
      await Promise.all(
        files.slice(i, i + 64).map(async (rel) => {
          const bytes = await readFile(path.join(siteDir, rel));
          const digest = createHash('sha1').update(bytes).digest('hex');
          pages[rel] = digest;
          if (present.has(rel) && reusable[rel] === digest) return;
          const to = path.join(source, rel);
          await mkdir(path.dirname(to), { recursive: true });
          await writeFile(to, spaceBlocks(bytes.toString('utf8')));
          rewritten++;
        }),
      );
    }
    const added = await index.addDirectory({ path: source, glob: SEARCH_PAGES_GLOB });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    pageCount = added.page_count;
    if (mirrorDir) await writeFile(manifestFile, JSON.stringify({ version: MIRROR_VERSION, pages } satisfies MirrorManifest));
  } finally {
    if (!mirrorDir) await rm(source, { recursive: true, force: true });
  }
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await minifyPagefindScript(`${siteDir}/pagefind/pagefind.js`);
  return { pages: pageCount, rewritten };
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
