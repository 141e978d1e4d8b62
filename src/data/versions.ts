/**
 * The versions of the route maps of an edition (internal only: `profile.routemapVersions`): the
 * content being built plus the file's past contents from git (src/load/git-history.ts, read once
 * per build for all route maps), each parsed with the same reader and schema as the content
 * itself. A past content that no longer fits the model stays in the list, with its problem, and
 * is reported once in the build output: nothing is skipped silently.
 */
import path from 'node:path';
import { contentDir } from '../config.ts';
import { pastContents, relativeToContent, gitHistory } from '../load/git-history.ts';
import { parseSource } from '../load/source.ts';
import { routekaartSchema } from '../collections/routekaarten.ts';
import { changesSince, compareVersions, versionsOf, type ChangesSince, type Change, type Comparison, type Names, type Snapshot, type Version } from '../domain/versions.ts';
import { addDays } from '../domain/dates.ts';
import type { IsoDate } from '../schemas/index.ts';
import { href } from './routes.ts';
import type { Entry } from '../domain/types.ts';
import type { Site } from './site.ts';

export interface RoutemapVersions {
  versions: Version[];
  /** Each older version compared with the current one, by slug. */
  sinceVersion(slug: string): Comparison | undefined;
}

const memo = new WeakMap<Site, Map<string, RoutemapVersions>>();
const warned = new Set<string>();

export function siteNames(site: Site): Names {
  const title = (key: `${string}/${string}`, id: string) => {
    const e = site.get(key as never);
    if (!e) return id;
    return e.collection === 'organisaties' ? (e.data.afkorting ?? e.data.titel) : e.data.titel;
  };
  return {
    organisatie: (id) => title(`organisaties/${id}`, id),
    maatregel: (id) => title(`maatregelen/${id}`, id),
    doelgroep: (id) => title(`doelgroepen/${id}`, id),
    bron: (id) => title(`bronnen/${id}`, id),
  };
}

function parsePast(bytes: Buffer | undefined, entry: Entry<'routekaarten'>, commit: string): Pick<Snapshot, 'data' | 'body' | 'probleem'> {
  if (!bytes) return { body: '', probleem: 'het bestand was in deze vastlegging verwijderd' };
  const file = entry.file ?? `${entry.id}.md`;
  const read = parseSource(bytes, { collection: 'routekaarten', id: entry.id, ext: path.extname(file) as never, absolute: path.resolve(file), file: `${file}@${commit.slice(0, 7)}` });
  if (!read.source) return { body: '', probleem: read.problems.map((p) => p.message).join('; ') };
  const parsed = routekaartSchema.safeParse(read.source.data);
  if (!parsed.success) return { body: read.source.body, probleem: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { data: parsed.data, body: read.source.body };
}

export function routemapVersions(site: Site, entry: Entry<'routekaarten'>): RoutemapVersions {
  let perSite = memo.get(site);
  if (!perSite) memo.set(site, (perSite = new Map()));
  const cached = perSite.get(entry.id);
  if (cached) return cached;

  const git = gitHistory(contentDir());
  const all = site.of('routekaarten').filter((e) => e.file);
  const relative = (e: Entry<'routekaarten'>) => relativeToContent(git, e.file!);
  const past = git.status === 'git' ? pastContents(git.dir, all.map(relative)) : new Map();
  const snapshots: Snapshot[] = [{ data: entry.data, body: entry.body }];
  for (const p of entry.file ? (past.get(relative(entry)) ?? []) : []) {
    const parsed = parsePast(p.bytes, entry, p.commit);
    if (parsed.probleem && !warned.has(`${entry.id}@${p.commit}`)) {
      warned.add(`${entry.id}@${p.commit}`);
      console.warn(`[WARN] [wegwijs] ${entry.file} in vastlegging ${p.commit.slice(0, 7)} (${p.date}) past niet in het huidige model; de versie staat in de lijst zonder vergelijking: ${parsed.probleem}`);
    }
    snapshots.push({ commit: p.commit, vastgelegdOp: p.date, onderwerp: p.subject, ...parsed });
  }
  const versions = versionsOf(snapshots, entry.data.wijzigingen);
  const names = siteNames(site);
  const comparisons = new Map<string, Comparison>();
  const current = versions[0]!;
  const result: RoutemapVersions = {
    versions,
    sinceVersion(slug) {
      const from = versions.find((v) => v.slug === slug);
      if (!from || from === current) return undefined;
      let c = comparisons.get(slug);
      if (!c) comparisons.set(slug, (c = compareVersions(from, current, names)));
      return c;
    },
  };
  perSite.set(entry.id, result);
  return result;
}

/**
 * The default "changed since" date: the previous week's meeting, a week before the reference
 * date. The reader may pick another (src/scripts/changes-since.ts, from `versies.json`).
 */
export const lastMeeting = (site: Site): IsoDate => addDays(site.peildatum, -7);

/** What changed in a route map since `date` (default: the previous week's meeting). */
export function routemapChangesSince(site: Site, entry: Entry<'routekaarten'>, date: IsoDate = lastMeeting(site)): ChangesSince {
  const { versions, sinceVersion } = routemapVersions(site, entry);
  return changesSince(versions, date, (from) => sinceVersion(from.slug)?.changes ?? []);
}

/** One version in `versies.json`: what the island needs to say what changed since it. */
export interface VersionJson {
  versie: string;
  datum: IsoDate | null;
  huidig: boolean;
  /** What changed from this version to the current one (empty for the current one). */
  wijzigingen: Pick<Change, 'onderdeel' | 'anchor' | 'text' | 'plek'>[];
}

/** The address of a route map's `versies.json`, relative to the edition's root. */
export const versionsJsonPath = (id: string): string => `routekaarten/${id}/versies.json`;

/**
 * A route map's versions as JSON (`/routekaarten/<id>/versies.json`, internal edition only): each
 * version with its date and what changed from it to the current one, in words, so a reader can
 * pick any date and the island shows what changed since then without computing anything.
 */
export function versionsJson(site: Site, entry: Entry<'routekaarten'>): string {
  const { versions, sinceVersion } = routemapVersions(site, entry);
  const list: VersionJson[] = versions.map((v, i) => ({
    versie: v.versie,
    datum: v.datum ?? null,
    huidig: i === 0,
    wijzigingen: i === 0 ? [] : (sinceVersion(v.slug)?.changes ?? []).map(({ onderdeel, anchor, text, plek }) => ({ onderdeel, anchor, text, plek })),
  }));
  return `${JSON.stringify({ routekaart: entry.id, titel: entry.data.titel, pagina: href(site.edition, `routekaarten/${entry.id}/`), versies: list })}\n`;
}
