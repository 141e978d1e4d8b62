/**
 * Which files an edition may hold. A built edition is its pages (every `index.html`, the
 * 404 page, robots.txt and sitemap.xml) plus what those pages reference, transitively: HTML
 * attributes (`src`, `href`, `srcset`, `data-*`, …), CSS `url()` and `@import`, JS static and
 * dynamic imports (Vite writes them as string literals). Pagefind's folder is allowed whole: its
 * files refer to each other by content hash inside compressed JSON.
 *
 * `referencedShared` is used by `split` (src/pipeline/split.ts) to copy into each edition only the
 * shared files (Astro's `_astro/`, `public/` copies) its own pages use; `verifyPublicFiles` is
 * the build's check that the public edition holds nothing else, in particular no asset of an
 * internal page.
 *
 * The reference scan over-approximates on purpose (every quoted string that resolves to an
 * existing file counts): a false reference can only keep a file, and the check on bytes below
 * still catches any internal-only asset.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { basePath, siteUrl } from '../config.ts';

/** The build digest (src/pipeline/digest.ts) stored beside the editions. */
export const DIGEST_FILE = '.wegwijs-build.json';

/**
 * Files in a public edition that no page has to reference, besides the outputs at fixed
 * addresses (robots.txt, sitemap.xml), which the output registry names (src/outputs/,
 * `fixedAddresses`; the caller passes them as `fixed`). Keep this short and explicit.
 */
export const ALLOWED_UNREFERENCED: readonly string[] = [
  '404.html', // served by the web server for missing paths (deploy/nginx: error_page)
  'favicon.ico', // requested by browsers at a fixed path
  DIGEST_FILE, // the build digest (src/pipeline/digest.ts), should it ever be written here
];

/**
 * Precompressed variants (src/pipeline/compress.ts) beside a file: `X.br` and `X.gz` are
 * served by nginx instead of `X` to clients that accept them. Such a variant is allowed where
 * `X` is, and only when it decodes to exactly `X`'s bytes.
 */
export const PRECOMPRESSED: Readonly<Record<string, (bytes: Buffer) => Buffer>> = {
  '.br': (bytes) => brotliDecompressSync(bytes),
  '.gz': (bytes) => gunzipSync(bytes),
};
/** Folders allowed whole: Pagefind's index (its files are named by content hash inside its own metadata). */
export const ALLOWED_FOLDERS: readonly string[] = ['pagefind/'];

/** Folders that are never in a public edition, referenced or not: the CMS (src/cms/, profile `cms`). */
export const STAFF_ONLY_FOLDERS: readonly string[] = ['beheer/'];

