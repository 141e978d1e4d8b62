/**
 * The one call of zod 4's `z.toJSONSchema` (draft 2020-12) for Wegwijs's schemas: the frontmatter
 * JSON Schemas for editors (src/cms/json-schema.ts, input side), the open data schemas
 * (src/domain/open-data.ts, output side) and the CMS form's patterns and lengths
 * (src/cms/config.ts). A date (`datum`, a string that zod parses with a transform) is a
 * `JJJJ-MM-DD` string on both sides; what zod cannot represent becomes `{}` (any).
 */
import { z } from 'astro/zod';
import { datum } from './shared.ts';

export type JsonSchema = Record<string, unknown>;

const DATE: JsonSchema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Een datum: JJJJ-MM-DD, zoals 2020-06-01.' };

/**
 * The JSON Schema of a zod schema: `input` as authors write it, `output` as parsed. `annotate` may
 * add to the schema of each node (e.g. a reference's description).
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output', annotate?: (node: z.ZodType, json: JsonSchema) => void): JsonSchema {
  return z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as JsonSchema;
      const node = ctx.zodSchema as unknown as z.ZodType;
      if (node === (datum as unknown)) {
        for (const key of Object.keys(json)) delete json[key];
        Object.assign(json, DATE);
      }
      annotate?.(node, json);
    },
  }) as JsonSchema;
}
