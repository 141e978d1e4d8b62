/**
 * Stage "compress": after verification, a brotli (`.br`) and a gzip (`.gz`) copy beside every
 * text file of both editions except HTML pages, so that nginx sends them as they are
 * (`brotli_static`, `gzip_static`: deploy/nginx/site.conf) instead of compressing each response,
 * and at settings too slow per request.
 *
 * HTML pages are compressed by nginx per response (`brotli`, `gzip`), not here. They are nearly
 * all of an edition's files (16,000 of 16,300 at 10,000 entries) and small (~10 KB: a few
 * microseconds of gzip 5 or brotli 4 per response, within a few per cent of the copies' size),
 * and their copies made 190 of the 510 MB of output at 10,000 entries and 34 s of a 166 s cold
 * build (`npm run bench`, 2026-12-05). The files that keep copies are few and large, or cached
 * for a year: stylesheets, scripts, the search index's entry files, feeds, calendars, open data. Only files that passed the leak scan
 * and the file check are compressed (the stage runs after both), and the file check accepts a
 * variant only when it decodes to its original's bytes (src/verify/files.ts `PRECOMPRESSED`).
 *
 * Text files: those whose extension is one of the assets' (HTML, CSS, JS, SVG, …) or an
 * output's (src/outputs/: feeds, calendars, open data, …). Node's zlib does both formats; its
 * asynchronous functions run on libuv's thread pool, so files are compressed in parallel.
 *
 * Settings, measured on the example's 154 internal pages (1.4 MB) on this 2-core machine: brotli
 * quality 5 gives 385 KB in 0.4 s, quality 11 355 KB in 12.9 s (and a minute for Decap's 5 MB
 * bundle), gzip level 9 414 KB in 0.1 s. Quality 11 would cost minutes at tens of thousands of
 * pages for 8% fewer bytes, so brotli runs at 5 and gzip at 9. A file whose bytes equal those of
 * the same file in the previous build (dist/) gets that build's copies, so an incremental build
 * compresses only what changed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { OUTPUTS } from '../outputs/index.ts';
import { PRECOMPRESSED, listFiles } from '../verify/files.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Extensions of the text files Astro, Pagefind and the public folder write. */
const ASSET_TEXT = ['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest', '.map'];

/** Every extension of a text file in an edition: the assets' and every output's. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set([...ASSET_TEXT, ...OUTPUTS.map((o) => o.match.slice(o.match.lastIndexOf('.')))]);

/** Text files that get precompressed copies: every text file but an HTML page (see above). */
export const isCompressible = (rel: string): boolean => {
  const ext = path.posix.extname(rel).toLowerCase();
  return ext !== '.html' && TEXT_EXTENSIONS.has(ext);
};

/** Brotli's quality (0–11) and gzip's level (1–9): see above. */
export const BROTLI_QUALITY = 5;
export const GZIP_LEVEL = 9;

export interface CompressResult {
  files: number;
  /** Of which copies were taken over from the previous build. */
  reused: number;
  bytes: number;
  gzip: number;
  brotli: number;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file under `dir` but its HTML pages; `previous`: the same
 * edition of the previous build, whose copies are taken over for files with the same bytes.
 */
export async function precompress(dir: string, previous?: string): Promise<CompressResult> {
  const files = (await listFiles(dir)).filter(isCompressible);
  const result: CompressResult = { files: files.length, reused: 0, bytes: 0, gzip: 0, brotli: 0 };
  // A few files at a time: the thread pool has four threads, and tens of thousands of pages
  // must not all be read into memory at once.
  for (let i = 0; i < files.length; i += 16) {
    await Promise.all(
      files.slice(i, i + 16).map(async (rel) => {
        const file = path.join(dir, rel);
        const bytes = await readFile(file);
        result.bytes += bytes.length;
        if (previous && (await reuse(bytes, path.join(previous, rel), file))) {
          result.reused++;
          return;
        }
        const [br, gzipped] = await Promise.all([
          brotli(bytes, {
            params: {
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          }),
          gz(bytes, { level: GZIP_LEVEL }),
        ]);
        await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
        result.brotli += br.length;
        result.gzip += gzipped.length;
      }),
    );
  }
  return result;
}

/**
 * Takes over the previous build's `.br` and `.gz` of `old` when `old` holds the same bytes as the
 * verified file and both copies decode to exactly those bytes (so nothing unverified is shipped).
 */
async function reuse(bytes: Buffer, old: string, file: string): Promise<boolean> {
  const before = await readFile(old).catch(() => undefined);
  if (!before?.equals(bytes)) return false;
  try {
    const [br, gzipped] = await Promise.all([readFile(`${old}.br`), readFile(`${old}.gz`)]);
    if (!PRECOMPRESSED['.br']!(br).equals(bytes) || !PRECOMPRESSED['.gz']!(gzipped).equals(bytes)) return false;
    await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
    return true;
  } catch {
    return false; // no copies in the previous build (built before this stage existed), or damaged ones
  }
}
