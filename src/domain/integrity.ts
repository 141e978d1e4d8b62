/**
 * Rules that span fields or entries and so cannot live in a zod schema: references that must
 * exist (Astro's `reference()` does not fail on a missing id), duplicate ids, each collection's own
 * rules (date order, status rules: `rules` in src/collections/<name>.ts), and the public edition's rule that a published entry never points at anything that is
 * not published. Pure: takes entries, returns problems.
 */
import type { IsoDate } from '../schemas/index.ts';
import { definitionOf } from '../collections/index.ts';
import { addDays } from './dates.ts';
import { whyNotPublic } from './editions.ts';
import { COLLECTION_LABELS } from './labels.ts';
import { didYouMean, nearest } from './nearest.ts';
import { REFERENCE_FIELDS, referencesOf, type Reference } from './references.ts';
import { keyOf, type AnyEntry, type EntryKey, type FieldPath, type Location, type Problem } from './types.ts';

/** "maatregel", "doelgroep", …: the singular of a collection, in messages. */
export const singular = (collection: AnyEntry['collection']): string => COLLECTION_LABELS[collection].inTekst;

function problem(entry: AnyEntry, at: Location | FieldPath | undefined, message: string): Problem {
  const location = at === undefined ? undefined : Array.isArray(at) ? { field: at as FieldPath } : (at as Location);
  return { file: entry.file ?? `content/${entry.collection}/${entry.id}`, message, ...(location ? { at: location } : {}) };
}

export interface IntegrityOptions {
  /** The date the public selection is computed for (publicerenVanaf). */
  peildatum: IsoDate;
  /**
   * Entries that exist but whose frontmatter was refused (reported on their own): a reference to
   * one is not "missing".
   */
  alsoExisting?: ReadonlySet<EntryKey>;
}

/**
 * References of one entry to ids that do not exist, with the nearest existing ids as a
 * suggestion. `known` holds every existing entry key; `candidates` the entries to suggest from.
 */
export function missingReferences(entry: AnyEntry, known: ReadonlySet<string> | Map<string, unknown>, candidates: readonly AnyEntry[]): Problem[] {
  const out: Problem[] = [];
  for (const ref of referencesOf(entry)) {
    if (known.has(`${ref.collection}/${ref.id}`)) continue;
    const where = 'bodyLine' in ref.at ? `link naar /${ref.collection}/${ref.id}/` : `verwijzing`;
    const suggestions = didYouMean(nearest(ref.id, candidates.filter((e) => e.collection === ref.collection).map((e) => e.id)));
    out.push(problem(entry, ref.at, `${where}: er is geen ${singular(ref.collection)} met id "${ref.id}" (verwacht content/${ref.collection}/${ref.id}.md)${suggestions}`));
  }
  return out;
}

export function checkIntegrity(entries: readonly AnyEntry[], options: IntegrityOptions): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<EntryKey, AnyEntry>();

  for (const entry of entries) {
    const key = keyOf(entry);
    const earlier = byKey.get(key);
    if (earlier) {
      problems.push(problem(entry, undefined, `dubbele id "${entry.id}": ${earlier.file ?? key} heeft dezelfde id in ${entry.collection}; geef een van beide een andere bestandsnaam`));
      continue;
    }
    byKey.set(key, entry);
  }

  const known = new Set<string>([...byKey.keys(), ...(options.alsoExisting ?? [])]);
  const all = [...byKey.values()];
  for (const entry of byKey.values()) {
    problems.push(...missingReferences(entry, known, all));
    problems.push(...checkEntryRules(entry, byKey));
  }

  problems.push(...checkCycles(byKey));
  problems.push(...checkPublicReferences([...byKey.values()], byKey, options.peildatum));
  problems.push(...checkScheduledPublication([...byKey.values()], byKey, options.peildatum));
  return problems;
}

/**
 * Every hierarchy and chain (a reference field that points into its own collection and declares
 * `chain`, such as `onderdeelVan` of target groups or `vervangenDoor` of passages) must end: an
 * entry that is its own ancestor or successor, directly or through others, is refused. Other
 * fields into their own collection (`gerelateerdeVragen`) may point both ways, but never at the
 * entry itself.
 */
function checkCycles(byKey: Map<EntryKey, AnyEntry>): Problem[] {
  const out: Problem[] = [];
  for (const entry of byKey.values()) {
    for (const field of REFERENCE_FIELDS[entry.collection]) {
      if (field.collection !== entry.collection) continue;
      if (!field.chain) {
        const self = referencesOf(entry).find((r) => r.relation.key === field.key && r.id === entry.id);
        if (self) out.push(problem(entry, self.at, `"${entry.id}" verwijst naar zichzelf`));
        continue;
      }
      const next = (e: AnyEntry): Reference | undefined => referencesOf(e).find((r) => r.relation.key === field.key);
      const first = next(entry);
      if (!first) continue;
      const seen: string[] = [entry.id];
      let ref: Reference | undefined = first;
      while (ref) {
        if (ref.id === entry.id) {
          const chain = [...seen, entry.id].join(' → ');
          out.push(problem(entry, first.at, seen.length === 1 ? `"${entry.id}" verwijst naar zichzelf` : `de keten van ${field.chain ?? field.outgoing.toLowerCase()} loopt rond: ${chain}`));
          break;
        }
        if (seen.includes(ref.id)) break; // a loop further on: reported at the entries in it
        seen.push(ref.id);
        const target = byKey.get(`${entry.collection}/${ref.id}` as EntryKey);
        ref = target ? next(target) : undefined;
      }
    }
  }
  return out;
}

