/**
 * JSON Schema (draft 2020-12) of a collection's frontmatter, as authors write it, generated from
 * the zod schema (`z.toJSONSchema`, input side): for editors with a YAML language server, and
 * for anything else that wants to validate frontmatter before `npm run check` does. Dates are
 * `JJJJ-MM-DD` strings; references are ids, with the collection they point at in the
 * description. (The open data schemas, src/domain/open-data.ts, describe the published records
 * instead: output side, with ids, URLs and relations.)
 */
import type { z } from 'astro/zod';
import { COLLECTION_LABELS } from '../domain/labels.ts';
import { VOCABULARIES, referenceFields, vocabularyFields, type CollectionName } from '../schemas/index.ts';
import { COLLECTIONS, schemas } from '../collections/index.ts';
import { toJsonSchema, type JsonSchema } from '../schemas/json-schema.ts';

export function frontmatterSchema(collection: CollectionName): JsonSchema {
  const generated = toJsonSchema(schemas[collection] as unknown as z.ZodType, 'input', (node, json) => {
    const declared = referenceFields.get(node);
    if (declared) json['description'] = `Het id van een ${COLLECTION_LABELS[declared.collection].inTekst} (content/${declared.collection}/<id>.md).`;
    const vocabulary = vocabularyFields.get(node);
    if (vocabulary) json['description'] = `Een waarde uit content/_vocabulaires/${VOCABULARIES[vocabulary.vocabulary].file}.`;
  });
  const labels = COLLECTION_LABELS[collection];
  return {
    ...generated,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://wegwijs.example.nl/schemas/${collection}.schema.json`,
    title: `Wegwijs: frontmatter van ${labels.meervoud.toLowerCase()}`,
    description: `${labels.omschrijving} Gegenereerd uit src/collections/${collection}.ts (npm run cms:config).`,
  };
}

export function frontmatterSchemas(): Record<CollectionName, JsonSchema> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, frontmatterSchema(c)])) as Record<CollectionName, JsonSchema>;
}
