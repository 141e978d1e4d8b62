/** The text rules the checker runs on every entry's body. */
import { mdxSyntax } from './mdx.ts';
import { privacyGuard, unsafeContent, wooGrounds } from './text-rules.ts';
import type { TextRule } from './validate.ts';

export function contentRules(): TextRule[] {
  return [mdxSyntax, wooGrounds, privacyGuard, unsafeContent];
}
