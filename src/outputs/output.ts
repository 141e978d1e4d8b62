/**
 * What an output is: a file of an edition other than a page (feeds, calendars, open data, the
 * sitemap, robots.txt, print stylesheets, …), declared once in the manner of Quartz's emitters.
 * An output says which editions get it, which files it writes in an edition, how each renders
 * from the edition's `Site`, its content type, how a web server recognises its files, and
 * whether pages announce it with a `<link>`. Everything else is derived from the list in
 * ./index.ts: the one endpoint that serves them (src/pages/[editie]/[...uitvoer].ts), the
 * `<link>`s in every page's head (src/layouts/Base.astro), the public file check's allow-list
 * (src/verify/files.ts) and nginx's content types (deploy/nginx/outputs.conf, `npm run
 * nginx:config`).
 */
import type { EditionProfile } from '../domain/editions.ts';
import type { Site } from '../data/site.ts';

/** One file of an output in an edition. */
export interface OutputFile<P> {
  /** Relative to the edition's root, e.g. `feed.xml` or `doelgroepen/ouderen/agenda.ics`. */
  path: string;
  /** Handed to `render`: what the file is of (a target group's id, a collection). */
  props: P;
}

export interface RenderContext {
  /** The site's address: Astro's `site` (WEGWIJS_SITE), for absolute URLs. */
  origin: URL;
}

export interface Output<P = undefined> {
  /** A short name, for messages and tests. */
  name: string;
  /** Which editions get it, from their profile (default: every edition). */
  editions?: (profile: EditionProfile) => boolean;
  /** The files it writes in an edition, from the edition's own `Site` (at build time). */
  files: (site: Site) => readonly OutputFile<P>[];
  /** The text of one file. */
  render: (site: Site, props: P, context: RenderContext) => string | Promise<string>;
  /** Its media type, without parameters: `application/atom+xml`. Text is always UTF-8. */
  type: string;
  /**
   * How a web server recognises its files: the end of their URL path, `/feed.xml` (that name in
   * any folder) or `.ics` (any file of that extension). deploy/nginx/outputs.conf sends `type`
   * for every URL that ends so; the longest match wins.
   */
  match: string;
  /**
   * The one file's path when it is requested at a fixed address (by crawlers: `robots.txt`; or
   * announced there: `sitemap.xml`) rather than referenced by a page: the public file check
   * allows it unreferenced. Known without the edition's content, so the check needs no `Site`.
   */
  fixedAddress?: string;
  /**
   * A `<link rel="alternate">` in the head of the edition's pages (feeds): its title, and `on`,
   * the path of the one page that carries it (relative to the edition's root), else every page.
   */
  link?: { title: string; on?: string };
}

/** Declares an output; `P` (what each file is of) stays inside it. */
export function defineOutput<P>(output: Output<P>): Output<unknown> {
  return output as Output<unknown>;
}

/** The one file of an output that has one per edition. */
export const single = (path: string): OutputFile<undefined>[] => [{ path, props: undefined }];

/** The Content-Type header of an output: text types carry the charset. */
export function contentType(output: Pick<Output<unknown>, 'type'>): string {
  return `${output.type}; charset=utf-8`;
}
