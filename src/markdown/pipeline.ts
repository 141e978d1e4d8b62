/**
 * The remark plugins every entry body runs through, in order (Markdown and MDX alike):
 * redactions first (GFM would otherwise turn `5.1.2e@iederin.nl` into a mailto link), then
 * Kamerstuk citations, then the privacy guard over the final text of public entries.
 */
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import { remarkKamerstukken } from './remark-kamerstukken/index.ts';
import { remarkPrivacyGuard } from './remark-privacy-guard/index.ts';
import { remarkWooRedactions } from './remark-woo-redactions/index.ts';

export const remarkPlugins: RemarkPlugins = [remarkWooRedactions, remarkKamerstukken, remarkPrivacyGuard];
