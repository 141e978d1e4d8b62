/**
 * Every reference an entry makes, from frontmatter and from links in its body. Which field points
 * at which collection, and how the relation is labelled from each side, is declared once at the
 * field in src/collections/<name>.ts (`ref(collection, { outgoing, incoming })`); this module reads those
 * declarations from the schemas and applies them to entries. Integrity, the graph, relations and
 * editions all use `referencesOf`.
 */
import type { z } from 'astro/zod';
import { referenceFields, type CollectionName, type RefDeclaration } from '../schemas/index.ts';
import { COLLECTIONS, schemas } from '../collections/index.ts';
import { EACH, walkSchema, type PathStep } from '../schemas/walk.ts';
import { bodyLinks, entryBodyOptions, type BodyOptions } from './body.ts';
import { COLLECTION_LABELS } from './labels.ts';
import type { AnyEntry, FieldPath, Location } from './types.ts';

/** A reference field as declared in a schema, with where it sits. */
export interface ReferenceField extends RefDeclaration {
  /** Identifies the relation, e.g. `routekaarten:fasen.acties.eigenaar`. */
  key: string;
  pattern: readonly PathStep[];
}

export interface Reference {
  collection: CollectionName;
  id: string;
  at: Location;
  /** The declared relation (or the body-link relation) this reference belongs to. */
  relation: { key: string; outgoing: string; incoming: string };
}

/** Walks a zod schema and lists every field registered with `ref()`, with its path. */
export function declaredReferences(schema: z.ZodType, from: CollectionName): ReferenceField[] {
  const found: ReferenceField[] = [];
  walkSchema(schema, (node, pattern) => {
    const declaration = referenceFields.get(node);
    if (!declaration) return true;
    const name = pattern.filter((step): step is string => typeof step === 'string').join('.');
    found.push({ ...declaration, key: `${from}:${name}`, pattern });
    return false;
  });
  return found;
}

/** Reference fields per collection, read once from the schemas. */
export const REFERENCE_FIELDS: Readonly<Record<CollectionName, readonly ReferenceField[]>> = Object.fromEntries(
  COLLECTIONS.map((collection) => [collection, declaredReferences(schemas[collection] as unknown as z.ZodType, collection)]),
) as Record<CollectionName, ReferenceField[]>;

/** Values at a pattern in parsed data, with their concrete paths. */
function valuesAt(data: unknown, pattern: readonly PathStep[], path: (string | number)[] = []): { value: unknown; path: FieldPath }[] {
  if (pattern.length === 0) return data === undefined ? [] : [{ value: data, path }];
  const [step, ...rest] = pattern;
  if (step === EACH) return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...path, i])) : [];
  if (data === null || typeof data !== 'object') return [];
  return valuesAt((data as Record<string, unknown>)[step as string], rest, [...path, step as string]);
}

/** References written in frontmatter, in the order the schema declares its fields. */
export function frontmatterReferences(entry: AnyEntry): Reference[] {
  const out: Reference[] = [];
  for (const field of REFERENCE_FIELDS[entry.collection]) {
    for (const { value, path } of valuesAt(entry.data, field.pattern)) {
      if (typeof value !== 'string') continue;
      out.push({ collection: field.collection, id: value, at: { field: path }, relation: field });
    }
  }
  return out;
}

/** The relation of body links: not a schema field, so declared here. */
export function bodyRelation(from: CollectionName): Reference['relation'] {
  return { key: `${from}:body`, outgoing: 'Genoemd in de tekst', incoming: `Genoemd in ${COLLECTION_LABELS[from].meervoud.toLowerCase()}` };
}

const ENTRY_URL = new RegExp(`^/(${COLLECTIONS.join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)/?(?:#.*)?$`);

/**
 * Links in the body to other entries, written as Markdown links to `/<collection>/<id>/`. Read
 * from the Markdown tree (src/domain/body.ts), so a link-shaped text inside code is not a link.
 */
export function bodyReferences(body: string, from: CollectionName, options: BodyOptions = {}): Reference[] {
  const relation = bodyRelation(from);
  const refs: Reference[] = [];
  for (const link of bodyLinks(body, options)) {
    const match = ENTRY_URL.exec(link.url.trim());
    if (match) refs.push({ collection: match[1] as CollectionName, id: match[2]!, at: { bodyLine: link.line }, relation });
  }
  return refs;
}

const memo = new WeakMap<AnyEntry, Reference[]>();

/** Every reference of an entry (frontmatter, then body); memoised per entry object. */
export function referencesOf(entry: AnyEntry): Reference[] {
  let refs = memo.get(entry);
  if (!refs) {
    refs = [...frontmatterReferences(entry), ...bodyReferences(entry.body, entry.collection, entryBodyOptions(entry))];
    memo.set(entry, refs);
  }
  return refs;
}

/** For a reference inside a route map action: the phase and action indexes. */
export function actionPosition(ref: Reference): { fase: number; actie: number } | undefined {
  if (!('field' in ref.at)) return undefined;
  const [fasen, fase, acties, actie] = ref.at.field;
  return fasen === 'fasen' && acties === 'acties' && typeof fase === 'number' && typeof actie === 'number' ? { fase, actie } : undefined;
}
