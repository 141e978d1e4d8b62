/** Known frontmatter keys of a schema, to suggest the intended key for a typo. */
import type { z } from 'astro/zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}

export function knownKeys(schema: z.ZodType, into = new Set<string>(), depth = 0): Set<string> {
  if (depth > 8) return into;
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        into.add(key);
        knownKeys(child, into, depth + 1);
      }
      break;
    case 'array':
      if (def.element) knownKeys(def.element, into, depth + 1);
      break;
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      if (def.innerType) knownKeys(def.innerType, into, depth + 1);
      break;
    case 'pipe':
      if (def.in) knownKeys(def.in, into, depth + 1);
      break;
    case 'union':
      for (const option of def.options ?? []) knownKeys(option, into, depth + 1);
      break;
    default:
      break;
  }
  return into;
}
