/**
 * remark plugin: render Woo/Wob redaction codes (`(10)(2e)`, `5.1.2e`,
 * `[5.1.2e]`, `[redacted]`) as accessible marks with a legend of grounds.
 *
 * @example
 *   import { remarkWooRedactions } from './src/markdown/remark-woo-redactions/index.ts';
 *   unified().use(remarkParse).use(remarkWooRedactions, { legend: true })
 */

export {
  describeGround,
  findRedactions,
  remarkWooRedactions,
  remarkWooRedactions as default,
  type Options,
  type RedactionForm,
  type RedactionMatch,
} from './lib/index.ts';
export { grounds, lookupGround, normaliseGroundCode, UNGROUNDED, type Ground, type Law } from './lib/grounds.ts';
export { offsetToPoint } from '../shared/index.ts';
