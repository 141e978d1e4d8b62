/** Target groups: the groups of people the measures affect. */
import { z } from 'astro/zod';
import { basisVelden, ref } from '../schemas/shared.ts';
import { defineCollection } from './define.ts';

export const doelgroepSchema = z.strictObject({
  ...basisVelden,
  /** Words people search with for this group; indexed with the group and its entries. */
  synoniemen: z.array(z.string().trim().min(1)).default([]),
  /** A broader target group this one belongs to, e.g. "ouderen" within "kwetsbare personen". */
  onderdeelVan: ref('doelgroepen', { outgoing: 'Onderdeel van', incoming: 'Deelgroepen', chain: 'bovenliggende doelgroepen' }).optional(),
});
export type Doelgroep = z.output<typeof doelgroepSchema>;

export const doelgroepen = defineCollection({
  schema: doelgroepSchema,
  labels: { meervoud: 'Doelgroepen', enkelvoud: 'Doelgroep', inTekst: 'doelgroep', omschrijving: 'De groepen mensen die de maatregelen raken.' },
  navOrder: 3,
  approval: false,
  internalFeed: true,
  eventKinds: {},
});

declare module '../schemas/shared.ts' {
  interface CollectionNames {
    doelgroepen: true;
  }
}
