/**
 * Stage "split": Astro's one output becomes two complete sites, one per edition.
 */
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { EDITIONS, type Edition } from '../domain/editions.ts';
import { listFiles, referencedShared, type ResolveOptions } from '../verify/files.ts';
import { exists } from './fs.ts';

/** Shared files every edition gets although no page links them: browsers ask for them at fixed paths. */
const ALWAYS_COPIED = ['favicon.ico'];

/**
 * Moves each edition out of Astro's output and gives it a real 404.html and only those shared
 * files (everything outside intern/ and publiek/: Astro's `_astro/`, copies of `public/`) that
 * its own pages reference, directly or through shared CSS and JS (src/verify/files.ts). Astro
 * writes the assets of all pages into one `_astro/` folder: copying it whole would put an image
 * of an internal entry into the public edition. A few fixed-path files (favicon.ico) go to both.
 */
export async function split(astroOut: string, out: string, options: ResolveOptions = {}): Promise<Record<Edition, string[]>> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const editions = EDITIONS as readonly string[];
  const shared = (await listFiles(astroOut)).filter((rel) => !editions.includes(rel.split('/')[0]!));
  const copied = {} as Record<Edition, string[]>;
  for (const edition of EDITIONS) {
    const target = path.join(out, edition);
    await rename(path.join(astroOut, edition), target);
    const used = await referencedShared(target, astroOut, shared, options);
    copied[edition] = shared.filter((rel) => used.has(rel) || ALWAYS_COPIED.includes(rel));
    for (const rel of copied[edition]) {
      await mkdir(path.dirname(path.join(target, rel)), { recursive: true });
      await copyFile(path.join(astroOut, rel), path.join(target, rel));
    }
    const notFound = path.join(target, '404', 'index.html');
    if (await exists(notFound)) {
      await rename(notFound, path.join(target, '404.html'));
      await rm(path.join(target, '404'), { recursive: true, force: true });
    }
  }
  return copied;
}

