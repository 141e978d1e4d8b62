/**
 * Versions of a route map and what changed between two of them, in the words staff use in a
 * meeting ("Actie toegevoegd: …", "Deadline verschoven van 2 juni naar 8 juni 2020", "Eigenaar
 * gewijzigd van DMO naar VNG", "Fase 2 is nu vastgesteld"), computed from the structured data of
 * each version, not from a text diff. Only the body (free text) is compared word by word, for a
 * tracked-changes view (`diff`'s diffWords, the well-kept jsdiff).
 *
 * Pure: the versions come in as data (src/load/git-history.ts reads a file's past contents from
 * git, src/data/versions.ts parses them); names of organisations and measures come in as a
 * function.
 */
import { diffWords, type ChangeObject } from 'diff';
import type { IsoDate } from '../schemas/index.ts';
import type { Actie, Fase, Routekaart } from '../collections/routekaarten.ts';
import { formatDate, toUtc } from './dates.ts';
import { formatPeriod } from './routemaps.ts';
import { faseAnchor } from './timeline.ts';
import { sinceVersion, type SinceKind } from './changes-since.ts';

/** The parts of a route map that versions are compared on. */
export type RoutemapData = Pick<Routekaart, 'titel' | 'versie' | 'versiedatum' | 'status' | 'doelgroepen' | 'afgestemdMet' | 'fasen'> & { samenvatting?: string | undefined; bronnen?: readonly string[] | undefined };

/** One state of a route map file: a commit's content, or the content being built. */
export interface Snapshot {
  /** The commit (full hash), or undefined for the content being built (the working tree). */
  commit?: string | undefined;
  /** When it was committed (calendar date); for the working tree, undefined. */
  vastgelegdOp?: IsoDate | undefined;
  /** Commit subject. */
  onderwerp?: string | undefined;
  /** The route map as it was; undefined when that content no longer fits the model. */
  data?: RoutemapData | undefined;
  body: string;
  /** Why `data` is missing (the content did not parse or validate). */
  probleem?: string | undefined;
}

/** A version as staff know it: one `versie` value, its latest content. */
export interface Version {
  /** URL segment, e.g. "0-6" (unique within the route map). */
  slug: string;
  versie: string;
  /** `versiedatum` of that version, or its commit date when the content could not be read. */
  datum: IsoDate | undefined;
  status?: string | undefined;
  /** Change notes: the authors' `wijzigingen` of this version, or else its commit subjects. */
  notities: string[];
  /** The content being built (the newest version). */
  huidig: boolean;
  snapshot: Snapshot;
}

/** What changed, in one sentence; `actie` names the action concerned, `onderdeel` where it is. */
export interface Change {
  onderdeel: string;
  /** Anchor of the phase on the route map page, when the change is in a phase that still exists. */
  anchor?: string | undefined;
  text: string;
  actie?: string | undefined;
  /**
   * The place in the newer version that changed, for change bars: `<phase anchor>/<n>` for its
   * n-th action (0-based, as written), the phase anchor for the phase itself.
   */
  plek?: string | undefined;
}

