/**
 * Stage "swap": the verified output replaces dist/ only when every stage before succeeded.
 */
import { rename, rm } from 'node:fs/promises';
import { exists } from './fs.ts';

/** Where the previous output goes when a build replaces it. */
const previousOutput = (dist: string) => `${dist}.old`;

/**
 * Atomically (as far as a file system allows) replaces `dist` by `fresh`: two renames. The
 * output it replaces is left as `<dist>.old` and removed by the next build while Astro renders
 * (`removePreviousOutput`): deleting tens of thousands of files took seconds at the end of
 * every build.
 */
export async function swap(fresh: string, dist: string): Promise<void> {
  const old = previousOutput(dist);
  await rm(old, { recursive: true, force: true });
  if (await exists(dist)) await rename(dist, old);
  await rename(fresh, dist);
}

/** Removes the output an earlier build replaced (see `swap`). */
export async function removePreviousOutput(dist: string): Promise<void> {
  await rm(previousOutput(dist), { recursive: true, force: true });
}
