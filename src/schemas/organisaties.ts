import { z } from 'astro/zod';
import { basisVelden, enumeration } from './shared.ts';

/** Soorten organisaties: VWS-directies als eigenaar van acties, partners als afstemmingspartij. */
export const ORGANISATIE_SOORTEN = [
  'directie',
  'ministerie',
  'koepelorganisatie',
  'clientorganisatie',
  'kennisinstituut',
  'uitvoeringsorganisatie',
  'overleg',
] as const;

export const organisatieSchema = z.strictObject({
  ...basisVelden,
  afkorting: z.string().trim().min(1).optional(),
  soort: enumeration(ORGANISATIE_SOORTEN, 'soort organisatie'),
  website: z.url({ error: 'website moet een volledige URL zijn (https://…)' }).optional(),
});
export type Organisatie = z.output<typeof organisatieSchema>;
