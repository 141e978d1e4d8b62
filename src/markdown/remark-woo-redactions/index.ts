/**
 * remark plugin: render Woo/Wob redaction codes (`(10)(2e)`, `5.1.2e`,
 * `[5.1.2e]`, `[redacted]`) as accessible marks with a legend of grounds.
 * The grounds and the recogniser live in the domain (src/domain/redactions.ts)
 * and are re-exported here for convenience.
 *
 * @example
 *   import { remarkWooRedactions } from './src/markdown/remark-woo-redactions/index.ts';
 *   unified().use(remarkParse).use(remarkWooRedactions, { legend: true })
 */

export { remarkWooRedactions, remarkWooRedactions as default, type Options } from './lib/index.ts';
export {
  describeGround,
  findRedactions,
  grounds,
  lookupGround,
  normaliseGroundCode,
  UNGROUNDED,
  type Ground,
  type Law,
  type RedactionForm,
  type RedactionMatch,
} from '../../domain/redactions.ts';
export { offsetToPoint } from '../shared/index.ts';
