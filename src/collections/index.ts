/**
 * The collection registry: one module per collection (src/collections/<name>.ts) declares
 * everything about it (define.ts). Everything that iterates over collections (content.config.ts,
 * the checker, the domain core, the pages, the CMS) reads this registry; `COLLECTIONS` is its
 * keys, in its order (the order the checker and the domain iterate in). The Astro side adds one
 * thing per collection: its entry component (src/components/entries/index.ts).
 *
 * A new collection: its module (which adds its name to `CollectionNames` in schemas/shared.ts),
 * a line here (the compiler asks for it: the registry must have exactly those names), its entry
 * component's row (the compiler asks for that too) and its folder under content/.
 */
import type { z } from 'astro/zod';
import type { CollectionName, IsoDate } from '../schemas/shared.ts';
import type { AnyEntry } from '../domain/types.ts';
import type { CollectionDefinition, CollectionLabels, SummaryContext, SummaryRow } from './define.ts';
import { bronnen } from './bronnen.ts';
import { doelgroepen } from './doelgroepen.ts';
import { maatregelen } from './maatregelen.ts';
import { organisaties } from './organisaties.ts';
import { passages } from './passages.ts';
import { routekaarten } from './routekaarten.ts';
import { vragen } from './vragen.ts';

export const REGISTRY = {
  maatregelen,
  doelgroepen,
  routekaarten,
  passages,
  vragen,
  bronnen,
  organisaties,
} as const satisfies { [C in CollectionName]: CollectionDefinition<z.ZodType, string> };

// The registry names no collection that has not declared itself in `CollectionNames`.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const registryNamesEveryCollection: Exactly<keyof typeof REGISTRY, CollectionName> = true;
void registryNamesEveryCollection;

export type { CollectionName };

/** The collections, in the order the checker and the domain iterate over them. */
export const COLLECTIONS = Object.keys(REGISTRY) as readonly CollectionName[];

/** The schema of each collection. */
export const schemas = Object.fromEntries(COLLECTIONS.map((c) => [c, REGISTRY[c].schema])) as { [C in CollectionName]: (typeof REGISTRY)[C]['schema'] };

/** A collection's definition, without the types of its own data (for code that handles any entry). */
export function definitionOf(collection: CollectionName): CollectionDefinition<z.ZodType, string> {
  return REGISTRY[collection] as CollectionDefinition<z.ZodType, string>;
}

export function labelsOf(collection: CollectionName): CollectionLabels {
  return REGISTRY[collection].labels;
}

/** The collections in navigation order (`navOrder`; ties in registry order). */
export const NAV_ORDER: readonly CollectionName[] = COLLECTIONS.map((c, i) => ({ c, i })).sort((a, b) => REGISTRY[a.c].navOrder - REGISTRY[b.c].navOrder || a.i - b.i).map(({ c }) => c);

/** The date of an entry in lists and search results, when its collection has one. */
export function entryDate(entry: AnyEntry): IsoDate | undefined {
  return definitionOf(entry.collection).date?.(entry.data);
}

/** The summary-list rows of an entry's page (none when its collection declares none). */
export function summaryRows(entry: AnyEntry, context: SummaryContext): SummaryRow[] {
  return definitionOf(entry.collection).summary?.(entry.data, context, entry.id) ?? [];
}

/** The kinds of timeline events of all collections. */
export type EventKind = { [C in CollectionName]: keyof (typeof REGISTRY)[C]['eventKinds'] & string }[CollectionName];

export type { Bron, KamerstukVerwijzing } from './bronnen.ts';
export type { Doelgroep } from './doelgroepen.ts';
export type { Maatregel, MaatregelStatus } from './maatregelen.ts';
export type { Organisatie } from './organisaties.ts';
export type { Passage, Gebruik } from './passages.ts';
export type { Routekaart, Fase, Actie, ActieStatus } from './routekaarten.ts';
export type { Vraag } from './vragen.ts';
export type { CollectionDefinition, CollectionLabels, CollectionEvent, SummaryContext, SummaryPart, SummaryRow, SummaryValue } from './define.ts';
