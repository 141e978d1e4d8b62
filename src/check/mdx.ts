/**
 * `.mdx` bodies: syntax errors, and code (expressions, import/export, components outside
 * MDX_COMPONENTS, `{…}` attribute values), found by parsing (not compiling) each body with
 * remark-mdx, the parser MDX itself uses. The render pipeline refuses the same constructs
 * (remark-mdx-guard), as a second line.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findMdxCode } from '../markdown/remark-mdx-guard/index.ts';
import type { AnyNode } from '../markdown/shared/index.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

/** Problems of one `.mdx` body, lines relative to the body; plain data so the CMS runs it too. */
export function mdxBodyProblems(body: string): { bodyLine: number; message: string }[] {
  let tree: AnyNode;
  try {
    tree = parser.parse(body) as AnyNode;
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
    const line = e.line ?? e.place?.start?.line ?? e.place?.line ?? 1;
    return [{ bodyLine: line, message: `MDX-syntaxfout: ${e.reason ?? e.message ?? String(error)} (schrijf < en { als \\< en \\{, of gebruik .md als je geen componenten nodig hebt)` }];
  }
  return findMdxCode(tree).map((f) => ({ bodyLine: f.line, message: f.message }));
}
