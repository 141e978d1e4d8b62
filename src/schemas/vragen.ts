import { z } from 'astro/zod';
import { GOEDKEURING, THEMAS, basisVelden, datum, enumeration, refs } from './shared.ts';

/** Q&A: `titel` is the question, the body is the answer. */
export const vraagSchema = z.strictObject({
  ...basisVelden,
  status: enumeration(GOEDKEURING, 'status van een vraag'),
  doelgroepen: refs('doelgroepen', { outgoing: 'Doelgroepen', incoming: 'Vragen en antwoorden' }),
  maatregelen: refs('maatregelen', { outgoing: 'Maatregelen', incoming: 'Vragen en antwoorden' }),
  themas: z.array(enumeration(THEMAS, 'thema')).default([]),
  laatstGecontroleerd: datum,
  bronnen: refs('bronnen', { outgoing: 'Bronnen', incoming: 'Bron van vragen en antwoorden' }),
});
export type Vraag = z.output<typeof vraagSchema>;
