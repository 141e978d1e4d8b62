/** MDX syntax errors, found by parsing (not compiling) each `.mdx` body with remark-mdx. */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Problem } from '../domain/types.ts';
import type { TextRule } from './validate.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

export const mdxSyntax: TextRule = (_entry, source) => {
  if (source.ext !== '.mdx') return [];
  try {
    parser.parse(source.body);
    return [];
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
    const line = e.line ?? e.place?.start?.line ?? e.place?.line ?? 1;
    const problem: Problem = {
      file: source.file,
      at: { bodyLine: line },
      message: `MDX-syntaxfout: ${e.reason ?? e.message ?? String(error)} (schrijf < en { als \\< en \\{, of gebruik .md als je geen componenten nodig hebt)`,
    };
    return [problem];
  }
};
