/**
 * npm run nieuw -- <collectie> "<titel>": writes a new entry with every required field filled
 * in and the optional ones as comments, into WEGWIJS_CONTENT (default content/). The id (file
 * name) comes from the title, unique in the collection. See src/cms/skeleton.ts.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { referenceDate, scriptConfig } from '../src/config.ts';
import { skeleton } from '../src/cms/skeleton.ts';
import { uniqueId } from '../src/cms/slug.ts';
import { suggest } from '../src/domain/nearest.ts';
import { COLLECTIONS, type CollectionName } from '../src/collections/index.ts';
import { discoverContent } from '../src/load/discovery.ts';

const [collection, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
if (!collection || !(COLLECTIONS as readonly string[]).includes(collection) || title.length < 3) {
  const hint = collection && !(COLLECTIONS as readonly string[]).includes(collection) ? suggest(collection, COLLECTIONS) : undefined;
  console.error(`${hint ? `Onbekende collectie "${collection}": bedoelde je "${hint}"?\n` : ''}Gebruik: npm run nieuw -- <collectie> "<titel>"\nCollecties: ${COLLECTIONS.join(', ')}`);
  process.exit(1);
}

const settings = scriptConfig();
const dir = settings.contentDir;
const { files } = await discoverContent(dir);
const ids: Partial<Record<CollectionName, string[]>> = {};
for (const file of files) (ids[file.collection] ??= []).push(file.id);
for (const list of Object.values(ids)) list.sort();

const taken = new Set(ids[collection as CollectionName] ?? []);
const id = uniqueId(title, taken);
const target = path.join(dir, collection, `${id}.md`);
if (existsSync(target)) {
  console.error(`${target} bestaat al.`);
  process.exit(1);
}
try {
  const text = skeleton(collection as CollectionName, title, { ids, today: referenceDate(settings) });
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text, { flag: 'wx' });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
console.log(`${target} geschreven. Vul de velden in en controleer met: npm run check`);
