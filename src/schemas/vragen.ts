import { z } from 'astro/zod';
import { GOEDKEURING, THEMAS, basisVelden, datum, enumeration, refs } from './shared.ts';

/** Q&A: `titel` is the question, the body is the answer. */
export const vraagSchema = z.strictObject({
  ...basisVelden,
  status: enumeration(GOEDKEURING, 'status van een vraag'),
  doelgroepen: refs,
  maatregelen: refs,
  themas: z.array(enumeration(THEMAS, 'thema')).default([]),
  laatstGecontroleerd: datum,
  bronnen: refs,
});
export type Vraag = z.output<typeof vraagSchema>;
