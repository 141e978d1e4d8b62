/**
 * "Wat is er veranderd": what changed in an edition, and when. A change is an entry on a day with
 * a dated `wijzigingen` note, a commit of its file, or its `publicerenVanaf`, on or before the
 * reference date. Pure: built from an edition's entries and the commits per entry; the change
 * log feeds the "wat is er veranderd" pages, the internal home page and the Atom feed.
 */
import type { CollectionName, IsoDate } from '../schemas/index.ts';
import { addDays, isoWeek } from './dates.ts';
import type { Commit } from './history.ts';
import type { EntryKey } from './types.ts';

/** `nieuw`: the file's first commit; `gepubliceerd`: its `publicerenVanaf`; otherwise `gewijzigd`. */
export type ChangeKind = 'nieuw' | 'gepubliceerd' | 'gewijzigd';

export const CHANGE_LABELS: Record<ChangeKind, string> = { nieuw: 'Nieuw', gepubliceerd: 'Gepubliceerd', gewijzigd: 'Gewijzigd' };

export interface Change {
  datum: IsoDate;
  entry: EntryKey;
  soort: ChangeKind;
  /** The author's change notes of that day (possibly none). */
  notities: string[];
}

export interface ChangeSource {
  key: EntryKey;
  wijzigingen: readonly { datum: IsoDate; notitie: string }[];
  publicerenVanaf?: IsoDate | undefined;
  /** The file's commits; `undefined` without git history. */
  commits?: readonly Commit[] | undefined;
  /** Leave out changes before this day (the publication, in the public edition). */
  since?: IsoDate | undefined;
}

/** The changes of one entry on or before `peildatum`, newest first, one per day. */
export function changesOf(source: ChangeSource, peildatum: IsoDate): Change[] {
  const days = new Map<IsoDate, Change>();
  const day = (datum: IsoDate) => {
    let c = days.get(datum);
    if (!c) days.set(datum, (c = { datum, entry: source.key, soort: 'gewijzigd', notities: [] }));
    return c;
  };
  const commits = [...(source.commits ?? [])].map((c) => c.date).filter((d) => d <= peildatum).sort();
  for (const date of commits) day(date);
  if (commits[0]) day(commits[0]).soort = 'nieuw';
  if (source.publicerenVanaf && source.publicerenVanaf <= peildatum) day(source.publicerenVanaf).soort = 'gepubliceerd';
  for (const w of source.wijzigingen) if (w.datum <= peildatum) day(w.datum).notities.push(w.notitie);
  const since = source.since;
  return [...days.values()].filter((c) => !since || c.datum >= since).sort((a, b) => b.datum.localeCompare(a.datum));
}

export function compareChanges(a: Change, b: Change): number {
  return b.datum.localeCompare(a.datum) || a.entry.localeCompare(b.entry);
}

/** An ISO week with changes, for its own page: `/wat-is-er-veranderd/2020-w21/`. */
export interface ChangeWeek {
  slug: string;
  year: number;
  week: number;
  /** Monday and Sunday of the week. */
  from: IsoDate;
  to: IsoDate;
  count: number;
}

/** `2020-w21` */
export function weekSlug(date: IsoDate): string {
  const { year, week } = isoWeek(date);
  return `${year}-w${String(week).padStart(2, '0')}`;
}

export interface ChangeLog {
  /** Newest first. */
  changes: readonly Change[];
  /** Changes with from <= datum <= to, newest first. */
  between(from: IsoDate, to: IsoDate): Change[];
  /** Weeks that have changes, newest first. */
  weeks: readonly ChangeWeek[];
  /** Changes of one entry, newest first. */
  of(key: EntryKey): readonly Change[];
}

export function buildChangeLog(sources: Iterable<ChangeSource>, peildatum: IsoDate): ChangeLog {
  const changes: Change[] = [];
  const byEntry = new Map<EntryKey, Change[]>();
  for (const source of sources) {
    const own = changesOf(source, peildatum);
    if (own.length === 0) continue;
    byEntry.set(source.key, own);
    changes.push(...own);
  }
  changes.sort(compareChanges);
  const weeks = new Map<string, ChangeWeek>();
  for (const change of changes) {
    const slug = weekSlug(change.datum);
    const week = weeks.get(slug);
    if (week) week.count++;
    else {
      const { year, week: number, monday } = isoWeek(change.datum);
      weeks.set(slug, { slug, year, week: number, from: monday, to: addDays(monday, 6), count: 1 });
    }
  }
  return {
    changes,
    between: (from, to) => changes.filter((c) => c.datum >= from && c.datum <= to),
    weeks: [...weeks.values()],
    of: (key) => byEntry.get(key) ?? [],
  };
}

/** The default period of "wat is er veranderd": the 14 days up to and including the reference date. */
export function recentPeriod(peildatum: IsoDate, days = 14): { from: IsoDate; to: IsoDate } {
  return { from: addDays(peildatum, -(days - 1)), to: peildatum };
}

/** Changes grouped by collection, in the given collection order; empty groups left out. */
export function groupByCollection(changes: readonly Change[], order: readonly CollectionName[]): Array<{ collection: CollectionName; changes: Change[] }> {
  const groups = new Map<CollectionName, Change[]>();
  for (const change of changes) {
    const collection = change.entry.slice(0, change.entry.indexOf('/')) as CollectionName;
    (groups.get(collection) ?? groups.set(collection, []).get(collection)!).push(change);
  }
  return order.filter((c) => groups.has(c)).map((collection) => ({ collection, changes: groups.get(collection)! }));
}
