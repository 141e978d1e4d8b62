/**
 * Stage "load": what a build starts from. The digest of every input (content, code, lock file,
 * settings, git HEAD) against the one stored with the current output, so an unchanged tree is not
 * built again; and the body facts of the previous build (src/load/body-facts.ts), so that only
 * changed bodies are parsed, here and in Astro. The content itself is read by the check (stage
 * "check") and, in its own process, by Astro's content layer (src/load/loader.ts): both find the
 * entries through src/load/discovery.ts.
 */
import { createHash } from 'node:crypto';
import { glob, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openBodyFacts, type BodyFactsCache } from '../load/body-facts.ts';
import { DIGEST_FILE } from '../verify/files.ts';
import { buildDigest } from './digest.ts';

export interface Loaded {
  /** The digest of this build's inputs, stored with its output. */
  digest: string;
  /** True when the output in `dist` was built from exactly these inputs. */
  upToDate: boolean;
  /** Where the body facts live between builds (read by Astro's process too). */
  bodyFactsFile: string;
  bodyFacts: BodyFactsCache;
}

export async function loadBuildState(options: { contentDir: string; dist: string; cacheDir: string; peildatum: string }): Promise<Loaded> {
  const digest = await buildDigest(options.contentDir, { peildatum: options.peildatum });
  const previous = await readFile(path.join(options.dist, DIGEST_FILE), 'utf8').then((t) => JSON.parse(t) as { digest?: string }, () => undefined);
  await mkdir(options.cacheDir, { recursive: true });
  await dropStaleContentStore(options.cacheDir);
  const bodyFactsFile = path.join(options.cacheDir, 'body-facts.json');
  return { digest, upToDate: previous?.digest === digest, bodyFactsFile, bodyFacts: await openBodyFacts(bodyFactsFile) };
}

/** The code that shapes an entry's parsed data: the collections' schemas and the content config. */
const SCHEMA_SOURCES = ['src/content.config.ts', 'src/collections/*.ts', 'src/schemas/*.ts'];

/**
 * Astro's content layer keeps each entry's parsed data in `data-store.json` while the entry's file
 * is unchanged, also when a schema it was parsed with has changed (a new field with a default was
 * missing from every untouched entry). The store goes when the schema sources change.
 */
export async function dropStaleContentStore(cacheDir: string, root = process.cwd()): Promise<boolean> {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const pattern of SCHEMA_SOURCES) for await (const file of glob(pattern, { cwd: root })) files.push(file);
  for (const file of files.sort()) hash.update(file).update('\0').update(await readFile(path.join(root, file))).update('\0');
  const digest = hash.digest('hex');
  const stamp = path.join(cacheDir, 'schema-digest.txt');
  const previous = await readFile(stamp, 'utf8').catch(() => undefined);
  if (previous === digest) return false;
  await rm(path.join(cacheDir, 'data-store.json'), { force: true });
  await writeFile(stamp, digest);
  return previous !== undefined;
}
