/**
 * Astro's content layer store is dropped when a schema changes (src/pipeline/load.ts): an entry
 * whose file did not change would otherwise keep the data it was parsed with (a new field's
 * default missing). On a copy of the schema sources in a temporary folder.
 */
import { cp, mkdir, readFile, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropStaleContentStore } from '../../src/pipeline/load.ts';
import { tempDir } from '../helpers.ts';

const exists = (file: string) => stat(file).then(() => true, () => false);

describe('the content layer store after a schema change', () => {
  it('is kept while the schemas are unchanged and dropped when one changes', async () => {
    const root = tempDir('wegwijs-store-');
    for (const dir of ['src/collections', 'src/schemas']) await cp(dir, path.join(root, dir), { recursive: true });
    await cp('src/content.config.ts', path.join(root, 'src/content.config.ts'));
    const cache = path.join(root, 'cache');
    await mkdir(cache);
    const store = path.join(cache, 'data-store.json');
    await dropStaleContentStore(cache, root);
    await writeFile(store, '{}');
    expect(await dropStaleContentStore(cache, root)).toBe(false);
    expect(await exists(store)).toBe(true);
    const schema = path.join(root, 'src/collections/vragen.ts');
    await writeFile(schema, `${await readFile(schema, 'utf8')}\n// a changed schema\n`);
    expect(await dropStaleContentStore(cache, root)).toBe(true);
    expect(await exists(store)).toBe(false);
  });
});
