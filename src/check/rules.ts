/** The text rules the checker runs on every entry's body (the same per-entry rules as the CMS). */
import { entryText } from './text-rules.ts';
import type { TextRule } from './validate.ts';

export function contentRules(): TextRule[] {
  return [entryText];
}
