/**
 * Versions of passages and measures, and what changed between two of them in words staff read
 * ("De passage is nu vastgesteld", "Herziendatum verschoven van 1 juni naar 1 september 2020",
 * "Van kracht vanaf gewijzigd van …", "Doelgroep toegevoegd: …"), computed from the structured
 * fields, as for route maps (./versions.ts); the text itself as tracked changes (`compareBody`).
 * These entries have no `versie` field: each recorded content is a version, named by the day it
 * was recorded. Pure: contents come in as data (src/data/entry-versions.ts reads them from git).
 */
import type { IsoDate } from '../schemas/index.ts';
import type { Passage } from '../collections/passages.ts';
import type { Maatregel } from '../collections/maatregelen.ts';
import { formatDate } from './dates.ts';
import { compareBody, type BodyPart, type Change, type Names } from './versions.ts';

/** One recorded content of an entry file: a commit's, or the content being built (no commit). */
export interface EntrySnapshot<D> {
  commit?: string | undefined;
  vastgelegdOp?: IsoDate | undefined;
  onderwerp?: string | undefined;
  data?: D | undefined;
  body: string;
  probleem?: string | undefined;
}

export interface EntryVersion<D> {
  /** URL fragment and id: the commit's short hash, or "huidig". */
  slug: string;
  /** How staff name it: "huidige versie" or "vastgelegd op 22 mei 2020". */
  label: string;
  datum: IsoDate | undefined;
  onderwerp: string | undefined;
  huidig: boolean;
  snapshot: EntrySnapshot<D>;
}

const same = <D>(a: EntrySnapshot<D>, b: EntrySnapshot<D>) => a.body.trim() === b.body.trim() && JSON.stringify(a.data) === JSON.stringify(b.data);

/**
 * Versions from snapshots, newest first (the content being built, then the commits as git lists
 * them). A commit whose content equals the next newer one (the last commit of a clean working
 * tree) is that version, not another; the current version then takes its date.
 */
export function entryVersionsOf<D>(snapshots: readonly EntrySnapshot<D>[]): EntryVersion<D>[] {
  const versions: EntryVersion<D>[] = [];
  for (const snapshot of snapshots) {
    const newer = versions.at(-1);
    if (newer && same(newer.snapshot, snapshot)) {
      newer.datum ??= snapshot.vastgelegdOp;
      newer.onderwerp ??= snapshot.onderwerp;
      continue;
    }
    const huidig = versions.length === 0 && snapshot.commit === undefined;
    versions.push({
      slug: huidig ? 'huidig' : `v-${(snapshot.commit ?? 'onbekend').slice(0, 7)}`,
      label: huidig ? 'huidige versie' : snapshot.vastgelegdOp ? `vastgelegd op ${formatDate(snapshot.vastgelegdOp)}` : 'vastgelegde versie',
      datum: snapshot.vastgelegdOp,
      onderwerp: snapshot.onderwerp,
      huidig,
      snapshot,
    });
  }
  return versions;
}

const ENTRY = 'Gegevens';

