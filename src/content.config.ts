/**
 * Load stage: one collection per folder under content/ (or $WEGWIJS_CONTENT), each validated by
 * its schema from src/collections (the registry). Files are found and their frontmatter parsed by src/load/ — the
 * same code `npm run check` uses — so Astro and the checker never disagree on which files are
 * entries or what their data is. Cross-entry rules (references, duplicates, public/internal) are
 * not Astro's job: the checker (src/check/) runs them before Astro's output is used.
 */
import { defineCollection } from 'astro:content';
import { contentDir } from './config.ts';
import { wegwijsLoader } from './load/loader.ts';
import { type CollectionName } from './schemas/index.ts';
import { COLLECTIONS, schemas } from './collections/index.ts';

function collection(name: CollectionName) {
  return defineCollection({
    loader: wegwijsLoader({ collection: name, contentDir: contentDir() }),
    schema: schemas[name],
  });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as {
  [K in CollectionName]: ReturnType<typeof collection>;
};
