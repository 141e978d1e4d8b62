/** The one walker over zod's schema definitions (src/schemas/walk.ts) and what is built on it. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { EACH, partsOf, unwrapOnce, walkSchema, type PathStep } from '../../src/schemas/walk.ts';
import { knownKeys } from '../../src/check/keys.ts';

const schema = z.strictObject({
  titel: z.string(),
  versie: z.union([z.string(), z.number()]).transform(String),
  fasen: z
    .array(z.strictObject({ naam: z.string().readonly(), acties: z.array(z.strictObject({ eigenaar: z.string().nullable() })).default([]) }))
    .optional(),
  soort: z.enum(['a', 'b']).catch('a'),
});
const show = (path: readonly PathStep[]) => path.map((s) => (s === EACH ? '*' : s)).join('.');

describe('walkSchema', () => {
  it('reaches every field through wrappers, lists and unions, with its path', () => {
    const seen: string[] = [];
    walkSchema(schema, (node, path) => {
      seen.push(`${show(path)}:${(node as unknown as { _zod: { def: { type: string } } })._zod.def.type}`);
    });
    expect(seen).toEqual([
      ':object',
      'titel:string',
      'versie:pipe',
      'versie:union',
      'versie:string',
      'versie:number',
      'fasen:optional',
      'fasen:array',
      'fasen.*:object',
      'fasen.*.naam:readonly',
      'fasen.*.naam:string',
      'fasen.*.acties:default',
      'fasen.*.acties:array',
      'fasen.*.acties.*:object',
      'fasen.*.acties.*.eigenaar:nullable',
      'fasen.*.acties.*.eigenaar:string',
      'soort:catch',
      'soort:enum',
    ]);
  });

  it('does not descend below a node when the visitor says so', () => {
    const seen: string[] = [];
    walkSchema(schema, (_, path) => {
      seen.push(show(path));
      return path[0] !== 'fasen';
    });
    expect(seen).toEqual(['', 'titel', 'versie', 'versie', 'versie', 'versie', 'fasen', 'soort', 'soort']);
  });

  it('says what a wrapper wraps, whether the key may be left out, and its default', () => {
    const listDefault = unwrapOnce(z.array(z.string()).default(() => ['x']))!;
    expect([listDefault.optional, listDefault.default]).toEqual([true, ['x']]);
    expect(unwrapOnce(z.string().optional())).toMatchObject({ optional: true });
    expect('default' in unwrapOnce(z.string().optional())!).toBe(false);
    expect(unwrapOnce(z.string().readonly())).toMatchObject({ optional: false });
    expect(unwrapOnce(z.string())).toBeUndefined();
    expect(partsOf(schema).map((p) => p.step)).toEqual(['titel', 'versie', 'fasen', 'soort']);
  });

  it('gives the checker every key, nested ones included', () => {
    expect([...knownKeys(schema)]).toEqual(['titel', 'versie', 'fasen', 'naam', 'acties', 'eigenaar', 'soort']);
  });
});
