/**
 * remark plugin: refuse code in `.mdx` entries (expressions, import/export,
 * components outside MDX_COMPONENTS, `{…}` attribute values).
 *
 * @example
 *   import { remarkMdxGuard } from './src/markdown/remark-mdx-guard/index.ts';
 *   unified().use(remarkParse).use(remarkMdx).use(remarkMdxGuard)
 */
export { findMdxCode, isHtmlName, remarkMdxGuard, remarkMdxGuard as default, type MdxCodeFinding } from './lib/index.ts';
export { MDX_COMPONENTS, type MdxComponent, type MdxComponentProp } from '../mdx-components.ts';
