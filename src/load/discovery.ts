/**
 * Which files under content/ are entries: the one rule that `npm run check`, the build's check and
 * Astro's content loader (src/load/loader.ts) all follow. Plain Node, no Astro.
 *
 * - `content/<collection>/**\/<id>.md` and `.mdx` are entries of `<collection>` (COLLECTIONS in
 *   src/collections/index.ts). Sub-folders are for the authors' own order only: the id is the file name
 *   without extension, so it must be unique per collection (the integrity check says so).
 * - Ignored on purpose, silently: any file or folder whose name starts with `_` (drafts, notes,
 *   `_sjablonen/`) or with `.` (`.DS_Store`, `.gitkeep`, editor swap files such as `.x.md.swp`).
 *   This is the documented way to keep a file in content/ without publishing it.
 * - Everything else is a problem with a Dutch message, never skipped silently: a folder that is no
 *   collection (`content/vraagen/`, with the nearest collection name as a hint), a file directly in
 *   content/, any other extension (`.MD`, `.markdown`, `.txt`, `.mdx~`, no extension), something
 *   that is not a regular file (a link to a folder, a socket).
 *
 * The id pattern itself (ID_PATTERN) is checked in src/check/validate.ts, so that an invalid file
 * name is reported together with the entry's other problems.
 */
import { readdirSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { type CollectionName } from '../schemas/index.ts';
import { COLLECTIONS } from '../collections/index.ts';
import type { Problem } from '../domain/types.ts';
import { suggest } from '../domain/nearest.ts';

export const CONTENT_EXTENSIONS = ['.md', '.mdx'] as const;
export type ContentExtension = (typeof CONTENT_EXTENSIONS)[number];

/** A file that a collection reads. */
export interface ContentFile {
  collection: CollectionName;
  /** The entry id: the file name without extension. */
  id: string;
  ext: ContentExtension;
  absolute: string;
  /** Path relative to the working directory, as shown in messages. */
  file: string;
}

export interface Discovery {
  files: ContentFile[];
  /** Files in content/ that no collection reads and that are not ignored on purpose. */
  problems: Problem[];
}

/** `_concept.md`, `_sjablonen/`, `.DS_Store`, `.git/`: skipped on purpose (see the module comment). */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.');
}

/** The entry id of a file: its name without the extension. */
export function entryId(fileName: string): string {
  return path.basename(fileName, path.extname(fileName));
}

export function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute) || absolute;
}

export type Classification =
  | { kind: 'entry'; collection: CollectionName; id: string; ext: ContentExtension }
  | { kind: 'ignored' }
  | { kind: 'stray'; message: string };

const COLLECTION_LIST = COLLECTIONS.join(', ');

/**
 * Classifies a path relative to the content folder (`vragen/sub/x.md`, with `/` or the platform
 * separator). Pure: the loader's file watcher and the dev check use it for single files.
 */
export function classify(relativePath: string): Classification {
  const parts = relativePath.split(/[\\/]+/).filter((p) => p && p !== '.');
  if (parts.length === 0 || parts.some(isIgnoredName)) return { kind: 'ignored' };
  const name = parts[parts.length - 1]!;
  if (parts.length === 1) {
    return { kind: 'stray', message: `dit bestand staat direct in de inhoudsmap en wordt niet gelezen; zet het in de map van een collectie (${COLLECTION_LIST}), of laat de naam met _ beginnen om het bewust over te slaan` };
  }
  const folder = parts[0]!;
  const collection = COLLECTIONS.find((c) => c === folder);
  if (!collection) {
    const hint = suggest(folder, COLLECTIONS);
    return {
      kind: 'stray',
      message: `de map "${folder}" is geen collectie, dus dit bestand wordt niet gelezen${hint ? `; bedoelde je "${hint}"?` : ''} (collecties: ${COLLECTION_LIST}; laat de mapnaam met _ beginnen om hem bewust over te slaan)`,
    };
  }
  const ext = path.extname(name);
  if ((CONTENT_EXTENSIONS as readonly string[]).includes(ext)) {
    return { kind: 'entry', collection, id: entryId(name), ext: ext as ContentExtension };
  }
  return { kind: 'stray', message: extensionMessage(name, ext) };
}

