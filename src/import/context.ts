/**
 * What an import needs to know about the content that is there already: the entries (read and
 * validated by the checker, `runCheck`), their files, the ids taken per collection, and the
 * organisations and target groups to recognise by abbreviation or title. Also the shared way a
 * new entry file is written (YAML frontmatter, then the body).
 */
import { readFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { runCheck } from '../check/index.ts';
import { discoverContent, type ContentFile } from '../load/discovery.ts';
import { uniqueId } from '../cms/slug.ts';
import type { AnyEntry, Entry, Problem } from '../domain/types.ts';
import type { CollectionName } from '../schemas/index.ts';
import type { ItemAction } from './report.ts';

export interface PlannedEntry {
  collection: CollectionName;
  id: string;
  title: string;
  /** The complete file text to write (for 'nieuw' and 'nieuwe versie'). */
  text: string;
  action: ItemAction;
  note?: string;
  /** File extension: `.md` for new entries, the existing one for a new version. */
  ext: '.md' | '.mdx';
}

export interface ImportContext {
  contentDir: string;
  /** The day of the import (versiedatum and change notes). */
  today: string;
  peildatum: string;
  entries: AnyEntry[];
  files: Map<string, ContentFile>;
  /** Problems the content had before the import (the import is not blamed for them). */
  baseline: Problem[];
  /** Ids planned by this import, per collection, so that two planned entries never share one. */
  planned: Map<CollectionName, Set<string>>;
}

export async function loadContext(contentDir: string, today: string, peildatum: string): Promise<ImportContext> {
  const [check, discovery] = await Promise.all([runCheck({ contentDir, peildatum }), discoverContent(contentDir)]);
  const files = new Map(discovery.files.map((f) => [`${f.collection}/${f.id}`, f]));
  return { contentDir, today, peildatum, entries: check.entries, files, baseline: check.problems, planned: new Map() };
}

export function entriesOf<C extends CollectionName>(context: ImportContext, collection: C): Entry<C>[] {
  return context.entries.filter((e) => e.collection === collection) as Entry<C>[];
}

/** A new id from the title: unique among existing files and this import's other entries. */
export function newId(context: ImportContext, collection: CollectionName, title: string): string {
  const planned = context.planned.get(collection) ?? new Set<string>();
  const taken = new Set([...[...context.files.values()].filter((f) => f.collection === collection).map((f) => f.id), ...planned]);
  const id = uniqueId(title, taken);
  planned.add(id);
  context.planned.set(collection, planned);
  return id;
}

/** Reserve an existing id for this import (a repeated import or a new version). */
export function reserveId(context: ImportContext, collection: CollectionName, id: string): void {
  const planned = context.planned.get(collection) ?? new Set<string>();
  planned.add(id);
  context.planned.set(collection, planned);
}

export async function existingText(context: ImportContext, collection: CollectionName, id: string): Promise<string | undefined> {
  const file = context.files.get(`${collection}/${id}`);
  return file ? readFile(file.absolute, 'utf8') : undefined;
}

/** The file text of a new entry: frontmatter in the order given, then the body. */
export function entryText(frontmatter: Record<string, unknown>, body: string, comment?: string): string {
  const clean = Object.fromEntries(Object.entries(frontmatter).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
  const yaml = stringify(clean, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `---\n${comment ? `# ${comment}\n` : ''}${yaml}---\n${body.trim() ? `${body.trim()}\n` : ''}`;
}

const squash = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * Recognises an organisation by what the document calls it: its abbreviation ("MEVA", "Dco",
 * "DG LZ" for DGLZ), its title ("Directie Jeugd"), or its title without "Directie"
 * ("Jeugd"). Case, spaces, dots and accents are ignored; nothing is guessed beyond that.
 */
export function organisationMatcher(context: ImportContext): (written: string) => string | undefined {
  const names = new Map<string, string>();
  for (const org of entriesOf(context, 'organisaties')) {
    const add = (name: string | undefined) => {
      const key = name ? squash(name) : '';
      if (key.length >= 2 && !names.has(key)) names.set(key, org.id);
    };
    add(org.data.afkorting);
    add(org.id);
    add(org.data.titel);
    add(org.data.titel.replace(/^(?:directie|directoraat-generaal|ministerie van)\s+/i, ''));
  }
  return (written) => names.get(squash(written));
}

/** Recognises a target group by id, title or synonym. */
export function targetGroupMatcher(context: ImportContext): (written: string) => string | undefined {
  const names = new Map<string, string>();
  for (const group of entriesOf(context, 'doelgroepen')) {
    for (const name of [group.id, group.data.titel, ...group.data.synoniemen]) {
      const key = squash(name);
      if (key.length >= 3 && !names.has(key)) names.set(key, group.id);
    }
  }
  return (written) => names.get(squash(written));
}
