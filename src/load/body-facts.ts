/**
 * Body facts kept between builds (`bodyFacts` in src/domain/body.ts): the links, plain text,
 * elements and URLs of every body, keyed by a digest of the text, in the build's cache folder.
 * Parsing 10,000 bodies with micromark costs seconds in each process that reads them (checker,
 * leak scan, Astro's pages); after one changed entry, only that body is parsed again.
 *
 * The file names the code that made it (body.ts and the lock file, so the parser's version):
 * any change to either and it is ignored. scripts/build.ts loads it before the check and writes
 * it as soon as the check has passed, holding only the bodies of that build (facts depend on the
 * text alone, so a build that fails later leaves a correct store); the Astro process reads it
 * (site.ts, `WEGWIJS_BODY_FACTS`) when it builds the editions' sites, and never writes it.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBodyFactsStore, type BodyFacts } from '../domain/body.ts';

const BODY_MODULE = fileURLToPath(new URL('../domain/body.ts', import.meta.url));

interface Stored {
  version: string;
  facts: Record<string, BodyFacts>;
}

/** What the stored facts depend on besides the bodies: the code that reads them. */
export async function bodyFactsVersion(root = process.cwd()): Promise<string> {
  const hash = createHash('sha1');
  hash.update(await readFile(BODY_MODULE));
  hash.update(await readFile(path.join(root, 'package-lock.json')).catch(() => Buffer.from('no lock')));
  return hash.digest('base64url');
}

async function read(file: string): Promise<Stored | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Stored;
  } catch {
    return undefined;
  }
}

export interface BodyFactsCache {
  /** Writes the facts this process used (and only those), for Astro and the next build. */
  save(): Promise<void>;
}

/**
 * Loads the store at `file` into this process (a stale or unreadable one is removed, so the
 * Astro process started after this never reads it) and returns how to save it.
 */
export async function openBodyFacts(file: string): Promise<BodyFactsCache> {
  const version = await bodyFactsVersion();
  const stored = await read(file);
  const valid = stored?.version === version;
  if (stored && !valid) await rm(file, { force: true });
  const store = new Map(valid ? Object.entries(stored!.facts) : []);
  const used = new Set<string>();
  useBodyFactsStore(store, used);
  return {
    async save() {
      const facts: Record<string, BodyFacts> = {};
      for (const key of used) {
        const f = store.get(key);
        if (f) facts[key] = f;
      }
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify({ version, facts } satisfies Stored));
      await rename(tmp, file);
    },
  };
}

/** For a process that only reads (Astro): the store at `file`, if any; never written back. */
export function readBodyFactsSync(file: string | undefined): void {
  if (!file) return;
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    useBodyFactsStore(new Map(Object.entries(stored.facts)));
  } catch {
    /* no store yet: every body is parsed */
  }
}
