/**
 * remark plugin: link Kamerstuk citations (`TK 2015-2016, 34 104, nr. 105`)
 * to zoek.officielebekendmakingen.nl.
 *
 * @example
 *   import { remarkKamerstukken, kamerstukUrl } from './src/markdown/remark-kamerstukken/index.ts';
 *   unified().use(remarkParse).use(remarkKamerstukken)
 *   kamerstukUrl({ dossier: '34 104', nummer: '105' }) // → …/kst-34104-105.html
 */

export { findKamerstukCitations, remarkKamerstukken, remarkKamerstukken as default, type KamerstukCitation, type Options } from './lib/index.ts';
// The address of a paper is domain knowledge (also used for sources' frontmatter).
export { defaultBaseUrl, kamerstukUrl, type KamerstukReference } from '../../domain/kamerstuk.ts';
export { offsetToPoint } from '../shared/index.ts';
