import { z } from 'astro/zod';
import { THEMAS, basisVelden, datum, enumeration, ref, refs } from './shared.ts';

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
  wettelijkKader: z.array(enumeration(WETTELIJKE_KADERS, 'wettelijk kader')).default([]),
  /** The responsible VWS directorate (an organisatie id). */
  verantwoordelijk: ref('organisaties', { outgoing: 'Verantwoordelijke directie', incoming: 'Verantwoordelijk voor maatregelen' }),
  partners: refs('organisaties', { outgoing: 'Partners', incoming: 'Partner bij maatregelen' }),
  bronnen: refs('bronnen', { outgoing: 'Bronnen', incoming: 'Bron van maatregelen' }),
  themas: z.array(enumeration(THEMAS, 'thema')).default([]),
});
export type Maatregel = z.output<typeof maatregelSchema>;
