/**
 * The remark plugins every entry body runs through, in order (Markdown and MDX alike):
 * redactions first (GFM would otherwise turn `5.1.2e@iederin.nl` into a mailto link), then
 * Kamerstuk citations, then the privacy guard over the final text of public entries.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { rehypeEntryLinks } from './rehype-entry-links/index.ts';
import { rehypeSanitizeEntry } from './rehype-sanitize-entry/index.ts';
import { remarkKamerstukken } from './remark-kamerstukken/index.ts';
import { remarkPrivacyGuard } from './remark-privacy-guard/index.ts';
import { remarkWooRedactions } from './remark-woo-redactions/index.ts';

export const remarkPlugins: RemarkPlugins = [remarkWooRedactions, remarkKamerstukken, remarkPrivacyGuard];

/**
 * rehype plugins: first the sanitiser (raw HTML parsed and checked against an allow-list; only
 * http, https, mailto, tel and relative URLs survive), so that the link rewriting below also sees
 * links written as HTML; then site-relative links get a placeholder root, resolved per edition at
 * page render (see rehype-entry-links).
 */
export const rehypePlugins: RehypePlugins = [rehypeSanitizeEntry, rehypeEntryLinks];
