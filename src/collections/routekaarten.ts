/** Route maps: phases, dates, actions and owners per vulnerable target group. */
import { z } from 'astro/zod';
import { GOEDKEURING, ID_PATTERN, basisVelden, datum, enumeration, ref, refs } from '../schemas/shared.ts';
import { dateOrder, defineCollection, joinEntries, type RuleProblem } from './define.ts';

export const ACTIE_STATUSSEN = ['open', 'lopend', 'gereed', 'vervallen'] as const;
export type ActieStatus = (typeof ACTIE_STATUSSEN)[number];

export const actieSchema = z.strictObject({
  omschrijving: z.string().trim().min(3),
  /** Who acts: an organisatie id (a directorate such as DGLZ or MEVA, or a partner). */
  eigenaar: ref('organisaties', { outgoing: 'Eigenaren van acties', incoming: 'Acties in routekaarten' }),
  deadline: datum.optional(),
  status: enumeration(ACTIE_STATUSSEN, 'status van een actie').default('open'),
  /** The measure this action serves. */
  maatregel: ref('maatregelen', { outgoing: 'Maatregelen waar acties aan bijdragen', incoming: 'Acties in routekaarten' }).optional(),
});
export type Actie = z.output<typeof actieSchema>;

export const faseSchema = z.strictObject({
  /** Anchor within the route map page, e.g. "vanaf-8-juni". Defaults to the phase number. */
  id: z.string().regex(ID_PATTERN).optional(),
  titel: z.string().trim().min(1),
  van: datum.optional(),
  tot: datum.optional(),
  /** What changes in this phase, in a sentence or two. */
  omschrijving: z.string().optional(),
  /** Where the approach of this phase stands, when it is agreed separately from the route map ("ter afstemming", "vastgesteld"). */
  status: enumeration(GOEDKEURING, 'status van een fase').optional(),
  acties: z.array(actieSchema).default([]),
});
export type Fase = z.output<typeof faseSchema>;

export const routekaartSchema = z.strictObject({
  ...basisVelden,
  doelgroepen: z.array(ref('doelgroepen', { outgoing: 'Doelgroepen', incoming: 'Routekaarten' })).min(1, { error: 'noem minstens één doelgroep' }),
  versie: z.union([z.string(), z.number()]).transform(String),
  versiedatum: datum,
  status: enumeration(GOEDKEURING, 'status van een routekaart'),
  afgestemdMet: refs('organisaties', { outgoing: 'Afgestemd met', incoming: 'Afgestemd over routekaarten' }),
  fasen: z.array(faseSchema).min(1, { error: 'een routekaart heeft minstens één fase' }),
  bronnen: refs('bronnen', { outgoing: 'Bronnen', incoming: 'Bron van routekaarten' }),
});
export type Routekaart = z.output<typeof routekaartSchema>;

/** The anchor of a phase within its route map page: its `id`, or `fase-<n>`. */
export function faseAnchor(fase: { id?: string | undefined }, index: number): string {
  return fase.id ?? `fase-${index + 1}`;
}

export const routekaarten = defineCollection({
  schema: routekaartSchema,
  labels: { meervoud: 'Routekaarten', enkelvoud: 'Routekaart', inTekst: 'routekaart', omschrijving: 'Fasen, data, acties en eigenaren per kwetsbare doelgroep.' },
  navOrder: 1,
  approval: true,
  internalFeed: true,
  date: (d) => d.versiedatum,
  statusFilter: { name: 'routekaartstatus', label: 'Status van de routekaart' },
  eventKinds: {
    'fase-begint': 'Fase begint',
    'fase-eindigt': 'Fase eindigt',
    'actie-deadline': 'Deadline actie',
  },
  events: (d) =>
    d.fasen.flatMap((fase, f) => {
      const anchor = faseAnchor(fase, f);
      return [
        { datum: fase.van, soort: 'fase-begint' as const, label: `${d.titel}: ${fase.titel} begint`, anchor },
        { datum: fase.tot, soort: 'fase-eindigt' as const, label: `${d.titel}: ${fase.titel} eindigt`, anchor },
        ...fase.acties.map((actie) => ({ datum: actie.deadline, soort: 'actie-deadline' as const, label: actie.omschrijving, anchor, eigenaar: `organisaties/${actie.eigenaar}` as const })),
      ];
    }),
  rules: (d) => {
    const out: RuleProblem[] = [];
    const ids = new Set<string>();
    d.fasen.forEach((fase, f) => {
      out.push(...dateOrder(['fasen', f, 'tot'], fase.van, 'van', fase.tot, 'tot'));
      if (fase.id) {
        if (ids.has(fase.id)) out.push({ field: ['fasen', f, 'id'], message: `fase-id "${fase.id}" komt twee keer voor` });
        ids.add(fase.id);
      }
      const prev = d.fasen[f - 1];
      const prevStart = prev?.van ?? prev?.tot;
      const start = fase.van ?? fase.tot;
      if (prev && prevStart && start && start < prevStart) out.push({ field: ['fasen', f, 'van'], message: `fasen moeten op volgorde staan: "${fase.titel}" begint vóór "${prev.titel}"` });
    });
    return out;
  },
  summary: (d) => [
    { key: 'Doelgroepen', value: joinEntries(d.doelgroepen.map((id) => `doelgroepen/${id}` as const)) },
    { key: 'Versie', value: [`${d.versie} van `, { date: d.versiedatum }] },
    { key: 'Status', value: [{ status: d.status }] },
    ...(d.afgestemdMet.length > 0 ? [{ key: 'Afgestemd met', value: joinEntries(d.afgestemdMet.map((id) => `organisaties/${id}` as const)) }] : []),
  ],
});

declare module '../schemas/shared.ts' {
  interface CollectionNames {
    routekaarten: true;
  }
}
