import { z } from 'astro/zod';
import { basisVelden, ref } from './shared.ts';

export const doelgroepSchema = z.strictObject({
  ...basisVelden,
  /** Words people search with for this group; indexed with the group and its entries. */
  synoniemen: z.array(z.string().trim().min(1)).default([]),
  /** A broader target group this one belongs to, e.g. "ouderen" within "kwetsbare personen". */
  onderdeelVan: ref('doelgroepen', { outgoing: 'Onderdeel van', incoming: 'Deelgroepen', chain: 'bovenliggende doelgroepen' }).optional(),
});
export type Doelgroep = z.output<typeof doelgroepSchema>;
