/** The text rules the checker runs on every entry's body. */
import { mdxRule } from './mdx.ts';
import { privacyGuard, unsafeContent, wooGrounds } from './text-rules.ts';
import type { TextRule } from './validate.ts';

export function contentRules(): TextRule[] {
  return [mdxRule, wooGrounds, privacyGuard, unsafeContent];
}
