/**
 * Stage "verify": the public edition is read as a stranger would get it. The leak scan looks in
 * every file for the ids, titles and sentences of every non-public entry (src/verify/leaks.ts);
 * the file check requires every file to be used by a public page and none to be an asset only
 * internal pages use (src/verify/files.ts).
 */
import path from 'node:path';
import type { AnyEntry } from '../domain/types.ts';
import { formatFileProblems, verifyPublicFiles, type FileCheck } from '../verify/files.ts';
import { formatLeaks, leakNeedles, scanForLeaks, type Leak } from '../verify/leaks.ts';

export async function scanPublicEdition(out: string, entries: readonly AnyEntry[], peildatum: string): Promise<{ leaks: Leak[]; files: number }> {
  const scan = await scanForLeaks(path.join(out, 'publiek'), leakNeedles(entries, peildatum));
  return { leaks: scan.leaks, files: scan.files };
}

export async function checkPublicFiles(out: string): Promise<FileCheck> {
  return verifyPublicFiles(path.join(out, 'publiek'), path.join(out, 'intern'));
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
