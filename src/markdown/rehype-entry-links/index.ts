/**
 * rehype plugin: site-relative links in entry bodies follow the edition's root and base path.
 *
 * @example
 *   unified().use(remarkParse).use(remarkRehype).use(rehypeEntryLinks) // href="/__wegwijs__/maatregelen/x/"
 *   resolveEntryLinks(html, '/wegwijs/')                                // href="/wegwijs/maatregelen/x/"
 */
export { ENTRY_LINK_ROOT, rehypeEntryLinks, rehypeEntryLinks as default, resolveEntryLinks } from './lib/index.ts';
