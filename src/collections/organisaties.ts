/** Organisations: VWS directorates (owners of actions) and partners (consulted parties). */
import { z } from 'astro/zod';
import { basisVelden, term } from '../schemas/shared.ts';
import { defineCollection } from './define.ts';

export const organisatieSchema = z.strictObject({
  ...basisVelden,
  afkorting: z.string().trim().min(1).optional(),
  /** Directies als eigenaar van acties, partners als afstemmingspartij: content/_vocabulaires/organisatiesoorten.yml. */
  soort: term('organisatiesoorten'),
  website: z.url({ error: 'website moet een volledige URL zijn (https://…)' }).optional(),
});
export type Organisatie = z.output<typeof organisatieSchema>;

export const organisaties = defineCollection({
  schema: organisatieSchema,
  labels: { meervoud: 'Organisaties', enkelvoud: 'Organisatie', inTekst: 'organisatie', omschrijving: 'Directies en partners: eigenaren van acties en afstemmingspartijen.' },
  navOrder: 7,
  approval: false,
  internalFeed: true,
  eventKinds: {},
  summary: (d, { label }) => [
    { key: 'Soort', value: [label('organisatiesoorten', d.soort)] },
    ...(d.afkorting ? [{ key: 'Afkorting', value: [d.afkorting] }] : []),
    ...(d.website ? [{ key: 'Website', value: [{ href: d.website, text: d.website }] }] : []),
  ],
});

declare module '../schemas/shared.ts' {
  interface CollectionNames {
    organisaties: true;
  }
}
