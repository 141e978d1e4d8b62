/**
 * The versions of passages and measures (internal edition: `profile.routemapVersions`, which
 * says whether an edition shows versions at all): the content being built plus each file's past
 * contents from git (one read for all files of both collections, src/load/git-history.ts), each
 * parsed with the collection's own reader and schema. A past content that no longer fits the
 * model stays in the list with its problem, reported once in the build output.
 */
import path from 'node:path';
import { contentDir } from '../config.ts';
import { gitHistory, pastContents, relativeToContent } from '../load/git-history.ts';
import { parseSource } from '../load/source.ts';
import { passageSchema, type Passage } from '../collections/passages.ts';
import { maatregelSchema, type Maatregel } from '../collections/maatregelen.ts';
import { compareEntryVersions, compareMeasure, comparePassage, entryVersionsOf, type EntryComparison, type EntrySnapshot, type EntryVersion } from '../domain/entry-versions.ts';
import type { Entry } from '../domain/types.ts';
import { siteNames } from './versions.ts';
import type { Site } from './site.ts';

export type VersionedCollection = 'passages' | 'maatregelen';
export const VERSIONED_COLLECTIONS: readonly VersionedCollection[] = ['passages', 'maatregelen'];

type DataOf<C extends VersionedCollection> = C extends 'passages' ? Passage : Maatregel;

export interface EntryVersions<C extends VersionedCollection> {
  versions: EntryVersion<DataOf<C>>[];
  /** Each older version compared with the current one, newest first. */
  comparisons: EntryComparison<DataOf<C>>[];
}

const SCHEMAS = { passages: passageSchema, maatregelen: maatregelSchema } as const;
const memo = new WeakMap<Site, Map<string, EntryVersions<VersionedCollection>>>();
const warned = new Set<string>();

function parsePast<C extends VersionedCollection>(bytes: Buffer | undefined, entry: Entry<C>, commit: string): Pick<EntrySnapshot<DataOf<C>>, 'data' | 'body' | 'probleem'> {
  if (!bytes) return { body: '', probleem: 'het bestand was in deze vastlegging verwijderd' };
  const file = entry.file ?? `${entry.id}.md`;
  const read = parseSource(bytes, { collection: entry.collection, id: entry.id, ext: path.extname(file) as never, absolute: path.resolve(file), file: `${file}@${commit.slice(0, 7)}` });
  if (!read.source) return { body: '', probleem: read.problems.map((p) => p.message).join('; ') };
  const parsed = SCHEMAS[entry.collection as VersionedCollection].safeParse(read.source.data);
  if (!parsed.success) return { body: read.source.body, probleem: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { data: parsed.data as DataOf<C>, body: read.source.body };
}

const pastMemo = new WeakMap<Site, ReturnType<typeof pastContents>>();
/** The past contents of every passage and measure file: read once per site (one git log, one cat-file), not looked up per entry. */
function versionedPast(site: Site, git: ReturnType<typeof gitHistory>): ReturnType<typeof pastContents> {
  let past = pastMemo.get(site);
  if (!past) pastMemo.set(site, (past = pastContents(git.dir, VERSIONED_COLLECTIONS.flatMap((c) => site.of(c).filter((e) => e.file).map((e) => relativeToContent(git, e.file!))))));
  return past;
}

/** The versions of a passage or measure, and what changed since each. Memoised per site. */
export function entryVersions<C extends VersionedCollection>(site: Site, entry: Entry<C>): EntryVersions<C> {
  let perSite = memo.get(site);
  if (!perSite) memo.set(site, (perSite = new Map()));
  const key = `${entry.collection}/${entry.id}`;
  const cached = perSite.get(key);
  if (cached) return cached as unknown as EntryVersions<C>;

  const git = gitHistory(contentDir());
  const past = git.status === 'git' && entry.file ? (versionedPast(site, git).get(relativeToContent(git, entry.file)) ?? []) : [];
  const snapshots: EntrySnapshot<DataOf<C>>[] = [{ data: entry.data as DataOf<C>, body: entry.body }];
  for (const p of past) {
    const parsed = parsePast(p.bytes, entry, p.commit);
    if (parsed.probleem && !warned.has(`${key}@${p.commit}`)) {
      warned.add(`${key}@${p.commit}`);
      console.warn(`[WARN] [wegwijs] ${entry.file} in vastlegging ${p.commit.slice(0, 7)} (${p.date}) past niet in het huidige model; de versie staat in de lijst zonder vergelijking: ${parsed.probleem}`);
    }
    snapshots.push({ commit: p.commit, vastgelegdOp: p.date, onderwerp: p.subject, ...parsed });
  }
  const versions = entryVersionsOf(snapshots);
  const names = siteNames(site);
  const compare = (entry.collection === 'passages' ? (a: Passage, b: Passage) => comparePassage(a, b, names) : (a: Maatregel, b: Maatregel) => compareMeasure(a, b, names)) as (a: DataOf<C>, b: DataOf<C>) => ReturnType<typeof comparePassage>;
  const current = versions[0]!;
  const result: EntryVersions<C> = { versions, comparisons: versions.slice(1).map((v) => compareEntryVersions(v, current, compare)) };
  perSite.set(key, result as unknown as EntryVersions<VersionedCollection>);
  return result;
}

/** Whether an entry has a versions page: the edition shows versions and there is an older one. */
export function hasVersionsPage(site: Site, entry: Entry): boolean {
  return site.profile.routemapVersions && (entry.collection === 'passages' || entry.collection === 'maatregelen') && entryVersions(site, entry as Entry<VersionedCollection>).versions.length > 1;
}
