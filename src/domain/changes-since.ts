/**
 * "Gewijzigd sinds <datum>": which version of a route map was in force on a date, and the one
 * line that says how it stands since then. Shared by the build (src/data/versions.ts,
 * src/components/ChangesSince.astro) and the island that lets a reader pick another date
 * (src/scripts/changes-since.ts), so both say it in the same words. Pure, and small on purpose:
 * the island bundles it.
 */
import type { IsoDate } from '../schemas/index.ts';
import { formatDate } from './dates.ts';

export type SinceKind = 'ongewijzigd' | 'gewijzigd' | 'nieuw';

interface Dated { versie: string; datum?: IsoDate | null | undefined }

/**
 * The version in force on `date` among `versions` (newest first): the newest dated on or before
 * it; undefined when every version is dated later. Undated versions are passed over.
 */
export function versionOn<V extends Dated>(versions: readonly V[], date: IsoDate): V | undefined {
  return versions.find((v) => typeof v.datum === 'string' && v.datum <= date);
}

/**
 * How a route map stands since `date`: 'ongewijzigd' (the version in force then is the current
 * one), 'gewijzigd' (a later version followed; `from` was in force then) or 'nieuw' (no version
 * is known from on or before the date; `from` is the oldest known).
 */
export function sinceVersion<V extends Dated>(versions: readonly V[], date: IsoDate): { soort: SinceKind; from: V; current: V } {
  const current = versions[0]!;
  const then = versionOn(versions, date);
  if (then === current) return { soort: 'ongewijzigd', from: current, current };
  return { soort: then ? 'gewijzigd' : 'nieuw', from: then ?? versions.at(-1)!, current };
}

const named = (v: Dated) => `versie ${v.versie}${v.datum ? ` van ${formatDate(v.datum)}` : ''}`;

/** One line on how a route map stands since a date, before its list of changes; `peildatum`: the reference date of the edition. */
export function sinceSummary(soort: SinceKind, from: Dated, current: Dated, changes: number, peildatum?: IsoDate): string {
  // As of the reference date: a current version dated after it is said to be so.
  const later = peildatum && current.datum && current.datum > peildatum ? ` Versie ${current.versie} is van na de peildatum (${formatDate(peildatum)}).` : '';
  return summary(soort, from, current, changes) + later;
}

function summary(soort: SinceKind, from: Dated, current: Dated, changes: number): string {
  if (soort === 'ongewijzigd') return `Ongewijzigd: ${named(current)} gold toen al.`;
  const none = changes === 0 ? ' Geen wijzigingen in de fasen, acties, status en doelgroepen.' : '';
  if (soort === 'nieuw') {
    if (from === current) return `Nieuw: de eerste vastgelegde is ${named(current)}.`;
    return `Toen nog niet vastgelegd: de eerste vastgelegde is ${named(from)}, nu geldt ${named(current)}.${none}`;
  }
  return `Toen gold ${named(from)}, nu ${named(current)}.${none}`;
}

/** A change as one line of the list: where (a phase) and what. */
export const sinceLine = (c: { onderdeel: string; text: string }): string => (c.onderdeel === 'Routekaart' ? c.text : `${c.onderdeel}: ${c.text}`);
