/**
 * npm run cms:config: writes the generated CMS configuration and the frontmatter JSON Schemas
 * into schemas/ (src/cms/generated.ts). Run it after changing a schema in src/collections; the test
 * tests/cms/config.test.ts fails until you do. /beheer/config.yml itself is generated at build
 * time from the same code, so the deployed forms never lag behind.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GENERATED_DIR, generatedFiles } from '../src/cms/generated.ts';

const files = generatedFiles();
await mkdir(GENERATED_DIR, { recursive: true });
for (const name of await readdir(GENERATED_DIR)) if (!(name in files) && (name.endsWith('.schema.json') || name.endsWith('.yml'))) await rm(path.join(GENERATED_DIR, name));
for (const [name, text] of Object.entries(files)) await writeFile(path.join(GENERATED_DIR, name), text);
console.log(`${Object.keys(files).length} bestanden geschreven in ${GENERATED_DIR}/: ${Object.keys(files).join(', ')}`);
