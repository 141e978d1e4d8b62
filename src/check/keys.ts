/** Known frontmatter keys of a schema, to suggest the intended key for a typo. */
import type { z } from 'astro/zod';
import { walkSchema } from '../schemas/walk.ts';

/** Every key of every object in the schema: top-level fields and those of nested objects and list items. */
export function knownKeys(schema: z.ZodType, into = new Set<string>()): Set<string> {
  walkSchema(schema, (_, path) => {
    const last = path.at(-1);
    if (typeof last === 'string') into.add(last);
  });
  return into;
}