function extensionMessage(name: string, ext: string): string {
  const lower = ext.toLowerCase();
  const skip = 'of laat de naam met _ beginnen om het bewust over te slaan';
  if ((CONTENT_EXTENSIONS as readonly string[]).includes(lower)) {
    return `de extensie "${ext}" moet in kleine letters: hernoem het bestand naar ${entryId(name)}${lower}, anders wordt het niet gelezen`;
  }
  if (['.markdown', '.mdown', '.mkd', '.mkdn', '.mdwn'].includes(lower)) {
    return `de extensie "${ext}" wordt niet gelezen: hernoem het bestand naar ${entryId(name)}.md`;
  }
  if (/[~#]$/.test(name) || ['.bak', '.orig', '.swp', '.swo', '.tmp', '.rej'].includes(lower)) {
    return `dit lijkt een reservekopie of tijdelijk bestand van een editor en wordt niet gelezen; verwijder het, ${skip}`;
  }
  if (!ext) return `dit bestand heeft geen extensie en wordt niet gelezen; alleen .md en .mdx zijn items: geef het de extensie .md, ${skip}`;
  return `bestanden met de extensie "${ext}" worden niet gelezen; alleen .md en .mdx zijn items: verwijder het, ${skip}`;
}

/** Every file under `contentDir`, classified. Files are sorted by path, so output is stable. */
export async function discoverContent(contentDir: string, only?: CollectionName): Promise<Discovery> {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const root = only ? path.join(contentDir, only) : contentDir;
  let dirents;
  try {
    dirents = await readdir(root, { withFileTypes: true, recursive: true });
  } catch (error) {
    // A missing collection folder is an empty collection; a missing content folder is not fine.
    if (!only) problems.push({ file: displayPath(contentDir), message: `de inhoudsmap kan niet worden gelezen (${(error as NodeJS.ErrnoException).code ?? String(error)}); controleer WEGWIJS_CONTENT` });
    return { files, problems };
  }
  const found: { absolute: string; relative: string; dirent: (typeof dirents)[number] }[] = [];
  for (const dirent of dirents) {
    const absolute = path.join(dirent.parentPath, dirent.name);
    found.push({ absolute, relative: path.relative(contentDir, absolute), dirent });
  }
  found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));

  for (const { absolute, relative, dirent } of found) {
    if (dirent.isDirectory()) continue;
    const kind = classify(relative);
    if (kind.kind === 'ignored') continue;
    const file = displayPath(absolute);
    if (!dirent.isFile()) {
      // A link to a file is read like the file; a link to a folder, a socket or a pipe is not.
      const target = dirent.isSymbolicLink() ? await stat(absolute).catch(() => undefined) : undefined;
      if (!target?.isFile()) {
        problems.push({ file, message: dirent.isSymbolicLink() ? 'deze koppeling wijst niet naar een gewoon bestand en wordt niet gelezen; zet het bestand zelf hier' : 'dit is geen gewoon bestand en wordt niet gelezen' });
        continue;
      }
    }
    if (kind.kind === 'stray') problems.push({ file, message: kind.message });
    else files.push({ collection: kind.collection, id: kind.id, ext: kind.ext, absolute, file });
  }
  return { files, problems };
}

/**
 * The collections that have at least one `.mdx` entry (read synchronously, for the CMS
 * configuration, which gives their `.mdx` entries a list of their own).
 */
export function collectionsWithMdx(contentDir: string): CollectionName[] {
  return COLLECTIONS.filter((collection) => {
    try {
      return readdirSync(path.join(contentDir, collection)).some((name) => name.endsWith('.mdx') && !name.startsWith('.') && !name.startsWith('_'));
    } catch {
      return false;
    }
  });
}
