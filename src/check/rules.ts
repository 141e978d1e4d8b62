/** The text rules the checker runs on every entry's body. */
import { entryText, unsafeContent, wooGrounds } from './text-rules.ts';
import type { TextRule } from './validate.ts';

export function contentRules(): TextRule[] {
  return [entryText, wooGrounds, unsafeContent];
}
