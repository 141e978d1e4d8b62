/**
 * The content model: one schema per collection. `COLLECTIONS` (collections.ts) is the single list
 * of collections that content.config.ts, the checker and the domain core iterate over.
 */
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { bronSchema } from './bronnen.ts';
import { doelgroepSchema } from './doelgroepen.ts';
import { maatregelSchema } from './maatregelen.ts';
import { organisatieSchema } from './organisaties.ts';
import { passageSchema } from './passages.ts';
import { routekaartSchema } from './routekaarten.ts';
import { vraagSchema } from './vragen.ts';

export const schemas = {
  maatregelen: maatregelSchema,
  doelgroepen: doelgroepSchema,
  routekaarten: routekaartSchema,
  passages: passageSchema,
  vragen: vraagSchema,
  bronnen: bronSchema,
  organisaties: organisatieSchema,
} as const satisfies Record<CollectionName, unknown>;

export { COLLECTIONS, type CollectionName };

export type { Bron } from './bronnen.ts';
export type { Doelgroep } from './doelgroepen.ts';
export type { Maatregel } from './maatregelen.ts';
export type { Organisatie } from './organisaties.ts';
export type { Passage } from './passages.ts';
export type { Routekaart, Fase, Actie } from './routekaarten.ts';
export type { Vraag } from './vragen.ts';
export * from './shared.ts';
