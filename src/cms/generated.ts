/**
 * The generated files that are committed under schemas/ (`npm run cms:config` writes them,
 * tests/cms/config.test.ts fails when they are stale): Decap's configuration as the internal
 * edition deploys it, and a frontmatter JSON Schema per collection.
 */
import { COLLECTIONS } from '../collections/index.ts';
import { cmsConfigYaml, generateCmsConfig } from './config.ts';
import { frontmatterSchema } from './json-schema.ts';
import { readVocabulary } from '../load/vocabularies.ts';
import { collectionsWithMdx } from '../load/discovery.ts';

export const GENERATED_DIR = 'schemas';

/** `contentDir`: where the vocabularies are read (the example's content/, which the committed copy describes). */
export function generatedFiles(contentDir = 'content'): Record<string, string> {
  const files: Record<string, string> = { 'decap-config.yml': cmsConfigYaml(generateCmsConfig({ terms: (name) => readVocabulary(contentDir, name).terms, mdx: collectionsWithMdx(contentDir) })) };
  for (const collection of COLLECTIONS) files[`${collection}.schema.json`] = `${JSON.stringify(frontmatterSchema(collection), null, 2)}\n`;
  return files;
}
