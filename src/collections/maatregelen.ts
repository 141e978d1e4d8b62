/**
 * Measures: what applies, to whom, from when and on what legal basis; and what is true of a
 * measure on a given day (its status on the reference date, from its dated steps).
 */
import { z } from 'astro/zod';
import { basisVelden, datum, enumeration, ref, refs, term, type IsoDate } from '../schemas/shared.ts';
import { addDays, formatDate } from '../domain/dates.ts';
import type { Entry } from '../domain/types.ts';
import { dateOrder, defineCollection, type RuleProblem } from './define.ts';

export const MAATREGEL_STATUSSEN = ['voorgenomen', 'aangekondigd', 'van kracht', 'afgeschaald', 'beëindigd'] as const;
export type MaatregelStatus = (typeof MAATREGEL_STATUSSEN)[number];

export const WETTELIJKE_KADERS = [
  'Wmo 2015',
  'Wlz',
  'Jeugdwet',
  'Zvw',
  'Wpg',
  'Twm covid-19',
  'Participatiewet',
  'Wet kinderopvang',
  'geen wettelijke grondslag',
] as const;

const maatregelStatus = enumeration(MAATREGEL_STATUSSEN, 'status van een maatregel');

export const statusWijziging = z.strictObject({
  datum,
  status: maatregelStatus,
  toelichting: z.string().optional(),
});

export const maatregelSchema = z.strictObject({
  ...basisVelden,
  samenvatting: z.string({ error: 'samenvatting ontbreekt: schrijf in één of twee zinnen wat de maatregel inhoudt' }).trim().min(1),
  /** The current status. When `statusverloop` is given, its last step must have this status. */
  status: maatregelStatus,
  statusverloop: z.array(statusWijziging).default([]),
  aangekondigdOp: datum.optional(),
  vanKrachtVanaf: datum.optional(),
  totEnMet: datum.optional(),
  doelgroepen: z.array(ref('doelgroepen', { outgoing: 'Doelgroepen', incoming: 'Maatregelen' })).min(1, { error: 'noem minstens één doelgroep' }),
  wettelijkKader: z.array(enumeration(WETTELIJKE_KADERS, 'wettelijk kader', 'het')).default([]),
  /** The responsible VWS directorate (an organisatie id). */
  verantwoordelijk: ref('organisaties', { outgoing: 'Verantwoordelijke directie', incoming: 'Verantwoordelijk voor maatregelen' }),
  partners: refs('organisaties', { outgoing: 'Partners', incoming: 'Partner bij maatregelen' }),
  bronnen: refs('bronnen', { outgoing: 'Bronnen', incoming: 'Bron van maatregelen' }),
  themas: z.array(term('themas')).default([]),
});
export type Maatregel = z.output<typeof maatregelSchema>;
type MeasureDates = Pick<Maatregel, 'status' | 'statusverloop' | 'aangekondigdOp' | 'vanKrachtVanaf' | 'totEnMet'>;

export interface StatusOnDate {
  /** The status on the date. */
  status: MaatregelStatus;
  /** Since when, when known. */
  since?: IsoDate;
  /** The next known change after the date ("van kracht vanaf 1 juni 2020"). */
  next?: { status: MaatregelStatus; date: IsoDate };
}

/**
 * Dated steps of a measure, in order: its `statusverloop`, and the dedicated date fields
 * (`aangekondigdOp` → aangekondigd, `vanKrachtVanaf` → van kracht, the day after `totEnMet` → the
 * author's final status when that is afgeschaald or beëindigd).
 */
export function measureSteps(d: MeasureDates): { date: IsoDate; status: MaatregelStatus }[] {
  const steps = d.statusverloop.map((s) => ({ date: s.datum, status: s.status }));
  const has = (status: MaatregelStatus) => steps.some((s) => s.status === status);
  if (d.aangekondigdOp && !has('aangekondigd')) steps.push({ date: d.aangekondigdOp, status: 'aangekondigd' });
  if (d.vanKrachtVanaf && !has('van kracht')) steps.push({ date: d.vanKrachtVanaf, status: 'van kracht' });
  if (d.totEnMet && (d.status === 'beëindigd' || d.status === 'afgeschaald') && !has(d.status)) steps.push({ date: addDays(d.totEnMet, 1), status: d.status });
  // Stable sort: on the same day the order written wins.
  return steps.map((s, i) => ({ ...s, i })).sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i).map(({ date, status }) => ({ date, status }));
}

/**
 * The author's data behind a measure returned by `measureOn`: its steps still need the author's
 * final status (an end after `totEnMet`), so asking a measure as of one date about another date
 * gives the same answer as asking the original.
 */
const authored = new WeakMap<object, MeasureDates>();

/** A measure's status on `date`, from its steps; the author's status when nothing is dated. */
export function measureStatusOn(measure: MeasureDates, date: IsoDate): StatusOnDate {
  const d = authored.get(measure) ?? measure;
  const steps = measureSteps(d);
  if (steps.length === 0) return { status: d.status };
  // A measure recorded as ended (beëindigd, afgeschaald), seen on a date before its first dated
  // step, is a record written after the fact, as its text says ("de uitzondering is vervallen"):
  // nothing says it was planned on that date, so it is never "voorgenomen" then, and it shows its
  // end, not steps "to come" that its own text describes as past.
  if (isEndStatus(d.status) && !steps.some((s) => s.date <= date)) {
    const end = steps.filter((s) => s.status === d.status).at(-1) ?? steps.at(-1)!;
    return { status: d.status, since: end.date };
  }
  const past = steps.filter((s) => s.date <= date);
  const future = steps.filter((s) => s.date > date);
  const next = future[0];
  const current = past.at(-1);
  return {
    status: current?.status ?? 'voorgenomen',
    ...(current ? { since: current.date } : {}),
    ...(next ? { next: { status: next.status, date: next.date } } : {}),
  };
}

