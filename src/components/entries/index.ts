/**
 * The Astro side of the collection registry (src/collections/index.ts): the block each
 * collection's entry page shows between the summary and the body (with `entryPage` set; a
 * briefing pack shows the same block without it). `satisfies` makes the compiler
 * name a collection without a row; a collection with nothing of its own uses `Default` (its
 * summary list only).
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { CollectionName } from '../../collections/index.ts';
import Bron from './Bron.astro';
import Doelgroep from './Doelgroep.astro';
import Maatregel from './Maatregel.astro';
import Organisatie from './Organisatie.astro';
import Passage from './Passage.astro';
import Routekaart from './Routekaart.astro';
import Vraag from './Vraag.astro';

export const ENTRY_COMPONENTS = {
  maatregelen: Maatregel,
  doelgroepen: Doelgroep,
  routekaarten: Routekaart,
  passages: Passage,
  vragen: Vraag,
  bronnen: Bron,
  organisaties: Organisatie,
} satisfies Record<CollectionName, AstroComponentFactory>;
