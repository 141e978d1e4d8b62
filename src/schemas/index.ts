/**
 * The content model: one schema per collection. `COLLECTIONS` is the single list of collections
 * that content.config.ts, the checker and the domain core iterate over.
 */
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
} as const;

export type CollectionName = keyof typeof schemas;
export const COLLECTIONS = Object.keys(schemas) as CollectionName[];

export type { Bron } from './bronnen.ts';
export type { Doelgroep } from './doelgroepen.ts';
export type { Maatregel } from './maatregelen.ts';
export type { Organisatie } from './organisaties.ts';
export type { Passage } from './passages.ts';
export type { Routekaart, Fase, Actie } from './routekaarten.ts';
export type { Vraag } from './vragen.ts';
export * from './shared.ts';