export interface BodyPart {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

export interface Comparison {
  from: Version;
  to: Version;
  changes: Change[];
  /** Paragraphs of the body with words marked added/removed; empty when the body did not change. */
  body: BodyPart[][];
}

export interface Names {
  organisatie(id: string): string;
  maatregel(id: string): string;
  doelgroep(id: string): string;
  bron?(id: string): string;
}

const ROUTEMAP = 'Routekaart';

/**
 * Versions from a file's snapshots (newest first: the working tree, then the commits as git lists
 * them), one per `versie` value: snapshots with the same `versie` are one version, its content the
 * newest of them. Newest first. `notes` are the current content's `wijzigingen`:
 * each goes with the version whose `versiedatum` is the first on or after the note's date; a
 * version without notes shows its commit subjects.
 */
export function versionsOf(snapshots: readonly Snapshot[], notes: readonly { datum: IsoDate; notitie: string }[] = []): Version[] {
  // One version per `versie` value: a number used again (or kept over several commits) is the
  // same version, its content the newest.
  const groups: { versie: string; snapshots: Snapshot[] }[] = [];
  const byVersie = new Map<string, { versie: string; snapshots: Snapshot[] }>();
  for (const snapshot of snapshots) {
    const versie = snapshot.data?.versie ?? (snapshot.commit ? `vastlegging ${snapshot.commit.slice(0, 7)}` : '?');
    const group = byVersie.get(versie);
    if (group) group.snapshots.push(snapshot);
    else {
      const created = { versie, snapshots: [snapshot] };
      byVersie.set(versie, created);
      groups.push(created);
    }
  }
  const used = new Set<string>();
  const versions = groups.map((group, i): Version => {
    const newest = group.snapshots[0]!;
    const datum = newest.data?.versiedatum ?? newest.vastgelegdOp ?? group.snapshots.find((s) => s.vastgelegdOp)?.vastgelegdOp;
    const base = group.versie.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'versie';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    const subjects = group.snapshots.map((s) => s.onderwerp).filter((s): s is string => Boolean(s));
    return { slug, versie: group.versie, datum, status: newest.data?.status, notities: [...new Set(subjects)].reverse(), huidig: i === 0 && newest.commit === undefined, snapshot: newest };
  });
  // Authors' notes: with the oldest version dated on or after the note. A version with notes of
  // its authors shows those; commit subjects (often generated by the CMS) only stand in for none.
  const authored = new Map<Version, string[]>();
  for (const note of notes) {
    // The earliest version dated on or after the note; of equally dated ones, the newest.
    let target: Version | undefined;
    for (const v of versions) if (v.datum !== undefined && v.datum >= note.datum && (!target || v.datum < target.datum!)) target = v;
    target ??= versions[0];
    if (target) authored.set(target, [...(authored.get(target) ?? []), note.notitie]);
  }
  for (const [version, list] of authored) version.notities = [...new Set(list)];
  return versions;
}

/** "2 juni" when both dates are in the same year, else "2 juni 2019"; the second date in full. */
function fromTo(a: IsoDate, b: IsoDate): string {
  const sameYear = a.slice(0, 4) === b.slice(0, 4);
  const first = sameYear ? dayMonth.format(toUtc(a)) : formatDate(a);
  return `van ${first} naar ${formatDate(b)}`;
}
const dayMonth = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** Action text as a short subject for a change line. */
export function short(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max * 0.6 ? cut.lastIndexOf(' ') : max)}…`;
}

/** Word similarity of two texts, 0…1: the share of words they have in common (diffWords). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const count = (s: string) => s.split(/\s+/).filter(Boolean).length;
  let common = 0;
  for (const p of diffWords(norm(a), norm(b))) if (!p.added && !p.removed) common += 2 * count(p.value);
  const all = count(norm(a)) + count(norm(b));
  return all === 0 ? 1 : common / all;
}

interface Located {
  actie: Actie;
  fase: number;
  /** Position within its phase, as written. */
  index?: number;
}

/**
 * Pairs the actions of two versions: the same action reworded, moved to another phase or given
 * to another owner is one action changed, not one removed and one added. Score: description
 * similarity, plus a little for the same owner, measure and phase; pairs are taken best first.
 */
export function matchActions(before: readonly Located[], after: readonly Located[], phaseMap: ReadonlyMap<number, number>): [number, number][] {
  const candidates: { i: number; j: number; score: number }[] = [];
  before.forEach((a, i) =>
    after.forEach((b, j) => {
      const text = similarity(a.actie.omschrijving, b.actie.omschrijving);
      const sameOwner = a.actie.eigenaar === b.actie.eigenaar;
      const samePhase = phaseMap.get(a.fase) === b.fase;
      const sameMeasure = a.actie.maatregel === b.actie.maatregel;
      // Reworded but recognisable, or lightly reworded in the same place with the same owner.
      const acceptable = text >= 0.5 || (text >= 0.3 && sameOwner && samePhase);
      if (!acceptable) return;
      candidates.push({ i, j, score: text + (sameOwner ? 0.15 : 0) + (samePhase ? 0.1 : 0) + (sameMeasure ? 0.05 : 0) });
    }),
  );
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (takenA.has(c.i) || takenB.has(c.j)) continue;
    takenA.add(c.i);
    takenB.add(c.j);
    pairs.push([c.i, c.j]);
  }
  return pairs;
}

/** Pairs phases: by `id` when both have one, else by title, else by period, else by position. */
export function matchPhases(before: readonly Fase[], after: readonly Fase[]): Map<number, number> {
  const map = new Map<number, number>();
  const taken = new Set<number>();
  const pass = (same: (a: Fase, b: Fase, i: number, j: number) => boolean) => {
    before.forEach((a, i) => {
      if (map.has(i)) return;
      const j = after.findIndex((b, jj) => !taken.has(jj) && same(a, b, i, jj));
      if (j >= 0) {
        map.set(i, j);
        taken.add(j);
      }
    });
  };
  pass((a, b) => a.id !== undefined && a.id === b.id);
  pass((a, b) => a.titel.trim().toLowerCase() === b.titel.trim().toLowerCase());
  pass((a, b) => (a.van !== undefined || a.tot !== undefined) && a.van === b.van && a.tot === b.tot);
  pass((a, b, i, j) => i === j && (a.id === undefined || b.id === undefined));
  return map;
}

/** Where an action is, for change bars: its phase's anchor and its position in the phase. */
export const actionPlace = (fase: Fase, phase: number, index: number): string => `${faseAnchor(fase, phase)}/${index}`;

const phaseName = (fase: Fase, index: number) => `Fase ${index + 1} (${fase.titel})`;

function listDiff(before: readonly string[], after: readonly string[]) {
  return { added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) };
}

const joinNames = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`);