/** The rules of the entry's collection (`rules` in src/collections/<name>.ts): date order, status rules. */
function checkEntryRules(entry: AnyEntry, byKey: Map<EntryKey, AnyEntry>): Problem[] {
  const found = definitionOf(entry.collection).rules?.(entry.data, { get: (key) => byKey.get(key) }) ?? [];
  return found.map(({ field, message }) => problem(entry, field, message));
}

/**
 * The public edition never links to, names or lists an entry outside it: a published entry whose
 * references (frontmatter or body link) point at an entry that is not published stops the build.
 */
function checkPublicReferences(entries: AnyEntry[], byKey: Map<EntryKey, AnyEntry>, peildatum: IsoDate): Problem[] {
  return entries.filter((entry) => whyNotPublic(entry, peildatum) === undefined).flatMap((entry) => unpublishedTargets(entry, byKey, peildatum));
}

/** Problems for the references of `entry` to entries that are not public on `date`. */
function unpublishedTargets(entry: AnyEntry, byKey: Map<EntryKey, AnyEntry>, date: IsoDate, scheduled = false): Problem[] {
  const out: Problem[] = [];
  for (const ref of referencesOf(entry)) {
    const target = byKey.get(`${ref.collection}/${ref.id}`);
    if (!target) continue; // reported as a missing reference
    const why = whyNotPublic(target, date);
    if (!why) continue;
    const message = scheduled
      ? `vanaf ${date} is ${singular(entry.collection)} "${entry.id}" publiek en verwijst het naar ${singular(target.collection)} "${target.id}", maar dat is dan niet publiek: ${why}. De build van ${date} zou hierop stoppen: maak "${target.id}" uiterlijk dan publiek of haal de verwijzing weg`
      : `publieke ${singular(entry.collection)} "${entry.id}" verwijst naar ${singular(target.collection)} "${target.id}", maar dat is niet publiek: ${why}. Maak "${target.id}" publiek of haal de verwijzing weg`;
    out.push(problem(entry, ref.at, message));
  }
  return out;
}

/** A date after the reference date on which the public edition changes, and why. */
export interface ScheduledChange {
  date: IsoDate;
  entry: AnyEntry;
  kind: 'publicatie' | 'einde';
}

/**
 * Changes to the public edition after the reference date: every future `publicerenVanaf` of a
 * public entry, and the day after a measure's `totEnMet`. The public edition must be rebuilt on
 * those days (deploy/schedule/), and must be valid on each of them.
 */
export function scheduledChanges(entries: readonly AnyEntry[], peildatum: IsoDate): ScheduledChange[] {
  const out: ScheduledChange[] = [];
  for (const entry of entries) {
    if (entry.data.zichtbaarheid === 'publiek' && entry.data.publicerenVanaf && entry.data.publicerenVanaf > peildatum) {
      out.push({ date: entry.data.publicerenVanaf, entry, kind: 'publicatie' });
    }
    if (entry.collection === 'maatregelen' && entry.data.totEnMet) {
      const after = addDays(entry.data.totEnMet, 1);
      if (after > peildatum) out.push({ date: after, entry, kind: 'einde' });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || keyOf(a.entry).localeCompare(keyOf(b.entry)));
}

/** One line for the build log: the next date on which the public edition needs a build. */
export function describeNextChange(entries: readonly AnyEntry[], peildatum: IsoDate): string {
  const changes = scheduledChanges(entries, peildatum);
  const first = changes[0];
  if (!first) return 'Geen geplande publicaties of einddata na de peildatum.';
  const sameDay = changes.filter((c) => c.date === first.date);
  const what = sameDay.map((c) => `${singular(c.entry.collection)} "${c.entry.id}" ${c.kind === 'publicatie' ? 'wordt publiek' : 'is afgelopen'}`).join('; ');
  return `Volgende geplande wijziging: ${first.date} (${what}). Bouw en publiceer die dag opnieuw (zie deploy/schedule/).`;
}

/**
 * A time bomb in scheduled publication: an entry that is fine today but, on its publication date,
 * would point at something still internal. Being public only ever starts (with `publicerenVanaf`)
 * and never ends, so checking each scheduled entry once, on its own publication date, finds every
 * such problem, reported today with the date on which it would stop the build.
 */
function checkScheduledPublication(entries: AnyEntry[], byKey: Map<EntryKey, AnyEntry>, peildatum: IsoDate): Problem[] {
  return entries.flatMap((entry) => {
    const date = entry.data.publicerenVanaf;
    if (!date || date <= peildatum || whyNotPublic(entry, date) !== undefined) return [];
    return unpublishedTargets(entry, byKey, date, true);
  });
}
