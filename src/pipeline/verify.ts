/**
 * Stage "verify": the public edition is read as a stranger would get it. The leak scan looks in
 * every file for the ids, titles and sentences of every non-public entry (src/verify/leaks.ts);
 * the file check requires every file to be used by a public page and none to be an asset only
 * internal pages use (src/verify/files.ts).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnyEntry } from '../domain/types.ts';
import { fixedAddresses } from '../outputs/index.ts';
import { formatFileProblems, verifyPublicFiles, type FileCheck } from '../verify/files.ts';
import { formatLeaks, leakNeedles, scanForLeaks, type CleanFiles, type Leak } from '../verify/leaks.ts';

/**
 * The leak scan of the public edition. With `memo` (a file in the build's cache folder), files
 * byte-identical to ones the previous build's scan found clean are not matched again when the
 * needles are exactly the same (src/verify/leaks.ts); the memo is rewritten after every scan.
 */
export async function scanPublicEdition(out: string, entries: readonly AnyEntry[], peildatum: string, memo?: string): Promise<{ leaks: Leak[]; files: number; reused: number }> {
  const previous = memo ? await readFile(memo, 'utf8').then((t) => JSON.parse(t) as CleanFiles, () => undefined) : undefined;
  const scan = await scanForLeaks(path.join(out, 'publiek'), leakNeedles(entries, peildatum), previous);
  if (memo) {
    await writeFile(`${memo}.tmp`, JSON.stringify(scan.clean));
    await rename(`${memo}.tmp`, memo);
  }
  return { leaks: scan.leaks, files: scan.files, reused: scan.reused };
}

export async function checkPublicFiles(out: string): Promise<FileCheck> {
  return verifyPublicFiles(path.join(out, 'publiek'), path.join(out, 'intern'), { fixed: fixedAddresses('publiek') });
}

/** What went wrong, for the build's error output; undefined when the public edition is clean. */
export function verificationFailure(leaks: readonly Leak[], files: FileCheck): string | undefined {
  if (leaks.length === 0 && files.problems.length === 0) return undefined;
  const lines: string[] = [];
  if (leaks.length > 0) lines.push(formatLeaks(leaks));
  if (files.problems.length > 0) lines.push(formatFileProblems(files.problems));
  const found = [leaks.length > 0 ? `${leaks.length} lekken` : '', files.problems.length > 0 ? `${files.problems.length} bestanden die er niet in horen` : ''].filter(Boolean).join(' en ');
  lines.push(`\nBouwen afgebroken: ${found} in de publieke editie.`);
  return lines.join('\n');
}
