import { z } from 'astro/zod';
import { GOEDKEURING, basisVelden, datum, enumeration, refs, term } from '../schemas/shared.ts';
import { defineCollection } from './define.ts';

/** Q&A: `titel` is the question, the body is the answer. */
export const vraagSchema = z.strictObject({
  ...basisVelden,
  status: enumeration(GOEDKEURING, 'status van een vraag'),
  doelgroepen: refs('doelgroepen', { outgoing: 'Doelgroepen', incoming: 'Vragen en antwoorden' }),
  maatregelen: refs('maatregelen', { outgoing: 'Maatregelen', incoming: 'Vragen en antwoorden' }),
  themas: z.array(term('themas')).default([]),
  laatstGecontroleerd: datum,
  bronnen: refs('bronnen', { outgoing: 'Bronnen', incoming: 'Bron van vragen en antwoorden' }),
  // Shown first under "Gerelateerde vragen" (src/domain/answers.ts), before the derived ones.
  gerelateerdeVragen: refs('vragen', { outgoing: 'Gerelateerde vragen', incoming: 'Genoemd als gerelateerde vraag bij' }),
});
export type Vraag = z.output<typeof vraagSchema>;

export const vragen = defineCollection({
  schema: vraagSchema,
  labels: { meervoud: 'Vragen en antwoorden', enkelvoud: 'Vraag en antwoord', inTekst: 'vraag', omschrijving: 'Antwoorden op veelgestelde vragen.' },
  navOrder: 5,
  approval: true,
  internalFeed: true,
  date: (d) => d.laatstGecontroleerd,
  dateLabel: 'Laatst gecontroleerd: ',
  body: { label: 'Antwoord', hint: 'Het antwoord op de vraag.', placeholder: 'Schrijf hier het antwoord.' },
  statusFilter: { name: 'vraagstatus', label: 'Status van de vraag' },
  eventKinds: {},
  rules: (d) =>
    d.publicerenVanaf && d.zichtbaarheid !== 'publiek' ? [{ field: ['publicerenVanaf'], message: 'publicerenVanaf heeft alleen zin bij zichtbaarheid: publiek' }] : [],
  summary: (d, { showsStatus, peildatum, label }) => [
    ...(showsStatus ? [{ key: 'Status', value: [{ status: d.status }] }] : []),
    // As of the reference date: a check after it is not presented as done on the day (src/domain/as-of.ts).
    d.laatstGecontroleerd > peildatum
      ? { key: 'Gecontroleerd', value: ['pas na de peildatum, op ', { date: d.laatstGecontroleerd, link: false }], data: { 'data-after-peildatum': '' } }
      : { key: 'Laatst gecontroleerd', value: [{ date: d.laatstGecontroleerd, link: false }] },
    ...(d.themas.length > 0 ? [{ key: 'Thema', value: [d.themas.map((t) => label('themas', t)).join(', ')] }] : []),
  ],
});

declare module '../schemas/shared.ts' {
  interface CollectionNames {
    vragen: true;
  }
}
