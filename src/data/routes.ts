/**
 * URLs: `href()` is the one way to produce a link to a page of an edition. Where an edition
 * lives is set in src/config.ts: the base path (WEGWIJS_BASE, e.g. `/wegwijs/`) and the link
 * mode (WEGWIJS_LINK_MODE): side by side under `<base>intern/` and `<base>publiek/` (`astro dev`),
 * or each edition at `<base>` itself (`npm run build`, which splits the editions). Links are
 * root-relative (`/wegwijs/maatregelen/x/`); absolute URLs (sitemap, canonical, structured
 * data) are `absoluteUrl()`.
 *
 * Links inside Markdown bodies go through the same `editionRoot()`: the Markdown is rendered
 * once for both editions, so src/markdown/rehype-entry-links marks them and src/middleware.ts
 * resolves them per page (see there).
 */
import { basePath, linkMode, type LinkMode } from '../config.ts';
import type { Edition } from '../domain/editions.ts';
import type { EntryKey } from '../domain/types.ts';
import type { CollectionName } from '../schemas/index.ts';

let settings: { base: string; mode: LinkMode } | undefined;
const config = () => (settings ??= { base: basePath(), mode: linkMode() });

/** The root-relative URL of an edition's home page, e.g. `/`, `/wegwijs/` or `/intern/`. */
export function editionRoot(edition: Edition): string {
  const { base, mode } = config();
  return mode === 'split' ? base : `${base}${edition}/`;
}

/** A link to `path` (relative to the edition's root, e.g. `maatregelen/x/` or `zoeken/?q=a`). */
export function href(edition: Edition, path: string): string {
  return editionRoot(edition) + path.replace(/^\/+/, '');
}

/** The absolute URL of `path` on the edition's host (`site`: WEGWIJS_SITE). */
export function absoluteUrl(edition: Edition, path: string, site: URL | string): string {
  return new URL(href(edition, path), site).href;
}

/**
 * The path of a page relative to its edition's root, from the URL Astro renders it at
 * (`<base><edition>/<path>`): the inverse of `href` for the page being rendered.
 */
export function pagePath(edition: Edition, pathname: string): string {
  const { base } = config();
  const inEdition = `${base}${edition}/`;
  if (pathname.startsWith(inEdition)) return pathname.slice(inEdition.length);
  if (pathname.startsWith(base)) return pathname.slice(base.length);
  return pathname.replace(/^\/+/, '');
}

export const entryPath = (key: EntryKey): string => `${key}/`;
export const collectionPath = (collection: CollectionName): string => `${collection}/`;
export const datePath = (datum: string): string => `tijdlijn/${datum}/`;