/** Files whose text may reference other files. */
const TEXT = new Set(['.html', '.htm', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest']);

export interface CheckOptions extends ResolveOptions {
  /** Outputs at fixed addresses that no page references (src/outputs/ `fixedAddresses`): allowed. */
  fixed?: readonly string[];
}

export interface ResolveOptions {
  /** The path the edition is served under, `/` or e.g. `/wegwijs/` (default: WEGWIJS_BASE). */
  base?: string;
  /** The site's address, to recognise absolute URLs of the site itself (default: WEGWIJS_SITE). */
  site?: string;
}

interface Resolver {
  base: string;
  origin: string | undefined;
}

function resolver(options: ResolveOptions = {}): Resolver {
  const base = options.base ?? basePath();
  let origin: string | undefined;
  try {
    origin = new URL(options.site ?? siteUrl()).origin;
  } catch {
    origin = undefined;
  }
  return { base: base.endsWith('/') ? base : `${base}/`, origin };
}

/**
 * A URL that may name a file other than a page: its last segment has an extension. Links to
 * pages (`/vragen/`) need not be followed, pages are roots themselves; and skipping class
 * names, ids and other words keeps the scan cheap at tens of thousands of pages.
 */
function namesFile(url: string): boolean {
  const end = url.search(/[?#]/);
  const clean = end === -1 ? url : url.slice(0, end);
  const last = clean.slice(clean.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  return dot > 0 && dot < last.length - 1 || (dot === 0 && last.length > 1);
}

/** A start tag, quoted attribute values may hold `>`. */
const TAG = /<[a-zA-Z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;
const ATTRIBUTE = /([^\s"'>\/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const CSS_URL = /url\(\s*(["']?)([^"')\s]+)\1\s*\)|@import\s+(["'])([^"']+)\3/g;

/**
 * Every string in a text file that might be the URL of a file. HTML and SVG: attribute values
 * of start tags (`srcset` split into its URLs) and CSS in `<style>`; text, where authors'
 * quotes and backticks are, is never read as a URL. CSS: `url()` and `@import`. JS, JSON and
 * the rest: quoted strings. XML: attribute values and text (`<loc>`).
 */
export function candidateUrls(text: string, ext: string): string[] {
  const found: string[] = [];
  const markup = ext === '.html' || ext === '.htm' || ext === '.svg' || ext === '.xml';
  const add = (url: string) => {
    const value = markup && url.includes('&') ? decodeHTMLAttribute(url) : url;
    if (namesFile(value)) found.push(value);
  };
  const css = (source: string) => {
    for (const m of source.matchAll(CSS_URL)) add(m[2] ?? m[4]!);
  };
  if (markup) {
    for (const tag of text.matchAll(TAG)) {
      for (const a of tag[0].matchAll(ATTRIBUTE)) {
        const value = a[2] ?? a[3] ?? a[4] ?? '';
        const name = a[1]!.toLowerCase();
        if (name === 'srcset' || name === 'imagesrcset') {
          for (const part of value.split(',')) {
            const url = part.trim().split(/\s+/)[0];
            if (url) add(url);
          }
        } else if (name === 'style') css(decodeHTMLAttribute(value));
        else add(value);
      }
    }
    for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css(m[1]!);
    if (ext === '.xml') for (const m of text.matchAll(/>\s*([^<>\s]+)\s*</g)) add(m[1]!);
  } else if (ext === '.css') {
    css(text);
  } else {
    for (const m of text.matchAll(/["'`]([^"'`\s<>{}]+)["'`]/g)) add(m[1]!);
  }
  return found;
}

/**
 * The edition-relative paths (posix, no leading slash) a URL found in `from` may point to:
 * root-relative URLs lose the base path, relative ones resolve against `from`'s folder (and, for
 * Vite's preload lists, against the edition root), folders get `index.html`.
 */
export function resolveUrl(url: string, from: string, r: Resolver): string[] {
  let value = url.trim();
  if (!value || value.startsWith('#')) return [];
  value = value.replace(/[?#].*$/, '');
  if (!value) return [];
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    decoded = value;
  }
  let candidates: string[];
  if (/^[a-z][a-z0-9+.-]*:/i.test(decoded) || decoded.startsWith('//')) {
    let parsed: URL;
    try {
      parsed = new URL(decoded, 'https://invalid.invalid');
    } catch {
      return [];
    }
    if (!/^https?:$/.test(parsed.protocol) || parsed.origin !== r.origin) return [];
    candidates = [stripBase(decodeSafe(parsed.pathname), r.base)];
  } else if (decoded.startsWith('/')) {
    candidates = [stripBase(decoded, r.base)];
  } else {
    const dir = path.posix.dirname(from);
    candidates = [path.posix.join(dir === '.' ? '' : dir, decoded), decoded];
  }
  const out: string[] = [];
  for (const c of candidates) {
    const clean = path.posix.normalize(c).replace(/^\/+/, '');
    if (clean.startsWith('..')) continue;
    if (clean === '' || clean === '.' || clean.endsWith('/')) out.push(`${clean === '.' ? '' : clean}index.html`);
    else out.push(clean, `${clean}/index.html`);
  }
  return out;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function stripBase(p: string, base: string): string {
  if (base !== '/' && (p === base.slice(0, -1) || p.startsWith(base))) return p.slice(base.length);
  return p.slice(1);
}

/** All files under `dir`, as posix paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

const isText = (rel: string) => TEXT.has(path.posix.extname(rel).toLowerCase());
const isPage = (rel: string) => rel === 'index.html' || rel.endsWith('/index.html') || rel === '404.html';
const isAllowed = (rel: string, fixed: readonly string[] = []) => ALLOWED_UNREFERENCED.includes(rel) || fixed.includes(rel) || ALLOWED_FOLDERS.some((folder) => rel.startsWith(folder));
/** The file `rel` is a precompressed variant of, when that file is in `files`. */
function variantOf(rel: string, files: ReadonlySet<string>): string | undefined {
  const ext = path.posix.extname(rel);
  const original = rel.slice(0, -ext.length);
  return ext in PRECOMPRESSED && files.has(original) ? original : undefined;
}

/**
 * Follows references from `roots` (files read through `read`) to files for which `known` is true,
 * transitively through those that are text. Returns the referenced files (roots not included
 * unless referenced).
 */
async function follow(
  roots: Iterable<string>,
  read: (rel: string) => Promise<string | undefined>,
  known: (rel: string) => boolean,
  r: Resolver,
  scanRoot: (text: string, ext: string) => string[] = candidateUrls,
): Promise<Set<string>> {
  const rootSet = new Set(roots);
  const seen = new Set<string>();
  const queue = [...rootSet];
  const scanned = new Set<string>();
  // Reads in small batches: tens of thousands of pages at scale, without opening them all at once.
  while (queue.length > 0) {
    const batch = queue.splice(0, 64).filter((rel) => !scanned.has(rel) && isText(rel));
    for (const rel of batch) scanned.add(rel);
    const texts = await Promise.all(batch.map(async (rel) => [rel, await read(rel)] as const));
    for (const [rel, text] of texts) {
      if (text === undefined) continue;
      const ext = path.posix.extname(rel).toLowerCase();
      for (const url of (rootSet.has(rel) ? scanRoot : candidateUrls)(text, ext)) {
        for (const target of resolveUrl(url, rel, r)) {
          if (!known(target) || seen.has(target)) continue;
          seen.add(target);
          queue.push(target);
          break;
        }
      }
    }
  }
  return seen;
}

/**
 * The words of `text` (between quotes, spaces, brackets, commas) that contain one of `names`:
 * every URL of a file at the top of the edition (`_astro/…`, `favicon.ico`) names it, whether
 * written absolute, under a base path or relative. Much cheaper than reading every attribute of
 * every page, which is what makes split fast at tens of thousands of pages.
 */
function tokensNaming(text: string, names: readonly string[]): string[] {
  const found: string[] = [];
  const stop = /["'`\s<>(),=]/;
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      let start = at;
      while (start > 0 && !stop.test(text[start - 1]!)) start--;
      let end = at + name.length;
      while (end < text.length && !stop.test(text[end]!)) end++;
      const token = text.slice(start, end);
      if (namesFile(token)) found.push(token.includes('&') ? decodeHTML(token) : token);
    }
  }
  return found;
}

/**
 * The shared files (relative to `sharedRoot`, e.g. `_astro/foto.abc.webp`) that the pages in
 * `editionDir` reference, directly or through shared CSS and JS. Every text file of the edition
 * (pages, robots.txt, sitemap.xml) is a root; in those only words that name a shared file's top
 * folder or name are read (tokensNaming), shared CSS and JS are read whole (relative imports).
 */
export async function referencedShared(editionDir: string, sharedRoot: string, shared: readonly string[], options: ResolveOptions = {}): Promise<Set<string>> {
  const r = resolver(options);
  const sharedSet = new Set(shared);
  const own = (await listFiles(editionDir)).filter(isText);
  const read = (rel: string, root: string) => readFile(path.join(root, rel), 'utf8').catch(() => undefined);
  const ownSet = new Set(own);
  const names = [...new Set(shared.map((rel) => rel.split('/')[0]!))];
  return follow(
    own,
    (rel) => read(rel, ownSet.has(rel) && !sharedSet.has(rel) ? editionDir : sharedRoot),
    (rel) => sharedSet.has(rel) && !ownSet.has(rel),
    r,
    (text) => tokensNaming(text, names),
  );
}

export interface FileProblem {
  file: string;
  reason: 'unreferenced' | 'internal-asset' | 'staff-only' | 'precompressed-mismatch';
  /** For an internal-asset copy: the internal file with the same bytes; for a precompressed variant that does not match: its original. */
  sameAs?: string;
}

export interface FileCheck {
  files: number;
  problems: FileProblem[];
}

/** Pages and fixed-path files of an edition and everything they reference. */
async function reachable(dir: string, files: readonly string[], r: Resolver, fixed: readonly string[]): Promise<Set<string>> {
  const set = new Set(files);
  const roots = files.filter((rel) => isPage(rel) || ((ALLOWED_UNREFERENCED.includes(rel) || fixed.includes(rel)) && isText(rel)));
  const referenced = await follow(roots, (rel) => readFile(path.join(dir, rel), 'utf8').catch(() => undefined), (rel) => set.has(rel), r);
  for (const root of roots) referenced.add(root);
  return referenced;
}

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

/**
 * Verifies the public edition in `publicDir`: every file is a page, referenced by a page
 * (transitively), or on the short allow-list; and, given the internal edition, no file has the
 * bytes of an internal file that public pages do not use (an image or script of internal pages
 * only), whatever its name or location, allow-listed folders included. Bytes that a public page
 * references under another name are public.
 */
export async function verifyPublicFiles(publicDir: string, internDir?: string, options: CheckOptions = {}): Promise<FileCheck> {
  const r = resolver(options);
  const fixed = options.fixed ?? [];
  const files = await listFiles(publicDir);
  const fileSet = new Set(files);
  const used = await reachable(publicDir, files, r, fixed);
  const problems: FileProblem[] = files.filter((rel) => !used.has(rel) && !isAllowed(rel, fixed) && !variantOf(rel, fileSet)).map((file) => ({ file, reason: 'unreferenced' as const }));
  // A precompressed variant shares its original's verdict, and must hold exactly its bytes.
  for (const rel of files) {
    const original = variantOf(rel, fileSet);
    if (!original) continue;
    const verdict = problems.find((p) => p.file === original);
    if (verdict) {
      problems.push({ file: rel, reason: verdict.reason });
      continue;
    }
    const [bytes, expected] = await Promise.all([readFile(path.join(publicDir, rel)), readFile(path.join(publicDir, original))]);
    let decoded: Buffer | undefined;
    try {
      decoded = PRECOMPRESSED[path.posix.extname(rel)]!(bytes);
    } catch {
      decoded = undefined;
    }
    if (!decoded?.equals(expected)) problems.push({ file: rel, reason: 'precompressed-mismatch', sameAs: original });
  }
  // Staff-only folders never belong here, even when a page links them (the CMS and its bundle).
  for (const file of files) {
    if (!STAFF_ONLY_FOLDERS.some((folder) => file.startsWith(folder))) continue;
    const existing = problems.find((p) => p.file === file);
    if (existing) existing.reason = 'staff-only';
    else problems.push({ file, reason: 'staff-only' });
  }

  if (internDir) {
    // Every file of the internal edition that is not a page and that public pages do not use
    // (by path): a superset of "referenced only by internal pages", without reading them all.
    // Precompressed copies are left out on both sides: a public one must decode to its public
    // original (checked above), so it holds nothing its original does not.
    const internFiles = await listFiles(internDir);
    const internSet = new Set(internFiles);
    const internalOnly = internFiles.filter((rel) => !isPage(rel) && !isAllowed(rel, fixed) && !used.has(rel) && !variantOf(rel, internSet));
    if (internalOnly.length > 0) {
      const internal = new Map<string, string>();
      for (const rel of internalOnly) internal.set(await sha256(path.join(internDir, rel)), rel);
      const hashes = new Map<string, string>();
      const publicHash = async (rel: string) => hashes.get(rel) ?? hashes.set(rel, await sha256(path.join(publicDir, rel))).get(rel)!;
      // Bytes that a public page legitimately references are public, whatever else uses them.
      for (const rel of used) if (!isPage(rel)) internal.delete(await publicHash(rel));
      if (internal.size > 0) {
        for (const rel of files) {
          if (variantOf(rel, fileSet)) continue;
          const sameAs = internal.get(await publicHash(rel));
          if (sameAs === undefined) continue;
          const existing = problems.find((p) => p.file === rel);
          if (existing) Object.assign(existing, { reason: 'internal-asset', sameAs });
          else problems.push({ file: rel, reason: 'internal-asset', sameAs });
        }
      }
    }
  }
  return { files: files.length, problems };
}

export function formatFileProblems(problems: readonly FileProblem[], dir = 'dist/publiek'): string {
  const lines = problems.map((p) =>
    p.reason === 'internal-asset'
      ? `${dir}/${p.file}: heeft dezelfde inhoud als ${p.sameAs}, dat alleen interne pagina's gebruiken`
      : p.reason === 'staff-only'
      ? `${dir}/${p.file}: hoort alleen in de interne editie (het inhoudsbeheer, /beheer/)`
      : p.reason === 'precompressed-mismatch'
      ? `${dir}/${p.file}: is geen gecomprimeerde kopie van ${p.sameAs} (de inhoud verschilt): maak hem opnieuw uit het gecontroleerde bestand`
      : `${dir}/${p.file}: geen enkele publieke pagina verwijst naar dit bestand`,
  );
  if (problems.some((p) => p.reason === 'unreferenced')) {
    lines.push('(Hoort zo\'n bestand er wel in: verwijs ernaar vanaf een publieke pagina, met een link, src of data-attribuut; alleen wat vaste adressen heeft staat zonder verwijzing toe: robots.txt en sitemap.xml via fixedAddress in het uitvoerregister, src/outputs/, de rest in ALLOWED_UNREFERENCED in src/verify/files.ts.)');
  }
  return lines.join('\n');
}
