/**
 * remark plugin: link Kamerstuk citations (`TK 2015-2016, 34 104, nr. 105`)
 * to zoek.officielebekendmakingen.nl.
 *
 * @example
 *   import { remarkKamerstukken, kamerstukUrl } from './src/markdown/remark-kamerstukken/index.ts';
 *   unified().use(remarkParse).use(remarkKamerstukken)
 *   kamerstukUrl({ dossier: '34 104', nummer: '105' }) // → …/kst-34104-105.html
 */

export {
  defaultBaseUrl,
  findKamerstukCitations,
  kamerstukUrl,
  remarkKamerstukken,
  remarkKamerstukken as default,
  type KamerstukCitation,
  type KamerstukReference,
  type Options,
} from './lib/index.ts';
export { offsetToPoint } from '../shared/index.ts';