/** What changed from `a` to `b`, in sentences, grouped by the part of the route map. */
export function compareData(a: RoutemapData, b: RoutemapData, names: Names): Change[] {
  const changes: Change[] = [];
  const top = (text: string) => changes.push({ onderdeel: ROUTEMAP, text });

  if (a.titel !== b.titel) top(`Titel gewijzigd van "${a.titel}" naar "${b.titel}"`);
  if (a.status !== b.status) top(b.status === 'vastgesteld' ? 'De routekaart is nu vastgesteld' : b.status === 'vervallen' ? 'De routekaart is vervallen' : `Status gewijzigd van ${a.status} naar ${b.status}`);
  if ((a.samenvatting ?? '') !== (b.samenvatting ?? '')) top('Samenvatting gewijzigd');
  const groups = listDiff(a.doelgroepen, b.doelgroepen);
  if (groups.added.length) top(`Doelgroep toegevoegd: ${joinNames(groups.added.map(names.doelgroep))}`);
  if (groups.removed.length) top(`Doelgroep verwijderd: ${joinNames(groups.removed.map(names.doelgroep))}`);
  const partners = listDiff(a.afgestemdMet, b.afgestemdMet);
  if (partners.added.length) top(`Nu ook afgestemd met ${joinNames(partners.added.map(names.organisatie))}`);
  if (partners.removed.length) top(`Niet meer genoemd bij "afgestemd met": ${joinNames(partners.removed.map(names.organisatie))}`);
  const sources = listDiff(a.bronnen ?? [], b.bronnen ?? []);
  const bron = (id: string) => names.bron?.(id) ?? id;
  if (sources.added.length) top(`Bron toegevoegd: ${joinNames(sources.added.map(bron))}`);
  if (sources.removed.length) top(`Bron verwijderd: ${joinNames(sources.removed.map(bron))}`);

  const phases = matchPhases(a.fasen, b.fasen);
  const reverse = new Map([...phases].map(([i, j]) => [j, i]));
  // Phase changes, in the order of the newer version; removed phases after them.
  b.fasen.forEach((fb, j) => {
    const where = { onderdeel: phaseName(fb, j), anchor: faseAnchor(fb, j), plek: faseAnchor(fb, j) };
    const i = reverse.get(j);
    if (i === undefined) {
      changes.push({ ...where, text: `Fase toegevoegd: ${fb.titel} (${formatPeriod(fb)})` });
      return;
    }
    const fa = a.fasen[i]!;
    if (fa.titel !== fb.titel) changes.push({ ...where, text: `Titel van de fase gewijzigd van "${fa.titel}" naar "${fb.titel}"` });
    if (fa.van !== fb.van || fa.tot !== fb.tot) changes.push({ ...where, text: `Periode gewijzigd van ${formatPeriod(fa)} naar ${formatPeriod(fb)}` });
    if ((fa.omschrijving ?? '') !== (fb.omschrijving ?? '')) changes.push({ ...where, text: fb.omschrijving ? `Omschrijving van de fase gewijzigd: "${short(fb.omschrijving, 160)}"` : 'Omschrijving van de fase verwijderd' });
    if (fa.status !== fb.status) {
      const text = fb.status === 'vastgesteld' ? `Fase ${j + 1} is nu vastgesteld` : fb.status === undefined ? `Fase ${j + 1} heeft geen eigen status meer (was ${fa.status})` : fa.status === undefined ? `Fase ${j + 1} is nu ${fb.status}` : `Status van fase ${j + 1} gewijzigd van ${fa.status} naar ${fb.status}`;
      changes.push({ ...where, text });
    }
    if (i !== j) changes.push({ ...where, text: `Fase verplaatst: was fase ${i + 1}, is nu fase ${j + 1}` });
  });
  a.fasen.forEach((fa, i) => {
    if (!phases.has(i)) changes.push({ onderdeel: phaseName(fa, i), text: `Fase verwijderd: ${fa.titel} (${formatPeriod(fa)})` });
  });

  // Actions, matched across the whole route map.
  const flat = (d: RoutemapData): Located[] => d.fasen.flatMap((fase, f) => fase.acties.map((actie, index) => ({ actie, fase: f, index })));
  const before = flat(a);
  const after = flat(b);
  const pairs = matchActions(before, after, phases);
  const pairedA = new Set(pairs.map(([i]) => i));
  const pairedB = new Map(pairs.map(([i, j]) => [j, i]));
  after.forEach((nb, j) => {
    const fb = b.fasen[nb.fase]!;
    const where = { onderdeel: phaseName(fb, nb.fase), anchor: faseAnchor(fb, nb.fase), plek: actionPlace(fb, nb.fase, nb.index ?? 0) };
    const subject = short(nb.actie.omschrijving);
    const i = pairedB.get(j);
    if (i === undefined) {
      const extra = [names.organisatie(nb.actie.eigenaar), nb.actie.deadline ? `uiterlijk ${formatDate(nb.actie.deadline)}` : undefined].filter(Boolean).join(', ');
      changes.push({ ...where, text: `Actie toegevoegd: ${subject} (${extra})`, actie: nb.actie.omschrijving });
      return;
    }
    const na = before[i]!;
    const x = na.actie;
    const y = nb.actie;
    const add = (text: string) => changes.push({ ...where, text, actie: y.omschrijving });
    if (phases.get(na.fase) !== nb.fase) add(`Actie verplaatst van ${phaseName(a.fasen[na.fase]!, na.fase)} naar ${phaseName(fb, nb.fase)}: ${subject}`);
    if (x.omschrijving !== y.omschrijving) add(`Actie anders omschreven: ${subject}`);
    if (x.deadline !== y.deadline) {
      if (x.deadline && y.deadline) add(`Deadline ${y.deadline > x.deadline ? 'verschoven' : 'vervroegd'} ${fromTo(x.deadline, y.deadline)}: ${subject}`);
      else if (y.deadline) add(`Deadline toegevoegd, uiterlijk ${formatDate(y.deadline)}: ${subject}`);
      else add(`Deadline vervallen (was ${formatDate(x.deadline!)}): ${subject}`);
    }
    if (x.eigenaar !== y.eigenaar) add(`Eigenaar gewijzigd van ${names.organisatie(x.eigenaar)} naar ${names.organisatie(y.eigenaar)}: ${subject}`);
    if (x.status !== y.status) add(y.status === 'gereed' ? `Actie gereed: ${subject}` : y.status === 'vervallen' ? `Actie vervallen: ${subject}` : `Status van actie gewijzigd van ${x.status} naar ${y.status}: ${subject}`);
    if ((x.maatregel ?? '') !== (y.maatregel ?? '')) {
      const m = (id: string | undefined) => (id ? names.maatregel(id) : 'geen');
      add(`Maatregel gewijzigd van ${m(x.maatregel)} naar ${m(y.maatregel)}: ${subject}`);
    }
  });
  before.forEach((na, i) => {
    if (pairedA.has(i)) return;
    const fa = a.fasen[na.fase]!;
    const j = phases.get(na.fase);
    const fb = j === undefined ? undefined : b.fasen[j];
    changes.push({ onderdeel: fb && j !== undefined ? phaseName(fb, j) : phaseName(fa, na.fase), ...(fb && j !== undefined ? { anchor: faseAnchor(fb, j), plek: faseAnchor(fb, j) } : {}), text: `Actie verwijderd: ${short(na.actie.omschrijving)} (${names.organisatie(na.actie.eigenaar)})`, actie: na.actie.omschrijving });
  });
  // Route map first, then the phases in the order of the newer version.
  const order = new Map<string, number>([[ROUTEMAP, -1], ...b.fasen.map((f, j) => [phaseName(f, j), j] as [string, number])]);
  return changes.map((c, n) => ({ c, n })).sort((p, q) => (order.get(p.c.onderdeel) ?? 1e6) - (order.get(q.c.onderdeel) ?? 1e6) || p.n - q.n).map((p) => p.c);
}

