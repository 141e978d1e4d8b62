/**
 * Build-wide settings from the environment. Only plain Node here: used by scripts, the checker
 * and the Astro data layer alike.
 */
import { isIsoDate } from './schemas/shared.ts';
import { today } from './domain/dates.ts';

/**
 * The reference date ("peildatum"): what counts as today for "coming weeks", the current phase
 * of a route map and `publicerenVanaf`. Defaults to today in the Netherlands; set
 * WEGWIJS_PEILDATUM=2020-05-26 to see the 2020 examples as they were then.
 */
export function referenceDate(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.WEGWIJS_PEILDATUM?.trim();
  if (!value) return today();
  if (!isIsoDate(value)) throw new Error(`WEGWIJS_PEILDATUM="${value}" is geen datum; schrijf JJJJ-MM-DD, zoals 2020-05-26`);
  return value;
}

/** How many weeks "komende weken" looks ahead. */
export function lookaheadWeeks(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.WEGWIJS_WEKEN ?? 6);
  return Number.isInteger(value) && value > 0 && value <= 52 ? value : 6;
}

/** The folder with content collections; tests and the benchmark point it elsewhere. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.WEGWIJS_CONTENT ?? 'content';
}

/**
 * The path under which each built edition is served: `/` (default) for the root of its host,
 * or a sub-path such as `/wegwijs/` for https://www.example.nl/wegwijs/ (WEGWIJS_BASE). Always
 * starts and ends with `/`. Every link, asset, sitemap entry, canonical URL and the search
 * index's result URLs include it (href() in src/data/routes.ts; Astro's `base` for assets).
 */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.WEGWIJS_BASE?.trim() ?? '';
  const segments = value.split('/').filter(Boolean);
  if (/[?#%\s\\:]/.test(value) || segments.some((s) => s === '.' || s === '..')) {
    throw new Error(`WEGWIJS_BASE="${value}" is geen pad; schrijf bijvoorbeeld /wegwijs/`);
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/**
 * Where each edition lives under the base path (WEGWIJS_LINK_MODE):
 * - `side-by-side` (default): both editions under one root, at `<base>intern/` and
 *   `<base>publiek/`, as Astro renders them (`src/pages/[editie]/`). This is what `npm run dev`
 *   (`astro dev`) serves and what a plain `astro build` writes.
 * - `split`: each edition is served from the base path itself (`<base>`), one edition per host
 *   or sub-path. `npm run build` sets this, because it splits Astro's output into dist/intern
 *   and dist/publiek (src/build/stages.ts).
 */
export type LinkMode = 'side-by-side' | 'split';

export function linkMode(env: NodeJS.ProcessEnv = process.env): LinkMode {
  const value = env.WEGWIJS_LINK_MODE?.trim() || 'side-by-side';
  if (value !== 'side-by-side' && value !== 'split') throw new Error(`WEGWIJS_LINK_MODE="${value}" is onbekend; kies side-by-side of split`);
  return value;
}

/** The public edition's address, for absolute URLs (sitemap, canonical links, structured data). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.WEGWIJS_SITE?.trim() || 'https://wegwijs.example.nl';
}
