/**
 * rehype plugin: site-relative links in an entry body (`[de maatregel](/maatregelen/x/)`) are
 * written relative to the edition's root, but where that root is differs per edition and per
 * build: `/intern/` and `/publiek/` side by side under `astro dev`, `/` or `/wegwijs/` in the
 * split build (src/config.ts). Markdown is rendered once for both editions and cached by
 * Astro's content layer, so the edition is not known here. The plugin therefore marks each
 * site-relative URL with a placeholder root (`/__wegwijs__/maatregelen/x/`), and
 * `resolveEntryLinks()` replaces that root per page with the edition's real root, from the
 * same `editionRoot()` that `href()` uses (src/middleware.ts does this for every page at render
 * time, in `astro dev` and in the build alike).
 *
 * Why not rewrite at render time without a mark: the page also holds links made by `href()`,
 * already complete, which must not be prefixed twice. Why not relative links (`../../x/`): they
 * would depend on the depth of every page a body is shown on (entry pages, briefing packs).
 * A placeholder that is left unresolved is a visibly broken link, caught by the link crawl in
 * tests/build/base-path.test.ts, never a silently wrong one.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The placeholder root of site-relative URLs in rendered bodies. */
export const ENTRY_LINK_ROOT = '/__wegwijs__/';

/** Attributes holding one URL (hast property names). */
const URL_PROPERTIES = ['href', 'src'] as const;

/** A site-relative URL: starts with one `/` (not `//host`, not the placeholder already). */
function isSiteRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith(ENTRY_LINK_ROOT);
}

export function rehypeEntryLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const name of URL_PROPERTIES) {
        const value = node.properties[name];
        if (typeof value === 'string' && isSiteRelative(value)) node.properties[name] = ENTRY_LINK_ROOT + value.slice(1);
      }
    });
  };
}

const MARKED = `="${ENTRY_LINK_ROOT}`;

/**
 * Replaces the placeholder root in the attributes of rendered HTML by the edition's root
 * (e.g. `/wegwijs/`). Text that merely shows the placeholder is left alone.
 */
export function resolveEntryLinks(html: string, root: string): string {
  return html.includes(MARKED) ? html.replaceAll(MARKED, `="${root}`) : html;
}
