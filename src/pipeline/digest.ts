/**
 * The build's own cache: a digest of everything a build depends on (content, source code, lock
 * file, configuration and the settings in the environment). When it equals the digest stored
 * with the current dist/, nothing can have changed and the build is skipped.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { config, type Config } from '../config.ts';
import { gitHead } from '../load/git-history.ts';

const INPUT_DIRS = ['src', 'public', 'scripts'];
const INPUT_FILES = ['astro.config.mjs', 'package-lock.json', 'package.json', 'tsconfig.json'];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name)).sort();
}

/** `env`: the settings the output depends on (those marked `output` in src/config.ts: reference date, site, base path, weeks, CMS backend…). */
export async function buildDigest(contentDir: string, settings: Record<string, string>, env: Config = config()): Promise<string> {
  const hash = createHash('sha256');
  const files = [...(await filesUnder(contentDir)), ...(await Promise.all(INPUT_DIRS.map(filesUnder))).flat(), ...INPUT_FILES];
  for (const file of files) {
    const bytes = await readFile(file).catch(() => undefined);
    hash.update(file).update('\0').update(bytes ?? '(missing)').update('\0');
  }
  // Pages show each entry's git history: a new commit changes them without changing a file.
  hash.update(`git=${gitHead(contentDir)}\0`);
  for (const [key, value] of Object.entries(env.output).sort()) hash.update(`${key}=${value}\0`);
  for (const [key, value] of Object.entries(settings).sort()) hash.update(`${key}=${value}\0`);
  return hash.digest('hex');
}