/** Beëindigd and afgeschaald: the statuses that end a measure (the registry's `ended`). */
export function isEndStatus(status: MaatregelStatus): boolean {
  return status === 'beëindigd' || status === 'afgeschaald';
}

/** The measure as it stands on `date`: its `status` replaced by the status on that day. */
export function measureOn<E extends Entry<'maatregelen'>>(entry: E, date: IsoDate): E {
  const status = measureStatusOn(entry.data, date).status;
  if (status === entry.data.status) return entry;
  const data = { ...entry.data, status };
  authored.set(data, authored.get(entry.data) ?? entry.data);
  return { ...entry, data };
}

/** "van kracht vanaf 1 juni 2020": the next step of a measure, in words. */
export function nextStepLabel(next: { status: MaatregelStatus; date: IsoDate }): string {
  return `${next.status} vanaf ${formatDate(next.date)}`;
}

export const maatregelen = defineCollection({
  schema: maatregelSchema,
  labels: { meervoud: 'Maatregelen', enkelvoud: 'Maatregel', inTekst: 'maatregel', omschrijving: 'Wat er geldt, voor wie, vanaf wanneer en op grond waarvan.' },
  navOrder: 2,
  approval: false,
  internalFeed: true,
  date: (d) => d.vanKrachtVanaf ?? d.aangekondigdOp,
  statusFilter: { name: 'maatregelstatus', label: 'Status van de maatregel' },
  ended: (d) => isEndStatus(d.status),
  eventKinds: {
    'maatregel-aangekondigd': 'Aangekondigd',
    'maatregel-van-kracht': 'Van kracht',
    'maatregel-tot-en-met': 'Laatste dag',
    'maatregel-status': 'Status gewijzigd',
  },
  events: (d) => [
    { datum: d.aangekondigdOp, soort: 'maatregel-aangekondigd', label: `${d.titel}: aangekondigd` },
    { datum: d.vanKrachtVanaf, soort: 'maatregel-van-kracht', label: `${d.titel}: van kracht` },
    { datum: d.totEnMet, soort: 'maatregel-tot-en-met', label: `${d.titel}: laatste dag` },
    ...d.statusverloop
      // Avoid echoing the dedicated date fields.
      .filter((stap) => !((stap.status === 'van kracht' && stap.datum === d.vanKrachtVanaf) || (stap.status === 'aangekondigd' && stap.datum === d.aangekondigdOp)))
      .map((stap) => ({ datum: stap.datum, soort: 'maatregel-status' as const, label: `${d.titel}: ${stap.status}${stap.toelichting ? ` (${stap.toelichting})` : ''}` })),
  ],
  rules: (d) => {
    const out: RuleProblem[] = [
      ...dateOrder(['totEnMet'], d.vanKrachtVanaf, 'vanKrachtVanaf', d.totEnMet, 'totEnMet'),
      ...dateOrder(['vanKrachtVanaf'], d.aangekondigdOp, 'aangekondigdOp', d.vanKrachtVanaf, 'vanKrachtVanaf'),
    ];
    d.statusverloop.forEach((stap, i) => {
      const prev = d.statusverloop[i - 1];
      if (prev && stap.datum < prev.datum) out.push({ field: ['statusverloop', i, 'datum'], message: `het statusverloop moet op datum staan: ${stap.datum} komt na ${prev.datum}` });
    });
    const last = d.statusverloop.at(-1);
    if (last && last.status !== d.status) out.push({ field: ['status'], message: `status is "${d.status}", maar de laatste stap in statusverloop is "${last.status}" (${last.datum})` });
    return out;
  },
  // The Site holds measures as of the reference date (`measureOn`), so `status` is the status on
  // that day; the next known step is said beside it ("van kracht vanaf 1 juni 2020").
  summary: (d, { peildatum }) => {
    const onDate = measureStatusOn(d, peildatum);
    // An ended measure says when it ended ("beëindigd op 28 april 2021"); nothing of it is planned.
    const ended = isEndStatus(onDate.status);
    return [
      ended && onDate.since ? {
        key: 'Status',
        data: { 'data-measure-status': onDate.status },
        value: [{ status: onDate.status }, ' op ', { date: onDate.since }],
      } : {
        key: `Status op ${formatDate(peildatum)}`,
        data: { 'data-measure-status': onDate.status },
        value: [
          { status: onDate.status },
          ...(onDate.since ? [' sinds ', { date: onDate.since }] : []),
          ...(onDate.next ? [{ span: ['Volgende stap: ', { strong: [nextStepLabel(onDate.next)] }], class: 'context', data: { 'data-measure-next': '' } }] : []),
        ],
      },
      ...(d.aangekondigdOp ? [{ key: 'Aangekondigd', value: [{ date: d.aangekondigdOp }] }] : []),
      ...(d.vanKrachtVanaf ? [{ key: d.vanKrachtVanaf > peildatum && !ended ? 'Van kracht vanaf (gepland)' : 'Van kracht vanaf', value: [{ date: d.vanKrachtVanaf }] }] : []),
      ...(d.totEnMet ? [{ key: 'Tot en met', value: [{ date: d.totEnMet }] }] : []),
      ...(d.wettelijkKader.length > 0 ? [{ key: 'Wettelijk kader', value: [d.wettelijkKader.join(', ')] }] : []),
      { key: 'Verantwoordelijk', value: [{ entry: `organisaties/${d.verantwoordelijk}` as const }] },
    ];
  },
});

declare module '../schemas/shared.ts' {
  interface CollectionNames {
    maatregelen: true;
  }
}
