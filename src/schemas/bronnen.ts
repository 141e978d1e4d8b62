import { z } from 'astro/zod';
import { basisVelden, datum, enumeration, ref } from './shared.ts';

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
