/**
 * Load stage: one collection per folder under content/ (or $WEGWIJS_CONTENT), each validated by
 * its schema from src/schemas. Cross-entry rules (references, duplicates, public/internal) are
 * not Astro's job: src/domain/integrity.ts checks them before Astro runs.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentDir } from './config.ts';
import { COLLECTIONS, schemas, type CollectionName } from './schemas/index.ts';

function collection(name: CollectionName) {
  return defineCollection({
    loader: glob({
      pattern: ['**/*.{md,mdx}', '!**/_*'],
      base: path.join(contentDir(), name),
      // The id is the file name, as in `npm run check` and in URLs.
      generateId: ({ entry }) => path.basename(entry, path.extname(entry)),
    }),
    schema: schemas[name],
  });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as {
  [K in CollectionName]: ReturnType<typeof collection>;
};
