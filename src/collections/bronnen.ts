/** Sources: the documents the knowledge rests on (letters to parliament, reports, decisions). */
import { z } from 'astro/zod';
import { basisVelden, datum, enumeration, ref } from '../schemas/shared.ts';
import { kamerstukLink } from '../domain/kamerstuk.ts';
import { defineCollection } from './define.ts';

export const BRON_SOORTEN = ['Kamerbrief', 'Kamerstuk', 'verslag', 'e-mail', 'notitie', 'nieuwsbericht', 'besluit', 'website'] as const;

/** A structured parliamentary reference: `TK 2015-2016, 34 104, nr. 105`. */
export const kamerstukSchema = z.strictObject({
  vergaderjaar: z.string().regex(/^\d{4}[-/]\d{2,4}$/, { error: 'vergaderjaar schrijf je als 2015-2016 of 2019/20' }).optional(),
  dossier: z.string().regex(/^\d{2}\s?\d{3}$/, { error: 'dossiernummer heeft vijf cijfers, zoals "34 104"' }),
  /** Roman-numeral suffix of budget dossiers, e.g. "XVI" in 34 000 XVI. */
  ondernummer: z.string().regex(/^[A-Z]+$/).optional(),
  nummer: z.union([z.number().int().positive(), z.string().regex(/^[0-9A-Z]+$/)]).transform(String),
});
export type KamerstukVerwijzing = z.output<typeof kamerstukSchema>;

export const bronSchema = z.strictObject({
  ...basisVelden,
  soort: enumeration(BRON_SOORTEN, 'soort bron'),
  datum,
  kenmerk: z.string().trim().min(1).optional(),
  kamerstuk: kamerstukSchema.optional(),
  url: z.url({ error: 'url moet een volledige URL zijn (https://…)' }).optional(),
  /** The organisation the document comes from. */
  afzender: ref('organisaties', { outgoing: 'Afzender', incoming: 'Documenten' }).optional(),
  /** Where the text came from in a Woo release, e.g. a document number in the inventory. */
  wooDocument: z.string().optional(),
});
export type Bron = z.output<typeof bronSchema>;

export const bronnen = defineCollection({
  schema: bronSchema,
  labels: { meervoud: 'Bronnen', enkelvoud: 'Bron', inTekst: 'bron', omschrijving: 'De documenten waarop de kennis rust.' },
  navOrder: 6,
  approval: false,
  internalFeed: true,
  date: (d) => d.datum,
  eventKinds: { 'bron-gedateerd': 'Document' },
  events: (d) => [{ datum: d.datum, soort: 'bron-gedateerd', label: `${d.soort}: ${d.titel}` }],
  summary: (d) => {
    const kst = d.kamerstuk ? kamerstukLink(d.kamerstuk) : undefined;
    return [
      { key: 'Soort', value: [d.soort] },
      { key: 'Datum', value: [{ date: d.datum }] },
      ...(d.kenmerk ? [{ key: 'Kenmerk', value: [d.kenmerk] }] : []),
      ...(kst ? [{ key: 'Kamerstuk', value: [{ href: kst.url, text: kst.citation }] }] : []),
      ...(d.url ? [{ key: 'Vindplaats', value: [{ href: d.url, text: d.url }] }] : []),
      ...(d.wooDocument ? [{ key: 'Woo-document', value: [d.wooDocument] }] : []),
    ];
  },
});

declare module '../schemas/shared.ts' {
  interface CollectionNames {
    bronnen: true;
  }
}
