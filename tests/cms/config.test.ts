/**
 * The CMS forms and the checker cannot disagree: the generated Decap configuration has a form
 * field for every schema field and none besides (plus the body), with the same required/optional,
 * the same options for every enumeration, a date picker for every date, a relation picker to the
 * declared collection for every reference (src/domain/references.ts), and the committed copy
 * under schemas/ is what the generator makes now.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCmsConfig, type CmsField } from '../../src/cms/config.ts';
import { GENERATED_DIR, generatedFiles } from '../../src/cms/generated.ts';
import { REFERENCE_FIELDS } from '../../src/domain/references.ts';
import { datum } from '../../src/schemas/index.ts';
import { COLLECTIONS, schemas } from '../../src/collections/index.ts';

type Json = Record<string, unknown> & { properties?: Record<string, Json>; required?: string[]; items?: Json; enum?: unknown[]; anyOf?: Json[]; type?: string; format?: string };

/** Every field path of a JSON Schema object (lists of objects descend into their items), with its schema and whether it is required. */
function schemaFields(schema: Json, prefix = ''): Map<string, { json: Json; required: boolean }> {
  const out = new Map<string, { json: Json; required: boolean }>();
  for (const [key, json] of Object.entries(schema.properties ?? {})) {
    const at = prefix ? `${prefix}.${key}` : key;
    out.set(at, { json, required: (schema.required ?? []).includes(key) && json['default'] === undefined });
    const inner = json.type === 'array' ? json.items : json;
    if (inner?.properties) for (const [k, v] of schemaFields(inner, at)) out.set(k, v);
  }
  return out;
}

function formFields(fields: readonly CmsField[], prefix = ''): Map<string, CmsField> {
  const out = new Map<string, CmsField>();
  for (const field of fields) {
    const at = prefix ? `${prefix}.${field.name}` : field.name;
    out.set(at, field);
    if (field.fields) for (const [k, v] of formFields(field.fields, at)) out.set(k, v);
  }
  return out;
}

const config = generateCmsConfig();

describe('generated CMS configuration', () => {
  it('has one collection per content collection, in content/<collectie>', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...COLLECTIONS]);
    for (const c of config.collections) expect(c.folder).toBe(`content/${c.name}`);
    expect(config.locale).toBe('nl');
  });

  for (const collection of COLLECTIONS) {
    describe(collection, () => {
      // Dates (`datum` in src/schemas/shared.ts) are marked by identity, independently of the generator.
      const json = z.toJSONSchema(schemas[collection], {
        io: 'input',
        unrepresentable: 'any',
        override: (ctx) => {
          if (ctx.zodSchema === (datum as unknown)) (ctx.jsonSchema as Json)['x-datum'] = true;
        },
      }) as Json;
      const expected = schemaFields(json);
      const cms = config.collections.find((c) => c.name === collection)!;
      const form = formFields(cms.fields.filter((f) => f.name !== 'body'));

      it('covers every field of the schema, and no other', () => {
        expect([...form.keys()].sort()).toEqual([...expected.keys()].sort());
        expect(cms.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
      });

      it('marks exactly the required fields as required', () => {
        for (const [at, { required }] of expected) expect(form.get(at)?.required ?? true, at).toBe(required);
      });

      it('offers every enumeration as a select with the same options', () => {
        for (const [at, { json: field }] of expected) {
          const values = field.enum ?? (field.type === 'array' ? field.items?.enum : undefined);
          if (!values) continue;
          expect(form.get(at)?.widget, at).toBe('select');
          expect(form.get(at)?.options, at).toEqual(values);
        }
      });

      it('offers every reference as a relation picker to the declared collection, listed by title with edition (and status)', () => {
        for (const ref of REFERENCE_FIELDS[collection]) {
          const at = ref.key.slice(collection.length + 1);
          const field = form.get(at);
          const hasStatus = ['vragen', 'passages', 'routekaarten', 'maatregelen'].includes(ref.collection);
          const display = hasStatus ? '{{titel}} · {{zichtbaarheid}} · {{status}}' : '{{titel}} · {{zichtbaarheid}}';
          expect(field, at).toMatchObject({ widget: 'relation', collection: ref.collection, display_fields: [display], search_fields: ['titel'], value_field: '{{slug}}' });
        }
        const relations = [...form.entries()].filter(([, f]) => f.widget === 'relation').map(([at]) => at);
        expect(relations.sort()).toEqual(REFERENCE_FIELDS[collection].map((r) => r.key.slice(collection.length + 1)).sort());
      });

      it('offers every date as a date picker that stores JJJJ-MM-DD', () => {
        for (const [at, field] of form) {
          if (field.widget !== 'datetime') continue;
          expect(field, at).toMatchObject({ format: 'YYYY-MM-DD', time_format: false });
        }
        const dates = [...expected].filter(([, { json: j }]) => j['x-datum'] === true).map(([at]) => at);
        expect(dates.length).toBe([...form.values()].filter((f) => f.widget === 'datetime').length);
        for (const at of dates) expect(form.get(at)?.widget, at).toBe('datetime');
      });
    });
  }

  it('turns on the editorial workflow for the git backends, not for the local backend of npm run beheer', () => {
    expect(generateCmsConfig().publish_mode).toBe('editorial_workflow');
    expect(generateCmsConfig({ backend: { name: 'github', repo: 'vws/wegwijs' } }).publish_mode).toBe('editorial_workflow');
    const local = generateCmsConfig({ localBackendUrl: 'http://localhost:8081/api/v1' });
    expect(local.local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
    expect(local.publish_mode).toBeUndefined();
    expect(generateCmsConfig({ backend: { name: 'test-repo' } }).publish_mode).toBeUndefined();
    // Decap's Gitea backend refuses the workflow.
    expect(generateCmsConfig({ backend: { name: 'gitea', repo: 'vws/wegwijs' } }).publish_mode).toBeUndefined();
  });

  it('lists a collection\'s .mdx entries in a list of their own, edited as source and not created there', () => {
    const config = generateCmsConfig({ mdx: ['vragen'] });
    const mdx = config.collections.find((c) => c.name === 'vragen-mdx')!;
    expect(mdx).toMatchObject({ extension: 'mdx', folder: 'content/vragen', create: false, label: 'Vragen en antwoorden (MDX)' });
    expect(mdx.fields.find((f) => f.name === 'body')?.modes).toEqual(['raw']);
    expect(config.collections.find((c) => c.name === 'vragen')).toMatchObject({ extension: 'md', create: true });
    expect(config.collections.some((c) => c.name === 'passages-mdx')).toBe(false);
  });

  it('is committed up to date under schemas/ (npm run cms:config)', () => {
    for (const [name, text] of Object.entries(generatedFiles())) {
      expect(readFileSync(path.join(GENERATED_DIR, name), 'utf8'), `${GENERATED_DIR}/${name} is verouderd: npm run cms:config`).toBe(text);
    }
    // Every collection, and a list of its own for the .mdx entries of the example's passages and Q&A.
    expect(parse(readFileSync(path.join(GENERATED_DIR, 'decap-config.yml'), 'utf8')).collections.map((c: { name: string }) => c.name)).toEqual(COLLECTIONS.flatMap((c) => (c === 'passages' || c === 'vragen' ? [c, `${c}-mdx`] : [c])));
  });
});
