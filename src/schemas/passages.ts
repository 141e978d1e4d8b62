import { z } from 'astro/zod';
import { GOEDKEURING, basisVelden, datum, enumeration, ref, refs } from './shared.ts';

export const PASSAGE_SOORTEN = ['Kamerbrief', 'spreektekst', 'beantwoording Kamervragen', 'nieuwsbericht', 'website'] as const;

export const gebruikSchema = z.strictObject({
  /** The letter or speech, as a source entry when there is one. */
  bron: ref('bronnen', { outgoing: 'Gebruikt in', incoming: 'Passages gebruikt in dit document' }).optional(),
  titel: z.string().optional(),
  kenmerk: z.string().optional(),
  datum,
});
export type Gebruik = z.output<typeof gebruikSchema>;

export const passageSchema = z.strictObject({
  ...basisVelden,
  soort: enumeration(PASSAGE_SOORTEN, 'soort passage'),
  status: enumeration(GOEDKEURING, 'status van een passage'),
  vastgesteldOp: datum.optional(),
  /** The approving role (never a person's name), e.g. "DG Langdurige Zorg". */
  vastgesteldDoor: z.string().trim().min(2).optional(),
  /**
   * Review date of an approved passage: after this day the page says "controleren voor gebruik"
   * (amber) instead of the green light.
   */
  herzienUiterlijk: datum.optional(),
  /** The day a `vervallen` passage was withdrawn. */
  vervallenOp: datum.optional(),
  gebruiktIn: z.array(gebruikSchema).default([]),
  maatregelen: refs('maatregelen', { outgoing: 'Maatregelen', incoming: 'Passages' }),
  doelgroepen: refs('doelgroepen', { outgoing: 'Doelgroepen', incoming: 'Passages' }),
  vervangenDoor: ref('passages', { outgoing: 'Vervangen door', incoming: 'Vervangt', chain: 'opvolgers' }).optional(),
  redenVervallen: z.string().trim().min(3).optional(),
  /** Set when a `vastgesteld` passage is deliberately replaced by one that is not yet approved. */
  vervangingNogNietVastgesteld: z.boolean().default(false),
  bronnen: refs('bronnen', { outgoing: 'Bronnen', incoming: 'Bron van passages' }),
});
export type Passage = z.output<typeof passageSchema>;