const date = (d: IsoDate | undefined) => (d ? formatDate(d) : undefined);
const joinNames = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`);

/** Words for a changed date field: "X toegevoegd: …", "X vervallen (was …)", "X verschoven van … naar …". */
function dateChange(label: string, a: IsoDate | undefined, b: IsoDate | undefined): string | undefined {
  if (a === b) return undefined;
  if (!a) return `${label} toegevoegd: ${date(b)}`;
  if (!b) return `${label} vervallen (was ${date(a)})`;
  return `${label} ${b > a ? 'verschoven' : 'vervroegd'} van ${date(a)} naar ${date(b)}`;
}

function textChange(label: string, a: string | undefined, b: string | undefined): string | undefined {
  if ((a ?? '') === (b ?? '')) return undefined;
  if (!a) return `${label} toegevoegd: "${b}"`;
  if (!b) return `${label} verwijderd (was "${a}")`;
  return `${label} gewijzigd van "${a}" naar "${b}"`;
}

function listChanges(label: string, a: readonly string[], b: readonly string[], name: (id: string) => string): string[] {
  const added = b.filter((x) => !a.includes(x));
  const removed = a.filter((x) => !b.includes(x));
  return [...(added.length ? [`${label} toegevoegd: ${joinNames(added.map(name))}`] : []), ...(removed.length ? [`${label} verwijderd: ${joinNames(removed.map(name))}`] : [])];
}

const changes = (texts: (string | undefined)[]): Change[] => texts.filter((t): t is string => Boolean(t)).map((text) => ({ onderdeel: ENTRY, text }));

/** What changed in a passage, in words. */
export function comparePassage(a: Passage, b: Passage, names: Names): Change[] {
  const bron = (id: string) => names.bron?.(id) ?? id;
  const status = a.status === b.status ? undefined : b.status === 'vastgesteld' ? 'De passage is nu vastgesteld' : b.status === 'vervallen' ? 'De passage is vervallen' : `Status gewijzigd van ${a.status} naar ${b.status}`;
  const uses = (p: Passage) => p.gebruiktIn.map((g) => [g.titel ?? (g.bron ? bron(g.bron) : ''), g.kenmerk, g.datum].filter(Boolean).join(', '));
  return changes([
    textChange('Titel', a.titel, b.titel),
    status,
    a.soort === b.soort ? undefined : `Soort gewijzigd van ${a.soort} naar ${b.soort}`,
    dateChange('Vastgesteld op', a.vastgesteldOp, b.vastgesteldOp),
    textChange('Vastgesteld door', a.vastgesteldDoor, b.vastgesteldDoor),
    dateChange('Herziendatum', a.herzienUiterlijk, b.herzienUiterlijk),
    dateChange('Vervallen op', a.vervallenOp, b.vervallenOp),
    textChange('Reden vervallen', a.redenVervallen, b.redenVervallen),
    a.vervangenDoor === b.vervangenDoor ? undefined : b.vervangenDoor ? `Vervangen door: ${b.vervangenDoor}` : 'Niet meer vervangen door een andere passage',
    ...listChanges('Gebruikt in', uses(a), uses(b), (x) => x),
    ...listChanges('Maatregel', a.maatregelen, b.maatregelen, names.maatregel),
    ...listChanges('Doelgroep', a.doelgroepen, b.doelgroepen, names.doelgroep),
    ...listChanges('Bron', a.bronnen, b.bronnen, bron),
  ]);
}

/** What changed in a measure, in words. */
export function compareMeasure(a: Maatregel, b: Maatregel, names: Names): Change[] {
  const bron = (id: string) => names.bron?.(id) ?? id;
  const steps = (m: Maatregel) => m.statusverloop.map((s) => `${s.status} op ${formatDate(s.datum)}`);
  return changes([
    textChange('Titel', a.titel, b.titel),
    a.samenvatting === b.samenvatting ? undefined : 'Samenvatting gewijzigd',
    a.status === b.status ? undefined : `Status gewijzigd van ${a.status} naar ${b.status}`,
    ...listChanges('Stap in het statusverloop', steps(a), steps(b), (x) => x),
    dateChange('Aangekondigd op', a.aangekondigdOp, b.aangekondigdOp),
    dateChange('Van kracht vanaf', a.vanKrachtVanaf, b.vanKrachtVanaf),
    dateChange('Tot en met', a.totEnMet, b.totEnMet),
    a.verantwoordelijk === b.verantwoordelijk ? undefined : `Verantwoordelijke directie gewijzigd van ${names.organisatie(a.verantwoordelijk)} naar ${names.organisatie(b.verantwoordelijk)}`,
    ...listChanges('Doelgroep', a.doelgroepen, b.doelgroepen, names.doelgroep),
    ...listChanges('Partner', a.partners, b.partners, names.organisatie),
    ...listChanges('Wettelijk kader', a.wettelijkKader, b.wettelijkKader, (x) => x),
    ...listChanges('Thema', a.themas, b.themas, (x) => x),
    ...listChanges('Bron', a.bronnen, b.bronnen, bron),
  ]);
}

export interface EntryComparison<D> {
  from: EntryVersion<D>;
  to: EntryVersion<D>;
  changes: Change[];
  body: BodyPart[][];
}

/** Compares two versions; one whose content could not be read says so. */
export function compareEntryVersions<D>(from: EntryVersion<D>, to: EntryVersion<D>, compare: (a: D, b: D) => Change[]): EntryComparison<D> {
  const a = from.snapshot.data;
  const b = to.snapshot.data;
  const list = a && b ? compare(a, b) : [{ onderdeel: ENTRY, text: `De versie ${a ? to.label : from.label} is niet te vergelijken: ${(a ? to : from).snapshot.probleem ?? 'de inhoud past niet in het model'}` }];
  return { from, to, changes: list, body: compareBody(from.snapshot.body, to.snapshot.body) };
}
