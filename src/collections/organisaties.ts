/** Organisations: VWS directorates (owners of actions) and partners (consulted parties). */
import { z } from 'astro/zod';
import { basisVelden, enumeration } from '../schemas/shared.ts';
import { defineCollection } from './define.ts';

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

const SOORT_LABELS: Record<(typeof ORGANISATIE_SOORTEN)[number], string> = {
  directie: 'Directie van VWS',
  ministerie: 'Ministerie',
  koepelorganisatie: 'Koepelorganisatie',
  clientorganisatie: 'Cliëntorganisatie',
  kennisinstituut: 'Kennisinstituut',
  uitvoeringsorganisatie: 'Uitvoeringsorganisatie',
  overleg: 'Overleg',
};

export const organisaties = defineCollection({
  schema: organisatieSchema,
  labels: { meervoud: 'Organisaties', enkelvoud: 'Organisatie', inTekst: 'organisatie', omschrijving: 'Directies en partners: eigenaren van acties en afstemmingspartijen.' },
  navOrder: 7,
  approval: false,
  internalFeed: true,
  eventKinds: {},
  summary: (d) => [
    { key: 'Soort', value: [SOORT_LABELS[d.soort]] },
    ...(d.afkorting ? [{ key: 'Afkorting', value: [d.afkorting] }] : []),
    ...(d.website ? [{ key: 'Website', value: [{ href: d.website, text: d.website }] }] : []),
  ],
});

declare module '../schemas/shared.ts' {
  interface CollectionNames {
    organisaties: true;
  }
}
