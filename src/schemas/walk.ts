/**
 * The one reader of zod's internal schema definitions (`_zod.def`): zod 4 has no public API to
 * list an object's fields through its wrappers, so the reference fields (src/domain/references.ts),
 * the known frontmatter keys (src/check/keys.ts) and the CMS form (src/cms/config.ts) all walk a
 * schema through the functions here. A zod upgrade that changes the definitions is fixed here alone.
 */
import type { z } from 'astro/zod';

/** A node's definition: its `type` ('object', 'array', 'optional', 'enum', …) and its parts. */
export type ZodDef = { type: string } & Record<string, unknown>;

export function defOf(node: z.ZodType): ZodDef {
  return (node as unknown as { _zod: { def: ZodDef } })._zod.def;
}

/** One layer of wrapping around the schema that does the work. */
export interface Wrapping {
  inner: z.ZodType;
  /** The key may be left out (optional, nullable, or with a default). */
  optional: boolean;
  /** The default filled in when the key is left out. */
  default?: unknown;
}

/**
 * What a wrapper wraps: optional, nullable, default, prefault, readonly, catch, nonoptional, and a
 * pipe (a transform: its input). Undefined for a node that is not a wrapper.
 */
export function unwrapOnce(node: z.ZodType): Wrapping | undefined {
  const def = defOf(node);
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return { inner: def['innerType'] as z.ZodType, optional: true };
    case 'default':
    case 'prefault': {
      const value = def['defaultValue'];
      return { inner: def['innerType'] as z.ZodType, optional: true, default: typeof value === 'function' ? (value as () => unknown)() : value };
    }
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return { inner: def['innerType'] as z.ZodType, optional: false };
    case 'pipe':
      return { inner: def['in'] as z.ZodType, optional: false };
    default:
      return undefined;
  }
}

/** One step of a path through a schema: an object's key, or `EACH` for every item of a list. */
export const EACH = Symbol('each');
export type PathStep = string | typeof EACH;

/** The parts of a container: an object's fields (in schema order), a list's items, a union's alternatives. */
export function partsOf(node: z.ZodType): { step?: PathStep; node: z.ZodType }[] {
  const def = defOf(node);
  switch (def.type) {
    case 'object':
      return Object.entries(def['shape'] as Record<string, z.ZodType>).map(([key, child]) => ({ step: key, node: child }));
    case 'array':
      return [{ step: EACH, node: def['element'] as z.ZodType }];
    case 'union':
      return (def['options'] as z.ZodType[]).map((option) => ({ node: option }));
    default:
      return [];
  }
}

/**
 * Visits every node of a schema, depth first, with its path; through wrappers (the same path) and
 * containers. `visit` returning false stops the descent below that node.
 */
export function walkSchema(schema: z.ZodType, visit: (node: z.ZodType, path: readonly PathStep[]) => boolean | void): void {
  const walk = (node: z.ZodType, path: readonly PathStep[]) => {
    if (visit(node, path) === false) return;
    const wrapping = unwrapOnce(node);
    if (wrapping) return walk(wrapping.inner, path);
    for (const part of partsOf(node)) walk(part.node, part.step === undefined ? path : [...path, part.step]);
  };
  walk(schema, []);
}
