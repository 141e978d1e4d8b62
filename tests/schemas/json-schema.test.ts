/** The one JSON Schema generator (src/schemas/json-schema.ts): dates on both sides, annotations. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../src/schemas/json-schema.ts';
import { datum } from '../../src/schemas/shared.ts';

describe('toJsonSchema', () => {
  const schema = z.strictObject({ titel: z.string().min(3), vanaf: datum, tot: datum.optional() });
  const date = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Een datum: JJJJ-MM-DD, zoals 2020-06-01.' };

  it('writes a date as a JJJJ-MM-DD string on the input and the output side', () => {
    for (const io of ['input', 'output'] as const) {
      const json = toJsonSchema(schema, io) as { properties: Record<string, unknown>; required: string[] };
      expect(json.properties['vanaf'], io).toEqual(date);
      expect(json.properties['tot'], io).toEqual(date);
      expect(json.properties['titel'], io).toEqual({ type: 'string', minLength: 3 });
      expect(json.required, io).toEqual(['titel', 'vanaf']);
    }
  });

  it('lets the caller annotate each node', () => {
    const titel = schema.shape.titel;
    const json = toJsonSchema(schema, 'input', (node, out) => {
      if (node === titel) out['description'] = 'De titel.';
    }) as { properties: Record<string, Record<string, unknown>> };
    expect(json.properties['titel']!['description']).toBe('De titel.');
  });
});