/**
 * Markdown as the words a reader sees, for comparing: emphasis markers, link targets, heading and
 * quote marks and HTML comments left out. A reading aid for the tracked-changes view only; the
 * page itself renders the body with the full Markdown pipeline.
 */
export function readable(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/^[ \t]{0,3}(?:#{1,6}|>)[ \t]?/gm, '')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/**
 * The body of two versions word by word, per paragraph (blank-line separated), for a tracked
 * changes view: unchanged paragraphs are kept (as context), added and removed words marked.
 * Empty when the bodies are the same (ignoring trailing whitespace).
 */
export function compareBody(a: string, b: string): BodyPart[][] {
  if (a.trim() === b.trim()) return [];
  const parts: ChangeObject<string>[] = diffWords(readable(a), readable(b));
  const paragraphs: BodyPart[][] = [[]];
  for (const part of parts) {
    const kind: BodyPart['kind'] = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const pieces = part.value.split(/\n\s*\n/);
    pieces.forEach((piece, n) => {
      if (n > 0) paragraphs.push([]);
      if (piece) paragraphs.at(-1)!.push({ text: piece, kind });
    });
  }
  return paragraphs.filter((p) => p.some((x) => x.text.trim()));
}

/** Compares two versions; a version whose content could not be read has only its problem to say. */
export function compareVersions(from: Version, to: Version, names: Names): Comparison {
  const a = from.snapshot.data;
  const b = to.snapshot.data;
  const changes = a && b ? compareData(a, b, names) : [{ onderdeel: ROUTEMAP, text: `Versie ${a ? to.versie : from.versie} is niet te vergelijken: ${(a ? to : from).snapshot.probleem ?? 'de inhoud past niet in het model'}` }];
  return { from, to, changes, body: compareBody(from.snapshot.body, to.snapshot.body) };
}

/** What changed in a route map since a date (the last meeting): see `sinceVersion`. */
export interface ChangesSince {
  /** The date asked about. */
  sinds: IsoDate;
  soort: SinceKind;
  from: Version;
  current: Version;
  changes: Change[];
}

/** What changed since `date`: from the version in force then (or the oldest known) to the current one. */
export function changesSince(versions: readonly Version[], date: IsoDate, compare: (from: Version) => Change[]): ChangesSince {
  const { soort, from, current } = sinceVersion(versions, date);
  return { sinds: date, soort, from, current, changes: from === current ? [] : compare(from) };
}

/** The places (action and phase `plek`s) that changed, for change bars. */
export function changedPlaces(changes: readonly Change[]): Set<string> {
  return new Set(changes.flatMap((c) => (c.plek ? [c.plek] : [])));
}
