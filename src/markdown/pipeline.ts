/**
 * The remark plugins every entry body runs through, in order (Markdown and MDX alike):
 * the MDX guard first (an `.mdx` file holding code, `{…}`, import/export or an unknown
 * component, fails here, before MDX compiles it to JavaScript; a no-op for `.md`), then
 * redactions (GFM would otherwise turn `5.1.2e@iederin.nl` into a mailto link), then
 * Kamerstuk citations, then the privacy guard over the final text of public entries.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { rehypeEntryLinks } from './rehype-entry-links/index.ts';
import { rehypeSanitizeEntry } from './rehype-sanitize-entry/index.ts';
import { remarkMdxGuard } from './remark-mdx-guard/index.ts';
import { remarkKamerstukken } from './remark-kamerstukken/index.ts';
import { remarkPrivacyGuard } from './remark-privacy-guard/index.ts';
import { remarkWooRedactions } from './remark-woo-redactions/index.ts';

export const remarkPlugins: RemarkPlugins = [remarkMdxGuard, remarkWooRedactions, remarkKamerstukken, remarkPrivacyGuard];

/**
 * rehype plugins: first the sanitiser (raw HTML parsed and checked against an allow-list; only
 * http, https, mailto, tel and relative URLs survive), so that the link rewriting below also sees
 * links written as HTML; then site-relative links get a placeholder root, resolved per edition at
 * page render (see rehype-entry-links).
 */
export const rehypePlugins: RehypePlugins = [rehypeSanitizeEntry, rehypeEntryLinks];
